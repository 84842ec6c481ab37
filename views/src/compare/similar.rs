//! Similar passages across articles: shared phrasing, echoed formulas, wire copy.
//!
//! The method is meant to be explained to a reader in one breath, so it is plain
//! word overlap, not a learned model. Each sentence is reduced to weighted content
//! words and phrases (the rules are in `profile.rs`: stop words, light stemming,
//! names at half weight, a tiny list of formula synonyms such as "positive spirit" ~
//! "positive atmosphere"). Two sentences are similar when
//!
//! - they share phrasing and enough words: phrase evidence ≥ [`MIN_PHRASES`] (a
//!   phrase of two ordinary words counts 1, one with a name in it ½: "talks in
//!   Cairo" is the genre, "positive atmosphere" is a formula) and weighted Dice of the
//!   content words (shared weight over total weight) ≥ [`MIN_DICE_WITH_PHRASE`]; or
//! - they share so many words that one rewrites the other: Dice ≥ [`MIN_DICE_ALONE`].
//!
//! Sharing names and the words of the genre ("Hamas", "Fatah", "met", "talks")
//! never is. The score is the Dice plus 0.1 per unit of phrase evidence (at most
//! three), capped at 1. The thresholds were set by reading every candidate pair of
//! the five seed articles: what passes is a wire formula, a lede rewritten or the
//! same background sentence (Hamas "seized control" of Gaza in 2007); what falls just
//! below shares a subject and the genre's words, not a phrase.
//!
//! The pairwise pass is O(n·m) over the sentences of two columns with cheap work per
//! pair: every sentence is profiled once into sorted word and phrase ids, and a pair
//! costs two merges of short sorted lists. Explanations (the shared strings) are built
//! only for the few pairs that pass.

use super::SimilarPair;
use super::profile::{Profile, Vocab};
use corpus::model::{Article, SentenceIx};
use std::cmp::Ordering;

/// Shared phrase evidence needed: one phrase of ordinary words, or two with a name.
pub const MIN_PHRASES: f32 = 1.0;
/// Weighted Dice of the content words needed together with shared phrases.
pub const MIN_DICE_WITH_PHRASE: f32 = 0.2;
/// Weighted Dice of the content words that makes two sentences a rewrite.
pub const MIN_DICE_ALONE: f32 = 0.5;
/// How much each shared phrase adds to the score (at most three count).
const PHRASE_BONUS: f32 = 0.1;

/// Whether `a` and `b` read alike: the score and the shared phrases and words that
/// make them alike (phrases first, written `"positive spirit ~ positive atmosphere"`
/// when the wording differs through a near-synonym or an inflection), or `None`.
pub fn similar_sentences(a: &str, b: &str) -> Option<(f32, Vec<String>)> {
    let mut vocab = Vocab::default();
    let pa = Profile::new(a, &mut vocab);
    let pb = Profile::new(b, &mut vocab);
    let score = score(&pa, &pb)?;
    Some((score, explain(&pa, &pb)))
}

/// Every pair of similar sentences from different columns, strongest first.
pub(super) fn similar_pairs(articles: &[&Article]) -> Vec<SimilarPair> {
    let mut vocab = Vocab::default();
    let profiles: Vec<Vec<Profile>> = articles
        .iter()
        .map(|a| {
            (0..a.sentences.len())
                .map(|s| Profile::new(a.sentence_text(s as SentenceIx), &mut vocab))
                .collect()
        })
        .collect();
    let mut pairs = Vec::new();
    for (ca, left) in profiles.iter().enumerate() {
        for (cb, right) in profiles.iter().enumerate().skip(ca + 1) {
            for (sa, pa) in left.iter().enumerate() {
                for (sb, pb) in right.iter().enumerate() {
                    if let Some(score) = score(pa, pb) {
                        pairs.push(SimilarPair {
                            a: (ca, sa as SentenceIx),
                            b: (cb, sb as SentenceIx),
                            score,
                            shared: explain(pa, pb),
                        });
                    }
                }
            }
        }
    }
    crate::sort::sort_by(&mut pairs, |x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| (x.a, x.b).cmp(&(y.a, y.b)))
    });
    pairs
}

/// The similarity score of two profiles if they pass the thresholds.
fn score(a: &Profile, b: &Profile) -> Option<f32> {
    let total = a.mass + b.mass;
    if total <= 0.0 {
        return None;
    }
    let dice = shared_weight(&a.words, &b.words) / total;
    let phrases = shared_phrases(&a.phrases, &b.phrases);
    let similar =
        (phrases >= MIN_PHRASES && dice >= MIN_DICE_WITH_PHRASE) || dice >= MIN_DICE_ALONE;
    similar.then(|| (dice + PHRASE_BONUS * phrases.min(3.0)).min(1.0))
}

/// Walks two lists sorted by key in step and sums `combine` over the keys both hold:
/// one merge, linear in the two lengths.
fn sum_common<K: Ord>(a: &[(K, f32)], b: &[(K, f32)], combine: fn(f32, f32) -> f32) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                sum += combine(a[i].1, b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The weight both sides give their common words, summed.
fn shared_weight(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    sum_common(a, b, |x, y| x + y)
}

/// The evidence of the phrases both sides use: for each, the smaller weight.
fn shared_phrases(a: &[((u32, u32), f32)], b: &[((u32, u32), f32)]) -> f32 {
    sum_common(a, b, f32::min)
}

fn has_phrase(p: &Profile, key: (u32, u32)) -> bool {
    p.phrases.binary_search_by_key(&key, |x| x.0).is_ok()
}

/// The shared phrases (as written in `a`, and in `b` when worded differently), then
/// the shared words no phrase covers, in `a`'s order.
fn explain(a: &Profile, b: &Profile) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut covered: Vec<u32> = Vec::new();
    for w in a.tokens.windows(2) {
        let key = (w[0].stem, w[1].stem);
        if !w[1].joined || !has_phrase(a, key) || !has_phrase(b, key) {
            continue;
        }
        let here = format!("{} {}", w[0].surface, w[1].surface);
        let there = b
            .tokens
            .windows(2)
            .find(|v| v[1].joined && (v[0].stem, v[1].stem) == key)
            .map_or_else(
                || here.clone(),
                |v| format!("{} {}", v[0].surface, v[1].surface),
            );
        let text = if there == here {
            here
        } else {
            format!("{here} ~ {there}")
        };
        if !out.contains(&text) {
            out.push(text);
        }
        covered.extend([key.0, key.1]);
    }
    for t in &a.tokens {
        if b.has_word(t.stem) && !covered.contains(&t.stem) {
            out.push(t.surface.clone());
            covered.push(t.stem);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_formula_with_a_near_synonym_is_similar() {
        let (score, shared) = similar_sentences(
            "Talks were held in a \"positive spirit,\" the official said.",
            "The official said the talks took place in a \"positive atmosphere\".",
        )
        .expect("similar");
        assert!(score > MIN_DICE_WITH_PHRASE, "{score}");
        assert_eq!(shared[0], "positive spirit ~ positive atmosphere");
        assert!(shared.contains(&"official".to_string()), "{shared:?}");
    }

    #[test]
    fn a_rewrite_is_similar_without_any_phrase() {
        let (score, shared) = similar_sentences(
            "Egypt hosted factions, mediators, envoys.",
            "Envoys, mediators, factions: Egypt hosted.",
        )
        .expect("a rewrite");
        assert!(score >= MIN_DICE_ALONE);
        assert_eq!(shared, ["egypt hosted", "factions", "mediators", "envoys"]);
    }

    #[test]
    fn sharing_names_and_topic_words_is_not_similarity() {
        assert_eq!(
            similar_sentences(
                "Hamas and Fatah met in Cairo on Thursday to discuss elections.",
                "Israel said Hamas and Fatah must disarm before any talks in Cairo.",
            ),
            None
        );
        assert_eq!(
            similar_sentences(
                "Mahmoud Abbas flew to Cairo.",
                "Critics of Mahmoud Abbas stayed home, far from Cairo, angry."
            ),
            None
        );
    }

    #[test]
    fn score_is_symmetric_and_bounded() {
        let a = "Hamas seized control of the Gaza Strip from Fatah by force in 2007.";
        let b = "Hamas seized control of Gaza in a brief conflict with Fatah in 2007.";
        let (ab, _) = similar_sentences(a, b).unwrap();
        let (ba, _) = similar_sentences(b, a).unwrap();
        assert_eq!(ab, ba);
        assert!(ab <= 1.0);
        assert_eq!(similar_sentences(a, a).map(|s| s.0), Some(1.0));
    }

    #[test]
    fn empty_and_odd_input_is_never_similar() {
        assert_eq!(similar_sentences("", ""), None);
        assert_eq!(similar_sentences("the of and", "a an the"), None);
        assert_eq!(similar_sentences("--- ’’ ...", "\"\""), None);
        assert_eq!(similar_sentences("Égypte’s “talks”", ""), None);
    }
}
