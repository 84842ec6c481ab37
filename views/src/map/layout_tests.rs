//! Layout tests on odd and random graphs: the promises (finite, apart, reproducible,
//! anchoring to itself changes nothing) must hold for any input, not just the seeds.
//! Kept apart from `layout.rs` so that file stays about the algorithm.

use super::synthetic::{Shape, generate};
use super::{Edge, Graph, Layout, Node, NodeStatus, anchors, layout, layout_anchored};
use corpus::model::{EntityIx, EntityKind, RelationKind};
use proptest::prelude::*;

fn apart(l: &Layout) -> bool {
    let p = &l.positions;
    (0..p.len()).all(|i| {
        p[i].x.is_finite()
            && p[i].y.is_finite()
            && (i + 1..p.len())
                .all(|j| (p[i].x - p[j].x).hypot(p[i].y - p[j].y) >= p[i].r + p[j].r + 1.0)
    })
}

fn node(entity: EntityIx, kind: EntityKind, group: Option<EntityIx>, mentions: u32) -> Node {
    let status = NodeStatus::Stayed;
    Node {
        entity,
        kind,
        group,
        status,
        mentions,
    }
}

#[test]
fn odd_graphs_lay_out_without_panics_or_overlaps() {
    use EntityKind::*;
    let edge = |source, target| Edge {
        kind: RelationKind::War,
        source,
        target,
        evidence: vec![],
    };
    let graph = Graph {
        nodes: vec![
            node(1, Organization, None, u32::MAX),
            node(1, Organization, None, 0), // a repeated entity
            node(2, Person, Some(3), 2),    // grouped with another person
            node(3, Person, Some(900), 1),  // group absent from the graph
            node(4, Person, None, 0),
            node(5, Place, None, 1),
            node(6, Person, Some(6), 1), // its own group
        ],
        edges: vec![edge(1, 999), edge(1, 1), edge(2, 5), edge(5, 4)],
        ..Graph::default()
    };
    let l = layout(&graph);
    assert_eq!(l.positions.len(), graph.nodes.len());
    assert!(apart(&l));
    let single = Graph {
        nodes: vec![node(0, State, None, 3)],
        ..Graph::default()
    };
    assert!(apart(&layout(&single)));
}

#[test]
fn anchors_from_another_graph_still_give_a_valid_layout() {
    let small = Shape {
        organizations: 3,
        states: 4,
        people: 20,
        edges: 30,
    };
    let a = anchors(&generate(small, 1));
    assert!(apart(&layout_anchored(&generate(Shape::LARGE, 5), &a)));
    assert!(apart(&layout_anchored(&Graph::default(), &a)));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_generated_graph_is_laid_out_apart_and_reproducibly(
        organizations in 0usize..14, states in 0usize..14, people in 0usize..90,
        edges in 0usize..160, seed in any::<u64>(),
    ) {
        let g = generate(Shape { organizations, states, people, edges }, seed);
        let l = layout(&g);
        prop_assert!(apart(&l));
        prop_assert_eq!(&l, &layout(&g));
        prop_assert_eq!(layout_anchored(&g, &anchors(&g)), l);
    }
}
