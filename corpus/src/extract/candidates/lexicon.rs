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

/// SCOWL sizes 10 to 50, one lowercase word a line, sorted; `#` lines are the header.
const COMMON_WORDS: &str = include_str!("../../../data/common-words.txt");

fn common_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        COMMON_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
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
            .all(|part| !part.is_empty() && list.binary_search(&part).is_ok())
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

pub(super) fn is_demonym(word: &str) -> bool {
    in_list(DEMONYMS, word)
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
        assert!(list.windows(2).all(|w| w[0] < w[1]));
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
}
