//! The map's nodes, edges and evidence: the graph the map draws for the state.

use super::{ctx, exported, state, texts};
use views::map::graph_as_of;

#[test]
fn nodes_and_edges_are_the_graph_of_the_state() {
    for query in [
        "view=map",
        "view=map&f=hamas",
        "view=map&round=cairo-2017-11",
        "view=map&t=elections",
    ] {
        let e = exported(query);
        let s = state(query);
        let corpus = ctx().corpus;
        let round = s.round.as_deref().and_then(|id| corpus.article_ix(id));
        let graph = graph_as_of(corpus, round, &ctx().select(&s).articles);
        let nodes: Vec<String> = graph
            .nodes
            .iter()
            .map(|n| corpus.entity(n.entity).id.clone())
            .collect();
        assert_eq!(texts(&e, "nodes", "entity_id"), nodes, "{query}");
        assert_eq!(
            texts(&e, "edges", "kind").len(),
            graph.edges.len(),
            "{query}"
        );
        let evidence: usize = graph.edges.iter().map(|e| e.evidence.len()).sum();
        assert_eq!(texts(&e, "evidence", "edge_id").len(), evidence, "{query}");
    }
}

#[test]
fn a_faction_filter_shrinks_the_map_and_every_sentence_is_a_passing_articles() {
    let all = exported("view=map");
    let e = exported("view=map&f=hamas&to=2014");
    assert!(texts(&e, "edges", "edge_id").len() < texts(&all, "edges", "edge_id").len());
    let sel = ctx().select(&state("view=map&f=hamas&to=2014"));
    let corpus = ctx().corpus;
    for (article, sentence) in texts(&e, "evidence", "article_id")
        .iter()
        .zip(texts(&e, "evidence", "sentence"))
    {
        let ix = corpus.article_ix(article).unwrap();
        assert!(sel.passes(ix), "{article}");
        assert!(corpus.articles[ix].text.contains(&sentence));
    }
    // Edge ids are unique and name their ends; the evidence refers to them.
    let ids = texts(&all, "edges", "edge_id");
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    for (id, (kind, source)) in
        ids.iter().zip(
            texts(&all, "edges", "kind")
                .iter()
                .zip(texts(&all, "edges", "source_id")),
        )
    {
        assert!(id.starts_with(&format!("{kind}:{source}:")), "{id}");
    }
    assert!(
        texts(&all, "evidence", "edge_id")
            .iter()
            .all(|id| unique.contains(id))
    );
}
