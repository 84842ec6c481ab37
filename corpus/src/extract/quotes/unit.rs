//! Units: the stretches of text a quotation's frame is read in.
//!
//! A unit is one sentence, or several when a quotation runs across sentence ends
//! (`"We met. We agreed," he said.`): the frame after the closing mark belongs to the
//! quotation, not to a sentence of its own. Each unit is tokenized once, knows which
//! mention every token belongs to, and lists its reporting cues, so that every rule
//! reads the same view and no text is read twice.

use super::grammar::{BE, DETERMINERS, pronoun};
use super::marks::Quotation;
use super::tokens::{Kind, Token, tokenize};
use crate::model::{EntityIx, Mention, SentenceIx, Span};
use crate::reporting::{self, VerbIx};

/// A cue that reports speech: a verb of the lexicon, or "according to".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    Verb(VerbIx),
    /// At the token "according"; its speaker follows "to".
    According,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cue {
    pub kind: CueKind,
    /// Token index in the unit.
    pub at: usize,
}

pub(super) struct Unit {
    pub first_sentence: SentenceIx,
    pub last_sentence: SentenceIx,
    pub tokens: Vec<Token>,
    /// Per token: the mention outside quotation marks it is part of.
    pub mention_of: Vec<Option<Mention>>,
    /// Per token: whether it lies inside brackets (read past, never split on).
    pub nested: Vec<bool>,
    pub cues: Vec<Cue>,
    /// Per token (and one past the end): how many semicolons come before it.
    pub semicolons_before: Vec<u32>,
    /// The first curated person named outside quotation marks (token, entity, words),
    /// and the token where a second, different one is first named.
    pub first_person: Option<(usize, EntityIx, Span)>,
    pub second_person_at: Option<usize>,
}

impl Unit {
    pub fn word(&self, i: usize) -> Option<&str> {
        self.tokens
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
    }

    /// The span from the start of token `from` to the end of token `to - 1`.
    pub fn span(&self, range: std::ops::Range<usize>) -> Option<Span> {
        let first = self.tokens.get(range.start)?;
        let last = self.tokens.get(range.end.checked_sub(1)?)?;
        (range.start < range.end).then_some(Span {
            start: first.span.start,
            end: last.span.end,
        })
    }
}

/// Groups sentences into units: consecutive sentences stay together while a quotation
/// runs from one into the next. Returns, per unit, its first and last sentence.
pub(super) fn group(sentences: &[Span], quotations: &[Quotation]) -> Vec<(usize, usize)> {
    let sentence_of = |offset: u32| {
        sentences
            .partition_point(|s| s.end <= offset)
            .min(sentences.len().saturating_sub(1))
    };
    let mut joined_to_next = vec![false; sentences.len()];
    for q in quotations {
        let a = sentence_of(q.outer.start);
        let b = sentence_of(q.outer.end.saturating_sub(1));
        for flag in joined_to_next.iter_mut().take(b).skip(a) {
            *flag = true;
        }
    }
    let mut units = Vec::new();
    let mut start = 0;
    for (i, joined) in joined_to_next.iter().enumerate() {
        if !joined {
            units.push((start, i));
            start = i + 1;
        }
    }
    units
}

/// Builds the unit of sentences `first..=last`. `quotations` are the article's, with
/// their indices; `mentions` are those outside quotation marks, sorted.
pub(super) fn build(
    text: &str,
    sentences: &[Span],
    (first, last): (usize, usize),
    quotations: &[(usize, Quotation)],
    mentions: &[Mention],
    is_person: impl Fn(EntityIx) -> bool,
) -> Unit {
    let range = Span {
        start: sentences[first].start,
        end: sentences[last].end,
    };
    // Quotations whose marks lie in the range; a mark left outside (a quotation that
    // opens before the sentence split) leaves its words as plain words.
    let from = quotations.partition_point(|(_, q)| q.outer.start < range.start);
    let to = quotations.partition_point(|(_, q)| q.outer.start < range.end);
    let tokens = tokenize(text, range, &quotations[from..to.max(from)]);

    let mut mention_of = Vec::with_capacity(tokens.len());
    let mut m = mentions.partition_point(|m| m.span.end <= range.start);
    for t in &tokens {
        while mentions.get(m).is_some_and(|x| x.span.end <= t.span.start) {
            m += 1;
        }
        let hit = mentions
            .get(m)
            .filter(|x| t.is_word() && x.span.overlaps(t.span))
            .copied();
        mention_of.push(hit);
    }

    let mut nested = Vec::with_capacity(tokens.len());
    let mut depth = 0usize;
    for t in &tokens {
        if t.kind == Kind::Open {
            depth += 1;
        }
        nested.push(depth > 0);
        if t.kind == Kind::Close {
            depth = depth.saturating_sub(1);
        }
    }

    let cues = cues(&tokens, &mention_of);
    let mut semicolons_before = Vec::with_capacity(tokens.len() + 1);
    let mut n = 0;
    for t in &tokens {
        semicolons_before.push(n);
        n += u32::from(t.kind == Kind::Stop && text.get(t.span.range()) == Some(";"));
    }
    semicolons_before.push(n);
    let mut first_person: Option<(usize, EntityIx, Span)> = None;
    let mut second_person_at = None;
    for (i, m) in mention_of.iter().enumerate() {
        let Some(m) = m.filter(|m| is_person(m.entity)) else {
            continue;
        };
        match first_person {
            None => first_person = Some((i, m.entity, m.span)),
            Some((_, e, _)) if e != m.entity => {
                second_person_at = Some(i);
                break;
            }
            Some(_) => {}
        }
    }
    Unit {
        first_sentence: first as SentenceIx,
        last_sentence: last as SentenceIx,
        tokens,
        mention_of,
        nested,
        cues,
        semicolons_before,
        first_person,
        second_person_at,
    }
}

/// The reporting cues among the tokens: lexicon verbs that are not adjectives ("the
/// declared aim") or reduced passives ("a meeting called by Egypt"), and "according to".
fn cues(tokens: &[Token], mention_of: &[Option<Mention>]) -> Vec<Cue> {
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
    };
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        if t.lower == "according" && word(i + 1) == Some("to") {
            out.push(Cue {
                kind: CueKind::According,
                at: i,
            });
            continue;
        }
        // "Abbas claims …", never "Hamas's claims": a noun-like form right after its
        // subject, a name or a pronoun.
        let after_subject = i.checked_sub(1).is_some_and(|p| {
            let possessive =
                tokens[p].lower.ends_with("'s") || tokens[p].lower.ends_with("\u{2019}s");
            !possessive && mention_of[p].is_some()
                || (!possessive && tokens[p].capitalized() && p > 0)
                || word(p).is_some_and(|w| pronoun(w).is_some())
        });
        let verb = reporting::verb_of(&t.lower).or_else(|| {
            after_subject
                .then(|| reporting::verb_of_noun_like(&t.lower))
                .flatten()
        });
        let Some(verb) = verb else {
            continue;
        };
        let after_determiner = i
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|w| DETERMINERS.contains(&w));
        // "a meeting called by Egypt"; but "was rejected by X as ..." is a passive cue.
        let after_be = i
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|w| BE.contains(&w));
        let reduced_passive = word(i + 1) == Some("by") && !after_be;
        if !after_determiner && !reduced_passive {
            out.push(Cue {
                kind: CueKind::Verb(verb),
                at: i,
            });
        }
    }
    out
}
