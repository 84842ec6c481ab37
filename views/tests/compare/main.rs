//! The comparison on the real seeds: concrete facts the comparison view must show,
//! by concern: its columns and what every column gets (`columns`), topic rows,
//! framing terms and the filters (`topics`), who is heard (`voices`), and echoed
//! passages with how their search scales (`similar`).

mod columns;
#[path = "../common/mod.rs"]
mod common;
mod similar;
mod topics;
mod voices;

use common::lookup::{article_ix as col, corpus, entity, topic};
use corpus::model::{Article, SentenceIx};
use views::compare::{Comparison, Voice, compare};

/// The comparison of the articles with these ids, in this order, unfiltered.
pub fn cmp(ids: &[&str]) -> Comparison {
    let cols: Vec<usize> = ids.iter().map(|id| col(id)).collect();
    compare(corpus(), &cols, &[], &[])
}

/// The article shown in column `c`.
pub fn article(c: &Comparison, column: usize) -> &'static Article {
    &corpus().articles[c.columns[column]]
}

/// The text of `sentences` of the article in column `column`.
pub fn texts(c: &Comparison, column: usize, sentences: &[SentenceIx]) -> Vec<&'static str> {
    let a = article(c, column);
    sentences.iter().map(|&s| a.sentence_text(s)).collect()
}

/// Counts per column of a framing term, if some column uses it.
pub fn term_counts(c: &Comparison, id: &str) -> Option<Vec<u32>> {
    let term = corpus().framing.iter().position(|t| t.id == id)? as u16;
    c.framing
        .terms
        .iter()
        .find(|t| t.0 == term)
        .map(|t| t.1.clone())
}

/// The voice of `speaker` in the group of `faction`, in column `column`.
pub fn voice<'c>(
    c: &'c Comparison,
    column: usize,
    faction: &str,
    speaker: &str,
) -> Option<&'c Voice> {
    c.voices[column]
        .groups
        .iter()
        .find(|g| g.faction == Some(entity(faction)))?
        .speakers
        .iter()
        .find(|v| v.speaker == Some(entity(speaker)))
}

/// Every speaker of every group of every column.
pub fn speakers(c: &Comparison) -> impl Iterator<Item = &Voice> {
    c.voices
        .iter()
        .flat_map(|v| &v.groups)
        .flat_map(|g| &g.speakers)
}
