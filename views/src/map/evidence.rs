//! The sentences that evidence the relation under the pointer or the keyboard focus,
//! each linked to the reader at that sentence. Which edge is shown is the app's UI
//! state, passed in; this only draws it.
//!
//! Here and in the relations table a relation lists its latest sentences only
//! ([`latest`]), then "and N more" to the map as of the round of the next earlier
//! one, at the relation's row, where that one is the newest: a relation a thousand
//! rounds evidence is not a thousand sentences in a page or in a live region, and
//! every sentence is still reachable, page by page, with the counts adding up.

use super::{Edge, Evidence, Graph};
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
    let (earlier, shown) = latest(&edge.evidence);
    for ev in shown.iter().rev() {
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
    out.push_str("</ul>");
    more_evidence_html(out, corpus, state, edge, earlier);
    out.push_str("</aside>");
}

/// Sentences a relation lists before "and N more".
pub const EVIDENCE_SHOWN: usize = 3;

/// The id of the relation's row in the table, which "and N more" links to:
/// `rel-KIND-FROM-TO`.
pub fn relation_id(corpus: &Corpus, edge: &Edge) -> String {
    format!(
        "rel-{}-{}-{}",
        edge.kind.as_str(),
        corpus.entity(edge.source).id,
        corpus.entity(edge.target).id
    )
}

/// How many of `evidence` (in article order) a relation lists, from the end: the latest
/// [`EVIDENCE_SHOWN`], and the rest of the oldest one's article, so that the earlier
/// round linked to next starts exactly where this list stops.
pub fn shown_count(evidence: &[Evidence]) -> usize {
    let mut n = evidence.len().min(EVIDENCE_SHOWN);
    while n < evidence.len()
        && evidence[evidence.len() - n - 1].article == evidence[evidence.len() - n].article
    {
        n += 1;
    }
    n
}

/// `evidence` cut into what is left for earlier rounds and what is listed.
pub fn latest(evidence: &[Evidence]) -> (&[Evidence], &[Evidence]) {
    evidence.split_at(evidence.len() - shown_count(evidence))
}

/// "and N more, from DATE back": the map as of the round of the last of `earlier`, at
/// the relation's row; nothing when `earlier` is empty.
pub fn more_evidence_html(
    out: &mut String,
    corpus: &Corpus,
    state: &ViewState,
    edge: &Edge,
    earlier: &[Evidence],
) {
    let Some(article) = (earlier.last()).and_then(|ev| corpus.articles.get(ev.article)) else {
        return;
    };
    let href = state.href_with(|s| s.round = Some(article.id.clone()));
    let _ = write!(
        out,
        r##"<p class="more-evidence">and <a href="{href}#{id}" data-testid="more-evidence">{n} more, from {date} back</a></p>"##,
        href = esc(&href),
        id = esc(&relation_id(corpus, edge)),
        n = earlier.len(),
        date = esc(&article.date().label()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::graph_as_of;
    use corpus::model::RelationKind;

    #[test]
    fn an_edge_lists_its_latest_sentences_and_counts_the_rest() {
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
        let evidence = &graph.edges[ix].evidence;
        assert_eq!(links, shown_count(evidence));
        // The seeds' rivalry rests on more than three sentences: the rest are counted
        // and one link away, at the round of the next earlier one.
        assert!(
            evidence.len() > EVIDENCE_SHOWN,
            "{} sentences",
            evidence.len()
        );
        let rest = evidence.len() - links;
        let round = &c.articles[evidence[rest - 1].article].id;
        assert!(out.contains(&format!(
            r##"<a href="?view=map&amp;round={round}#rel-rivalry-hamas-fatah" data-testid="more-evidence">{rest} more, from "##
        )), "{out}");
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
