//! Sentences reduced to what the similarity of passages looks at: weighted content
//! words and the phrases they form.
//!
//! Kept apart from the scoring so the word rules (stop words, stemming, the tiny
//! near-synonym list, what counts as a name) can be read and tested on their own.
//!
//! - Content words: folded (case and accents), split at hyphens, stop words and
//!   reporting verbs dropped (every article "said" things), lightly stemmed.
//! - Names weigh half: a word capitalized in the text, other than the sentence's
//!   first, names someone or somewhere ("Hamas", "Cairo", "Palestinian"). Sharing a
//!   name is sharing a subject, and every article of this corpus shares the same
//!   few; the phrasing is in the ordinary words.
//! - Phrases: two content words adjacent in the sentence (stop words may stand
//!   between, punctuation may not), not both names ("Mahmoud Abbas", "Gaza Strip").
//! - Near-synonyms: only variants of one stock formula, mapped to one word. Talks
//!   held in a "positive spirit" / "positive atmosphere" / "positive climate" /
//!   "positive mood" report the same thing in the same formula. The list stays that
//!   small on purpose: every entry must be a formula, never a topic.

use corpus::text::{fold, words};
use std::collections::HashMap;

/// How much a name weighs against an ordinary word.
const NAME_WEIGHT: f32 = 0.5;

/// Function words, auxiliaries, reporting verbs and weekdays: they say how or when
/// something was reported, not what. Sorted, for binary search.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "according", "added", "adds", "after", "again", "against", "all",
    "also", "although", "am", "among", "an", "and", "another", "any", "are", "around", "as",
    "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "during", "each", "either", "even", "ever", "every", "for",
    "friday", "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
    "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "might",
    "monday", "more", "most", "mr", "mrs", "ms", "much", "must", "my", "no", "nor", "not", "now",
    "of", "on", "only", "or", "other", "our", "out", "over", "own", "per", "said", "same",
    "saturday", "say", "saying", "says", "she", "should", "since", "so", "some", "such",
    "sunday", "tell", "tells", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "through", "thursday", "to", "told", "too", "tuesday", "under",
    "until", "up", "upon", "us", "very", "was", "we", "wednesday", "were", "what", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yet", "you", "your",
];

/// Variants of one formula, mapped to the first word of their group.
const SYNONYMS: &[&[&str]] = &[&["atmosphere", "spirit", "climate", "mood"]];

/// Stems interned to small ids, shared by all the sentences of one comparison.
#[derive(Default)]
pub(super) struct Vocab {
    ids: HashMap<String, u32>,
}

impl Vocab {
    fn id(&mut self, stem: &str) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(stem.to_string()).or_insert(next)
    }
}

/// One content word of a sentence.
pub(super) struct Token {
    pub stem: u32,
    /// The folded word as written, for explanations.
    pub surface: String,
    pub name: bool,
    /// Whether it continues a phrase with the content word before it.
    pub joined: bool,
}

/// A sentence reduced to what the comparison looks at.
pub(super) struct Profile {
    pub tokens: Vec<Token>,
    /// Sorted by stem id, unique: each content word with its weight.
    pub words: Vec<(u32, f32)>,
    /// Sum of the weights.
    pub mass: f32,
    /// Sorted by (stem, stem), unique: each phrase with its weight.
    pub phrases: Vec<((u32, u32), f32)>,
}

impl Profile {
    pub fn new(sentence: &str, vocab: &mut Vocab) -> Self {
        let mut tokens: Vec<Token> = Vec::new();
        let mut prev_end = 0;
        let mut broken = true;
        for (n, (start, end)) in words(sentence).into_iter().enumerate() {
            // Punctuation between two words ends a phrase; stop words do not.
            if sentence[prev_end..start]
                .chars()
                .any(|c| !c.is_whitespace())
            {
                broken = true;
            }
            prev_end = end;
            for (i, part) in sentence[start..end].split('-').enumerate() {
                let name = (n > 0 || i > 0) && part.chars().next().is_some_and(char::is_uppercase);
                let folded = fold(part);
                let part = folded.trim_end_matches("'s").trim_matches('\'');
                if part.chars().count() < 2 || is_stop_word(part) {
                    continue;
                }
                tokens.push(Token {
                    stem: vocab.id(&canonical(part)),
                    surface: part.to_string(),
                    name,
                    joined: !broken,
                });
                broken = false;
            }
        }
        // A word used once as an ordinary word is not a name in this sentence.
        let mut words: Vec<(u32, f32)> = tokens
            .iter()
            .map(|t| (t.stem, if t.name { NAME_WEIGHT } else { 1.0 }))
            .collect();
        crate::sort::sort_by(&mut words, |a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        words.dedup_by_key(|w| w.0);
        // A phrase with a name in it is half the evidence of one in ordinary words.
        let mut phrases: Vec<((u32, u32), f32)> = tokens
            .windows(2)
            .filter(|w| w[1].joined && !(w[0].name && w[1].name))
            .map(|w| {
                let weight = if w[0].name || w[1].name {
                    NAME_WEIGHT
                } else {
                    1.0
                };
                ((w[0].stem, w[1].stem), weight)
            })
            .collect();
        crate::sort::sort_by(&mut phrases, |a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        phrases.dedup_by_key(|p| p.0);
        Profile {
            mass: words.iter().map(|w| w.1).sum(),
            tokens,
            words,
            phrases,
        }
    }

    pub fn has_word(&self, stem: u32) -> bool {
        self.words.binary_search_by_key(&stem, |w| w.0).is_ok()
    }
}

fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// The stem of a folded word, with near-synonyms mapped to their group's first word.
fn canonical(word: &str) -> String {
    let s = stem(word);
    for group in SYNONYMS {
        if group.iter().any(|w| stem(w) == s) {
            return stem(group[0]);
        }
    }
    s
}

/// Light suffix stripping: plural `s`/`ies`, then `ing`/`ed`/`ied` or else a final
/// `e`, each only when at least three letters remain, so short words keep their shape.
fn stem(word: &str) -> String {
    let mut s = word.to_string();
    if let Some(base) = s.strip_suffix("ies").filter(|b| b.len() >= 3) {
        s = format!("{base}y");
    } else if !(s.ends_with("ss") || s.ends_with("us") || s.ends_with("is"))
        && let Some(base) = s.strip_suffix('s').filter(|b| b.len() >= 3)
    {
        s = base.to_string();
    }
    if let Some(base) = s.strip_suffix("ied").filter(|b| b.len() >= 3) {
        s = format!("{base}y");
    } else if let Some(base) = s
        .strip_suffix("ing")
        .or_else(|| s.strip_suffix("ed"))
        .filter(|b| b.len() >= 3)
    {
        s = base.to_string();
    } else if let Some(base) = s.strip_suffix('e').filter(|b| b.len() >= 3) {
        // `agreed` → `agre` = `agree` → `agre`: the final `e` goes only when no ending did.
        s = base.to_string();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("meetings"), stem("meet"));
        assert_eq!(stem("agreed"), stem("agree"));
        assert_eq!(stem("parties"), stem("party"));
        assert_eq!(stem("discussions"), stem("discussion"));
        assert_eq!(stem("hoping"), stem("hope"));
        // Short words keep their shape.
        assert_eq!(stem("need"), "need");
        assert_eq!(stem("process"), "process");
        assert_eq!(canonical("spirit"), canonical("atmosphere"));
        assert_ne!(canonical("spirit"), canonical("deal"));
    }

    #[test]
    fn punctuation_breaks_a_phrase_and_names_are_no_phrase() {
        let mut v = Vocab::default();
        assert!(
            Profile::new("positive, atmosphere", &mut v)
                .phrases
                .is_empty()
        );
        assert_eq!(
            Profile::new("a positive atmosphere", &mut v).phrases.len(),
            1
        );
        // "met Mahmoud" is half a phrase; "Mahmoud Abbas" is a name, no phrase at all.
        let p = Profile::new("He met Mahmoud Abbas", &mut v);
        assert_eq!(p.phrases.len(), 1);
        assert_eq!(p.phrases[0].1, NAME_WEIGHT);
    }

    #[test]
    fn names_weigh_half_and_the_first_word_is_no_name() {
        let mut v = Vocab::default();
        let p = Profile::new("Talks with Hamas-run Gaza", &mut v);
        let surfaces: Vec<(&str, bool)> = p
            .tokens
            .iter()
            .map(|t| (t.surface.as_str(), t.name))
            .collect();
        assert_eq!(
            surfaces,
            [
                ("talks", false),
                ("hamas", true),
                ("run", false),
                ("gaza", true)
            ]
        );
        assert_eq!(p.mass, 2.0 + 2.0 * NAME_WEIGHT);
    }
}
