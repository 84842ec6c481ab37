//! What a click or a key can land on in the timeline's markup.

use crate::hit::{Hit, split};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineHit {
    /// An item (by index into the items): on the chart, in the list or a cluster's list.
    Item(usize),
    /// A cluster of the current layout: opens or closes its list.
    Cluster(usize),
    ZoomIn,
    ZoomOut,
    /// Pan by one step: earlier (-1) or later (+1).
    Pan(i8),
    ShowAll,
    CloseCluster,
    CloseDetail,
}

impl Hit for TimelineHit {
    fn encode(&self) -> String {
        match self {
            TimelineHit::Item(i) => format!("item:{i}"),
            TimelineHit::Cluster(i) => format!("cluster:{i}"),
            TimelineHit::ZoomIn => "zoom-in".into(),
            TimelineHit::ZoomOut => "zoom-out".into(),
            TimelineHit::Pan(d) if *d < 0 => "earlier".into(),
            TimelineHit::Pan(_) => "later".into(),
            TimelineHit::ShowAll => "show-all".into(),
            TimelineHit::CloseCluster => "close-cluster".into(),
            TimelineHit::CloseDetail => "close-detail".into(),
        }
    }

    fn decode(value: &str) -> Option<Self> {
        Some(match split(value) {
            ("item", Some(i)) => TimelineHit::Item(i),
            ("cluster", Some(i)) => TimelineHit::Cluster(i),
            ("zoom-in", None) => TimelineHit::ZoomIn,
            ("zoom-out", None) => TimelineHit::ZoomOut,
            ("earlier", None) => TimelineHit::Pan(-1),
            ("later", None) => TimelineHit::Pan(1),
            ("show-all", None) => TimelineHit::ShowAll,
            ("close-cluster", None) => TimelineHit::CloseCluster,
            ("close-detail", None) => TimelineHit::CloseDetail,
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
            TimelineHit::Item(0),
            TimelineHit::Item(17),
            TimelineHit::Cluster(3),
            TimelineHit::ZoomIn,
            TimelineHit::ZoomOut,
            TimelineHit::Pan(-1),
            TimelineHit::Pan(1),
            TimelineHit::ShowAll,
            TimelineHit::CloseCluster,
            TimelineHit::CloseDetail,
        ]);
        assert_eq!(TimelineHit::decode("item:x"), None);
        assert_eq!(TimelineHit::decode("zoom-in:2"), None);
    }
}
