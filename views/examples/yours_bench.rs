//! How long the worker takes to read an article a reader adds: the issue asks for a
//! 5,000-word article in 100 ms or less, in the browser's worker. This is the native
//! figure of the same code (`yours::jobs::Extractor`: the checks, the knowledge base
//! with the reader's edits, extraction, provenance, the names to curate, postcard);
//! `make bench` adds the in-browser one.
//!
//! `cargo run --release -p views --example yours_bench`
//!
//! The article is made of real sentences: those of the fifteen articles of the tuned
//! tier (`tests/fixtures/unseen/`; never the blind tier, which only `make eval`
//! reads), taken in turn from each (the first sentence of every article, then the
//! second...), over again until 5,000 words, three to a paragraph. None is a seed
//! article, so the duplicate check lets it through, as it would a long new report.
//!
//! Printed, not asserted: timings on a shared 2-core machine are noise to a test.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use views::yours::Draft;
use views::yours::jobs::{Extractor, YoursAnswer};

const WORDS: usize = 5_000;
const RUNS: usize = 21;

fn texts(root: &Path) -> Vec<String> {
    let folder = root.join("tests/fixtures/unseen");
    let seeds = corpus::seeds::SeedFiles::read_dirs(&root.join("seeds"), &folder)
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, inputs) = seeds.check().unwrap_or_else(|e| panic!("{e}"));
    inputs.into_iter().map(|a| a.text).collect()
}

/// Sentences of four words or more from each text in turn, until `WORDS` words.
fn article(texts: &[String]) -> (String, usize) {
    let sentences: Vec<Vec<&str>> = texts
        .iter()
        .map(|t| {
            corpus::text::sentences(t)
                .into_iter()
                .map(|s| &t[s.range()])
                .filter(|s| s.split_whitespace().count() >= 4)
                .collect()
        })
        .collect();
    let longest = sentences.iter().map(Vec::len).max().unwrap_or(0);
    let (mut picked, mut words) = (Vec::new(), 0);
    if longest == 0 {
        return (String::new(), 0);
    }
    'passes: loop {
        for round in 0..longest {
            for list in &sentences {
                if let Some(s) = list.get(round) {
                    picked.push(*s);
                    words += s.split_whitespace().count();
                    if words >= WORDS {
                        break 'passes;
                    }
                }
            }
        }
    }
    let paragraphs: Vec<String> = picked.chunks(3).map(|p| p.join(" ")).collect();
    (paragraphs.join("\n\n"), words)
}

fn times(runs: usize, mut f: impl FnMut()) -> Vec<Duration> {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let published = corpus::seeds::repository();
    let kb = corpus::seeds::SeedFiles::read_dir(&root.join("seeds"))
        .and_then(|s| s.check())
        .map(|(kb, _)| kb.encode())
        .unwrap_or_else(|e| panic!("{e}"));
    let kb: &'static [u8] = Box::leak(kb.into_boxed_slice());
    let (text, words) = article(&texts(&root));
    let draft = Draft {
        text,
        talks: "2026-03-12".into(),
        published: "2026-03-12".into(),
        outlet: "A bench".into(),
        place: "cairo".into(),
    };
    let edits = corpus::extract::KbEdits::default();
    println!(
        "article: {words} words, {:.1} KB, from the tuned tier's articles",
        draft.text.len() as f64 / 1e3
    );

    // The first job of a worker: the knowledge base decoded, its automata built.
    let cold = Instant::now();
    let mut x = Extractor::new(kb);
    let answer = x.extract(published, &draft, &edits);
    let cold = cold.elapsed();
    match &answer {
        YoursAnswer::Extracted(e) => {
            let a = views::yours::jobs::decode_article(&e.article).expect("an article");
            println!(
                "read: {} sentences, {} mentions, {} names to curate, {} quotations, {} dates; {:.1} KB as postcard",
                a.sentences.len(),
                a.mentions.len(),
                e.uncurated.len(),
                a.quotes.len(),
                a.events.len(),
                e.article.len() as f64 / 1e3
            );
        }
        other => panic!("the bench article was not extracted: {other:?}"),
    }
    println!(
        "\nfirst job of the worker (decode the knowledge base, build its automata, extract): {:7.2} ms",
        ms(cold)
    );

    let warm = times(RUNS, || {
        black_box(x.extract(published, &draft, &edits));
    });
    println!(
        "Job::Extract, automata kept, median of {RUNS}:                                   {:7.2} ms (fastest {:.2})",
        ms(warm[RUNS / 2]),
        ms(warm[0])
    );
    let guess = times(RUNS, || {
        black_box(x.guess(&draft.text, &draft.published));
    });
    println!(
        "Job::Guess, median of {RUNS}:                                                      {:7.2} ms",
        ms(guess[RUNS / 2])
    );
    let check = times(RUNS, || {
        black_box(views::yours::check(&draft, published));
    });
    println!(
        "yours::check on the main thread (duplicates, dates), median of {RUNS}:            {:7.2} ms",
        ms(check[RUNS / 2])
    );
    println!(
        "\ntarget: 100 ms in the browser's worker for the warm job (make bench measures it there)"
    );
}
