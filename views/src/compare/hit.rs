//! What a click, a change, a key or a scroll can land on in the comparison's markup.

use super::view::Layout;
use crate::hit::{Hit, split};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareHit {
    /// The article select of a slot, by slot (its `change` events).
    Select(usize),
    /// A layout radio (its `change` events).
    Layout(Layout),
    /// A column's tab on a narrow screen, by column (clicks and arrow keys).
    Tab(usize),
    /// The synchronized-scrolling checkbox (its `change` events).
    Sync,
    /// A full text's scrolling box, by column (its `scroll` events).
    Text(usize),
}

impl Hit for CompareHit {
    fn encode(&self) -> String {
        match self {
            CompareHit::Select(slot) => format!("select:{slot}"),
            CompareHit::Layout(Layout::ByTopic) => "by-topic".into(),
            CompareHit::Layout(Layout::FullTexts) => "full-texts".into(),
            CompareHit::Tab(c) => format!("tab:{c}"),
            CompareHit::Sync => "sync".into(),
            CompareHit::Text(c) => format!("text:{c}"),
        }
    }

    fn decode(value: &str) -> Option<Self> {
        Some(match split(value) {
            ("select", Some(slot)) => CompareHit::Select(slot),
            ("by-topic", None) => CompareHit::Layout(Layout::ByTopic),
            ("full-texts", None) => CompareHit::Layout(Layout::FullTexts),
            ("tab", Some(c)) => CompareHit::Tab(c),
            ("sync", None) => CompareHit::Sync,
            ("text", Some(c)) => CompareHit::Text(c),
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
            CompareHit::Select(0),
            CompareHit::Select(2),
            CompareHit::Layout(Layout::ByTopic),
            CompareHit::Layout(Layout::FullTexts),
            CompareHit::Tab(0),
            CompareHit::Tab(1),
            CompareHit::Sync,
            CompareHit::Text(2),
        ]);
        assert_eq!(CompareHit::decode("select"), None);
        assert_eq!(CompareHit::decode("tab:x"), None);
        assert_eq!(CompareHit::decode("sync:1"), None);
    }
}
