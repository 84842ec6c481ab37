//! The faction map as tables: every node and every relation, for screen readers, for
//! keyboards and for narrow screens, where it comes first. Each relation names the
//! sentences it rests on, linked to the reader.
//!
//! Each table sits in its own scroll box: on a phone a table wider than the screen
//! scrolls inside the box instead of widening the page. The box is in the tab order
//! and named, so it can be scrolled from the keyboard and a screen reader says what
//! it holds.

use crate::map::{Graph, NodeStatus};
use crate::markup::esc;
use crate::state::ViewState;
use crate::state::links::sentence_href;
use corpus::Corpus;
use std::fmt::Write;

pub fn map_tables(out: &mut String, corpus: &Corpus, state: &ViewState, graph: &Graph) {
    nodes_table(out, corpus, state, graph);
    relations_table(out, corpus, state, graph);
}

fn nodes_table(out: &mut String, corpus: &Corpus, state: &ViewState, graph: &Graph) {
    let _ = write!(
        out,
        r#"<div class="table-scroll" tabindex="0" role="region" aria-label="Who is on the map, as a table"><table class="map-table" data-testid="map-nodes-table"><caption>Who is on the map ({n})</caption><thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Beside</th><th scope="col">Mentions</th><th scope="col">This round</th></tr></thead><tbody>"#,
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
        let focus = state.href_with(|s| s.focus = Some(e.id.clone()));
        let _ = write!(
            out,
            r#"<tr><th scope="row"><a href="{href}">{name}</a></th><td>{kind}</td><td>{beside}</td><td>{m}</td><td>{status}</td></tr>"#,
            href = esc(&focus),
            name = esc(&e.name),
            kind = e.kind.as_str(),
            m = node.mentions,
        );
    }
    out.push_str("</tbody></table></div>");
}

fn relations_table(out: &mut String, corpus: &Corpus, state: &ViewState, graph: &Graph) {
    let _ = write!(
        out,
        r#"<div class="table-scroll" tabindex="0" role="region" aria-label="Relations and their sentences, as a table"><table class="map-table" data-testid="map-relations-table"><caption>Relations and the sentences they rest on ({n})</caption><thead><tr><th scope="col">Relation</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Evidence</th></tr></thead><tbody>"#,
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
                href = esc(&sentence_href(state, &article.id, ev.sentence)),
                date = esc(&article.date().label()),
                text = esc(&text),
            );
        }
        let _ = write!(
            out,
            r#"<tr data-kind="{k}"><td>{label}</td><td>{an}</td><td>{bn}</td><td><ul>{evidence}</ul></td></tr>"#,
            k = edge.kind.as_str(),
            label = edge.kind.label(),
            an = esc(&a.name),
            bn = esc(&b.name),
        );
    }
    out.push_str("</tbody></table></div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::graph_as_of;
    use crate::state::View;

    #[test]
    fn every_node_and_relation_has_a_row_with_links_onward() {
        let c = corpus::seeds::repository();
        let graph = graph_as_of(c, None, &vec![true; c.articles.len()]);
        let state = ViewState {
            view: View::Map,
            ..ViewState::default()
        };
        let mut out = String::new();
        map_tables(&mut out, c, &state, &graph);
        let rows = out.matches("<tr").count();
        // A header row per table, then one row per node and per edge.
        assert_eq!(rows, 2 + graph.nodes.len() + graph.edges.len());
        assert!(out.contains(r#"href="?view=map&amp;focus=hamas""#), "{out}");
        let evidence: usize = graph.edges.iter().map(|e| e.evidence.len()).sum();
        assert_eq!(out.matches(r#"href="?view=read&amp;a="#).count(), evidence);
        assert!(out.contains("#s"));
        // Each table scrolls in its own box, reachable and named.
        assert_eq!(
            out.matches(r#"<div class="table-scroll" tabindex="0" role="region" aria-label=""#)
                .count(),
            2
        );
        assert_eq!(out.matches("<table").count(), 2);
    }
}
