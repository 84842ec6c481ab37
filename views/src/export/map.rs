//! The map's export: the graph the map draws for the state (as of its round, over the
//! passing articles), node by node and edge by edge, and the sentences that evidence
//! each edge.
//!
//! - `nodes`: entity id, name, kind, the group it sits beside, its status against the
//!   previous round, its mentions;
//! - `edges`: `edge_id` (`kind:source:target`), kind, ends, whether it has a
//!   direction, how many sentences evidence it;
//! - `evidence`: one row per sentence, keyed by `edge_id`.

use super::table::{Cell, Table};
use crate::map::{Edge, Graph};
use corpus::model::Corpus;

pub fn tables(corpus: &Corpus, graph: &Graph) -> Vec<Table> {
    let name = |e: u16| corpus.entities.get(e as usize);
    let mut nodes = Table::new(
        "nodes",
        &[
            "entity_id",
            "name",
            "kind",
            "group_id",
            "group",
            "status",
            "mentions",
        ],
    );
    for node in &graph.nodes {
        let Some(e) = name(node.entity) else { continue };
        let group = node.group.and_then(name);
        nodes.push(vec![
            e.id.as_str().into(),
            e.name.as_str().into(),
            e.kind.as_str().into(),
            group.map(|g| g.id.as_str()).into(),
            group.map(|g| g.name.as_str()).into(),
            node.status.as_str().into(),
            Cell::int(node.mentions),
        ]);
    }
    let mut edges = Table::new(
        "edges",
        &[
            "edge_id",
            "kind",
            "source_id",
            "source",
            "target_id",
            "target",
            "directed",
            "evidence",
        ],
    );
    let mut evidence = Table::new(
        "evidence",
        &[
            "edge_id",
            "article_id",
            "sentence_start",
            "sentence_end",
            "sentence",
        ],
    );
    for edge in &graph.edges {
        let (Some(a), Some(b)) = (name(edge.source), name(edge.target)) else {
            continue;
        };
        let id = edge_id(corpus, edge);
        edges.push(vec![
            id.as_str().into(),
            edge.kind.as_str().into(),
            a.id.as_str().into(),
            a.name.as_str().into(),
            b.id.as_str().into(),
            b.name.as_str().into(),
            Cell::Bool(!edge.kind.is_symmetric()),
            Cell::int(edge.evidence.len() as u32),
        ]);
        for ev in &edge.evidence {
            let Some(article) = corpus.articles.get(ev.article) else {
                continue;
            };
            let Some(s) = article.sentences.get(ev.sentence as usize) else {
                continue;
            };
            evidence.push(vec![
                id.as_str().into(),
                article.id.as_str().into(),
                Cell::int(s.span.start),
                Cell::int(s.span.end),
                article.slice(s.span).into(),
            ]);
        }
    }
    vec![nodes, edges, evidence]
}

/// `rivalry:fatah:hamas`: the edge's kind and ends, unique in a graph (one edge per
/// kind and pair).
pub fn edge_id(corpus: &Corpus, edge: &Edge) -> String {
    let id = |e: u16| {
        corpus
            .entities
            .get(e as usize)
            .map_or("", |e| e.id.as_str())
    };
    format!(
        "{}:{}:{}",
        edge.kind.as_str(),
        id(edge.source),
        id(edge.target)
    )
}
