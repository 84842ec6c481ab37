//! The faction map as tables: every node and every relation, for screen readers, for
//! keyboards and for narrow screens, where it comes first. Each relation names the
//! sentences it rests on, linked to the reader.

use crate::map::{Graph, NodeStatus};
use crate::markup::esc;
use corpus::Corpus;
use std::fmt::Write;

/// Links the tables need, built by the caller from the current view state.
pub struct Links<'a> {
    /// The map focused on an entity id.
    pub focus: &'a dyn Fn(&str) -> String,
    /// The reader open on an article id, at a sentence.
    pub sentence: &'a dyn Fn(&str, u16) -> String,
}

pub fn map_tables(corpus: &Corpus, graph: &Graph, links: &Links) -> String {
    let mut s = String::with_capacity(8 * 1024);
    let _ = write!(
        s,
        r#"<table class="map-table" data-testid="map-nodes-table"><caption>Who is on the map ({n})</caption><thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Beside</th><th scope="col">Mentions</th><th scope="col">This round</th></tr></thead><tbody>"#,
        n = graph.nodes.len()
    );
    for node in &graph.nodes {
        let e = corpus.entity(node.entity);
        let beside = node
            .group
            .map(|g| esc(&corpus.entity(g).name))
            .unwrap_or_default();
        let status = match node.status {
            NodeStatus::Entered => "new",
            NodeStatus::Left => "gone",
            NodeStatus::Stayed => "",
        };
        let _ = write!(
            s,
            r#"<tr><th scope="row"><a href="{href}">{name}</a></th><td>{kind}</td><td>{beside}</td><td>{m}</td><td>{status}</td></tr>"#,
            href = esc(&(links.focus)(&e.id)),
            name = esc(&e.name),
            kind = e.kind.as_str(),
            m = node.mentions,
        );
    }
    let _ = write!(
        s,
        r#"</tbody></table><table class="map-table" data-testid="map-relations-table"><caption>Relations and the sentences they rest on ({n})</caption><thead><tr><th scope="col">Relation</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Evidence</th></tr></thead><tbody>"#,
        n = graph.edges.len()
    );
    for edge in &graph.edges {
        let (a, b) = (corpus.entity(edge.source), corpus.entity(edge.target));
        let mut evidence = String::new();
        for ev in &edge.evidence {
            let Some(article) = corpus.articles.get(ev.article) else {
                continue;
            };
            let text = corpus::model::shorten(article.sentence_text(ev.sentence), 140);
            let _ = write!(
                evidence,
                r#"<li><a href="{href}">{date}</a>: {text}</li>"#,
                href = esc(&(links.sentence)(&article.id, ev.sentence)),
                date = esc(&article.date().label()),
                text = esc(&text),
            );
        }
        let _ = write!(
            s,
            r#"<tr data-kind="{k}"><td>{label}</td><td>{an}</td><td>{bn}</td><td><ul>{evidence}</ul></td></tr>"#,
            k = edge.kind.as_str(),
            label = edge.kind.label(),
            an = esc(&a.name),
            bn = esc(&b.name),
        );
    }
    s.push_str("</tbody></table>");
    s
}
