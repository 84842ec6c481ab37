//! The compared articles in full, side by side, each in its own scrolling box. With
//! synchronized scrolling on, the app brings the other boxes to the same relative
//! place as the one scrolled, so the rounds' parallel passages stay level; a toggle
//! (shown only while two or more texts stand side by side) turns it off.
//!
//! Each box is a named region in the tab order, so a keyboard can scroll it.

use super::Comparison;
use super::hit::CompareHit;
use crate::filter::Selection;
use crate::hit::Hit;
use crate::markup::esc;
use crate::read::text::{TextLinks, article_html};
use corpus::Corpus;
use std::fmt::Write;

/// The toggle and the texts; `only`: the one column a narrow screen shows.
pub fn full_texts_html(
    out: &mut String,
    corpus: &Corpus,
    cmp: &Comparison,
    sel: &Selection,
    links: &TextLinks,
    only: Option<usize>,
    sync: bool,
) {
    let shown: Vec<usize> = (0..cmp.columns.len())
        .filter(|c| only.is_none_or(|o| o == *c))
        .collect();
    if shown.len() > 1 {
        let _ = write!(
            out,
            r#"<label class="sync-toggle"><input type="checkbox"{checked}{hit}> Synchronized scrolling</label>"#,
            checked = if sync { " checked" } else { "" },
            hit = CompareHit::Sync.attr(),
        );
    }
    let _ = write!(out, r#"<div class="full-texts columns-{}">"#, shown.len());
    for c in shown {
        let ix = cmp.columns[c];
        let a = &corpus.articles[ix];
        let hits = sel.query_hits.get(ix).map(Vec::as_slice).unwrap_or(&[]);
        let matched = sel.sentences.get(ix).map(Vec::as_slice).unwrap_or(&[]);
        let _ = write!(
            out,
            r#"<div class="full-text" data-article="{id}" tabindex="0" role="region" aria-label="Full text of {date}"{hit}>{text}</div>"#,
            id = esc(&a.id),
            date = esc(&a.date().label()),
            hit = CompareHit::Text(c).attr(),
            text = article_html(corpus, a, hits, matched, links),
        );
    }
    out.push_str("</div>");
}
