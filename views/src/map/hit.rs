//! What a click, a key, the pointer or an input can land on in the map's markup.
//!
//! Nodes are named by entity index (stable across rounds and redraws), edges by
//! their index in the graph drawn now (`Graph::edges`), which is all the handler
//! needs to find the edge's evidence in the same graph.

use crate::hit::hit_codec;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapHit {
    /// A node, by entity index: focuses it (or lets go of it).
    Node(usize),
    /// An edge, by index into the graph's edges: hover or focus shows its evidence,
    /// a click opens its first sentence.
    Edge(usize),
    ZoomIn,
    ZoomOut,
    /// Back to the whole drawing.
    Fit,
    ExportSvg,
    ExportPng,
    /// The round select (its `change` events).
    Round,
    RoundPrev,
    RoundNext,
    /// Plays the rounds one after another, or pauses.
    Play,
    /// Closes the focused entity's panel.
    ClosePanel,
    /// Adds an entity (by index) to the filters.
    FilterBy(usize),
}

hit_codec! {
    MapHit {
        "node"(i) => [Self::Node(i)],
        "edge"(i) => [Self::Edge(i)],
        "zoom-in" => [Self::ZoomIn],
        "zoom-out" => [Self::ZoomOut],
        "fit" => [Self::Fit],
        "export-svg" => [Self::ExportSvg],
        "export-png" => [Self::ExportPng],
        "round" => [Self::Round],
        "round-prev" => [Self::RoundPrev],
        "round-next" => [Self::RoundNext],
        "play" => [Self::Play],
        "close-panel" => [Self::ClosePanel],
        "filter-by"(i) => [Self::FilterBy(i)],
    }
}
