//! The timeline: its items, the time scale and the label layout.

pub mod items;
pub mod nav;
pub mod scale;
pub mod ticks;

pub use items::{ItemKind, TimelineItem, extent, items, time_order};
pub use nav::{ensure_visible, next_item};
pub use scale::{TimeScale, format_window, parse_window};
pub use ticks::{Tick, TickUnit};
