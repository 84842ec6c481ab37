//! What a click, a key, the pointer or an input can land on in the map's markup.
//!
//! Nodes are named by entity index (stable across rounds and redraws), edges by
//! their index in the graph drawn now (`Graph::edges`), which is all the handler
//! needs to find the edge's evidence in the same graph.

use crate::hit::{Hit, split};

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

impl Hit for MapHit {
    fn encode(&self) -> String {
        match self {
            MapHit::Node(i) => format!("node:{i}"),
            MapHit::Edge(i) => format!("edge:{i}"),
            MapHit::ZoomIn => "zoom-in".into(),
            MapHit::ZoomOut => "zoom-out".into(),
            MapHit::Fit => "fit".into(),
            MapHit::ExportSvg => "export-svg".into(),
            MapHit::ExportPng => "export-png".into(),
            MapHit::Round => "round".into(),
            MapHit::RoundPrev => "round-prev".into(),
            MapHit::RoundNext => "round-next".into(),
            MapHit::Play => "play".into(),
            MapHit::ClosePanel => "close-panel".into(),
            MapHit::FilterBy(i) => format!("filter-by:{i}"),
        }
    }

    fn decode(value: &str) -> Option<Self> {
        Some(match split(value) {
            ("node", Some(i)) => MapHit::Node(i),
            ("edge", Some(i)) => MapHit::Edge(i),
            ("zoom-in", None) => MapHit::ZoomIn,
            ("zoom-out", None) => MapHit::ZoomOut,
            ("fit", None) => MapHit::Fit,
            ("export-svg", None) => MapHit::ExportSvg,
            ("export-png", None) => MapHit::ExportPng,
            ("round", None) => MapHit::Round,
            ("round-prev", None) => MapHit::RoundPrev,
            ("round-next", None) => MapHit::RoundNext,
            ("play", None) => MapHit::Play,
            ("close-panel", None) => MapHit::ClosePanel,
            ("filter-by", Some(i)) => MapHit::FilterBy(i),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hit_survives_the_round_trip() {
        crate::hit::assert_round_trips(&[
            MapHit::Node(0),
            MapHit::Node(41),
            MapHit::Edge(7),
            MapHit::ZoomIn,
            MapHit::ZoomOut,
            MapHit::Fit,
            MapHit::ExportSvg,
            MapHit::ExportPng,
            MapHit::Round,
            MapHit::RoundPrev,
            MapHit::RoundNext,
            MapHit::Play,
            MapHit::ClosePanel,
            MapHit::FilterBy(12),
        ]);
        assert_eq!(MapHit::decode("node:x"), None);
        assert_eq!(MapHit::decode("edge"), None);
        assert_eq!(MapHit::decode("fit:1"), None);
        assert_eq!(MapHit::decode("item:1"), None);
    }
}
