//! The date guess of the add-an-article form, scored on real articles: the seeds and
//! the tuned tier (`tests/fixtures/unseen/`), whose talks and published dates were
//! researched by hand. Not the blind tier: only `make eval` runs that, once per change
//! set. A guess may be missing (the form then asks); a wrong one is the failure that
//! matters, since the reader might accept it.

use corpus::PartialDate;
use corpus::extract::guess_dates;
use corpus::model::Precision;
use corpus::seeds::SeedFiles;
use std::path::Path;

/// (id, text, talks, published) of every article of a folder, read with the seeds' KB.
fn articles(folder: &str) -> Vec<(String, String, PartialDate, Option<PartialDate>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let seeds = SeedFiles::read_dirs(&root.join("seeds"), &root.join(folder))
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, inputs) = seeds.check().unwrap_or_else(|e| panic!("{e}"));
    inputs
        .into_iter()
        .map(|a| {
            let talks = a.talks.value.expect("every article has a talks date");
            (a.id, a.text, talks, a.published.value)
        })
        .collect()
}

/// (right, wrong, none) over a folder, guessing with the published date given.
fn score(folder: &str, with_published: bool) -> (usize, Vec<String>, usize) {
    let (mut right, mut wrong, mut none) = (0, Vec::new(), 0);
    for (id, text, talks, published) in articles(folder) {
        let given = published.filter(|_| with_published);
        match guess_dates(&text, given).talks {
            Some(g) if g.date == talks => right += 1,
            // A guess within the talks' month, where only the month is known.
            Some(g) if talks.precision() != Precision::Day && talks.overlaps(g.date) => right += 1,
            Some(g) => wrong.push(format!("{id}: guessed {} for {talks}", g.date)),
            None => none += 1,
        }
    }
    (right, wrong, none)
}

#[test]
fn every_seed_article_gets_its_talks_date_from_its_published_date() {
    let (right, wrong, none) = score("seeds", true);
    assert_eq!((right, wrong.len(), none), (5, 0, 0), "{wrong:?}");
}

#[test]
fn tuned_articles_get_the_right_day_or_none() {
    // With the published date the editors found: one guess differs, and defensibly:
    // "signed a national unity declaration in Beijing on July 22", which the editors
    // date by its announcement on July 23. (The four articles moved from the held-out
    // set in issue 23 were all right before the move: 10 of the 15 at least.)
    let (right, wrong, _) = score("tests/fixtures/unseen", true);
    assert!(
        right >= 10 && wrong.len() <= 1,
        "{right} right, wrong: {wrong:?}"
    );
    // Without it, only what the text dates on its own: fewer guesses, none wrong.
    let (right, wrong, _) = score("tests/fixtures/unseen", false);
    assert!(
        right >= 4 && wrong.is_empty(),
        "{right} right, wrong: {wrong:?}"
    );
}

#[test]
fn a_stamped_date_is_the_published_date_the_editors_found() {
    let mut found = 0;
    for folder in ["tests/fixtures/unseen", "seeds"] {
        for (id, text, _, published) in articles(folder) {
            if let Some(g) = guess_dates(&text, None).published {
                assert_eq!(Some(g.date), published, "{id}");
                found += 1;
            }
        }
    }
    assert!(found >= 3, "{found}");
}
