//! The corpus as the front page's bundle embeds it: every article abridged to what
//! the timeline and the shared filters read, so the first load does not grow with the
//! articles' texts (issue 25). The full articles travel in the drawing worker, which
//! draws the map, the comparison and the reader, and which the app asks for them
//! when a view of its own needs a text (a round's details, a text search).
//!
//! An abridged article keeps:
//!
//! - its metadata (id, file, headline, place, dates, outlet, wire, each with its
//!   confidence; not the notes on how each is known, which only the reader shows);
//! - every sentence, by index, with its topics (the `t` filter and the topic lists),
//!   the text of only those a dated reference that names no catalogued event stands
//!   in (the timeline labels such an event with it), the other spans empty;
//! - every dated reference and every placement at the talks (the timeline's events
//!   and round lines), sentence indices unchanged, spans moved into the shorter text
//!   (empty where their sentence's text is left out);
//! - one mention of each entity it names, at an empty span (the `f` and `e` filters
//!   and who it names by faction).
//!
//! It drops the candidates, quotations, relations and loaded terms, which only the
//! worker's views and a round's details show. Every index stays in range and every
//! span on a character boundary of the shorter text, so the writers read it safely.

use super::{Article, Corpus, Mention, Sentence, Span};

impl Corpus {
    /// The same corpus, each article [`abridged`](Article::abridged).
    pub fn abridged(&self) -> Corpus {
        Corpus {
            articles: self.articles.iter().map(Article::abridged).collect(),
            ..self.clone()
        }
    }
}

impl Article {
    /// What the front page and the filters read of this article; see the module.
    pub fn abridged(&self) -> Article {
        let kept: Vec<bool> = (0..self.sentences.len())
            .map(|i| {
                self.events
                    .iter()
                    .any(|r| r.catalog.is_empty() && r.sentence as usize == i)
            })
            .collect();
        let mut text = String::new();
        // Where each kept sentence's text starts in the shorter text, by sentence.
        let mut moved: Vec<Option<u32>> = Vec::with_capacity(self.sentences.len());
        for (s, keep) in self.sentences.iter().zip(&kept) {
            if *keep {
                if !text.is_empty() {
                    text.push(' ');
                }
                moved.push(Some(text.len() as u32));
                text.push_str(self.slice(s.span));
            } else {
                moved.push(None);
            }
        }
        let at = |i: usize| moved.get(i).copied().flatten();
        let sentences = (self.sentences.iter().enumerate())
            .map(|(i, s)| Sentence {
                span: at(i).map_or(Span::new(0, 0), |start| {
                    Span::new(start as usize, (start + s.span.end - s.span.start) as usize)
                }),
                topics: s.topics.clone(),
            })
            .collect();
        let events = (self.events.iter())
            .map(|r| {
                let mut r = r.clone();
                let sentence = self.sentences.get(r.sentence as usize);
                r.span = move_span(r.span, sentence, at(r.sentence as usize));
                r
            })
            .collect();
        let mut mentions: Vec<Mention> = Vec::new();
        for m in &self.mentions {
            if !mentions.iter().any(|k| k.entity == m.entity) {
                mentions.push(Mention {
                    span: Span::new(0, 0),
                    ..*m
                });
            }
        }
        let mut short = Article {
            text,
            sentences,
            events,
            mentions,
            candidates: Vec::new(),
            quotes: Vec::new(),
            relations: Vec::new(),
            framing: Vec::new(),
            // Their spans point into the whole text; the promises view reads the whole.
            commitments: Vec::new(),
            outcomes: Vec::new(),
            ..self.clone()
        };
        for note in [
            &mut short.talks.note,
            &mut short.published.note,
            &mut short.outlet.note,
            &mut short.wire.note,
        ] {
            note.clear();
        }
        short
    }
}

/// `span`, inside `sentence`, moved to where the sentence starts in the shorter text;
/// empty when the sentence's text is left out (or the span is not inside it).
fn move_span(span: Span, sentence: Option<&Sentence>, start: Option<u32>) -> Span {
    match (sentence, start) {
        (Some(s), Some(start)) if s.span.start <= span.start && span.end <= s.span.end => {
            let from = start + (span.start - s.span.start);
            Span::new(from as usize, (from + span.end - span.start) as usize)
        }
        _ => Span::new(0, 0),
    }
}

#[cfg(test)]
mod tests;
