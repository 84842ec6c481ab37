//! The reader's export: every mark it draws in the open article, in text order, with
//! the sentence it is in; or, with no article open, the list of articles it offers.
//!
//! The marks are read from the reader's own segments (`read::segments::paragraphs`),
//! so where two annotations overlap the export keeps the one the reader draws. Kinds:
//! `entity`, `uncurated`, `date`, `loaded-term`, `quotation`. With a topic or text
//! filter the reader highlights the sentences that match; the export keeps the marks
//! of those sentences only (the filters applied), all of them otherwise.

use super::table::{Cell, Table};
use crate::filter::{Selection, fold_query};
use crate::read::names::candidate_role;
use crate::read::segments::{Mark, paragraphs};
use crate::speaker::Speaker;
use crate::state::ViewState;
use corpus::model::{Article, Corpus, SentenceIx, Span};

const MARK_COLUMNS: [&str; 10] = [
    "kind",
    "start",
    "end",
    "text",
    "ref_id",
    "ref_label",
    "detail",
    "sentence_start",
    "sentence_end",
    "sentence",
];

pub fn tables(corpus: &Corpus, state: &ViewState, sel: &Selection) -> Vec<Table> {
    match state
        .article
        .as_deref()
        .and_then(|id| corpus.article_ix(id))
    {
        Some(ix) => vec![marks(corpus, state, sel, ix)],
        None => vec![articles(corpus, sel)],
    }
}

fn marks(corpus: &Corpus, state: &ViewState, sel: &Selection, ix: usize) -> Table {
    let mut t = Table::new("marks", &MARK_COLUMNS);
    let a = &corpus.articles[ix];
    let filtered = !state.topics.is_empty() || fold_query(&state.query).is_some();
    let matched = sel.sentences.get(ix).map(Vec::as_slice).unwrap_or(&[]);
    let hits = sel.query_hits.get(ix).map(Vec::as_slice).unwrap_or(&[]);
    for sentence in paragraphs(a, hits).into_iter().flatten() {
        if filtered && !matched.contains(&sentence.sentence) {
            continue;
        }
        let mut last: Option<(Mark, Span)> = None;
        for seg in &sentence.segments {
            if let Some(q) = seg.quote_starts.and_then(|q| a.quotes.get(q)) {
                flush(&mut t, corpus, a, sentence.sentence, last.take());
                t.push(quotation(corpus, a, q, sentence.sentence));
            }
            match last {
                // One annotation cut in two by a quotation's edge is one mark.
                Some((m, ref mut span)) if m == seg.mark && span.end == seg.span.start => {
                    span.end = seg.span.end;
                }
                _ => {
                    flush(&mut t, corpus, a, sentence.sentence, last.take());
                    last = (seg.mark != Mark::Plain).then_some((seg.mark, seg.span));
                }
            }
        }
        flush(&mut t, corpus, a, sentence.sentence, last);
    }
    t
}

fn flush(t: &mut Table, corpus: &Corpus, a: &Article, s: SentenceIx, mark: Option<(Mark, Span)>) {
    if let Some((mark, span)) = mark
        && let Some((kind, id, label, detail)) = describe(corpus, a, mark)
    {
        let mut row = vec![kind.into(), Cell::int(span.start), Cell::int(span.end)];
        row.extend([a.slice(span).into(), id.into(), label.into(), detail.into()]);
        row.extend(sentence_cells(a, s));
        t.push(row);
    }
}

/// A mark's kind, what it refers to (id, label) and a detail.
fn describe(
    corpus: &Corpus,
    a: &Article,
    mark: Mark,
) -> Option<(&'static str, String, String, String)> {
    Some(match mark {
        Mark::Plain => return None,
        Mark::Mention(i) => {
            let m = a.mentions.get(i)?;
            let e = corpus.entities.get(m.entity as usize)?;
            let variant = if m.variant { "; spelling variant" } else { "" };
            (
                "entity",
                e.id.clone(),
                e.name.clone(),
                format!("{}{variant}", e.kind.as_str()),
            )
        }
        Mark::Candidate(i) => {
            let c = a.candidates.get(i)?;
            let role = candidate_role(corpus, a, c).unwrap_or_default();
            ("uncurated", String::new(), role, String::new())
        }
        Mark::Date(i) => {
            let r = a.events.get(i)?;
            let ids: Vec<&str> = (r.catalog.iter())
                .filter_map(|&e| corpus.events.get(e as usize))
                .map(|e| e.id.as_str())
                .collect();
            (
                "date",
                ids.join(" "),
                r.date.to_string(),
                r.date.precision().as_str().into(),
            )
        }
        Mark::Framing(i) => {
            let term = corpus.framing.get(a.framing.get(i)?.term as usize)?;
            (
                "loaded-term",
                term.id.clone(),
                term.label.clone(),
                term.family.clone(),
            )
        }
    })
}

fn quotation(corpus: &Corpus, a: &Article, q: &corpus::model::Quote, s: SentenceIx) -> Vec<Cell> {
    let (id, label) = match Speaker::of(corpus, a, q) {
        Speaker::Entity(e) => (corpus.entity(e).id.as_str(), corpus.entity(e).name.as_str()),
        Speaker::Words(w) => ("", w),
        Speaker::Unattributed => ("", "unattributed"),
        Speaker::Term => ("", "quoted term"),
    };
    let mut row = vec![
        "quotation".into(),
        Cell::int(q.span.start),
        Cell::int(q.span.end),
    ];
    row.extend([
        a.slice(q.span).into(),
        id.into(),
        label.into(),
        q.rule.label().into(),
    ]);
    row.extend(sentence_cells(a, s));
    row
}

fn sentence_cells(a: &Article, s: SentenceIx) -> [Cell; 3] {
    match a.sentences.get(s as usize) {
        Some(s) => [
            Cell::int(s.span.start),
            Cell::int(s.span.end),
            a.slice(s.span).into(),
        ],
        None => [Cell::Empty, Cell::Empty, Cell::Empty],
    }
}

/// With no article open: the articles the list shows, those the filters pass.
fn articles(corpus: &Corpus, sel: &Selection) -> Table {
    let mut t = Table::new(
        "articles",
        &[
            "article_id",
            "date",
            "precision",
            "headline",
            "outlet",
            "wire",
            "published",
        ],
    );
    for a in sel.passing().filter_map(|i| corpus.articles.get(i)) {
        let date = a.date();
        t.push(vec![
            a.id.as_str().into(),
            date.to_string().into(),
            date.precision().as_str().into(),
            a.headline.as_str().into(),
            a.outlet.value.clone().into(),
            a.wire.value.clone().into(),
            a.published.value.map(|d| d.to_string()).into(),
        ]);
    }
    t
}
