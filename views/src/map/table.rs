//! The faction map as tables: every node and every relation, for screen readers, for
//! keyboards and for narrow screens, where it comes first. Each relation names the
//! sentences it rests on, linked to the reader: the latest few, newest first, then
//! "and N more" to the map as of an earlier round, at the same row (`#rel-…`), where
//! the list goes on ([`super::evidence::latest`]). A relation evidenced in every one
//! of a thousand rounds so costs a row of three sentences, not a thousand, and every
//! sentence stays reachable, page by page, with its count exact.
//!
//! Each table sits in its own scroll box: on a phone a table wider than the screen
//! scrolls inside the box instead of widening the page. The box is in the tab order
//! and named, so it can be scrolled from the keyboard and a screen reader says what
//! it holds.

use super::evidence::{latest, more_evidence_html, relation_id};
use crate::map::{Edge, Graph, NodeStatus};
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
        evidence_cell(&mut evidence, corpus, state, edge);
        let _ = write!(
            out,
            r#"<tr id="{id}" data-kind="{k}"><td>{label}</td><td>{an}</td><td>{bn}</td><td>{evidence}</td></tr>"#,
            id = esc(&relation_id(corpus, edge)),
            k = edge.kind.as_str(),
            label = edge.kind.label(),
            an = esc(&a.name),
            bn = esc(&b.name),
        );
    }
    out.push_str("</tbody></table></div>");
}

fn evidence_cell(out: &mut String, corpus: &Corpus, state: &ViewState, edge: &Edge) {
    let (earlier, shown) = latest(&edge.evidence);
    out.push_str("<ul>");
    for ev in shown.iter().rev() {
        let Some(article) = corpus.articles.get(ev.article) else {
            continue;
        };
        let text = corpus::model::shorten(article.sentence_text(ev.sentence), 140);
        let _ = write!(
            out,
            r#"<li><a href="{href}">{date}</a>: {text}</li>"#,
            href = esc(&sentence_href(state, &article.id, ev.sentence)),
            date = esc(&article.date().label()),
            text = esc(&text),
        );
    }
    out.push_str("</ul>");
    more_evidence_html(out, corpus, state, edge, earlier);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::evidence::{EVIDENCE_SHOWN, shown_count};
    use crate::map::{Evidence, graph_as_of};
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
        let shown: usize = graph.edges.iter().map(|e| shown_count(&e.evidence)).sum();
        assert_eq!(out.matches(r#"href="?view=read&amp;a="#).count(), shown);
        assert!(out.contains("#s"));
        let capped = (graph.edges.iter())
            .filter(|e| shown_count(&e.evidence) < e.evidence.len())
            .count();
        assert_eq!(
            out.matches(r#"data-testid="more-evidence""#).count(),
            capped
        );
        assert!(out.contains(r#"<tr id="rel-rivalry-hamas-fatah" data-kind="rivalry">"#));
        // Each table scrolls in its own box, reachable and named.
        assert_eq!(
            out.matches(r#"<div class="table-scroll" tabindex="0" role="region" aria-label=""#)
                .count(),
            2
        );
        assert_eq!(out.matches("<table").count(), 2);
    }

    fn ev(list: &[(usize, u16)]) -> Vec<Evidence> {
        (list.iter())
            .map(|&(article, sentence)| Evidence {
                article,
                sentence: sentence as _,
            })
            .collect()
    }

    #[test]
    fn a_row_lists_the_latest_sentences_and_whole_articles() {
        assert_eq!(shown_count(&[]), 0);
        assert_eq!(shown_count(&ev(&[(0, 1), (1, 4)])), 2);
        assert_eq!(shown_count(&ev(&[(0, 1), (1, 4), (2, 0), (3, 2)])), 3);
        // The oldest listed sentence's article is listed whole, so the earlier round
        // linked to starts where the list stops.
        assert_eq!(
            shown_count(&ev(&[(1, 0), (2, 0), (2, 1), (2, 2), (2, 3)])),
            4
        );
        assert_eq!(shown_count(&ev(&[(2, 0), (2, 1), (2, 2), (2, 3)])), 4);
    }

    #[test]
    fn and_n_more_leads_to_the_round_where_the_next_sentence_is_the_newest() {
        let c = crate::filter::synth::scaled(corpus::seeds::repository(), 200);
        let all = vec![true; c.articles.len()];
        let last = c.articles.len() - 1;
        let graph = graph_as_of(&c, Some(last), &all);
        let (state, _) = ViewState::parse(&format!("view=map&round={}", c.articles[last].id), &c);
        let mut out = String::new();
        map_tables(&mut out, &c, &state, &graph);
        let mut followed = 0;
        for edge in &graph.edges {
            let shown = shown_count(&edge.evidence);
            assert!(shown <= EVIDENCE_SHOWN + 2, "a row lists {shown} sentences");
            let Some(next) = edge.evidence.len().checked_sub(shown + 1) else {
                continue;
            };
            let round = edge.evidence[next].article;
            let href = format!(
                "and <a href=\"?view=map&amp;round={}#{}\" data-testid=\"more-evidence\">{} more, from {} back</a>",
                c.articles[round].id,
                relation_id(&c, edge),
                next + 1,
                c.articles[round].date().label()
            );
            assert!(out.contains(&href), "{href}");
            // There, the same relation rests on exactly the sentences not listed here.
            let earlier = graph_as_of(&c, Some(round), &all);
            let there = earlier
                .edges
                .iter()
                .find(|e| e.kind == edge.kind && e.source == edge.source && e.target == edge.target)
                .expect("the relation is on the earlier round's map");
            assert_eq!(there.evidence, edge.evidence[..=next]);
            followed += 1;
        }
        assert!(followed > 3, "{followed} rows capped");
        assert!(out.len() < 40_000, "{} bytes of tables", out.len());
    }
}
