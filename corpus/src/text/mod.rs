//! Text primitives shared by extraction and search: accent and case folding with a
//! map back to the original offsets, word boundaries and sentence splitting, and
//! ([`wrap`]) white space normalised for wire copy with hard line breaks, with a map
//! back to the original offsets too.

mod wrap;

pub use wrap::Normalised;

use serde::{Deserialize, Serialize};

/// A byte range into an article's text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Lowercase, accent-free form of one character, appended to `out`: "É" → "e".
/// Typographic apostrophes and dashes become their ASCII forms, so `Gaza’s` and
/// `Gaza's` match the same phrase.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
        '\u{2010}' | '\u{2011}' => out.push('-'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => without_marks(c, &mut |d| out.extend(d.to_lowercase())),
    }
}

/// Calls `f` with the letters of `c` less its accents and other combining marks: the
/// canonical decomposition (NFD) without the marks, "é" → "e".
///
/// Native builds read Unicode's tables (`unicode-normalization`, feature
/// `unicode-tables`). The browser bundle leaves those tables out, which saves tens of
/// kilobytes of wasm, and the app installs the browser's own
/// `String.prototype.normalize` with [`set_without_marks`]; until it does, a
/// character is kept as it is.
#[cfg(feature = "unicode-tables")]
fn without_marks(c: char, f: &mut dyn FnMut(char)) {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            f(d)
        }
    });
}

#[cfg(not(feature = "unicode-tables"))]
static WITHOUT_MARKS: std::sync::OnceLock<fn(char) -> String> = std::sync::OnceLock::new();

#[cfg(not(feature = "unicode-tables"))]
fn without_marks(c: char, f: &mut dyn FnMut(char)) {
    match WITHOUT_MARKS.get() {
        Some(strip) => strip(c).chars().for_each(f),
        None => f(c),
    }
}

/// Installs how a character loses its marks when the Unicode tables are not compiled
/// in (the browser): `strip(c)` returns `c`'s NFD decomposition without its combining
/// marks. Only the first call counts; with the tables compiled in it does nothing.
pub fn set_without_marks(strip: fn(char) -> String) {
    #[cfg(not(feature = "unicode-tables"))]
    let _ = WITHOUT_MARKS.set(strip);
    #[cfg(feature = "unicode-tables")]
    let _ = strip;
}

/// The folded form of a whole string, for queries and phrases.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A folded copy of a text that remembers, for every folded byte, the original
/// character it came from, so matches found in the folded text map back exactly.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// Original start offset of the character each folded byte came from.
    starts: Vec<u32>,
    /// Original end offset of the character each folded byte came from.
    ends: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len());
        let mut ends = Vec::with_capacity(original.len());
        for (i, c) in original.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            let end = (i + c.len_utf8()) as u32;
            for _ in before..text.len() {
                starts.push(i as u32);
                ends.push(end);
            }
        }
        Folded { text, starts, ends }
    }

    /// The original span of the folded byte range `start..end` (`end > start`).
    pub fn original(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.starts[start],
            end: self.ends[end - 1],
        }
    }

    /// Whether a folded match `start..end` stands alone as whole words: no letter or
    /// digit touches it. Hyphens and apostrophes are boundaries, so `Hamas-run` and
    /// `Abbas's` contain a match of `hamas` and `abbas`.
    pub fn is_whole_word(&self, start: usize, end: usize) -> bool {
        let before = self.text[..start].chars().next_back();
        let after = self.text[end..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    }

    /// Whether the match starts a word (the end may run on: `disarm` in `disarmament`).
    pub fn starts_word(&self, start: usize) -> bool {
        !self.text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    }
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "prof", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "e.g", "i.e", "u.s", "u.n",
    "u.k", "jr", "sr",
];

/// Splits a text into sentences: at line breaks, and after `.`, `!` or `?` (with any
/// closing quotes or brackets) when a capital, a digit or an opening quote follows.
/// Returned spans are trimmed of white space and never empty.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let end = match c {
            '\n' => Some(i),
            '.' | '!' | '?' => {
                // Take closing punctuation that belongs to this sentence.
                let mut j = i + c.len_utf8();
                while let Some(next) = text[j..].chars().next() {
                    if matches!(next, '"' | '\u{201D}' | '\u{2019}' | '\'' | ')' | ']') {
                        j += next.len_utf8();
                    } else {
                        break;
                    }
                }
                let rest = &text[j..];
                let after_space = rest.trim_start_matches([' ', '\t']);
                let has_space = after_space.len() < rest.len();
                let next = after_space.chars().next();
                let starts_new = next.is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '\u{201C}' | '\n')
                });
                let abbreviation = c == '.'
                    && is_abbreviation(&text[..i])
                    && !(is_dotted_acronym(&text[..i]) && starts_with_sentence_word(after_space));
                (has_space && starts_new && !abbreviation).then_some(j)
            }
            _ => None,
        };
        if let Some(end) = end {
            push_trimmed(text, start, end, &mut spans);
            start = end;
            // Skip to the end of what was consumed (closing quotes).
            while iter.peek().is_some_and(|&(k, _)| k < end) {
                iter.next();
            }
        }
    }
    push_trimmed(text, start, bytes.len(), &mut spans);
    spans
}

/// The most characters an abbreviation has ("sept"); a test keeps it true.
const LONGEST_ABBREVIATION: usize = 4;

fn is_abbreviation(before: &str) -> bool {
    // Look back no further than the longest abbreviation: a longer run of letters and
    // dots is none, and reading all of it at every dot made "a.a.a..." or a row of
    // dots quadratic (50 KB took 12 s).
    let tail: Vec<char> = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .take(LONGEST_ABBREVIATION + 1)
        .collect();
    if tail.len() > LONGEST_ABBREVIATION {
        return false;
    }
    let word: String = tail.into_iter().rev().collect();
    let lower = word.to_lowercase();
    // A single capital is an initial ("J. Smith"), and so is a dotted acronym ("U.S").
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&lower.as_str())
}

/// "U.S" before the final dot: an acronym that may also end a sentence.
fn is_dotted_acronym(before: &str) -> bool {
    let tail: String = before.chars().rev().take(3).collect();
    tail.len() == 3 && tail.chars().nth(1) == Some('.')
}

/// Words that, capitalized after "U.S.", start a new sentence rather than a name.
fn starts_with_sentence_word(rest: &str) -> bool {
    const STARTERS: &[&str] = &[
        "The", "A", "An", "But", "And", "Since", "He", "She", "It", "They", "We", "In", "On",
        "This", "That", "There", "Israel", "Hamas", "Fatah", "After", "Before", "When", "While",
    ];
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    STARTERS.contains(&word.as_str())
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        spans.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// Byte ranges of the words of `text`: runs of letters, digits, hyphens and
/// apostrophes that start with a letter or digit.
pub fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let inner = c.is_alphanumeric() || (start.is_some() && is_word_joiner(c));
        match (start, inner) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(trim_word(text, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(trim_word(text, s, text.len()));
    }
    out
}

fn is_word_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '.')
}

/// Drops trailing joiners: `Abbas'` → `Abbas`, `U.S.` keeps its inner dots only.
fn trim_word(text: &str, start: usize, mut end: usize) -> (usize, usize) {
    while end > start {
        let last = text[..end].chars().next_back().unwrap_or(' ');
        if is_word_joiner(last) {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn folds_case_accents_and_typographic_apostrophes() {
        assert_eq!(fold("Élysée Gaza’s"), "elysee gaza's");
        let f = Folded::new("Égypte’s talks");
        let at = f.text.find("talks").unwrap();
        let span = f.original(at, at + 5);
        assert_eq!(&"Égypte’s talks"[span.range()], "talks");
    }

    #[test]
    fn splits_sentences_but_not_abbreviations_or_inner_ellipses() {
        let text = "Israel attacked on Oct. 7, 2023. Hamas said \"no.\" But the U.S. Army did. \
                    It was responsibility...and trust. Blacklisted by the U.S. Since then, no.\nA caption";
        assert_eq!(
            split(text),
            [
                "Israel attacked on Oct. 7, 2023.",
                "Hamas said \"no.\"",
                "But the U.S. Army did.",
                "It was responsibility...and trust.",
                "Blacklisted by the U.S.",
                "Since then, no.",
                "A caption"
            ]
        );
    }

    #[test]
    fn long_runs_of_dots_split_in_linear_time() {
        assert!(
            ABBREVIATIONS
                .iter()
                .all(|a| a.chars().count() <= LONGEST_ABBREVIATION)
        );
        // Found measuring extraction: each dot read the whole run of letters and dots
        // before it. 100 KB of these took minutes; now milliseconds.
        for unit in ["a.", "A.", ".", "U.S."] {
            let text = format!("{} The end.", unit.repeat(100_000 / unit.len()));
            let found = sentences(&text);
            assert!(
                !found.is_empty() && found.len() <= 2,
                "{unit}: {}",
                found.len()
            );
            assert_eq!(found.last().map(|s| s.end as usize), Some(text.len()));
        }
        assert_eq!(
            split("It was Sept. 1. Then no."),
            ["It was Sept. 1.", "Then no."]
        );
    }

    #[test]
    fn words_keep_hyphens_and_drop_trailing_possessive_marks() {
        let text = "Abbas' Hamas-run (Gaza)";
        let w: Vec<&str> = words(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(w, ["Abbas", "Hamas-run", "Gaza"]);
    }

    #[test]
    fn whole_word_checks_see_hyphens_as_boundaries() {
        let f = Folded::new("Hamas-run and Gazans");
        assert!(f.is_whole_word(0, 5));
        let g = f.text.find("gaza").unwrap();
        assert!(!f.is_whole_word(g, g + 4));
        assert!(f.starts_word(g));
    }
}
