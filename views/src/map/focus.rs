//! What the focus panel shows about one entity, computed here so the page only renders.
//!
//! [`neighbourhood`] and [`incident_edges`] read the graph of the round on screen, so
//! the highlight agrees with what is drawn. [`entity_profile`] reads the whole corpus:
//! the panel describes the entity across all rounds, whatever round the map shows.
//! Unknown entities give empty answers rather than panics.

use super::Graph;
use corpus::model::{Corpus, EntityIx, RelationKind, SentenceIx};
use std::collections::{BTreeMap, BTreeSet};

/// Entities sharing an edge with `node`, in entity-index order, without `node` itself.
pub fn neighbourhood(graph: &Graph, node: EntityIx) -> Vec<EntityIx> {
    let mut out = BTreeSet::new();
    for e in &graph.edges {
        if e.source == node {
            out.insert(e.target);
        } else if e.target == node {
            out.insert(e.source);
        }
    }
    out.remove(&node);
    out.into_iter().collect()
}

/// Indexes into `graph.edges` of the edges touching `node`, for highlighting.
pub fn incident_edges(graph: &Graph, node: EntityIx) -> Vec<usize> {
    (0..graph.edges.len())
        .filter(|&i| graph.edges[i].touches(node))
        .collect()
}

/// Everything the corpus says about one entity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityProfile {
    /// (article, mentions in it) for every article that mentions the entity.
    pub mentions_per_article: Vec<(usize, u32)>,
    /// (article, quote index in it): quotes the entity speaks, and for a faction,
    /// state or body also the quotes of its unnamed officials ("a Hamas official").
    pub quotes: Vec<(usize, usize)>,
    /// Entities mentioned in the same sentences, counted once per sentence shared;
    /// most frequent first, then by entity index.
    pub co_occurring: Vec<(EntityIx, u32)>,
    /// (article, role words, target) from membership and leadership relations the
    /// entity is the source of and that carry role words; repeats dropped.
    pub textual_roles: Vec<(usize, String, EntityIx)>,
}

/// The focus panel's profile of `entity` over the whole corpus.
pub fn entity_profile(corpus: &Corpus, entity: EntityIx) -> EntityProfile {
    let mut profile = EntityProfile::default();
    if entity as usize >= corpus.entities.len() {
        return profile;
    }
    let mut co: BTreeMap<EntityIx, u32> = BTreeMap::new();
    for (ai, article) in corpus.articles.iter().enumerate() {
        let count = article
            .mentions
            .iter()
            .filter(|m| m.entity == entity)
            .count();
        if count > 0 {
            profile
                .mentions_per_article
                .push((ai, u32::try_from(count).unwrap_or(u32::MAX)));
        }

        for (qi, q) in article.quotes.iter().enumerate() {
            let unnamed_official = q.speaker.is_none() && q.speaker_faction == Some(entity);
            if q.speaker == Some(entity) || unnamed_official {
                profile.quotes.push((ai, qi));
            }
        }

        // Sentences naming the entity, then who else each of them names (once each).
        let sentence_of = |start: u32| article.sentence_at(start);
        let own: BTreeSet<SentenceIx> = article
            .mentions
            .iter()
            .filter(|m| m.entity == entity)
            .filter_map(|m| sentence_of(m.span.start))
            .collect();
        let shared: BTreeSet<(SentenceIx, EntityIx)> = article
            .mentions
            .iter()
            .filter(|m| m.entity != entity)
            .filter_map(|m| Some((sentence_of(m.span.start)?, m.entity)))
            .filter(|(s, _)| own.contains(s))
            .collect();
        for (_, other) in shared {
            *co.entry(other).or_default() += 1;
        }

        for r in &article.relations {
            let role_kind = matches!(r.kind, RelationKind::Membership | RelationKind::Leadership);
            if let (true, true, Some(role)) = (role_kind, r.source == entity, &r.role) {
                let item = (ai, role.clone(), r.target);
                if !profile.textual_roles.contains(&item) {
                    profile.textual_roles.push(item);
                }
            }
        }
    }
    let mut co: Vec<(EntityIx, u32)> = co.into_iter().collect();
    crate::sort::sort_by(&mut co, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    profile.co_occurring = co;
    profile
}
