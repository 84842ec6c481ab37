//! Arabic names in Latin script, however they are spelled: a spelling key that folds
//! the usual transliteration variants together, and a text keyed word by word so that
//! knowledge-base names are found under any of their spellings.
//!
//! The key of a word folds case and accents, drops ayn and hamza marks (’ ‘ ʿ ʾ ' inside
//! a word), reads e as i and o as u (so ee, ei, ie and i fall together, and ou, oo and
//! u), reads a y that ends a syllable as i ("Tohamy", "Tohami"), writes every
//! Mohammed/Muhammad/Mohamed/Mohammad as one word, and then writes doubled letters once
//! (aa, ss, mm). A name's key is the keys of its words joined by single spaces, hyphens
//! read as spaces, without the article al-/el-: "Mahmud al-Aloul", "Mahmoud Al Aloul"
//! and "Mahmoud al-Alul" share the key `mahmud alul`.
//!
//! It folds only what transliteration varies: consonants stay apart ("Fatah" is not
//! "Fatha", "Hamas" is not "Hama") and so do words, so a key match is still a match of
//! whole words. Keys are compared, never shown. The knowledge base is checked at build
//! time so that no two entities share a key.
//!
//! The text is keyed one word at a time with each key word's original span kept
//! ([`KeyedText`]), which keeps matching linear in the text: one automaton pass over
//! the keyed text, like the exact pass over the folded text.

use crate::model::Span;
use crate::text::fold_char;

/// Separates key words that the original text separates by more than spaces or
/// hyphens (punctuation, a line break): no name is matched across it.
pub const BREAK: char = '|';

/// The spelling key of a name: see the module documentation.
pub fn name_key(name: &str) -> String {
    KeyedText::new(name).text
}

/// Whether two spellings name the same way: "Musa Abu Marzuk", "Moussa Abu Marzouk".
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (name_key(a), name_key(b));
    !a.is_empty() && a == b
}

/// Whether the name `full` ends with the words of `tail` under the key: "Azzam
/// al-Ahmad" ends with "Al Ahmad", "Moussa Abu Marzouk" with "Abu Marzuk". For a
/// surname that resolves to a person named earlier.
pub fn ends_with_name(full: &str, tail: &str) -> bool {
    let (full, tail) = (name_key(full), name_key(tail));
    !tail.is_empty()
        && full
            .strip_suffix(tail.as_str())
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
}

/// `PA`, `PLO`, `U.S.`: letters, all of them capitals. Such an alias is an acronym,
/// matched as written and never by its key.
pub fn is_all_capitals(alias: &str) -> bool {
    let letters = alias.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() > 0 && letters.clone().all(char::is_uppercase)
}

/// A text as key words, each with the span of the original words it stands for.
#[derive(Debug, Clone, Default)]
pub struct KeyedText {
    /// Key words joined by a space, or by [`BREAK`] where the original has more
    /// between them than spaces and hyphens.
    pub text: String,
    words: Vec<KeyWord>,
}

#[derive(Debug, Clone, Copy)]
struct KeyWord {
    /// Byte range in `KeyedText::text`.
    key: (usize, usize),
    /// The original word, with an article before it ("al-Aloul").
    span: Span,
    /// The original word (not its article) starts with a capital.
    capital: bool,
}

impl KeyedText {
    pub fn new(original: &str) -> Self {
        let mut out = KeyedText::default();
        // An article waiting for the name it belongs to: where it starts, and whether
        // only spaces and hyphens stand between it and the word before.
        let mut article: Option<(usize, bool)> = None;
        for (start, end, plain_before) in word_ranges(original) {
            let word = &original[start..end];
            let key = word_key(word);
            if key.is_empty() {
                continue;
            }
            if is_article(&key) {
                article = Some((start, plain_before));
                continue;
            }
            // "al-Aloul" is one name; an article followed by punctuation is dropped.
            let (from, plain) = match article.take() {
                Some((a, plain_before_article)) if plain_before => (a, plain_before_article),
                Some(_) => (start, false),
                None => (start, plain_before),
            };
            if !out.text.is_empty() {
                out.text.push(if plain { ' ' } else { BREAK });
            }
            let k0 = out.text.len();
            out.text.push_str(&key);
            out.words.push(KeyWord {
                key: (k0, out.text.len()),
                span: Span::new(from, end),
                capital: word.chars().next().is_some_and(char::is_uppercase),
            });
        }
        out
    }

    /// Each key word with its original span and whether it starts with a capital.
    pub fn words(&self) -> impl Iterator<Item = (&str, Span, bool)> {
        self.words
            .iter()
            .map(|w| (&self.text[w.key.0..w.key.1], w.span, w.capital))
    }

    /// The key words a match `start..end` of the keyed text covers, when it covers
    /// whole words only.
    fn covered(&self, start: usize, end: usize) -> Option<&[KeyWord]> {
        let first = self.words.partition_point(|w| w.key.1 <= start);
        let last = self.words.partition_point(|w| w.key.0 < end);
        let words = self.words.get(first..last)?;
        let whole = words.first()?.key.0 == start && words.last()?.key.1 == end;
        whole.then_some(words)
    }

    /// The original span of a match of whole key words, if it is one.
    pub fn original(&self, start: usize, end: usize) -> Option<Span> {
        let words = self.covered(start, end)?;
        Some(Span {
            start: words.first()?.span.start,
            end: words.last()?.span.end,
        })
    }

    /// Whether every word of the match starts with a capital in the original: names
    /// do, and requiring it keeps common words away from short keys.
    pub fn all_capitalized(&self, start: usize, end: usize) -> bool {
        self.covered(start, end)
            .is_some_and(|words| words.iter().all(|w| w.capital))
    }
}

fn is_article(key: &str) -> bool {
    // "al" and "el" both key to one of these ("el" reads as "il").
    matches!(key, "al" | "il")
}

/// Ayn and hamza marks, and apostrophes that stand for them inside a word.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BF}' | '\u{02BE}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

/// The words of a text as (start, end, whether only spaces and hyphens precede it
/// since the previous word). A word is a run of letters and digits with marks inside
/// it ("Ja'abari"); a mark before "s" at the end of a word is a possessive and ends it.
fn word_ranges(text: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut plain = true;
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            plain &= matches!(c, ' ' | '-' | '\u{2010}' | '\u{2011}');
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            let inside =
                d.is_alphanumeric() || (is_mark(d) && inner_mark(&text[j + d.len_utf8()..]));
            if !inside {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        out.push((i, end, plain));
        plain = true;
    }
    out
}

/// Whether a mark followed by `rest` is inside a word: a letter follows, and it is not
/// the possessive "'s" ending the word.
fn inner_mark(rest: &str) -> bool {
    let mut it = rest.chars();
    match (it.next(), it.next()) {
        (Some('s' | 'S'), next) => next.is_some_and(char::is_alphanumeric),
        (Some(c), _) => c.is_alphabetic(),
        (None, _) => false,
    }
}

/// The key of one word: see the module documentation.
pub(crate) fn word_key(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        if !is_mark(c) {
            fold_char(c, &mut folded);
        }
    }
    let letters: Vec<char> = folded
        .chars()
        .map(|c| match c {
            'e' => 'i',
            'o' => 'u',
            c => c,
        })
        .collect();
    let vowel = |c: Option<&char>| matches!(c, Some('a' | 'i' | 'u'));
    let mut key = String::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        // A y that ends a syllable is a vowel: "Tohamy" and "Tohami".
        let c = if c == 'y' && i > 0 && !vowel(letters.get(i + 1)) {
            'i'
        } else {
            c
        };
        if !key.ends_with(c) || c.is_ascii_digit() {
            key.push(c);
        }
    }
    if MUHAMMAD.contains(&key.as_str()) {
        return "muhamad".to_string();
    }
    key
}

/// The keys the spellings of Muhammad come to: Mohammed, Mohamed, Muhammed
/// (`muhamid`); Muhammad, Mohammad, Mohamad (`muhamad`).
const MUHAMMAD: &[&str] = &["muhamid", "muhamad"];

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
