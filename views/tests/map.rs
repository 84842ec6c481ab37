//! The faction map on the real seeds and on a generated 300-node graph: concrete facts
//! about who is shown and how they relate, and the layout's promises (determinism, no
//! overlaps, people beside their group, stable factions across rounds).

mod common;

use common::lookup::{article_ix as round, corpus, entity as ix};
use corpus::model::{Corpus, EntityKind, RelationKind};
use views::map::synthetic::{Shape, generate};
use views::map::{
    Edge, Graph, Layout, NodeStatus, anchors, entity_profile, graph_as_of, layout, layout_anchored,
    neighbourhood,
};

fn all() -> Vec<bool> {
    vec![true; corpus().articles.len()]
}

fn as_of(article: &str, passing: &[bool]) -> Graph {
    graph_as_of(corpus(), Some(round(article)), passing)
}

fn shown(g: &Graph, id: &str) -> bool {
    g.node(ix(id)).is_some_and(|n| n.status != NodeStatus::Left)
}

fn status(g: &Graph, id: &str) -> Option<NodeStatus> {
    g.node(ix(id)).map(|n| n.status)
}

fn has(g: &Graph, kind: RelationKind, a: &str, b: &str) -> bool {
    g.edge(kind, ix(a), ix(b)).is_some()
}

fn edge<'g>(g: &'g Graph, kind: RelationKind, a: &str, b: &str) -> &'g Edge {
    g.edge(kind, ix(a), ix(b))
        .unwrap_or_else(|| panic!("no {kind:?} edge {a} - {b}"))
}

/// Every round of the seeds, plus the whole corpus.
fn every_graph() -> Vec<Graph> {
    let mut graphs: Vec<Graph> = (0..corpus().articles.len())
        .map(|r| graph_as_of(corpus(), Some(r), &all()))
        .collect();
    graphs.push(graph_as_of(corpus(), None, &all()));
    graphs
}

const CHECK_GAP: f64 = 1.0;

fn assert_no_overlaps(layout: &Layout) {
    let p = &layout.positions;
    for i in 0..p.len() {
        assert!(p[i].x.is_finite() && p[i].y.is_finite() && p[i].r > 0.0);
        assert!(p[i].x - p[i].r >= 0.0 && p[i].x + p[i].r <= layout.width);
        assert!(p[i].y - p[i].r >= 0.0 && p[i].y + p[i].r <= layout.height);
        for j in i + 1..p.len() {
            let d = (p[i].x - p[j].x).hypot(p[i].y - p[j].y);
            assert!(
                d >= p[i].r + p[j].r + CHECK_GAP,
                "nodes {i} and {j} overlap: {d}"
            );
        }
    }
}

/// People beside their group: over every person whose group is a node, (share whose
/// nearest group centre is their own, mean distance to their own group, mean distance
/// to the nearest other group).
fn people_beside_their_group(g: &Graph, layout: &Layout) -> (f64, f64, f64) {
    let groups: Vec<usize> = (0..g.nodes.len())
        .filter(|&i| g.nodes[i].kind != EntityKind::Person)
        .collect();
    let (mut people, mut near, mut own_sum, mut other_sum) = (0, 0, 0.0, 0.0);
    for (i, n) in g.nodes.iter().enumerate() {
        let Some(own) = n.group.and_then(|e| g.node_ix(e)) else {
            continue;
        };
        let p = layout.positions[i];
        let dist = |j: usize| (layout.positions[j].x - p.x).hypot(layout.positions[j].y - p.y);
        let other = groups
            .iter()
            .filter(|&&j| j != own)
            .map(|&j| dist(j))
            .fold(f64::INFINITY, f64::min);
        people += 1;
        near += usize::from(dist(own) < other);
        own_sum += dist(own);
        other_sum += other;
    }
    let n = people.max(1) as f64;
    (near as f64 / n, own_sum / n, other_sum / n)
}

fn assert_people_beside_their_group(g: &Graph, layout: &Layout) {
    let (share, own, other) = people_beside_their_group(g, layout);
    assert!(
        own < other,
        "mean distance to own group {own} vs nearest other {other}"
    );
    assert_eq!(share, 1.0, "round {:?}", g.round);
}

#[test]
fn the_whole_corpus_map_has_the_main_parties_and_people() {
    let g = graph_as_of(corpus(), None, &all());
    for id in ["hamas", "fatah", "egypt", "mahmoud-abbas", "khaled-mashaal"] {
        assert!(shown(&g, id), "{id} missing");
    }
    assert_eq!(g.node(ix("hamas")).unwrap().kind, EntityKind::Organization);
    assert_eq!(g.node(ix("egypt")).unwrap().kind, EntityKind::State);
    let abbas = g.node(ix("mahmoud-abbas")).unwrap();
    assert_eq!(
        (abbas.kind, abbas.group),
        (EntityKind::Person, Some(ix("fatah")))
    );
    assert_eq!(abbas.mentions, 11);
    // Places and media are context, not parties.
    assert!(g.node(ix("cairo")).is_none() && g.node(ix("reuters")).is_none());
    assert!(g.nodes.iter().all(|n| n.status == NodeStatus::Stayed));
}

#[test]
fn rivalry_and_alliance_edges_carry_their_sentences() {
    let c = corpus();
    let g = graph_as_of(c, None, &all());
    let rivalry = edge(&g, RelationKind::Rivalry, "fatah", "hamas");
    assert_eq!((rivalry.source, rivalry.target), (ix("hamas"), ix("fatah")));
    let articles: Vec<usize> = rivalry.evidence.iter().map(|e| e.article).collect();
    assert!(articles.is_sorted(), "{articles:?}");
    let rounds = [
        "cairo-2013-01",
        "cairo-2014-09",
        "cairo-2024-10",
        "cairo-2025-10",
    ];
    for id in rounds {
        assert!(articles.contains(&round(id)), "{id} not in {articles:?}");
    }

    let alliance = edge(&g, RelationKind::Alliance, "islamic-jihad", "hamas");
    assert_eq!(alliance.evidence.len(), 1);
    let ev = alliance.evidence[0];
    assert_eq!(ev.article, round("cairo-2025-10"));
    let sentence = c.articles[ev.article].sentence_text(ev.sentence);
    assert!(sentence.contains("ally of Hamas"), "{sentence}");

    // Symmetric kinds merge both directions into one edge; others keep direction.
    let hamas_fatah =
        |e: &&Edge| e.kind == RelationKind::Rivalry && e.joins(ix("hamas"), ix("fatah"));
    assert_eq!(g.edges.iter().filter(hamas_fatah).count(), 1);
    let leads = edge(&g, RelationKind::Leadership, "khaled-mashaal", "hamas");
    assert_eq!(leads.evidence[0].article, round("cairo-2013-01"));
    assert!(!has(
        &g,
        RelationKind::Leadership,
        "hamas",
        "khaled-mashaal"
    ));
}

#[test]
fn each_round_shows_its_own_people() {
    let r2013 = as_of("cairo-2013-01", &all());
    assert!(shown(&r2013, "khaled-mashaal"));
    assert_eq!(status(&r2013, "khalil-al-hayya"), None);
    assert_eq!(r2013.previous, None);
    assert_eq!(status(&r2013, "khaled-mashaal"), Some(NodeStatus::Entered));

    let r2024 = as_of("cairo-2024-10", &all());
    assert!(shown(&r2024, "khalil-al-hayya"));
    assert!(!shown(&r2024, "khaled-mashaal"));
    assert_eq!(r2024.previous, Some(round("cairo-2017-11")));
    assert_eq!(status(&r2024, "khalil-al-hayya"), Some(NodeStatus::Entered));
    assert_eq!(status(&r2024, "hamas"), Some(NodeStatus::Stayed));
    // Named in 2017, not in 2024: kept, to be drawn faded, without edges.
    assert_eq!(status(&r2024, "ismail-haniyeh"), Some(NodeStatus::Left));
    assert!(neighbourhood(&r2024, ix("ismail-haniyeh")).is_empty());

    // 2017 shows Hamas's new leadership beside Hamas without inventing an edge.
    let r2017 = as_of("cairo-2017-11", &all());
    let aruri = r2017.node(ix("salah-al-aruri")).unwrap();
    assert_eq!(aruri.group, Some(ix("hamas")));
    assert!(r2017.edges.iter().all(|e| !e.touches(ix("salah-al-aruri"))));
}

#[test]
fn rounds_gather_relations_up_to_them_and_new_factions_join_in_2025() {
    let c = corpus();
    let r2013 = as_of("cairo-2013-01", &all());
    assert!(!has(&r2013, RelationKind::Alliance, "hamas", "iran"));
    assert!(has(&r2013, RelationKind::Rivalry, "hamas", "fatah"));
    let r2025 = as_of("cairo-2025-10", &all());
    for id in ["islamic-jihad", "pflp", "dflp"] {
        assert_eq!(status(&r2025, id), Some(NodeStatus::Entered), "{id}");
    }
    assert!(has(&r2025, RelationKind::Membership, "pflp", "plo"));
    // Hamas's 2017 alliance with Iran is context one hop from Hamas in 2025.
    assert!(has(&r2025, RelationKind::Alliance, "hamas", "iran"));
    // Every edge of a round is evidenced up to that round and joins shown nodes.
    for (r, g) in every_graph().iter().enumerate().take(c.articles.len()) {
        let evidence = g.edges.iter().flat_map(|e| &e.evidence);
        assert!(evidence.clone().all(|ev| ev.article <= r));
        let ends_shown = |e: &Edge| {
            [e.source, e.target]
                .iter()
                .all(|&x| shown(g, &c.entity(x).id))
        };
        assert!(g.edges.iter().all(ends_shown));
    }
}

#[test]
fn filtering_out_an_article_removes_its_nodes_and_evidence() {
    let c = corpus();
    let mut passing = all();
    passing[round("cairo-2025-10")] = false;
    let g = graph_as_of(c, None, &passing);
    assert!(!has(&g, RelationKind::Alliance, "islamic-jihad", "hamas"));
    assert_eq!(status(&g, "islamic-jihad"), None);
    let rivalry = edge(&g, RelationKind::Rivalry, "hamas", "fatah");
    assert!(
        rivalry
            .evidence
            .iter()
            .all(|e| e.article != round("cairo-2025-10"))
    );

    // A filtered-out round shows nothing; the next round compares with the one before.
    let mut passing = all();
    passing[round("cairo-2017-11")] = false;
    assert!(as_of("cairo-2017-11", &passing).nodes.is_empty());
    let g = as_of("cairo-2024-10", &passing);
    assert_eq!(g.previous, Some(round("cairo-2014-09")));
    assert!(!has(&g, RelationKind::Alliance, "hamas", "iran"));
}

#[test]
fn bad_input_is_ignored_not_a_panic() {
    let c = corpus();
    assert_eq!(
        graph_as_of(c, Some(99), &all()),
        graph_as_of(c, None, &all())
    );
    assert!(graph_as_of(c, None, &[]).nodes.is_empty());
    assert!(
        graph_as_of(&Corpus::default(), Some(0), &[true])
            .nodes
            .is_empty()
    );
    assert_eq!(
        entity_profile(c, u16::MAX),
        views::map::EntityProfile::default()
    );
    assert!(neighbourhood(&Graph::default(), 3).is_empty());
    let empty = layout(&Graph::default());
    assert!(empty.positions.is_empty() && empty.width > 0.0);
}

#[test]
fn focus_lists_neighbours_and_the_profile_of_an_entity() {
    let c = corpus();
    let g = graph_as_of(c, None, &all());
    let around = neighbourhood(&g, ix("islamic-jihad"));
    assert_eq!(around, [ix("hamas")]);
    let hamas = neighbourhood(&g, ix("hamas"));
    for id in [
        "fatah",
        "egypt",
        "iran",
        "israel",
        "khaled-mashaal",
        "islamic-jihad",
    ] {
        assert!(hamas.contains(&ix(id)), "{id}");
    }
    assert!(!hamas.contains(&ix("hamas")));

    let p = entity_profile(c, ix("khaled-mashaal"));
    assert_eq!(p.mentions_per_article, [(round("cairo-2013-01"), 6)]);
    assert_eq!(p.quotes.len(), 1);
    let (a, q) = p.quotes[0];
    assert_eq!(c.articles[a].quotes[q].speaker, Some(ix("khaled-mashaal")));
    assert!(
        p.co_occurring
            .iter()
            .any(|&(e, _)| e == ix("mahmoud-abbas"))
    );
    assert!(p.co_occurring.windows(2).all(|w| w[0].1 >= w[1].1));
    assert_eq!(
        p.textual_roles,
        [(
            round("cairo-2013-01"),
            "Hamas politburo leader".to_string(),
            ix("hamas")
        )]
    );
}

#[test]
fn the_layout_is_deterministic_and_overlap_free_on_every_round() {
    for g in every_graph() {
        let first = layout(&g);
        assert_eq!(first, layout(&g));
        assert_eq!(first.positions.len(), g.nodes.len());
        assert_no_overlaps(&first);
        assert_people_beside_their_group(&g, &first);
    }
}

#[test]
fn anchored_rounds_keep_every_faction_in_place() {
    let whole = graph_as_of(corpus(), None, &all());
    let reference = layout(&whole);
    let a = anchors(&whole);
    assert_eq!(layout_anchored(&whole, &a), reference);
    for g in every_graph() {
        let l = layout_anchored(&g, &a);
        assert_no_overlaps(&l);
        assert_eq!((l.width, l.height), (reference.width, reference.height));
        // Every faction, state and body, bit for bit; people re-fan around them.
        for (i, n) in g.nodes.iter().enumerate() {
            let j = whole.node_ix(n.entity).unwrap();
            let (p, q) = (l.positions[i], reference.positions[j]);
            if n.kind != EntityKind::Person {
                assert_eq!(
                    (p.x, p.y),
                    (q.x, q.y),
                    "{} moved in {:?}",
                    n.entity,
                    g.round
                );
            }
        }
    }
}

#[test]
fn factions_sit_apart_on_the_inner_ring_with_hamas_on_top() {
    let g = graph_as_of(corpus(), None, &all());
    let l = layout(&g);
    let (cx, cy) = (l.width / 2.0, l.height / 2.0);
    let hamas = l.positions[g.node_ix(ix("hamas")).unwrap()];
    assert!((hamas.x - cx).abs() < 1e-6 && hamas.y < cy, "{hamas:?}");
    let dist = |id: &str| {
        let p = l.positions[g.node_ix(ix(id)).unwrap()];
        (p.x - cx).hypot(p.y - cy)
    };
    assert!(dist("fatah") < dist("egypt") && dist("plo") < dist("iran"));
}

#[test]
fn a_generated_300_node_graph_lays_out_without_overlaps() {
    let g = generate(Shape::LARGE, 2026);
    assert_eq!(g.nodes.len(), 300);
    let first = layout(&g);
    assert_eq!(first, layout(&g));
    assert_no_overlaps(&first);
    assert_people_beside_their_group(&g, &first);
    for seed in 1..4 {
        assert_no_overlaps(&layout(&generate(Shape::LARGE, seed)));
    }
}
