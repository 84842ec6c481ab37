//! Shared and unique entities: who and what each article names.
//!
//! Built from the extractor's mentions in the sentences in scope, as plain sets.
//! Results follow the knowledge base's order, which groups entities by kind
//! (factions, states, bodies, outlets, places, people), so the view can list them
//! under headings without sorting again.

use super::{EntityComparison, scoped_sentence};
use corpus::model::{Article, Corpus, EntityIx};

pub(super) fn compare(
    corpus: &Corpus,
    articles: &[&Article],
    scope: &[Vec<bool>],
) -> EntityComparison {
    let sets: Vec<Vec<EntityIx>> = articles
        .iter()
        .zip(scope)
        .map(|(a, scope)| {
            let mut set: Vec<EntityIx> = a
                .mentions
                .iter()
                // An index the knowledge base lacks (a stale blob) is left out.
                .filter(|m| (m.entity as usize) < corpus.entities.len())
                .filter(|m| scoped_sentence(a, scope, m.span.start).is_some())
                .map(|m| m.entity)
                .collect();
            crate::sort::sort(&mut set);
            set.dedup();
            set
        })
        .collect();
    let in_column = |c: usize, e: &EntityIx| sets[c].binary_search(e).is_ok();
    let shared = match sets.first() {
        Some(first) if sets.len() >= 2 => first
            .iter()
            .filter(|e| (1..sets.len()).all(|c| in_column(c, e)))
            .copied()
            .collect(),
        _ => Vec::new(),
    };
    let unique = sets
        .iter()
        .enumerate()
        .map(|(c, set)| {
            set.iter()
                .filter(|e| (0..sets.len()).all(|o| o == c || !in_column(o, e)))
                .copied()
                .collect()
        })
        .collect();
    EntityComparison { shared, unique }
}
