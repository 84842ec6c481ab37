//! Times `filter::select` on the five seed articles and on the generated
//! 1,000-article corpus: the median of 21 runs for each of a few representative
//! filter states, against the load budgets in ARCHITECTURE.md (16 ms for 5 articles,
//! 50 ms for 1,000, in the browser). Native numbers must be far below them.
//!
//! `cargo run --release -p views --example filter_bench [SEEDS_DIR]`
//!
//! An example rather than a timed test: timings on a shared 2-core machine are noise
//! to a test runner, and budgets are reported, not asserted.

fn main() {
    use std::hint::black_box;
    use std::path::PathBuf;
    use std::time::{Duration, Instant};
    use views::filter::{SearchIndex, select, synth};
    use views::state::ViewState;

    const RUNS: usize = 21;
    const STATES: [&str; 8] = [
        "",
        "f=hamas,plo",
        "e=hamas,mahmoud-abbas",
        "t=elections,security-control",
        "from=2014&to=2024-12",
        "q=gaza",
        "q=meshaal",
        "f=fatah&e=gaza&t=ceasefire&from=2012&to=2026&q=the",
    ];

    fn median(mut times: Vec<Duration>) -> Duration {
        times.sort();
        times[times.len() / 2]
    }

    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds"));
    let seeds = match corpus::seeds::load_dir(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot load {}:\n{e}", dir.display());
            std::process::exit(1);
        }
    };
    for (name, c, budget) in [
        ("5 articles", seeds.clone(), 16.0),
        ("1,000 articles", synth::scaled(&seeds, 1000), 50.0),
    ] {
        let builds: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                black_box(SearchIndex::new(black_box(&c)));
                t.elapsed()
            })
            .collect();
        // The first search also folds every text (kept after): its own figure.
        let (search, _) = ViewState::parse("q=gaza", &c);
        let first: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let index = SearchIndex::new(&c);
                let t = Instant::now();
                black_box(select(&c, &index, black_box(&search)));
                t.elapsed()
            })
            .collect();
        let index = SearchIndex::new(&c);
        println!(
            "{name}: index built once in {:.3} ms, first search (folds the texts) {:.3} ms (medians of {RUNS})",
            median(builds).as_secs_f64() * 1e3,
            median(first).as_secs_f64() * 1e3
        );
        let mut worst = Duration::ZERO;
        for q in STATES {
            let (state, ignored) = ViewState::parse(q, &c);
            assert!(ignored.is_empty(), "{q}: {ignored:?}");
            let times: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    black_box(select(&c, &index, black_box(&state)));
                    t.elapsed()
                })
                .collect();
            let m = median(times);
            worst = worst.max(m);
            let passing = select(&c, &index, &state).article_count();
            let shown = if q.is_empty() { "(no filters)" } else { q };
            println!(
                "  select {shown:<52} {:>8.3} ms  {passing:>4} pass",
                m.as_secs_f64() * 1e3
            );
        }
        println!(
            "  worst median {:.3} ms; budget {budget} ms in the browser\n",
            worst.as_secs_f64() * 1e3
        );
    }
}
