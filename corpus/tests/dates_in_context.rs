//! Dates read through the whole extractor with the real knowledge base (issue 23,
//! class 1): a named past event takes the catalogue's date whatever the year of the
//! article, and a year-less date of the past is never after the article's date. The
//! sentences are written for these tests in the shapes of real reports.

mod common;

use corpus::date::PartialDate;
use corpus::extract;
use corpus::model::{Article, DateRead};

/// (date, words, how read) of every date in `text`, published on `published`.
fn dates(text: &str, published: &str) -> Vec<(String, String, DateRead)> {
    let (kb, matchers, _) = common::real_kb();
    let mut input = Article::unannotated("test", text);
    input.published.value = Some(PartialDate::parse(published).unwrap());
    let a = extract::extract_article(kb, matchers, input);
    a.events
        .iter()
        .filter(|r| r.dated_by_text)
        .map(|r| (r.date.to_string(), a.slice(r.span).to_string(), r.read))
        .collect()
}

#[test]
fn a_named_past_event_takes_its_catalogue_date_in_any_later_year() {
    for published in ["2024-07-11", "2025-07-11", "2025-11-02", "2026-03-30"] {
        for text in [
            "Relations soured after the October 7 attacks.",
            "Since the Oct. 7 attack, the talks have stalled.",
            "The October 7 attack will weigh on the talks.",
        ] {
            let found = dates(text, published);
            assert_eq!(found.len(), 1, "{text} ({published}): {found:?}");
            assert_eq!(
                (found[0].0.as_str(), found[0].2),
                ("2023-10-07", DateRead::Catalogue),
                "{text} ({published})"
            );
        }
    }
}

#[test]
fn a_day_of_the_past_without_its_cue_is_the_last_one_before_the_article() {
    // No catalogued event of the day and its cue: the latest 7 October before.
    let found = dates("Mourners gathered on October 7 in Gaza.", "2025-07-11");
    assert_eq!(found[0].0, "2024-10-07");
    assert_eq!(found[0].2, DateRead::NearestPast);
}
