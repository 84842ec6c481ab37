//! Many phrases matched at once over folded text (case and accents ignored), whole
//! words only; a phrase ending in `*` may run on into a longer word.

use crate::model::Span;
use crate::text::{Folded, fold};
use aho_corasick::{AhoCorasick, MatchKind};

pub struct PhraseMatcher {
    automaton: Option<AhoCorasick>,
    /// Per pattern: the owner's index and whether the last word may run on.
    patterns: Vec<(u16, bool)>,
}

impl PhraseMatcher {
    /// `phrases` pairs an owner index (topic, term, event) with a phrase.
    pub fn new(phrases: impl IntoIterator<Item = (u16, String)>) -> Self {
        let mut folded = Vec::new();
        let mut patterns = Vec::new();
        for (owner, phrase) in phrases {
            let (body, prefix) = match phrase.trim().strip_suffix('*') {
                Some(body) => (body.trim_end(), true),
                None => (phrase.trim(), false),
            };
            let body = fold(body);
            if body.is_empty() {
                continue;
            }
            folded.push(body);
            patterns.push((owner, prefix));
        }
        let automaton = (!folded.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&folded)
                .expect("phrase automaton within size limits")
        });
        PhraseMatcher {
            automaton,
            patterns,
        }
    }

    /// Every match, overlapping ones included, as (owner, original span), in order.
    pub fn find(&self, text: &Folded) -> Vec<(u16, Span)> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut out: Vec<(u16, Span)> = automaton
            .find_overlapping_iter(&text.text)
            .filter_map(|m| {
                let (owner, prefix) = self.patterns[m.pattern().as_usize()];
                let end = if prefix {
                    extend_word(&text.text, m.end())
                } else {
                    m.end()
                };
                let whole = text.starts_word(m.start()) && text.is_whole_word(m.start(), end);
                whole.then(|| (owner, text.original(m.start(), end)))
            })
            .collect();
        out.sort_by_key(|&(owner, span)| (span.start, span.end, owner));
        out.dedup();
        out
    }

    /// Non-overlapping matches, the longest winning where two overlap.
    pub fn find_longest(&self, text: &Folded) -> Vec<(u16, Span)> {
        let mut all = self.find(text);
        all.sort_by_key(|&(_, s)| (s.start, std::cmp::Reverse(s.end)));
        let mut out: Vec<(u16, Span)> = Vec::new();
        for (owner, span) in all {
            if out.last().is_none_or(|&(_, last)| !last.overlaps(span)) {
                out.push((owner, span));
            } else if let Some(last) = out.last_mut()
                && span.end - span.start > last.1.end - last.1.start
            {
                *last = (owner, span);
            }
        }
        out
    }

    /// Whether any phrase of `owner` occurs in the folded text.
    pub fn contains(&self, text: &Folded, owner: u16) -> bool {
        self.find(text).iter().any(|&(o, _)| o == owner)
    }
}

/// The end of the word that runs on from `end`.
fn extend_word(text: &str, end: usize) -> usize {
    end + text[end..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len() - end, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owners(m: &PhraseMatcher, text: &str) -> Vec<(u16, String)> {
        let f = Folded::new(text);
        m.find(&f)
            .into_iter()
            .map(|(o, s)| (o, text[s.range()].to_string()))
            .collect()
    }

    #[test]
    fn matches_whole_words_ignoring_case_and_accents() {
        let m = PhraseMatcher::new([(0, "ceasefire".to_string()), (1, "elite".to_string())]);
        assert_eq!(
            owners(&m, "A Ceasefire; the élite; ceasefires"),
            [(0, "Ceasefire".into()), (1, "élite".into())]
        );
    }

    #[test]
    fn a_star_lets_the_last_word_run_on() {
        let m = PhraseMatcher::new([(3, "disarm*".to_string())]);
        assert_eq!(
            owners(&m, "disarmament and disarm, not undisarm"),
            [(3, "disarmament".into()), (3, "disarm".into())]
        );
    }

    #[test]
    fn longest_match_wins_where_matches_overlap() {
        let m = PhraseMatcher::new([
            (0, "unity".to_string()),
            (1, "unity government".to_string()),
        ]);
        let f = Folded::new("a unity government");
        assert_eq!(m.find_longest(&f), vec![(1, Span::new(2, 18))]);
    }
}
