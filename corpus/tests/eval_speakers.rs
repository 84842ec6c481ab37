//! Issue 15's targets as floors: on articles the project has never seen, quotations
//! are given to the right speaker at least nine times in ten, never to the wrong
//! person, and never to someone when the text names no speaker; the seeds stay exact.
//!
//! Scored by the `eval` example's own code (`examples/eval/`), like `tests/eval.rs`,
//! so the printed table and these floors never disagree.

#[path = "../examples/eval/gold.rs"]
mod gold;
// Only the speaker counts are read here; the rest of the scoring serves the table.
#[allow(dead_code)]
#[path = "../examples/eval/score.rs"]
mod score;

use corpus::seeds::SeedFiles;
use score::Score;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The whole set's score: articles from `articles`, knowledge base from seeds/.
fn total(articles: &str, gold_dir: &str) -> Score {
    let kb = root().join("seeds");
    let corpus = SeedFiles::read_dirs(&kb, &root().join(articles))
        .and_then(|s| s.compile())
        .unwrap_or_else(|e| panic!("{e}"));
    let gold = gold::read(&root().join(gold_dir), &corpus).unwrap_or_else(|e| panic!("{e:#?}"));
    let mut total = Score::default();
    for a in &corpus.articles {
        total.add(&score::score(&corpus, a, &gold[&a.id]));
    }
    total
}

fn assert_at_target(s: &Score) {
    let sp = s.speakers;
    assert!(sp.stated > 0, "{sp:?}");
    assert_eq!(sp.wrong, 0, "a quotation given to the wrong person: {sp:?}");
    assert_eq!(sp.invented, 0, "a speaker the text does not name: {sp:?}");
    assert!(
        sp.right * 10 >= sp.stated * 9,
        "fewer than 90% of stated speakers right: {sp:?}"
    );
}

#[test]
fn unseen_articles_give_quotations_to_the_right_speaker_or_to_no_one() {
    assert_at_target(&total(
        "tests/fixtures/unseen",
        "tests/fixtures/unseen/gold",
    ));
}

#[test]
fn held_out_articles_give_quotations_to_the_right_speaker_or_to_no_one() {
    assert_at_target(&total(
        "tests/fixtures/heldout",
        "tests/fixtures/heldout/gold",
    ));
}

#[test]
fn every_seed_speaker_stays_right() {
    let s = total("seeds", "tests/fixtures/seeds/gold");
    assert_eq!(s.speakers.right, s.speakers.stated, "{:?}", s.speakers);
    assert_eq!(s.speakers.stated, 13, "{:?}", s.speakers);
}
