//! The search index: everything about the corpus that a filter change would otherwise
//! recompute, built once when the app starts (the folded texts on the first search).
//!
//! Per article it keeps the folded text, a compact map from folded offsets back to the
//! original text, the day range, and the sorted sets of entities, faction keys and
//! topics; per entity its folded names. [`corpus::text::Folded`] would map offsets too,
//! but it stores two `u32`s per byte of text: 8 bytes a byte, about 21 MB for a
//! 1,000-article corpus in the browser's heap. [`OffsetMap`] stores one record per
//! non-ASCII character instead (a handful per article) and gives the same answers,
//! which a property test checks against `Folded::original`.

use corpus::model::{Corpus, EntityIx, EntityKind, Span, TopicIx};
use corpus::text::fold;
use std::sync::OnceLock;

/// Precomputed folded text of every article and of every entity's names and aliases,
/// built once (at app start) so that a filter change is cheap.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    pub(super) articles: Vec<ArticleIndex>,
    /// Folded name and aliases of each entity, deduped.
    pub(super) names: Vec<Vec<String>>,
    /// For each entity: the faction it counts for, if it is a person with one.
    pub(super) person_faction: Vec<Option<EntityIx>>,
    /// Day numbers `[first, end)` each catalogue event covers, `until` included.
    pub(super) event_days: Vec<(i32, i32)>,
}

#[derive(Debug, Clone)]
pub(super) struct ArticleIndex {
    /// The folded text and its map back to the original, made on the first search
    /// (most views never search: folding every text at start cost a phone some 17 ms).
    text: OnceLock<(String, OffsetMap)>,
    /// Length of the original text, to tell an index built for another corpus.
    pub text_len: usize,
    /// Day numbers `[first, end)` of the article's date.
    pub days: (i32, i32),
    /// Entities mentioned, sorted, deduped.
    pub entities: Vec<EntityIx>,
    /// Mentioned entities plus the factions of mentioned people: what `f` matches.
    pub faction_keys: Vec<EntityIx>,
    /// Topics of any sentence, sorted, deduped.
    pub topics: Vec<TopicIx>,
}

impl ArticleIndex {
    /// The folded text of `text` (the article this index is for) and its offset map.
    pub fn folded(&self, text: &str) -> &(String, OffsetMap) {
        self.text.get_or_init(|| OffsetMap::fold(text))
    }
}

impl SearchIndex {
    pub fn new(corpus: &Corpus) -> SearchIndex {
        let person_faction: Vec<Option<EntityIx>> = corpus
            .entities
            .iter()
            .map(|e| {
                (e.kind == EntityKind::Person)
                    .then_some(e.faction)
                    .flatten()
            })
            .collect();
        let articles = corpus
            .articles
            .iter()
            .map(|a| {
                let mut entities: Vec<EntityIx> = a.mentions.iter().map(|m| m.entity).collect();
                crate::sort::sort(&mut entities);
                entities.dedup();
                let mut faction_keys = entities.clone();
                faction_keys.extend(
                    entities
                        .iter()
                        .filter_map(|&e| person_faction.get(e as usize).copied().flatten()),
                );
                crate::sort::sort(&mut faction_keys);
                faction_keys.dedup();
                let mut topics: Vec<TopicIx> = a
                    .sentences
                    .iter()
                    .flat_map(|s| s.topics.iter().copied())
                    .collect();
                crate::sort::sort(&mut topics);
                topics.dedup();
                let date = a.date();
                ArticleIndex {
                    text: OnceLock::new(),
                    text_len: a.text.len(),
                    days: (date.first_day_number(), date.end_day_number()),
                    entities,
                    faction_keys,
                    topics,
                }
            })
            .collect();
        let names = corpus
            .entities
            .iter()
            .map(|e| {
                let mut names: Vec<String> = std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|n| fold(n))
                    .filter(|n| !n.is_empty())
                    .collect();
                crate::sort::sort(&mut names);
                names.dedup();
                names
            })
            .collect();
        let event_days = corpus
            .events
            .iter()
            .map(|e| {
                let last = e.until.filter(|u| *u > e.date).unwrap_or(e.date);
                (e.date.first_day_number(), last.end_day_number())
            })
            .collect();
        SearchIndex {
            articles,
            names,
            person_faction,
            event_days,
        }
    }

    /// Whether this index was built for (a corpus shaped like) `corpus`. Cheap: counts
    /// and text lengths, so a mismatch is caught before any offset is trusted.
    pub fn fits(&self, corpus: &Corpus) -> bool {
        self.articles.len() == corpus.articles.len()
            && self.names.len() == corpus.entities.len()
            && self.event_days.len() == corpus.events.len()
            && self
                .articles
                .iter()
                .zip(&corpus.articles)
                .all(|(ix, a)| ix.text_len == a.text.len())
    }

    /// For each entity, whether one of its names or aliases contains the folded query
    /// (an empty query matches nothing).
    pub fn entities_matching(&self, folded_query: &str) -> Vec<bool> {
        self.names
            .iter()
            .map(|names| !folded_query.is_empty() && names.iter().any(|n| n.contains(folded_query)))
            .collect()
    }
}

/// Maps byte offsets in a folded text back to the original text, exactly as
/// [`Folded::original`](corpus::text::Folded::original) does, while storing only the characters that do not fold to
/// themselves one byte for one byte (every non-ASCII character).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// In text order; folded starts never decrease.
    marks: Vec<Mark>,
}

/// One non-ASCII character: its folded bytes `[fs, fe)` came from original `[os, oe)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    fs: u32,
    fe: u32,
    os: u32,
    oe: u32,
}

impl OffsetMap {
    pub fn new(original: &str) -> OffsetMap {
        OffsetMap::fold(original).1
    }

    /// The folded text (exactly [`fold`]`(original)`) and its map, in one pass. ASCII
    /// runs, nearly all of an English article, are lowercased in bulk.
    pub fn fold(original: &str) -> (String, OffsetMap) {
        let mut folded = String::with_capacity(original.len());
        let mut marks = Vec::new();
        let mut rest = original;
        while !rest.is_empty() {
            let ascii = rest
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            let start = folded.len();
            folded.push_str(&rest[..ascii]);
            folded[start..].make_ascii_lowercase();
            rest = &rest[ascii..];
            if let Some(c) = rest.chars().next() {
                let os = original.len() - rest.len();
                let fs = folded.len();
                corpus::text::fold_char(c, &mut folded);
                marks.push(Mark {
                    fs: fs as u32,
                    fe: folded.len() as u32,
                    os: os as u32,
                    oe: (os + c.len_utf8()) as u32,
                });
                rest = &rest[c.len_utf8()..];
            }
        }
        (folded, OffsetMap { marks })
    }

    /// The original character `[start, end)` that folded byte `b` came from.
    fn char_of(&self, b: usize) -> (usize, usize) {
        let b32 = b as u32;
        let i = self.marks.partition_point(|m| m.fs <= b32);
        match i.checked_sub(1).map(|i| self.marks[i]) {
            Some(m) if b32 < m.fe => (m.os as usize, m.oe as usize),
            // An ASCII run after the mark (or from the start): one byte each side.
            Some(m) => {
                let o = m.oe as usize + (b - m.fe as usize);
                (o, o + 1)
            }
            None => (b, b + 1),
        }
    }

    /// The original span of the folded byte range `start..end` (`end > start`).
    pub fn original(&self, start: usize, end: usize) -> Span {
        let (s, _) = self.char_of(start);
        let (_, e) = self.char_of(end.max(start + 1) - 1);
        Span::new(s, e)
    }
}
