//! The faction map: the graph as of a round and its deterministic layout.
//!
//! The map answers "who are these people and how do these groups relate", round by
//! round. Everything the page draws is computed here, natively testable, down to the
//! markup, so the app only wires events:
//!
//! - [`graph_as_of`] (in `build`): which entities a round shows, how they are related
//!   up to that round with the sentences that evidence it, and what entered or left
//!   since the previous round;
//! - [`layout`] / [`layout_anchored`] (in `layout`): positions computed once per graph
//!   by construction (rings, fans, a bounded overlap pass), never by a physics
//!   simulation in the page, so the same input always gives the same picture;
//! - [`neighbourhood`], [`incident_edges`] and [`entity_profile`] (in `focus`): what
//!   the focus panel lists about one entity;
//! - [`synthetic`]: a seeded generator of large graphs for tests and the benchmark;
//! - [`view`] and its parts ([`canvas`], [`svg`], [`labels`], [`evidence`], [`panel`],
//!   [`round`], [`legend`], [`table`]): the view's markup, from a [`model::MapModel`] and the UI
//!   state [`ui::MapUi`]; [`hit`]: what an event can land on in it.
//!
//! The types are plain data with entity indexes into the corpus, so a view keeps
//! references into the one decoded corpus instead of cloning names around.

mod build;
pub mod canvas;
mod clusters;
pub mod evidence;
mod focus;
pub mod hit;
pub mod labels;
mod layout;
#[cfg(test)]
mod layout_tests;
pub mod legend;
pub mod model;
mod order;
mod overlap;
pub mod panel;
mod ring;
pub mod round;
pub mod svg;
pub mod synthetic;
pub mod table;
pub mod ui;
pub mod view;
#[cfg(test)]
mod view_tests;
mod zoom;

pub use build::{graph_as_of, on_map};
pub use focus::{EntityProfile, entity_profile, incident_edges, neighbourhood};
pub use layout::{Anchors, GAP, Layout, MARGIN, Position, anchors, layout, layout_anchored};

use corpus::model::{EntityIx, EntityKind, RelationKind, SentenceIx};

/// Where a node stands relative to the previous round shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeStatus {
    /// Shown in this round and in the previous one (or no round comparison applies:
    /// the whole-corpus map).
    Stayed,
    /// Shown in this round, not in the previous one; in the first round shown every
    /// node has entered.
    Entered,
    /// Shown in the previous round, not in this one: kept so it can be drawn faded.
    /// It has no edges.
    Left,
}

impl NodeStatus {
    /// The lowercase word for `data-` attributes and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeStatus::Stayed => "stayed",
            NodeStatus::Entered => "entered",
            NodeStatus::Left => "left",
        }
    }
}

/// One entity on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub entity: EntityIx,
    pub kind: EntityKind,
    /// The faction, state or body a person sits beside (the knowledge base's
    /// `faction`). It may itself be absent from the graph: the layout then keeps the
    /// person where that group would stand.
    pub group: Option<EntityIx>,
    pub status: NodeStatus,
    /// Mentions in the articles considered (passing, up to the round).
    pub mentions: u32,
}

/// One sentence that evidences an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Evidence {
    /// Index into `corpus.articles`.
    pub article: usize,
    pub sentence: SentenceIx,
}

/// A typed relation with every sentence it was extracted from.
///
/// One edge per kind and pair: unordered for symmetric kinds (stored with the lower
/// entity index as `source`), ordered otherwise. Evidence is in article order, then
/// in the order the extractor found it, without repeats.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub kind: RelationKind,
    pub source: EntityIx,
    pub target: EntityIx,
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// Whether the edge joins `a` and `b`, in either order for a symmetric kind.
    pub fn joins(&self, a: EntityIx, b: EntityIx) -> bool {
        (self.source == a && self.target == b)
            || (self.kind.is_symmetric() && self.source == b && self.target == a)
    }

    /// Whether `entity` is one of its ends.
    pub fn touches(&self, entity: EntityIx) -> bool {
        self.source == entity || self.target == entity
    }
}

/// The faction map as of a round. Nodes are in entity-index order; edges in
/// (kind, source, target) order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// The article the map is as of; `None` for the whole corpus.
    pub round: Option<usize>,
    /// The passing article before `round` that statuses compare against, if any.
    pub previous: Option<usize>,
}

impl Graph {
    /// The index in `nodes` of an entity's node.
    pub fn node_ix(&self, entity: EntityIx) -> Option<usize> {
        self.nodes.iter().position(|n| n.entity == entity)
    }

    pub fn node(&self, entity: EntityIx) -> Option<&Node> {
        self.nodes.iter().find(|n| n.entity == entity)
    }

    /// The edge of this kind between `a` and `b` (either order for symmetric kinds).
    pub fn edge(&self, kind: RelationKind, a: EntityIx, b: EntityIx) -> Option<&Edge> {
        self.edges.iter().find(|e| e.kind == kind && e.joins(a, b))
    }
}
