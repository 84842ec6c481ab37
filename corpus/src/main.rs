//! `corpus report DIR [--kb KB_DIR] [--json]`: what the extractor finds in a seeds
//! folder; with `--kb`, in the articles of DIR read with the knowledge base of KB_DIR
//! (how new articles are tried against the curated knowledge base as it is).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: corpus report DIR [--kb KB_DIR] [--json]";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let kb = match args.iter().position(|a| a == "--kb") {
        Some(i) if i + 1 < args.len() => Some(PathBuf::from(
            args.drain(i..=i + 1).nth(1).unwrap_or_default(),
        )),
        Some(_) => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        None => None,
    };
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let (Some("report"), Some(dir), None) = (
        positional.first().map(|s| s.as_str()),
        positional.get(1),
        positional.get(2),
    ) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let started = std::time::Instant::now();
    let dir = PathBuf::from(dir);
    let read = corpus::seeds::SeedFiles::read_dirs(kb.as_deref().unwrap_or(&dir), &dir);
    let corpus = match read.and_then(|seeds| seeds.compile()) {
        Ok(corpus) => corpus,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = started.elapsed();
    let out = if json {
        corpus::report::json(&corpus) + "\n"
    } else {
        format!(
            "{}read, checked and extracted {} articles in {:.1} ms\n",
            corpus::report::text(&corpus),
            corpus.articles.len(),
            elapsed.as_secs_f64() * 1000.0
        )
    };
    // `print!` panics when the reader has gone (`corpus report seeds/ | head`); a
    // closed pipe is a normal end, any other write error is reported.
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write the report: {e}");
            ExitCode::FAILURE
        }
    }
}
