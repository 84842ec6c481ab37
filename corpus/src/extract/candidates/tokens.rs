//! A sentence as the candidate finder reads it: tokens (a word, or a knowledge-base
//! mention as one token) with what stands between them and what each word is to a
//! name; and the lines that are no prose at all (furniture, a cut text).
//!
//! Apart from the reading of runs in `mod.rs` because this is where capitals, the
//! common-word list and punctuation are looked at, once per word.

use super::lexicon::{
    is_calendar_or_function, is_common, is_connector, is_contraction, is_demonym, is_title,
};
use crate::model::{Mention, Span};
use crate::text::words;

/// What a token is to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// A capitalised word that is not a common English word.
    Name,
    /// A capitalised common English word ("Office", "Middle").
    Common,
    Title,
    Demonym,
    /// A lowercase word that may join name words ("al", "of").
    Connector,
    /// A knowledge-base mention: its index.
    Known(usize),
    /// Anything else: lowercase words, numbers, dates, fragments.
    Other,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) start: usize,
    /// Where the name part ends: before a possessive "'s" or a compound's lowercase
    /// part ("-brokered").
    pub(super) end: usize,
    /// A possessive or a compound modifier: the word ends any name it is in.
    pub(super) possessive: bool,
    /// Only spaces stand between this token and the one before it.
    pub(super) joined: bool,
    /// The first token of a sentence, or after a colon, a dash, a bullet, a slash or an
    /// opening quotation mark.
    pub(super) clause_start: bool,
    pub(super) class: Class,
}

/// Whether the text stops mid-sentence (the store cut it): then its last word may be
/// cut too ("Gaz", "Pal").
pub(super) fn is_cut(text: &str) -> bool {
    let end = text.trim_end();
    !end.ends_with(['.', '!', '?', '"', '\u{201D}', ')', '\''])
}

/// A line that is no prose: a timestamp or a label ("Published: 2021-02-08 16:43",
/// "Updated:", "0:00", "OpenCalais Metadata: Latitude:"), or a one-word menu item
/// ("• English").
pub(super) fn is_furniture(line: &str) -> bool {
    let line = line.trim();
    if line.contains(['.', '!', '?']) {
        return false;
    }
    let clock = line
        .split_whitespace()
        .any(|w| w.contains(':') && w.chars().any(|c| c.is_ascii_digit()));
    let menu_item = line.starts_with(['•', '*', '-']) && words(line).len() == 1;
    line.ends_with(':') || clock || menu_item
}

pub(super) fn tokens(text: &str, sentence: Span, mentions: &[Mention], cut: bool) -> Vec<Token> {
    let base = sentence.start as usize;
    let mut out: Vec<Token> = Vec::new();
    let mut prev_end = base;
    for (s, e) in words(&text[sentence.range()]) {
        let (start, full_end) = (base + s, base + e);
        let span = Span::new(start, full_end);
        let known = mention_at(mentions, span);
        // A mention of several words is one token.
        if let (Some(m), Some(last)) = (known, out.last_mut())
            && last.class == Class::Known(m)
        {
            last.end = full_end;
            prev_end = full_end;
            continue;
        }
        let word = &text[start..full_end];
        // "Algerian-brokered": a compound modifier's name is its first part, and it
        // ends the name as a possessive does.
        let compound = word
            .char_indices()
            .find(|&(i, c)| c == '-' && word[i + 1..].starts_with(char::is_lowercase) && i > 0)
            .map(|(i, _)| start + i);
        let possessive =
            compound.is_some() || ["'s", "\u{2019}s"].iter().any(|p| word.ends_with(p));
        let end = match compound {
            Some(end) => end,
            None if possessive => {
                full_end
                    - word
                        .chars()
                        .rev()
                        .take(2)
                        .map(char::len_utf8)
                        .sum::<usize>()
            }
            None => full_end,
        };
        let gap = &text[prev_end..start];
        let first = out.is_empty();
        let fragment = cut && full_end == text.trim_end().len();
        out.push(Token {
            start,
            end,
            possessive,
            joined: !first && !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t'),
            clause_start: first
                || gap.contains([':', ';', '\u{2014}', '\u{2013}', '•', '/', '"', '\u{201C}'])
                || gap.trim() == "-",
            class: match known {
                Some(m) => Class::Known(m),
                None if fragment => Class::Other,
                // "GAZA CITY": in capitals, a place's noun after a known place still
                // makes a longer place name, as "Gaza City" does.
                None if is_shouted_place_noun(word)
                    && out
                        .last()
                        .is_some_and(|t| matches!(t.class, Class::Known(_))) =>
                {
                    Class::Common
                }
                None => class_of(&text[start..end]),
            },
        });
        prev_end = full_end;
    }
    if is_title_case(text, &out) {
        for t in &mut out {
            if t.class == Class::Common {
                t.class = Class::Other;
            }
        }
    }
    out
}

/// Nouns that make a longer place name after a place: "City" of "Gaza City".
const PLACE_NOUNS: &[&str] = &[
    "CITY",
    "CAMP",
    "GOVERNORATE",
    "PROVINCE",
    "DISTRICT",
    "PORT",
    "SQUARE",
    "VALLEY",
];

/// "CITY" in "GAZA CITY": a place's noun written in capitals.
fn is_shouted_place_noun(word: &str) -> bool {
    PLACE_NOUNS.contains(&word)
}

/// The mention a word overlaps, if any (mentions are sorted and disjoint).
fn mention_at(mentions: &[Mention], span: Span) -> Option<usize> {
    let i = mentions.partition_point(|m| m.span.end <= span.start);
    mentions
        .get(i)
        .is_some_and(|m| m.span.overlaps(span))
        .then_some(i)
}

fn class_of(word: &str) -> Class {
    if is_connector(word) {
        return Class::Connector;
    }
    // "al-Bardawil", "el-Tohamy": an Arabic article before a capitalised name.
    let core = ["al-", "el-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    let capital = core.chars().next().is_some_and(char::is_uppercase);
    let letters = core.chars().filter(|c| c.is_alphabetic()).count();
    let digits = word.chars().any(|c| c.is_ascii_digit());
    if !capital || letters < 2 || digits || is_contraction(word) || is_calendar_or_function(word) {
        return Class::Other;
    }
    if is_demonym(word) {
        return Class::Demonym;
    }
    if is_title(word) {
        return Class::Title;
    }
    if is_common(word) {
        // Shouted common words ("UPGRADE YOUR") are furniture, not names.
        let shouted = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        return if shouted { Class::Other } else { Class::Common };
    }
    Class::Name
}

/// A headline in title case ("Hamas and Fatah Agree to Joint Committee for Gaza"): its
/// capitals say nothing about which words are names.
fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    let (mut upper, mut lower) = (0, 0);
    for t in tokens {
        let word = &text[t.start..t.end];
        if word.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
            continue;
        }
        match t.class {
            Class::Other if word.chars().next().is_some_and(char::is_lowercase) => lower += 1,
            Class::Connector => lower += 1,
            _ => upper += 1,
        }
    }
    let unpunctuated = tokens
        .last()
        .is_some_and(|t| !text[t.end..].trim_start().starts_with(['.', '!', '?']));
    upper >= 4 && lower * 10 <= upper && unpunctuated
}
