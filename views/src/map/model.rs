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
use crate::pan_zoom::ViewBox;
use crate::state::ViewState;
use corpus::Corpus;
use corpus::model::{EntityIx, EntityKind};

/// Room around the home region for the labels of its outer nodes, in layout units.
const HOME_MARGIN: f64 = 36.0;

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
        let mut layout = layout_anchored(&graph, anchors);
        let focus = state.focus.as_deref().and_then(|id| corpus.entity_ix(id));
        let neighbours = focus.map(|f| neighbourhood(&graph, f)).unwrap_or_default();
        layout.home = home(&graph, &layout, focus);
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

/// Where a phone starts: the focus, or else the most mentioned faction, with its
/// people and everything it is related to, as a region of the layout; `None` for an
/// empty map.
fn home(graph: &Graph, layout: &Layout, focus: Option<EntityIx>) -> Option<ViewBox> {
    let most_mentioned = || {
        let factions = graph
            .nodes
            .iter()
            .filter(|n| n.kind == EntityKind::Organization);
        factions
            .max_by_key(|n| (n.mentions, std::cmp::Reverse(n.entity)))
            .map(|n| n.entity)
    };
    let centre = focus
        .filter(|&f| graph.node(f).is_some())
        .or_else(most_mentioned)?;
    let near = neighbourhood(graph, centre);
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for (node, p) in graph.nodes.iter().zip(&layout.positions) {
        let member = node.group == Some(centre);
        if node.entity == centre || member || near.contains(&node.entity) {
            (x0, y0) = (x0.min(p.x - p.r), y0.min(p.y - p.r));
            (x1, y1) = (x1.max(p.x + p.r), y1.max(p.y + p.r));
        }
    }
    (x1 > x0).then_some(ViewBox {
        x: x0 - HOME_MARGIN,
        y: y0 - HOME_MARGIN,
        w: x1 - x0 + 2.0 * HOME_MARGIN,
        h: y1 - y0 + 2.0 * HOME_MARGIN,
    })
}
