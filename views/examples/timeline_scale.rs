//! The timeline's layout at scale, at its default zoom: what a reader sees with the
//! seeds, with the eval articles added (real reports, 20 articles), and with generated
//! corpora of 36 and 100 articles (`views::filter::synth`), at the chart widths of a
//! desktop with and without the detail panel beside it and of a small tablet.
//!
//!     cargo run --release -p views --example timeline_scale
//!
//! For each: the items in the default window and beyond its edges, how many carry
//! their own label, how many are in clusters and the largest cluster, the tallest
//! label in lines, the chart's height, and whether any label is cut (none should be).
//! `--labels` also lists the short labels made for uncatalogued references with their
//! sentences.

use corpus::Corpus;
use corpus::seeds::SeedFiles;
use std::path::Path;
use views::filter::synth;
use views::timeline::edges::outside;
use views::timeline::geometry::Rows;
use views::timeline::view::{chart_layout, default_scale, label_mode};
use views::timeline::{ItemKind, items};

fn with_eval_articles(seeds: &Corpus) -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut corpus = seeds.clone();
    for set in ["unseen", "heldout"] {
        let dir = root.join("tests/fixtures").join(set);
        let more = SeedFiles::read_dirs(&root.join("seeds"), &dir)
            .and_then(|f| f.compile())
            .unwrap_or_else(|e| panic!("{}: {e:?}", dir.display()));
        corpus.articles.extend(more.articles);
    }
    corpus.articles.sort_by_key(|a| a.date());
    corpus
}

fn measure(name: &str, corpus: &Corpus) {
    let items = items(corpus);
    let all: Vec<usize> = (0..items.len()).collect();
    for width in [700.0, 848.0, 1248.0] {
        let scale = default_scale(&items, width);
        let l = chart_layout(&items, &all, &scale);
        let beyond = outside(&items, &all, &scale);
        let clustered: usize = l.clusters.iter().map(|c| c.items.len()).sum();
        let largest = l.clusters.iter().map(|c| c.items.len()).max().unwrap_or(0);
        let cut = l.items.iter().filter(|i| i.truncated).count();
        let lines = l.items.iter().map(|i| i.lines.len()).max().unwrap_or(0);
        let (from, to) = scale.window();
        println!(
            "{name:<22} {width:>5} px  window {from}..{to} ({mode:?})  {n:>3} items: {own:>3} labelled, {clustered:>3} in {k:>2} clusters (largest {largest:>2}), {e:>2} earlier, {lt:>2} later; {lines} lines max, {h:.0} px tall, {cut} cut",
            mode = label_mode(&items, &scale),
            n = items.len(),
            own = l.items.len(),
            k = l.clusters.len(),
            e = beyond.earlier.len(),
            lt = beyond.later.len(),
            h = Rows::of(&l).height,
        );
    }
}

fn list_labels(corpus: &Corpus) {
    for item in items(corpus) {
        if item.catalog.is_some() || item.kind == ItemKind::Round {
            continue;
        }
        let a = &corpus.articles[item.articles[0]];
        let r = a
            .events
            .iter()
            .find(|r| r.date == item.date && r.catalog.is_empty());
        let sentence = r.map_or("", |r| a.sentence_text(r.sentence));
        println!("{} | {} | {sentence}", item.date, item.label);
    }
}

fn main() {
    let seeds = corpus::seeds::repository();
    let real = with_eval_articles(seeds);
    if std::env::args().any(|a| a == "--labels") {
        list_labels(&real);
        return;
    }
    measure("seeds (5)", seeds);
    measure(&format!("seeds + eval ({})", real.articles.len()), &real);
    measure("generated (36)", &synth::scaled(seeds, 36));
    measure("generated (100)", &synth::scaled(seeds, 100));
}
