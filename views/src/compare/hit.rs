//! What a click, a change, a key or a scroll can land on in the comparison's markup.

use super::Layout;
use crate::hit::hit_codec;

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

hit_codec! {
    CompareHit {
        "select"(slot) => [Self::Select(slot)],
        "by-topic" => [Self::Layout(Layout::ByTopic)],
        "full-texts" => [Self::Layout(Layout::FullTexts)],
        "tab"(c) => [Self::Tab(c)],
        "sync" => [Self::Sync],
        "text"(c) => [Self::Text(c)],
    }
}
