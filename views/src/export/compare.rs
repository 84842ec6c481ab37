//! The comparison's export: what its panels count, over the sentences the filters
//! leave in scope (`compare::compare`, the model the view draws), one row per article
//! and thing counted, so a sheet can pivot it either way.
//!
//! - `topics`: the topic grid, one row per (topic, column): the sentences in scope on
//!   that dispute, counted;
//! - `topic_sentences`: those sentences, keyed by topic and article;
//! - `voices`: who speaks in each column, by faction: quotations and paraphrases,
//!   and the unattributed quotations in a row of their own;
//! - `framing`: each loaded term's count per column.

use super::table::{Cell, Table};
use crate::compare::Comparison;
use corpus::model::{Article, Corpus};

pub fn tables(corpus: &Corpus, cmp: &Comparison) -> Vec<Table> {
    let columns: Vec<&Article> = (cmp.columns.iter())
        .filter_map(|&i| corpus.articles.get(i))
        .collect();
    vec![
        topics(corpus, cmp, &columns),
        topic_sentences(corpus, cmp, &columns),
        voices(corpus, cmp, &columns),
        framing(corpus, cmp, &columns),
    ]
}

fn topics(corpus: &Corpus, cmp: &Comparison, columns: &[&Article]) -> Table {
    let mut t = Table::new(
        "topics",
        &["topic_id", "topic", "article_id", "column", "sentences"],
    );
    for row in &cmp.rows {
        let Some(topic) = corpus.topics.get(row.topic as usize) else {
            continue;
        };
        for (c, (a, cell)) in columns.iter().zip(&row.cells).enumerate() {
            t.push(vec![
                topic.id.as_str().into(),
                topic.name.as_str().into(),
                a.id.as_str().into(),
                Cell::int(c as u32 + 1),
                Cell::int(cell.len() as u32),
            ]);
        }
    }
    t
}

fn topic_sentences(corpus: &Corpus, cmp: &Comparison, columns: &[&Article]) -> Table {
    let mut t = Table::new(
        "topic_sentences",
        &[
            "topic_id",
            "article_id",
            "sentence_start",
            "sentence_end",
            "sentence",
        ],
    );
    for row in &cmp.rows {
        let Some(topic) = corpus.topics.get(row.topic as usize) else {
            continue;
        };
        for (a, cell) in columns.iter().zip(&row.cells) {
            for s in cell.iter().filter_map(|&s| a.sentences.get(s as usize)) {
                t.push(vec![
                    topic.id.as_str().into(),
                    a.id.as_str().into(),
                    Cell::int(s.span.start),
                    Cell::int(s.span.end),
                    a.slice(s.span).into(),
                ]);
            }
        }
    }
    t
}

fn voices(corpus: &Corpus, cmp: &Comparison, columns: &[&Article]) -> Table {
    let mut t = Table::new(
        "voices",
        &[
            "article_id",
            "faction_id",
            "faction",
            "speaker_id",
            "speaker",
            "quotations",
            "paraphrases",
        ],
    );
    let entity = |e: Option<u16>| e.and_then(|e| corpus.entities.get(e as usize));
    for (a, voices) in columns.iter().zip(&cmp.voices) {
        for group in &voices.groups {
            let faction = entity(group.faction);
            for v in &group.speakers {
                t.push(vec![
                    a.id.as_str().into(),
                    faction.map(|f| f.id.as_str()).into(),
                    faction.map(|f| f.name.as_str()).into(),
                    entity(v.speaker).map(|s| s.id.as_str()).into(),
                    v.label.as_str().into(),
                    Cell::int(v.quotes.len() as u32),
                    Cell::int(v.paraphrases),
                ]);
            }
        }
        if !voices.unattributed.is_empty() {
            t.push(vec![
                a.id.as_str().into(),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                "unattributed".into(),
                Cell::int(voices.unattributed.len() as u32),
                Cell::int(0),
            ]);
        }
    }
    t
}

fn framing(corpus: &Corpus, cmp: &Comparison, columns: &[&Article]) -> Table {
    let mut t = Table::new(
        "framing",
        &["term_id", "term", "family", "article_id", "count"],
    );
    for (term, counts) in &cmp.framing.terms {
        let Some(term) = corpus.framing.get(*term as usize) else {
            continue;
        };
        for (a, &n) in columns.iter().zip(counts) {
            t.push(vec![
                term.id.as_str().into(),
                term.label.as_str().into(),
                term.family.as_str().into(),
                a.id.as_str().into(),
                Cell::int(n),
            ]);
        }
    }
    t
}
