//! Seeded synthetic graphs, for layout tests and the benchmark.
//!
//! The five seed articles make a small map; the layout must also hold up on a large
//! one (a corpus of hundreds of articles). This generator builds such a graph with the
//! real shape: a dozen factions, a ring of states and bodies, many people each beside
//! a group, and typed edges that are mostly about membership plus rivalries, alliances
//! and mediation across groups. It uses its own SplitMix64, so the same seed gives
//! the same graph on every platform and no dependency is needed.

use super::{Edge, Evidence, Graph, Node, NodeStatus};
use corpus::model::{EntityIx, EntityKind, RelationKind};
use std::collections::BTreeSet;

/// The size of a generated graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub organizations: usize,
    /// States and mediating bodies, alternately.
    pub states: usize,
    pub people: usize,
    pub edges: usize,
}

impl Shape {
    /// The 300-node graph the tests and the benchmark use: 12 organizations, 20 states
    /// and bodies, 268 people, about 600 edges.
    pub const LARGE: Shape = Shape {
        organizations: 12,
        states: 20,
        people: 268,
        edges: 600,
    };
}

/// SplitMix64: tiny, fast, and the same sequence everywhere.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0); the modulo bias is irrelevant here.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
}

/// A graph of the given shape. Entity indexes are node indexes: organizations first,
/// then states and bodies, then people. Shapes beyond `u16` entities are truncated.
pub fn generate(shape: Shape, seed: u64) -> Graph {
    let mut rng = SplitMix64::new(seed);
    let total = (shape.organizations + shape.states + shape.people).min(usize::from(u16::MAX));
    let groups = (shape.organizations + shape.states).min(total);
    let mut nodes = Vec::with_capacity(total);
    for i in 0..total {
        let kind = if i < shape.organizations {
            EntityKind::Organization
        } else if i < groups {
            [EntityKind::State, EntityKind::Mediator][(i - shape.organizations) % 2]
        } else {
            EntityKind::Person
        };
        // People mostly belong to factions (three in four), else to a state or body.
        let group = (kind == EntityKind::Person && groups > 0).then(|| {
            let g = if shape.organizations > 0 && rng.below(4) > 0 {
                rng.below(shape.organizations)
            } else {
                rng.below(groups)
            };
            g as EntityIx
        });
        nodes.push(Node {
            entity: i as EntityIx,
            kind,
            group,
            status: NodeStatus::Stayed,
            mentions: 1 + rng.below(if kind == EntityKind::Person { 8 } else { 60 }) as u32,
        });
    }

    let mut keys: BTreeSet<(RelationKind, EntityIx, EntityIx)> = BTreeSet::new();
    let mut attempts = 0;
    while keys.len() < shape.edges && attempts < shape.edges * 20 && groups > 0 {
        attempts += 1;
        let roll = rng.below(10);
        let (kind, a, b) = if roll < 4 && total > groups {
            // A person and their group: membership or leadership.
            let p = groups + rng.below(total - groups);
            let kind = if rng.below(5) == 0 {
                RelationKind::Leadership
            } else {
                RelationKind::Membership
            };
            (kind, p, nodes[p].group.map_or(0, usize::from))
        } else if roll < 6 && total > groups {
            // A person standing for their group toward another group.
            let p = groups + rng.below(total - groups);
            let kinds = [RelationKind::Mediation, RelationKind::Rivalry];
            (kinds[rng.below(2)], p, rng.below(groups))
        } else {
            let kinds = [
                RelationKind::Rivalry,
                RelationKind::Alliance,
                RelationKind::Mediation,
                RelationKind::Designation,
                RelationKind::War,
            ];
            (
                kinds[rng.below(kinds.len())],
                rng.below(groups),
                rng.below(groups),
            )
        };
        if a == b {
            continue;
        }
        let (a, b) = (a as EntityIx, b as EntityIx);
        let (a, b) = if kind.is_symmetric() && b < a {
            (b, a)
        } else {
            (a, b)
        };
        keys.insert((kind, a, b));
    }
    let edges = keys
        .into_iter()
        .map(|(kind, source, target)| Edge {
            kind,
            source,
            target,
            evidence: vec![Evidence {
                article: rng.below(1000),
                sentence: rng.below(40) as u16,
            }],
        })
        .collect();
    Graph {
        nodes,
        edges,
        round: None,
        previous: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_shape_has_the_promised_size_and_is_reproducible() {
        let g = generate(Shape::LARGE, 7);
        assert_eq!(g.nodes.len(), 300);
        assert_eq!(g.edges.len(), 600);
        let people = g.nodes.iter().filter(|n| n.kind == EntityKind::Person);
        assert_eq!(people.clone().count(), 268);
        assert!(people.clone().all(|n| n.group.is_some_and(|g| g < 32)));
        assert_eq!(g, generate(Shape::LARGE, 7));
        assert_ne!(g, generate(Shape::LARGE, 8));
    }

    #[test]
    fn degenerate_shapes_do_not_panic() {
        let empty = Shape {
            organizations: 0,
            states: 0,
            people: 5,
            edges: 10,
        };
        let g = generate(empty, 1);
        assert_eq!(g.nodes.len(), 5);
        assert!(g.edges.is_empty());
    }
}
