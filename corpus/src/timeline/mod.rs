//! The timeline: its items, the time scale and the label layout.

pub mod items;

pub use items::{ItemKind, TimelineItem, extent, items, time_order};
