//! `corpus report DIR [--json]`: what the extractor finds in a seeds folder.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: corpus report DIR [--json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
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
    let corpus = match corpus::seeds::load_dir(&PathBuf::from(dir)) {
        Ok(corpus) => corpus,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = started.elapsed();
    if json {
        println!("{}", corpus::report::json(&corpus));
    } else {
        print!("{}", corpus::report::text(&corpus));
        println!(
            "read, checked and extracted {} articles in {:.1} ms",
            corpus.articles.len(),
            elapsed.as_secs_f64() * 1000.0
        );
    }
    ExitCode::SUCCESS
}
