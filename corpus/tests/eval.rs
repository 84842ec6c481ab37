//! The `make eval` figures as floors: a change that reads new articles worse, or the
//! seeds at all worse, fails here and not only in a printed table.
//!
//! The scoring is the `eval` example's own (`examples/eval/`), included rather than
//! copied so that the table and the floors never disagree.

#[path = "../examples/eval/gold.rs"]
mod gold;
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

#[test]
fn unseen_articles_are_read_at_the_issue_targets() {
    let s = total("tests/fixtures/unseen", "tests/fixtures/unseen/gold");
    let m = s.mentions;
    assert!(
        m.f1() >= 0.93 && m.precision() >= 0.92,
        "{m:?}: F1 {:.3}",
        m.f1()
    );
    assert!(s.dates.recall() >= 0.85, "dates {:?}", s.dates);
    // Presence claims nothing the text does not say.
    assert_eq!(
        (s.present.fp, s.leaders.fp),
        (0, 0),
        "{:?} {:?}",
        s.present,
        s.leaders
    );
}

#[test]
fn held_out_articles_stay_above_the_issue_targets() {
    let s = total("tests/fixtures/heldout", "tests/fixtures/heldout/gold");
    let m = s.mentions;
    assert!(
        m.f1() >= 0.93 && m.precision() >= 0.92,
        "{m:?}: F1 {:.3}",
        m.f1()
    );
    assert!(s.dates.recall() >= 0.85, "dates {:?}", s.dates);
    assert_eq!(
        (s.present.fp, s.leaders.fp),
        (0, 0),
        "{:?} {:?}",
        s.present,
        s.leaders
    );
}

#[test]
fn the_seeds_stay_read_as_before() {
    let s = total("seeds", "tests/fixtures/seeds/gold");
    assert!(s.mentions.f1() >= 0.98, "{:?}", s.mentions);
    assert_eq!(s.quotes.fn_, 0, "{:?}", s.quotes);
    assert_eq!(s.speakers.right, s.speakers.stated, "{:?}", s.speakers);
    assert_eq!((s.present.fp, s.present.fn_), (0, 0), "{:?}", s.present);
}
