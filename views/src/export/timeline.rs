//! The timeline's export: the items the filters let through (`timeline::view::visible`,
//! the rule the chart and the list draw by), in time order, and the sentences each
//! rests on.
//!
//! - `items`: one row per item: id, kind, date and precision, the end of a lasting
//!   event, lane, label, how the date is known, and the articles behind it;
//! - `sources`: one row per sentence that refers to an event item (the sentences the
//!   item's panel quotes), keyed by `item_id`. A round is an article, not a reference:
//!   its row names the article, and its date's confidence and the editors' note.
//!
//! Only passing articles count: an item's `articles` and `sources` leave out articles
//! the filters hide, as every other view does.

use super::table::{Cell, Table};
use crate::filter::Selection;
use crate::timeline::view::visible;
use crate::timeline::{ItemKind, TimelineItem, time_order};
use corpus::model::{Article, Confidence, Corpus, Span};

pub fn tables(corpus: &Corpus, items: &[TimelineItem], sel: &Selection) -> Vec<Table> {
    let mut rows = Table::new(
        "items",
        &[
            "item_id",
            "kind",
            "date",
            "precision",
            "until",
            "lane",
            "label",
            "dated_by",
            "note",
            "articles",
        ],
    );
    let mut sources = Table::new(
        "sources",
        &[
            "item_id",
            "article_id",
            "sentence_start",
            "sentence_end",
            "sentence",
        ],
    );
    for item in time_order(items, &visible(items, sel))
        .into_iter()
        .filter_map(|i| items.get(i))
    {
        let passing: Vec<&Article> = (item.articles.iter())
            .filter(|&&a| sel.passes(a))
            .filter_map(|&a| corpus.articles.get(a))
            .collect();
        let (dated_by, note) = dated_by(item, &passing);
        let ids: Vec<&str> = passing.iter().map(|a| a.id.as_str()).collect();
        rows.push(vec![
            item.id.as_str().into(),
            kind(item.kind).into(),
            item.date.to_string().into(),
            item.date.precision().as_str().into(),
            item.until.map(|d| d.to_string()).into(),
            item.lane.as_str().into(),
            item.label.as_str().into(),
            dated_by.into(),
            note.into(),
            ids.join(" ").into(),
        ]);
        if item.kind == ItemKind::Event {
            for a in &passing {
                for span in referring_sentences(a, item) {
                    sources.push(vec![
                        item.id.as_str().into(),
                        a.id.as_str().into(),
                        Cell::int(span.start),
                        Cell::int(span.end),
                        a.slice(span).into(),
                    ]);
                }
            }
        }
    }
    vec![rows, sources]
}

fn kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Round => "round",
        ItemKind::Event => "event",
    }
}

/// How the item's date is known: a round's by its article's researched date (the
/// talks', else the publication's, as `Article::date` picks), with the editors' note;
/// a catalogued event's by the catalogue; any other by the text that dates it.
fn dated_by(item: &TimelineItem, passing: &[&Article]) -> (String, String) {
    match item.kind {
        ItemKind::Round => passing
            .first()
            .map(|a| round_dated_by(a))
            .unwrap_or_default(),
        ItemKind::Event if item.catalog.is_some() => ("catalogue".into(), String::new()),
        ItemKind::Event => ("text".into(), String::new()),
    }
}

fn round_dated_by(a: &Article) -> (String, String) {
    let (what, fact) = match a.talks.value {
        Some(_) => ("talks", &a.talks),
        None => ("publication", &a.published),
    };
    let how = match fact.confidence {
        Confidence::Stated => "stated",
        _ => "inferred",
    };
    (format!("{what} date, {how}"), fact.note.clone())
}

/// The sentences of `a` that refer to the event `item`, each once, in text order.
fn referring_sentences(a: &Article, item: &TimelineItem) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let refs = a.events.iter().filter(|r| match item.catalog {
        Some(e) => r.catalog.contains(&e),
        None => r.date == item.date,
    });
    for r in refs {
        if let Some(s) = a.sentences.get(r.sentence as usize)
            && !out.contains(&s.span)
        {
            out.push(s.span);
        }
    }
    out
}
