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
    /// The first word for a deal ([`super::agreement::DEAL_WORDS`]), the first "if"
    /// or "unless", and the last "but not", or the sentence's length: read once, so
    /// that no rule scans the sentence again for each cue.
    pub first_deal: usize,
    pub first_condition: usize,
    pub last_but_not: Option<usize>,
}

/// How many words a clause may run back or on before the rules cut it: a sentence
/// of thousands of words with no punctuation costs no more than one of forty.
const CLAUSE_MOST: usize = 40;

impl<'a> Sentence<'a> {
    /// The sentence at `span` of `text`; `deal_words` are the words for a deal.
    pub fn new(text: &'a str, span: Span, deal_words: &[&str]) -> Self {
        let body = &text[span.range()];
        let base = span.start as usize;
        let ranges = words(body);
        let lower: Vec<String> = ranges
            .iter()
            .map(|&(s, e)| body[s..e].to_lowercase().replace('\u{2019}', "'"))
            .collect();
        let first =
            |hit: &dyn Fn(&str) -> bool| lower.iter().position(|w| hit(w)).unwrap_or(lower.len());
        let first_deal = first(&|w| deal_words.contains(&w));
        let first_condition = first(&|w| matches!(w, "if" | "unless"));
        let last_but_not = (1..lower.len())
            .rev()
            .find(|&k| lower[k - 1] == "but" && lower[k] == "not");
        Sentence {
            text,
            span,
            tokens: ranges
                .iter()
                .map(|&(s, e)| Span::new(base + s, base + e))
                .collect(),
            lower,
            first_deal,
            first_condition,
            last_but_not,
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
        let k = k.min(self.len());
        let floor = k.saturating_sub(CLAUSE_MOST);
        (floor.max(1)..=k)
            .rev()
            .find(|&j| self.breaks_before(j))
            .unwrap_or(floor)
    }

    /// One past the last word of the clause that starts after word `k`.
    pub fn clause_end(&self, k: usize) -> usize {
        let limit = (k + CLAUSE_MOST).min(self.len());
        (k + 1..limit)
            .find(|&j| self.breaks_before(j))
            .unwrap_or(limit)
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
