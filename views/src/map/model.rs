//! What the map shows for a view state and a filter selection: the round, its graph
//! and layout, the focused entity and its neighbours.
//!
//! It is computed apart from the markup so the app can keep it while only the UI
//! state changes (a hover, a zoom step, a drag): redrawing then costs the markup, not
//! the graph and its layout again. It takes the corpus and the whole-corpus anchors
//! (which `Context::anchors` keeps) rather than the context, so the map depends on
//! nothing that depends on it.

use super::{Anchors, Graph, Layout, graph_as_of, layout_anchored, neighbourhood};
use crate::filter::Selection;
use crate::state::ViewState;
use corpus::Corpus;
use corpus::model::EntityIx;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapModel {
    /// The article whose round the map is as of; `None` for all rounds.
    pub round: Option<usize>,
    pub graph: Graph,
    /// Anchored to the whole-corpus map, so every faction keeps its place.
    pub layout: Layout,
    /// The focused entity, when the URL names one that exists.
    pub focus: Option<EntityIx>,
    /// Entities sharing an edge with the focus in this graph.
    pub neighbours: Vec<EntityIx>,
}

impl MapModel {
    /// `anchors` are where every node of the whole-corpus map sits.
    pub fn new(corpus: &Corpus, anchors: &Anchors, state: &ViewState, sel: &Selection) -> MapModel {
        let round = state.round.as_deref().and_then(|id| corpus.article_ix(id));
        let graph = graph_as_of(corpus, round, &sel.articles);
        let layout = layout_anchored(&graph, anchors);
        let focus = state.focus.as_deref().and_then(|id| corpus.entity_ix(id));
        let neighbours = focus.map(|f| neighbourhood(&graph, f)).unwrap_or_default();
        MapModel {
            round,
            graph,
            layout,
            focus,
            neighbours,
        }
    }

    /// "41 nodes and 60 relations as of 1 October 2024".
    pub fn summary(&self, corpus: &Corpus) -> String {
        let when = self
            .round
            .and_then(|r| corpus.articles.get(r))
            .map(|a| format!("as of {}", a.date().label()))
            .unwrap_or_else(|| "across all rounds".into());
        format!(
            "{} nodes and {} relations {when}",
            self.graph.nodes.len(),
            self.graph.edges.len()
        )
    }
}
