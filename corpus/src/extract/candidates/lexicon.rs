//! What a capitalised word is when it is not a name: a common English word (from SCOWL,
//! `corpus/data/common-words.txt`), a title, a month or weekday, a demonym, a word that
//! joins the parts of a name, or a noun that makes a name an event or a document.
//!
//! The common words are a maintained list rather than typed here, because whether
//! "Rival", "Likely" or "Published" can be a name is a question about English, not
//! about these articles; the short closed classes below (titles, calendar words,
//! connectors) are what a list of frequencies cannot say.

use crate::date::is_calendar_name;
use crate::text::fold;
use std::sync::OnceLock;

/// SCOWL sizes 10 to 50, one lowercase word a line, sorted and front-coded (a base-36
/// digit, the bytes shared with the word before, then the rest); `#` lines are the
/// header. Front-coding halves what the list adds to the worker's download.
const COMMON_WORDS: &str = include_str!("../../../data/common-words.txt");

/// The common words, decoded once: one string holding them all, and where each ends.
struct Words {
    all: String,
    ends: Vec<u32>,
}

impl Words {
    fn get(&self, i: usize) -> &str {
        let start = match i {
            0 => 0,
            _ => self.ends.get(i - 1).map_or(0, |&e| e as usize),
        };
        let end = self.ends.get(i).map_or(0, |&e| e as usize);
        self.all.get(start..end).unwrap_or("")
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn contains(&self, word: &str) -> bool {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.get(mid).cmp(word) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }
}

/// Decodes a front-coded list. A line whose digit is not base 36, or which shares
/// more than the word before has, or would cut a character in two, is skipped: the
/// list is generated, but a bad line must cost a word, not a panic.
fn decode(coded: &str) -> Words {
    let mut words = Words {
        all: String::with_capacity(coded.len() * 2),
        ends: Vec::new(),
    };
    let mut previous = 0..0;
    for line in coded
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut chars = line.chars();
        let shared = chars
            .next()
            .and_then(|c| c.to_digit(36))
            .map(|n| n as usize);
        let head = shared.and_then(|n| {
            let word = words.all.get(previous.clone())?;
            word.get(..n).map(str::len)
        });
        let Some(head) = head else {
            continue;
        };
        let start = words.all.len();
        words
            .all
            .extend_from_within(previous.start..previous.start + head);
        words.all.push_str(chars.as_str());
        previous = start..words.all.len();
        words.ends.push(words.all.len() as u32);
    }
    words
}

fn common_words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| decode(COMMON_WORDS))
}

/// A word's lookup form: folded, without a possessive.
fn bare(word: &str) -> String {
    let folded = fold(word);
    let s = folded
        .strip_suffix("'s")
        .or_else(|| folded.strip_suffix('\''))
        .unwrap_or(&folded);
    s.to_string()
}

/// Whether a word is an ordinary English word ("Rival", "Office", "Post-War"): every
/// part of it is in the common-word list.
pub(super) fn is_common(word: &str) -> bool {
    let list = common_words();
    let bare = bare(word);
    !bare.is_empty()
        && bare
            .split('-')
            .all(|part| !part.is_empty() && list.contains(part))
}

/// Titles and honorifics, before or after a name: a closed class.
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "secretary",
    "secretary-general",
    "chairman",
    "chairwoman",
    "chair",
    "general",
    "gen",
    "maj",
    "lt",
    "col",
    "brig",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sheikh",
    "king",
    "prince",
    "emir",
    "sir",
    "vice",
    "deputy",
    "chief",
    "head",
    "director",
    "coordinator",
    "envoy",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "editor",
    "editor-in-chief",
    "ceo",
    // Abbreviated posts: "PM Salam Fayyad", a related headline's "PM: ...".
    "pm",
    "fm",
    "commander",
    "leader",
    "official",
    "member",
    "representative",
    "negotiator",
    "adviser",
    "advisor",
    "governor",
    "mayor",
    "speaker",
];

/// Abbreviated months: dates, never names, like the full month and weekday names
/// ([`is_calendar_name`]).
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Demonyms and group adjectives that qualify every faction: no name alone, but the
/// first word of a body's name ("Palestinian National Initiative").
const DEMONYMS: &[&str] = &[
    "palestinian",
    "palestinians",
    "arab",
    "arabs",
    "muslim",
    "muslims",
    "islamist",
    "islamists",
    "islamic",
    "zionist",
    "jewish",
    "christian",
    "western",
    "gazan",
    "gazans",
    "palestinian-palestinian",
];

/// Pronouns, articles, conjunctions and prepositions: they start headings and
/// quotations and join ticker words ("Increased By"), never names.
const FUNCTION_WORDS: &[&str] = &[
    "i", "god", "the", "a", "an", "and", "but", "or", "if", "it", "we", "he", "she", "they", "you",
    "by", "to", "in", "on", "at", "with", "from", "as", "into", "over", "after", "before", "about",
    "per", "than",
];

/// Lowercase words that may join two capitalised words inside one name.
pub(super) const CONNECTORS: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "of", "for", "the", "de", "van", "von",
];

/// Nouns that make a capitalised name an event or a document named after a place:
/// "Beijing Declaration" names Beijing, and the declaration is no entity.
const EVENT_NOUNS: &[&str] = &[
    "declaration",
    "agreement",
    "accord",
    "accords",
    "summit",
    "conference",
    "deal",
    "document",
    "plan",
    "talks",
    "war",
    "battle",
    "ceasefire",
    "truce",
    "law",
    "dialogue",
];

fn in_list(list: &[&str], word: &str) -> bool {
    list.contains(&bare(word).as_str())
}

pub(crate) fn is_title(word: &str) -> bool {
    in_list(TITLES, word)
}

pub(super) fn is_calendar_or_function(word: &str) -> bool {
    is_calendar_name(&bare(word))
        || in_list(MONTH_ABBREVIATIONS, word)
        || in_list(FUNCTION_WORDS, word)
}

/// Languages: no mention (ANNOTATION.md, rule 3), but the first word of a longer name
/// ("Arabic Network"), as a demonym is. Those that are a state's demonym ("French",
/// "Turkish") count for the state and are not here.
const LANGUAGES: &[&str] = &["english", "arabic", "hebrew", "farsi", "urdu", "aramaic"];

pub(super) fn is_demonym(word: &str) -> bool {
    in_list(DEMONYMS, word) || in_list(LANGUAGES, word)
}

pub(super) fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

pub(super) fn is_event_noun(word: &str) -> bool {
    in_list(EVENT_NOUNS, word)
}

/// "Don't", "We'll": contractions are never names.
pub(super) fn is_contraction(word: &str) -> bool {
    let f = fold(word);
    ["n't", "'ll", "'re", "'ve", "'d", "'m"]
        .iter()
        .any(|s| f.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_word_list_is_sorted_large_and_without_proper_names() {
        let list = common_words();
        assert!(list.len() > 50_000, "{}", list.len());
        assert!((1..list.len()).all(|i| list.get(i - 1) < list.get(i)));
        assert_eq!((list.get(0), list.get(1)), ("a", "aardvark"));
        for word in [
            "Rival",
            "Likely",
            "Published",
            "Updated",
            "Office",
            "Post-War",
            "People's",
        ] {
            assert!(is_common(word), "{word}");
        }
        for name in [
            "Europe", "Hawaii", "Haniyeh", "Wang", "Ramallah", "Tabboune", "",
        ] {
            assert!(!is_common(name), "{name}");
        }
    }

    #[test]
    fn front_coding_decodes_and_a_bad_line_costs_a_word_not_a_panic() {
        let coded =
            "# header\n0abc\n2d\n0b\n3xyz\nzq\n!x\n0caf\u{e9}\n4t\n3s\n0\u{e9}t\u{e9}\n1x\n";
        let words = decode(coded);
        let all: Vec<&str> = (0..words.len()).map(|i| words.get(i)).collect();
        // "3xyz" shares more than "b" has, "zq" more than any word, "!" is no digit,
        // and "4t" after "café" and "1x" after "été" would cut an "é" in two.
        assert_eq!(
            all,
            ["abc", "abd", "b", "caf\u{e9}", "cafs", "\u{e9}t\u{e9}"]
        );
        assert!(words.contains("abd") && !words.contains("ab") && !words.contains("zz"));
        assert_eq!(decode("").len(), 0);
        assert!(!decode("").contains("a"));
    }
}
