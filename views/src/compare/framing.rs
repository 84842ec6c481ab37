//! Loaded terms counted per column, by term and by family.
//!
//! The extractor already found every framing hit; counting them per column side by
//! side is what shows that one outlet says "militant groups" where another says
//! "armed terrorists". Families (`armed-groups`, `war`...) put the competing words for
//! one thing on one line, so the reader sees the choice, not just the frequency.

use super::{FramingComparison, scoped_sentence};
use corpus::model::{Article, Corpus, FramingIx};

pub(super) fn compare(
    corpus: &Corpus,
    articles: &[&Article],
    scope: &[Vec<bool>],
) -> FramingComparison {
    let columns = articles.len();
    let mut counts = vec![vec![0u32; columns]; corpus.framing.len()];
    for (c, (a, scope)) in articles.iter().zip(scope).enumerate() {
        for hit in &a.framing {
            // A hit on a term the lexicon does not have (a stale blob) is skipped.
            if let Some(row) = counts.get_mut(hit.term as usize)
                && scoped_sentence(a, scope, hit.span.start).is_some()
            {
                row[c] += 1;
            }
        }
    }
    let mut families: Vec<(String, Vec<u32>)> = Vec::new();
    for (term, row) in corpus.framing.iter().zip(&counts) {
        let at = match families.iter().position(|(f, _)| *f == term.family) {
            Some(at) => at,
            None => {
                families.push((term.family.clone(), vec![0; columns]));
                families.len() - 1
            }
        };
        for (sum, n) in families[at].1.iter_mut().zip(row) {
            *sum += n;
        }
    }
    families.retain(|(_, row)| row.iter().any(|&n| n > 0));
    let terms = counts
        .into_iter()
        .enumerate()
        .filter(|(_, row)| row.iter().any(|&n| n > 0))
        .map(|(t, row)| (t as FramingIx, row))
        .collect();
    FramingComparison { terms, families }
}
