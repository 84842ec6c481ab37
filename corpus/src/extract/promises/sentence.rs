//! One sentence as the promise rules read it: its words, lowercased, with their
//! byte ranges in the whole text, and where its clauses break.

use crate::text::{Span, words};

/// Words that open a clause of their own: a cue's subject, hedge or object does not
/// reach across them ("Hamas agreed to elections, but Fatah may postpone them").
const CLAUSE_WORDS: &[&str] = &["but", "while", "although", "though", "whereas", "however"];

pub(super) struct Sentence<'a> {
    pub text: &'a str,
    pub span: Span,
    /// Each word's byte range in the whole text.
    pub tokens: Vec<Span>,
    /// Each word lowercased, with curly apostrophes made straight.
    pub lower: Vec<String>,
}

impl<'a> Sentence<'a> {
    pub fn new(text: &'a str, span: Span) -> Self {
        let body = &text[span.range()];
        let base = span.start as usize;
        let ranges = words(body);
        Sentence {
            text,
            span,
            tokens: ranges
                .iter()
                .map(|&(s, e)| Span::new(base + s, base + e))
                .collect(),
            lower: ranges
                .iter()
                .map(|&(s, e)| body[s..e].to_lowercase().replace('\u{2019}', "'"))
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lowercased word at `k`, or "" past either end.
    pub fn word(&self, k: usize) -> &str {
        self.lower.get(k).map(String::as_str).unwrap_or("")
    }

    /// The word at `k` as written.
    pub fn original(&self, k: usize) -> &str {
        self.tokens
            .get(k)
            .map(|s| &self.text[s.range()])
            .unwrap_or("")
    }

    /// Whether the words from `k` on are `pattern` ("*" stands for any one word).
    pub fn matches_at(&self, k: usize, pattern: &[&str]) -> bool {
        k + pattern.len() <= self.len()
            && pattern
                .iter()
                .enumerate()
                .all(|(i, p)| *p == "*" || self.word(k + i) == *p)
    }

    /// Whether a clause breaks between word `k - 1` and word `k`: punctuation
    /// between them (a comma, a semicolon, a dash, a colon, a parenthesis) or a word
    /// that opens a clause.
    pub fn breaks_before(&self, k: usize) -> bool {
        if k == 0 || k >= self.len() {
            return true;
        }
        let gap = &self.text[self.tokens[k - 1].end as usize..self.tokens[k].start as usize];
        gap.contains([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'])
            || gap.contains(" - ")
            || CLAUSE_WORDS.contains(&self.word(k))
    }

    /// The first word of the clause word `k` is in.
    pub fn clause_start(&self, k: usize) -> usize {
        (1..=k.min(self.len()))
            .rev()
            .find(|&j| self.breaks_before(j))
            .unwrap_or(0)
    }

    /// One past the last word of the clause that starts after word `k`.
    pub fn clause_end(&self, k: usize) -> usize {
        (k + 1..self.len())
            .find(|&j| self.breaks_before(j))
            .unwrap_or(self.len())
    }

    /// The byte range of words `from..to` (empty at the sentence's end when none).
    pub fn bytes(&self, from: usize, to: usize) -> Span {
        let at = |k: usize| self.tokens.get(k).map(|s| s.start).unwrap_or(self.span.end);
        let end = match to.checked_sub(1).and_then(|k| self.tokens.get(k)) {
            Some(s) if to > from => s.end,
            _ => at(from),
        };
        Span {
            start: at(from),
            end,
        }
    }

    /// The index of the first word that starts at or after byte `offset`.
    pub fn word_at(&self, offset: u32) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }
}
