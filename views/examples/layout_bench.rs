//! Benchmark: how long the faction-map layout takes on a generated 300-node graph.
//!
//! `cargo run --release -p views --example layout_bench`
//!
//! Prints the median of 11 runs (budget: under 200 ms natively). A benchmark rather
//! than a timed test, so a busy CI machine cannot make the test suite flaky; timing
//! lives here because library code must not use `std::time` (it runs in wasm).

use std::hint::black_box;
use std::time::Instant;
use views::map::synthetic::{Shape, generate};
use views::map::{anchors, layout, layout_anchored};

const RUNS: usize = 11;
const BUDGET_MS: f64 = 200.0;

fn median_ms(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let graph = generate(Shape::LARGE, 2026);
    let people = graph
        .nodes
        .iter()
        .filter(|n| n.kind == corpus::model::EntityKind::Person)
        .count();
    println!(
        "graph: {} nodes ({} people), {} edges",
        graph.nodes.len(),
        people,
        graph.edges.len()
    );

    let own = median_ms(|| {
        black_box(layout(black_box(&graph)));
    });
    let reference = anchors(&graph);
    let anchored = median_ms(|| {
        black_box(layout_anchored(black_box(&graph), &reference));
    });
    let l = layout(&graph);
    println!("canvas: {:.0} x {:.0}", l.width, l.height);
    println!("layout (own ring order search): median of {RUNS} = {own:.2} ms");
    println!("layout_anchored (per round):    median of {RUNS} = {anchored:.2} ms");
    let verdict = if own < BUDGET_MS { "within" } else { "OVER" };
    println!("{verdict} the {BUDGET_MS:.0} ms budget");
}
