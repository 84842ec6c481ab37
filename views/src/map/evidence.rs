//! The sentences that evidence the relation under the pointer or the keyboard focus,
//! each linked to the reader at that sentence. Which edge is shown is the app's UI
//! state, passed in; this only draws it.

use super::Graph;
use crate::markup::esc;
use crate::state::ViewState;
use crate::state::links::sentence_href;
use corpus::Corpus;
use std::fmt::Write;

/// The evidence of `graph.edges[edge]`; nothing when there is no such edge.
pub fn evidence_html(
    out: &mut String,
    corpus: &Corpus,
    state: &ViewState,
    graph: &Graph,
    edge: usize,
) {
    let Some(edge) = graph.edges.get(edge) else {
        return;
    };
    let (a, b) = (corpus.entity(edge.source), corpus.entity(edge.target));
    let _ = write!(
        out,
        r#"<aside class="edge-evidence" data-testid="edge-evidence" role="status"><h3>{}: {} — {}</h3><ul>"#,
        edge.kind.label(),
        esc(&a.name),
        esc(&b.name),
    );
    for ev in &edge.evidence {
        let Some(article) = corpus.articles.get(ev.article) else {
            continue;
        };
        let _ = write!(
            out,
            r#"<li><a href="{h}" data-testid="evidence-link">{d}</a>: <q>{t}</q></li>"#,
            h = esc(&sentence_href(state, &article.id, ev.sentence)),
            d = esc(&article.date().label()),
            t = esc(article.sentence_text(ev.sentence)),
        );
    }
    out.push_str("</ul></aside>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::graph_as_of;
    use corpus::model::RelationKind;

    #[test]
    fn an_edge_lists_every_sentence_it_rests_on() {
        let c = corpus::seeds::repository();
        let graph = graph_as_of(c, None, &vec![true; c.articles.len()]);
        let (hamas, fatah) = (c.entity_ix("hamas").unwrap(), c.entity_ix("fatah").unwrap());
        let ix = graph
            .edges
            .iter()
            .position(|e| e.kind == RelationKind::Rivalry && e.joins(hamas, fatah))
            .expect("a Hamas–Fatah rivalry");
        let (state, _) = ViewState::parse("view=map&round=cairo-2024-10", c);
        let mut out = String::new();
        evidence_html(&mut out, c, &state, &graph, ix);
        assert!(out.contains("Rivalry: "), "{out}");
        assert!(out.contains("Hamas") && out.contains("Fatah"));
        let links = out.matches(r#"data-testid="evidence-link""#).count();
        assert_eq!(links, graph.edges[ix].evidence.len());
        // The reader keeps the map's other state and lands on the sentence.
        assert!(out.contains(r#"href="?view=read&amp;a="#));
        assert!(out.contains("&amp;round=cairo-2024-10#s"), "{out}");
    }

    #[test]
    fn no_edge_no_panel() {
        let c = corpus::seeds::repository();
        let mut out = String::new();
        evidence_html(
            &mut out,
            c,
            &ViewState::default(),
            &crate::map::Graph::default(),
            3,
        );
        assert!(out.is_empty());
    }
}
