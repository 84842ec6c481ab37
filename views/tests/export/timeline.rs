//! The timeline's items and their sources, with and without filters.

use super::{ctx, exported, state, texts};
use corpus::PartialDate;
use std::collections::BTreeSet;

#[test]
fn without_filters_every_item_is_exported_in_time_order() {
    let e = exported("");
    let ids = texts(&e, "items", "item_id");
    let all: Vec<String> = ctx().items.iter().map(|i| i.id.clone()).collect();
    assert_eq!(ids, all, "items are built in time order");
    assert!(texts(&e, "items", "lane").iter().all(|l| !l.is_empty()));
}

#[test]
fn a_date_filter_keeps_exactly_the_rounds_and_events_it_lets_through() {
    let e = exported("from=2017");
    let from = PartialDate::year(2017).first_day_number();
    let corpus = ctx().corpus;
    let passing: BTreeSet<&str> = (corpus.articles.iter())
        .filter(|a| a.date().end_day_number() > from)
        .map(|a| a.id.as_str())
        .collect();
    let kinds = texts(&e, "items", "kind");
    let ids = texts(&e, "items", "item_id");
    let rounds: BTreeSet<&str> = (ids.iter().zip(&kinds))
        .filter(|(_, k)| *k == "round")
        .map(|(id, _)| id.as_str())
        .collect();
    assert_eq!(rounds, passing);
    assert!(
        passing.len() < corpus.articles.len(),
        "the filter hides some rounds"
    );
    // Every item names passing articles only; a catalogued event is in the range.
    for (articles, id) in texts(&e, "items", "articles").iter().zip(&ids) {
        assert!(!articles.is_empty(), "{id}");
        assert!(
            articles.split(' ').all(|a| passing.contains(a)),
            "{id}: {articles}"
        );
        if let Some(event) = corpus.events.iter().find(|ev| &ev.id == id) {
            let end = event.until.unwrap_or(event.date).end_day_number();
            assert!(end > from, "{id}");
        }
    }
    // The sources quote passing articles, and each item they name is exported.
    let items: BTreeSet<&String> = ids.iter().collect();
    for (item, article) in
        texts(&e, "sources", "item_id")
            .iter()
            .zip(texts(&e, "sources", "article_id"))
    {
        assert!(items.contains(item) && passing.contains(article.as_str()));
    }
    let all = exported("");
    assert!(ids.len() < texts(&all, "items", "item_id").len());
}

#[test]
fn an_event_rests_on_the_sentences_that_refer_to_it() {
    let e = exported("e=hamas");
    let sources = e.tables.iter().find(|t| t.name == "sources").unwrap();
    assert!(!sources.rows.is_empty());
    let corpus = ctx().corpus;
    for row in &sources.rows {
        let (article, start, end, text) = (
            row[1].plain(),
            row[2].plain(),
            row[3].plain(),
            row[4].plain(),
        );
        let a = corpus.article(&article).unwrap();
        let (s, t): (usize, usize) = (start.parse().unwrap(), end.parse().unwrap());
        assert_eq!(&a.text[s..t], text);
        assert!(a.sentences.iter().any(|x| x.span.range() == (s..t)));
    }
    // Rounds carry how their date is known.
    let dated: Vec<String> = texts(&e, "items", "dated_by");
    assert!(
        dated.iter().any(|d| d == "talks date, inferred"),
        "{dated:?}"
    );
    let _ = state("e=hamas");
}
