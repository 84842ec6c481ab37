//! Finding the subject of a reporting verb, by the shape of the clause rather than by
//! how near a name stands to the verb.
//!
//! The words before the verb, back to the last quotation or stop, are cut into chunks
//! at top-level commas and dashes (brackets are read past). Then:
//!
//! - If the verb follows a comma (`X, a Hamas official, said`; `X, who met Y and Z,
//!   said`), the chunks before it are a subject and asides. The subject is the
//!   rightmost chunk that is a plain noun phrase and is followed by something that can
//!   be an aside (a relative clause, an apposition, a participle or a prepositional
//!   phrase, but not `and …`, which continues a list). Its first aside, if it is a bare
//!   apposition (`its deputy leader, Salah al-Aruri,`), may name it.
//! - Otherwise the subject is the last chunk, from after its last clause opener
//!   (`… in which he`, `… and Naim`); a relative pronoun followed by a verb is the
//!   subject's own aside (`the official who asked not to be named said`).
//! - `and said`, `, saying`: the verb shares the subject of the clause before it.
//! - A form of "be" before the verb makes it passive: the speaker is the agent.
//!
//! Names joined by "and" are kept together as one subject (`Abbas and Mashaal said`),
//! and the resolver decides what they are. Anything else (a chunk holding a finite
//! verb, a region cut off by the length limit, subjects joined across asides) is
//! unclear, and the quotation stays unattributed.

use super::grammar::{
    BE, CLAUSE_OPENERS, DETERMINERS, FINITE, INTRO_WORDS, OCCASIONS, PREPOSITIONS, RELATIVES,
    TITLE_WORDS, between_subject_and_verb, participle_like, pronoun,
};
use super::tokens::Kind;
use super::unit::Unit;
use crate::reporting::{ROLE_NOUNS, is_participle};
use std::ops::Range;

/// A subject is read at most this many tokens back from its verb; one further away is
/// not one a reader would take for it.
const MAX_REGION: usize = 60;
/// A noun phrase longer than this is a clause, not a subject.
const MAX_WORDS: usize = 14;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Subject {
    /// Tokens naming the subject, an apposition that may name it, and whether it
    /// stands in a clause that hangs from an earlier one (`… in which he announced`).
    Phrase {
        np: Range<usize>,
        apposition: Option<Range<usize>>,
        subordinate: bool,
    },
    /// `and pledged`, `, saying`: the subject of the clause before.
    Shared,
    /// `was dismissed as … by X`: the speaker is the agent after "by".
    Passive,
    /// The verb opens its stretch (`"…," said X`): the subject follows it.
    Inverted,
    Unclear,
}

/// The subject of the verb at token `verb`.
pub(super) fn before(unit: &Unit, verb: usize) -> Subject {
    let t = &unit.tokens;
    let floor = verb.saturating_sub(MAX_REGION);
    let boundary = (floor..verb).rev().find(|&i| t[i].is_boundary());
    let truncated = boundary.is_none() && floor > 0;
    let mut from = boundary.map_or(floor, |i| i + 1);
    while from < verb && t[from].separates() {
        from += 1;
    }
    let lower = |i: usize| unit.word(i).unwrap_or("");
    let verb_word = lower(verb);

    let mut end = verb;
    let mut quoted_as = false;
    // "media quoted Hamas spokesman, Sami Abu Zuhri, as saying": the one quoted speaks.
    if is_participle(verb_word) && end > from && lower(end - 1) == "as" {
        let quoted = (from..end - 1)
            .rev()
            .take(MAX_WORDS + 2)
            .find(|&i| lower(i) == "quoted")
            .filter(|&q| q + 2 < end);
        if let Some(q) = quoted {
            let np_end = end - 1;
            return if t[np_end - 1].separates() {
                asides(unit, q + 1, np_end - 1, false)
            } else {
                last_chunk(unit, q + 1, np_end)
            };
        }
    }
    // "was quoted as saying": the subject stands before "was".
    if is_participle(verb_word) && end > from && lower(end - 1) == "as" {
        end -= 1;
        if end > from && lower(end - 1) == "quoted" {
            end -= 1;
        }
        while end > from && (BE.contains(&lower(end - 1)) || lower(end - 1) == "widely") {
            end -= 1;
        }
        quoted_as = true;
    }
    end = skip_between(unit, from, end);
    if end == from {
        // `"…," said X`; but `"…", saying …` goes on from the clause before.
        return if is_participle(verb_word) {
            Subject::Shared
        } else {
            Subject::Inverted
        };
    }
    let last = lower(end - 1);
    if !quoted_as && BE.contains(&last) {
        return Subject::Passive;
    }
    if matches!(last, "and" | "but" | "or" | "then") {
        return Subject::Shared;
    }
    if t[end - 1].separates() {
        if is_participle(verb_word) {
            return Subject::Shared;
        }
        return asides(unit, from, end - 1, truncated);
    }
    last_chunk(unit, from, end)
}

/// Steps back over adverbs, auxiliaries, days and occasions ("in a statement")
/// between a subject and its verb.
fn skip_between(unit: &Unit, from: usize, mut end: usize) -> usize {
    while end > from {
        let t = &unit.tokens[end - 1];
        if t.kind == Kind::Other {
            end -= 1;
            continue;
        }
        let Some(w) = unit.word(end - 1) else { break };
        if between_subject_and_verb(w) {
            end -= 1;
            continue;
        }
        if OCCASIONS.contains(&w) {
            // "in a (joint) statement": back to the preposition, through lowercase words.
            let opener = (from..end - 1)
                .rev()
                .take(4)
                .find(|&i| matches!(unit.word(i), Some("in" | "during" | "at" | "through")));
            let plain = |i: usize| {
                unit.word(i).is_some_and(|w| {
                    (!unit.tokens[i].capitalized() && unit.mention_of[i].is_none())
                        || DETERMINERS.contains(&w)
                })
            };
            if let Some(p) = opener
                && (p + 1..end - 1).all(plain)
            {
                end = p;
                continue;
            }
        }
        break;
    }
    end
}

/// Top-level chunks of `from..end`, split at commas and dashes outside brackets.
fn chunks(unit: &Unit, from: usize, end: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = from;
    for i in from..end {
        if unit.tokens[i].separates() && !unit.nested[i] {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..end);
    out
}

/// `X, <aside>, said`: the rightmost chunk that is a plain noun phrase followed by an
/// aside.
fn asides(unit: &Unit, from: usize, end: usize, truncated: bool) -> Subject {
    let parts = chunks(unit, from, end);
    for j in (1..parts.len()).rev() {
        let aside = parts[j].clone();
        if matches!(first_word(unit, &aside), Some("and" | "or" | "but" | "nor")) {
            continue;
        }
        if j == 1 && truncated {
            break;
        }
        let (np, stripped) = strip_opener(unit, parts[j - 1].clone());
        if !plain_np(unit, &np) {
            continue;
        }
        // "X, head of …, and Y, who …, said": two subjects, neither the speaker.
        if stripped && j >= 2 && matches!(first_word(unit, &parts[j - 1]), Some("and" | "or")) {
            return Subject::Unclear;
        }
        let apposition = names_like_apposition(unit, &aside).then_some(aside);
        return Subject::Phrase {
            subordinate: stripped || np.start > 0,
            np,
            apposition,
        };
    }
    Subject::Unclear
}

/// `… X said`: the last chunk, after its last clause opener.
fn last_chunk(unit: &Unit, from: usize, end: usize) -> Subject {
    let parts = chunks(unit, from, end);
    let chunk = parts.last().cloned().unwrap_or(from..end);
    let opener = chunk
        .clone()
        .rev()
        .find(|&i| !unit.nested[i] && unit.word(i).is_some_and(|w| CLAUSE_OPENERS.contains(&w)));
    let Some(p) = opener else {
        return phrase_or_unclear(unit, chunk, false);
    };
    let word = unit.word(p).unwrap_or("");
    let next = (p + 1 < end).then(|| unit.word(p + 1)).flatten();
    // "the official who asked not to be named said": "who" is the subject; its
    // antecedent stands before it.
    let relative_subject = RELATIVES.contains(&word)
        && next.is_none_or(|w| {
            !unit.tokens[p + 1].capitalized() && !DETERMINERS.contains(&w) && pronoun(w).is_none()
        });
    if relative_subject {
        if p > chunk.start {
            return phrase_or_unclear(unit, chunk.start..p, chunk.start > 0);
        }
        // "X received Abbas, who said": the antecedent ends the chunk before.
        return match parts.len().checked_sub(2).map(|k| parts[k].clone()) {
            Some(prev) => {
                let np = trailing_np(unit, prev);
                phrase_or_unclear(unit, np.clone(), np.start > 0)
            }
            None => Subject::Unclear,
        };
    }
    // "Abbas and Mashaal said": the names joined are the subject together, from the
    // clause opener before them if any ("Although Abbas and Mashaal said").
    let ends_name = |i: usize| {
        unit.mention_of[i].is_some()
            || (unit.tokens[i].capitalized()
                && unit
                    .word(i)
                    .is_some_and(|w| !TITLE_WORDS.contains(&w) && !ROLE_NOUNS.contains(&w)))
    };
    if matches!(word, "and" | "or") && p > chunk.start && ends_name(p - 1) {
        let start = (chunk.start..p)
            .rev()
            .find(|&i| {
                !unit.nested[i]
                    && unit
                        .word(i)
                        .is_some_and(|w| CLAUSE_OPENERS.contains(&w) && !matches!(w, "and" | "or"))
            })
            .map_or(chunk.start, |i| i + 1);
        return phrase_or_unclear(unit, start..end, start > 0);
    }
    phrase_or_unclear(unit, p + 1..end, true)
}

fn phrase_or_unclear(unit: &Unit, np: Range<usize>, subordinate: bool) -> Subject {
    if plain_np(unit, &np) {
        Subject::Phrase {
            np,
            apposition: None,
            subordinate,
        }
    } else {
        Subject::Unclear
    }
}

/// The noun phrase that ends `r`: its run of names, titles and determiners
/// (`received Abbas` → `Abbas`, `met the official` → `the official`).
fn trailing_np(unit: &Unit, r: Range<usize>) -> Range<usize> {
    let mut start = r.end;
    while start > r.start {
        let i = start - 1;
        let fits = unit.mention_of[i].is_some()
            || unit.tokens[i].kind == Kind::Other
            || unit.word(i).is_some_and(|w| {
                unit.tokens[i].capitalized()
                    || TITLE_WORDS.contains(&w)
                    || ROLE_NOUNS.contains(&w)
                    || DETERMINERS.contains(&w)
                    || w.ends_with("'s")
            });
        if !fits {
            break;
        }
        start = i;
    }
    start..r.end
}

fn first_word<'u>(unit: &'u Unit, r: &Range<usize>) -> Option<&'u str> {
    r.clone().find_map(|i| unit.word(i))
}

/// Drops one leading clause opener that is not a relative pronoun: `where its deputy
/// leader` → `its deputy leader`.
fn strip_opener(unit: &Unit, r: Range<usize>) -> (Range<usize>, bool) {
    let first = r.clone().find(|&i| unit.word(i).is_some());
    match first {
        Some(i)
            if unit
                .word(i)
                .is_some_and(|w| CLAUSE_OPENERS.contains(&w) && !RELATIVES.contains(&w))
                && i + 1 < r.end =>
        {
            (i + 1..r.end, true)
        }
        _ => (r, false),
    }
}

/// Whether tokens read as a noun phrase that can be a subject: not empty, not long,
/// not opened by a relative pronoun, a preposition or a participle, and holding no
/// finite verb or relative pronoun of its own.
fn plain_np(unit: &Unit, r: &Range<usize>) -> bool {
    let words: Vec<usize> = r
        .clone()
        .filter(|&i| unit.word(i).is_some() && !unit.nested[i])
        .collect();
    let Some(&first) = words.first() else {
        return false;
    };
    let w = unit.word(first).unwrap_or("");
    let named = unit.mention_of[first].is_some();
    if words.len() > MAX_WORDS
        || (!named && (INTRO_WORDS.contains(&w) || participle_like(w)))
        || RELATIVES.contains(&w)
    {
        return false;
    }
    words.iter().all(|&i| {
        unit.mention_of[i].is_some()
            || unit
                .word(i)
                .is_some_and(|w| !FINITE.contains(&w) && !RELATIVES.contains(&w))
    })
}

/// Whether an aside is a bare apposition that can name the subject: no relative
/// pronoun, participle in -ing or preposition before its last word (`sanctioned
/// terrorist Salah al-Aruri`, not `speaking to Abbas`).
fn names_like_apposition(unit: &Unit, r: &Range<usize>) -> bool {
    let words: Vec<usize> = r
        .clone()
        .filter(|&i| unit.word(i).is_some() && !unit.nested[i])
        .collect();
    let Some((_, body)) = words.split_last() else {
        return false;
    };
    let first = unit.word(words[0]).unwrap_or("");
    !RELATIVES.contains(&first)
        && !first.ends_with("ing")
        && !INTRO_WORDS.contains(&first)
        && body.iter().all(|&i| {
            unit.mention_of[i].is_some()
                || unit.word(i).is_some_and(|w| {
                    !PREPOSITIONS.contains(&w) && !FINITE.contains(&w) && !RELATIVES.contains(&w)
                })
        })
}

/// The noun phrase after a verb, "according to" or "by": up to a comma, a stop, a
/// quotation, or a word that opens a clause or an aside.
pub(super) fn after(unit: &Unit, start: usize) -> Range<usize> {
    let mut end = start;
    while end < unit.tokens.len() && end - start <= MAX_WORDS {
        let t = &unit.tokens[end];
        match t.kind {
            Kind::Word => {
                let w = t.lower.as_str();
                let stops = RELATIVES.contains(&w)
                    || is_participle(w)
                    || matches!(w, "while" | "as" | "after" | "when" | "because" | "but");
                if stops && end > start && unit.mention_of[end].is_none() {
                    break;
                }
            }
            Kind::Other | Kind::Open | Kind::Close => {}
            _ => break,
        }
        end += 1;
    }
    // A full stop or a closing bracket after the last word is not part of it.
    while end > start && !unit.tokens[end - 1].is_word() {
        end -= 1;
    }
    start..end
}
