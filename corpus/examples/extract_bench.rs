//! How long checking and extraction take, and whether the cost stays linear.
//!
//! `cargo run --release -p corpus --example extract_bench [SEEDS_DIR]`
//!
//! The build compiles `seeds/` on every change and the app will one day extract a
//! pasted article in the browser and a corpus of a thousand articles, so the cost must
//! be small and linear in the text. Timed tests would be flaky on shared machines, so
//! this is a program that prints numbers instead of asserting them:
//!
//! 1. `SeedFiles::compile` on the real seeds read into memory once (TOML parsing,
//!    checks, knowledge base, extraction of the five articles): median of 21 runs,
//!    with its two halves (`check`, `extract::compile`) timed apart;
//! 2. extraction over generated corpora of 10 to 1,000 articles (the five texts
//!    repeated with new ids and dates, in memory): the time per article and the
//!    throughput should not change with the number of articles;
//! 3. one article made of the five texts repeated 1 to 64 times, and texts that are
//!    one long sentence (no full stop: a pasted paragraph or list): the throughput
//!    should not fall as a single text or sentence grows (nothing quadratic).

use corpus::PartialDate;
use corpus::extract::{self, KnowledgeBase, Matchers};
use corpus::model::Article;
use corpus::seeds::SeedFiles;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The median duration of `runs` runs of `f` (see [`best`] for the fastest).
fn median<T>(runs: usize, f: impl FnMut() -> T) -> Duration {
    let times = times(runs, f);
    times[runs / 2]
}

/// The median and the fastest of `runs` runs: on a shared machine the fastest run
/// shows the cost with the least interference.
fn best<T>(runs: usize, f: impl FnMut() -> T) -> (Duration, Duration) {
    let times = times(runs, f);
    (times[runs / 2], times[0])
}

/// The sorted durations of `runs` runs of `f`.
fn times<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

/// `n` articles: the real ones in turn, each with a new id and its dates moved to
/// another year, so the corpus sorts and resolves dates as a real one would.
fn generated(inputs: &[Article], n: usize) -> Vec<Article> {
    (0..n)
        .map(|i| {
            let mut a = inputs[i % inputs.len()].clone();
            a.id = format!("{}-copy-{i:04}", a.id);
            let year = 2013 + (i / inputs.len() % 13) as i16;
            for date in [&mut a.talks.value, &mut a.published.value] {
                *date = date.map(|d| PartialDate::day(year, d.month, d.day).unwrap_or(d));
            }
            a
        })
        .collect()
}

fn text_bytes(inputs: &[Article]) -> usize {
    inputs.iter().map(|a| a.text.len()).sum()
}

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds"));
    let seeds = SeedFiles::read_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let (kb, inputs) = seeds.check().unwrap_or_else(|e| panic!("{e}"));
    let bytes = text_bytes(&inputs);
    let seed_bytes: usize = seeds.files.values().map(String::len).sum();
    println!(
        "seeds: {} articles, {:.1} KB of article text, {:.1} KB of files in all",
        inputs.len(),
        bytes as f64 / 1e3,
        seed_bytes as f64 / 1e3
    );

    let (compile, fastest) = best(21, || seeds.compile().expect("the seeds compile"));
    let check = median(21, || seeds.check().expect("the seeds check"));
    let extraction = median(21, || extract::compile(kb.clone(), inputs.clone()));
    let matchers = median(21, || Matchers::new(&kb));
    println!("\nmedian of 21 runs:");
    println!(
        "  SeedFiles::compile (check + extract {} articles) {:8.3} ms  {:6.2} MB/s of article text",
        inputs.len(),
        ms(compile),
        mb_per_s(bytes, compile)
    );
    println!(
        "    fastest of the 21                           {:8.3} ms  {:6.2} MB/s",
        ms(fastest),
        mb_per_s(bytes, fastest)
    );
    println!(
        "    check: TOML, checks, knowledge base       {:8.3} ms",
        ms(check)
    );
    println!(
        "    extract::compile                           {:8.3} ms  {:6.2} MB/s",
        ms(extraction),
        mb_per_s(bytes, extraction)
    );
    println!(
        "      of which Matchers::new (once per corpus) {:6.3} ms",
        ms(matchers)
    );

    println!("\ngenerated corpora, extract::compile, median (and fastest) of 5 runs:");
    println!("  articles   text MB        ms   ms/article    MB/s   fastest ms/article");
    for n in [10, 100, 250, 500, 1000] {
        let corpus = generated(&inputs, n);
        let bytes = text_bytes(&corpus);
        let (d, fastest) = best(5, || extract::compile(kb.clone(), corpus.clone()));
        println!(
            "  {n:8}  {:8.2}  {:8.1}  {:11.3}  {:6.2}  {:19.3}",
            bytes as f64 / 1e6,
            ms(d),
            ms(d) / n as f64,
            mb_per_s(bytes, d),
            ms(fastest) / n as f64
        );
    }

    println!("\none article of growing length (the five texts repeated), median of 5 runs:");
    println!("  copies   text KB        ms    MB/s");
    let all: Vec<&str> = inputs.iter().map(|a| a.text.as_str()).collect();
    let matchers = Matchers::new(&kb);
    for copies in [1, 4, 16, 64] {
        let text = vec![all.join("\n"); copies].join("\n");
        let row = long_article_row(&kb, &matchers, &inputs[0], text);
        println!("  {copies:6}  {row}");
    }

    println!("\none sentence of growing length (a clause repeated, no full stop), median of 5:");
    println!("  clause                         text KB        ms    MB/s");
    const CLAUSES: [(&str, &str); 3] = [
        (
            "names, quotes, relation cues",
            "Hamas official Izzat Risheq and Fatah rival, an ally of Egypt, said \"we agree\" \
             and he told \"yes\" within the PLO war ",
        ),
        (
            "mediation and designation",
            "Egyptian-mediated talks between Hamas and Fatah, blacklisted as a terrorist \
             group by Israel and the U.S., ",
        ),
        (
            "runs of dots",
            "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.",
        ),
    ];
    for (name, clause) in CLAUSES {
        for kb_size in [50_000, 200_000, 800_000] {
            let text = clause.repeat(kb_size / clause.len() + 1);
            let row = long_article_row(&kb, &matchers, &inputs[0], text);
            println!("  {name:28}  {row}");
        }
    }
}

fn extract_one(kb: &KnowledgeBase, matchers: &Matchers, input: &Article) -> usize {
    extract::extract_article(kb, matchers, input.clone())
        .mentions
        .len()
}

/// An article like `like` with `text` instead of its own, extracted five times: its
/// size in KB, the median time in ms and the throughput in MB/s, as table cells.
fn long_article_row(
    kb: &KnowledgeBase,
    matchers: &Matchers,
    like: &Article,
    text: String,
) -> String {
    let long = Article {
        text,
        ..like.clone()
    };
    let d = median(5, || extract_one(kb, matchers, &long));
    let bytes = long.text.len();
    format!(
        "{:8.1}  {:8.2}  {:6.2}",
        bytes as f64 / 1e3,
        ms(d),
        mb_per_s(bytes, d)
    )
}
