//! The graph as of a round: which entities are shown, which relations join them.
//!
//! Rules (the spec left them open; these are the decisions):
//!
//! - Only people, organizations, states and mediating bodies are drawn: places and
//!   media are context, not parties ([`on_map`]).
//! - A round shows the people mentioned in its own article: a person named in 2013 is
//!   not on the 2024 map. Organizations, states and bodies are shown when the round's
//!   article mentions them or is a party to one of its relations, or when a relation
//!   evidenced up to the round joins them directly (one hop) to such an entity. One hop,
//!   not the whole connected component, so that old context (Iran's alliance, the Arab
//!   League's mediation) appears next to who is present without flooding every round.
//! - Edges come from the relations of passing articles up to and including the round
//!   (article order is date order) and are kept only if both ends are shown.
//! - `round = None` is the whole corpus: every map entity mentioned in, or party to a
//!   relation of, a passing article; every relation among them; all nodes `Stayed`.
//! - Statuses compare with the nearest earlier *passing* article (the previous round
//!   the reader can select). With none, every node has `Entered`.
//! - A round whose article does not pass the filter shows nothing: an empty graph.
//! - Out-of-range input is ignored, never a panic: a round past the end means the whole
//!   corpus; a missing `passing` entry means "does not pass"; relations naming unknown
//!   entities or joining an entity to itself are skipped.

use super::{Edge, Evidence, Graph, Node, NodeStatus};
use corpus::model::{Corpus, EntityIx, EntityKind, RelationKind};
use std::collections::{BTreeMap, BTreeSet};

type EdgeKey = (RelationKind, EntityIx, EntityIx);
type Edges = BTreeMap<EdgeKey, Vec<Evidence>>;

/// Whether entities of this kind are drawn on the faction map.
pub fn on_map(kind: EntityKind) -> bool {
    !matches!(kind, EntityKind::Media | EntityKind::Place)
}

fn passes(passing: &[bool], article: usize) -> bool {
    passing.get(article).copied().unwrap_or(false)
}

fn kind_of(corpus: &Corpus, entity: EntityIx) -> Option<EntityKind> {
    corpus.entities.get(entity as usize).map(|e| e.kind)
}

fn is_map_entity(corpus: &Corpus, entity: EntityIx) -> bool {
    kind_of(corpus, entity).is_some_and(on_map)
}

fn is_party(corpus: &Corpus, entity: EntityIx) -> bool {
    kind_of(corpus, entity).is_some_and(EntityKind::is_party)
}

/// Symmetric kinds are keyed with the lower index first so both directions merge.
fn edge_key(kind: RelationKind, source: EntityIx, target: EntityIx) -> EdgeKey {
    if kind.is_symmetric() && target < source {
        (kind, target, source)
    } else {
        (kind, source, target)
    }
}

/// Relations of the passing articles before `end`, merged per key, evidence in order.
fn collect_edges(corpus: &Corpus, end: usize, passing: &[bool]) -> Edges {
    let mut edges = Edges::new();
    for (ai, article) in corpus.articles.iter().enumerate().take(end) {
        if !passes(passing, ai) {
            continue;
        }
        for r in &article.relations {
            if r.source == r.target
                || !is_map_entity(corpus, r.source)
                || !is_map_entity(corpus, r.target)
            {
                continue;
            }
            let evidence = Evidence {
                article: ai,
                sentence: r.sentence,
            };
            let list = edges
                .entry(edge_key(r.kind, r.source, r.target))
                .or_default();
            if !list.contains(&evidence) {
                list.push(evidence);
            }
        }
    }
    edges
}

/// Map entities the article itself names: its mentions and its relations' parties.
fn named_in(corpus: &Corpus, article: usize) -> BTreeSet<EntityIx> {
    let Some(a) = corpus.articles.get(article) else {
        return BTreeSet::new();
    };
    let mentioned = a.mentions.iter().map(|m| m.entity);
    let parties = a.relations.iter().flat_map(|r| [r.source, r.target]);
    mentioned
        .chain(parties)
        .filter(|&e| is_map_entity(corpus, e))
        .collect()
}

/// The entities a round shows (see the module rules), given the edges up to it.
fn shown_in_round(
    corpus: &Corpus,
    round: usize,
    passing: &[bool],
    edges: &Edges,
) -> BTreeSet<EntityIx> {
    if !passes(passing, round) {
        return BTreeSet::new();
    }
    let core = named_in(corpus, round);
    let mut shown = core.clone();
    for &(_, a, b) in edges.keys() {
        if core.contains(&a) && is_party(corpus, b) {
            shown.insert(b);
        }
        if core.contains(&b) && is_party(corpus, a) {
            shown.insert(a);
        }
    }
    shown
}

/// Mentions per entity over the passing articles before `end`.
fn mention_counts(corpus: &Corpus, end: usize, passing: &[bool]) -> Vec<u32> {
    let mut counts = vec![0u32; corpus.entities.len()];
    for (ai, article) in corpus.articles.iter().enumerate().take(end) {
        if !passes(passing, ai) {
            continue;
        }
        for m in &article.mentions {
            if let Some(c) = counts.get_mut(m.entity as usize) {
                *c = c.saturating_add(1);
            }
        }
    }
    counts
}

/// The faction map as of `round` (an index into `corpus.articles`; `None` for the
/// whole corpus), counting only articles whose `passing` entry is `true`.
pub fn graph_as_of(corpus: &Corpus, round: Option<usize>, passing: &[bool]) -> Graph {
    let count = corpus.articles.len();
    let Some(round) = round.filter(|&r| r < count) else {
        let edges = collect_edges(corpus, count, passing);
        let mut shown = BTreeSet::new();
        for ai in (0..count).filter(|&ai| passes(passing, ai)) {
            shown.extend(named_in(corpus, ai));
        }
        return assemble(corpus, &shown, &shown, edges, count, passing, None);
    };
    if !passes(passing, round) {
        return Graph {
            round: Some(round),
            ..Graph::default()
        };
    }
    let edges = collect_edges(corpus, round + 1, passing);
    let shown = shown_in_round(corpus, round, passing, &edges);
    let previous = (0..round).rev().find(|&ai| passes(passing, ai));
    let before = previous
        .map(|p| shown_in_round(corpus, p, passing, &collect_edges(corpus, p + 1, passing)))
        .unwrap_or_default();
    let mut graph = assemble(corpus, &shown, &before, edges, round + 1, passing, previous);
    graph.round = Some(round);
    graph
}

/// Nodes for `shown ∪ before` with their statuses, edges among `shown`.
fn assemble(
    corpus: &Corpus,
    shown: &BTreeSet<EntityIx>,
    before: &BTreeSet<EntityIx>,
    edges: Edges,
    end: usize,
    passing: &[bool],
    previous: Option<usize>,
) -> Graph {
    let counts = mention_counts(corpus, end, passing);
    let nodes = shown
        .union(before)
        .filter_map(|&ix| {
            let entity = corpus.entities.get(ix as usize)?;
            let status = match (shown.contains(&ix), before.contains(&ix)) {
                (true, true) => NodeStatus::Stayed,
                (true, false) => NodeStatus::Entered,
                _ => NodeStatus::Left,
            };
            Some(Node {
                entity: ix,
                kind: entity.kind,
                group: entity
                    .faction
                    .filter(|&g| (g as usize) < corpus.entities.len()),
                status,
                mentions: counts.get(ix as usize).copied().unwrap_or(0),
            })
        })
        .collect();
    let edges = edges
        .into_iter()
        .filter(|((_, s, t), _)| shown.contains(s) && shown.contains(t))
        .map(|((kind, source, target), evidence)| Edge {
            kind,
            source,
            target,
            evidence,
        })
        .collect();
    Graph {
        nodes,
        edges,
        round: None,
        previous,
    }
}
