//! The timeline: its items, the time scale and the label layout.
//!
//! Everything positional is computed here, natively tested, so the Leptos view only
//! draws SVG from it and wires events:
//! - [`items`](mod@items): rounds and referenced events, built once from the corpus;
//! - [`scale`]: days to pixels, zoom, pan, the URL window;
//! - [`ticks`]: calendar-aligned axis ticks at any zoom;
//! - [`layout`](mod@layout): label rows per lane and clusters, never overlapping,
//!   labels wrapped (never cut at the default zoom) with [`measure`];
//! - [`edges`]: what lies beyond the window, and "Earlier" / "Later";
//! - [`ref_label`]: short labels for the references the catalogue does not name;
//! - [`nav`]: keyboard movement between items.
//!
//! The pieces are independent functions of plain data (no state, no interior
//! mutability): a view recomputes the layout from `(items, visible, scale)` on every
//! change, which stays within a frame for a thousand items.

pub mod chart;
pub mod detail;
pub mod edges;
pub mod geometry;
pub mod hit;
pub mod hooks;
pub mod items;
pub mod layout;
#[cfg(test)]
mod layout_tests;
pub mod list;
pub mod measure;
pub mod nav;
pub mod ref_label;
#[cfg(test)]
mod ref_label_tests;
pub mod ref_labels;
pub mod ref_lexicon;
pub mod same_round;
pub mod scale;
#[cfg(test)]
mod scale_tests;
pub mod ticks;
#[cfg(test)]
mod uncertain_tests;
pub mod view;

pub use items::{ItemKind, TimelineItem, extent, items, rounds_extent, time_order};
pub use layout::{Cluster, LabelMode, LaidOutItem, TimelineLayout, layout};
pub use nav::{ensure_visible, next_item};
pub use scale::TimeScale;
pub use ticks::{Tick, TickUnit};

/// A round's place, outlet and who the text says took part, in one line: "Cairo ·
/// Reuters · Hamas delegation led by Khalil al-Hayya; Fatah delegation led by Mahmoud
/// al-Aloul", or "… · at the talks: …" when it names no head (see
/// [`crate::participation::round_summary`]).
pub fn round_line(corpus: &corpus::Corpus, article: &corpus::Article) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(place) = article.place.and_then(|p| corpus.entities.get(p as usize)) {
        parts.push(place.name.clone());
    }
    parts.push(
        article
            .outlet
            .value
            .clone()
            .unwrap_or_else(|| "outlet unknown".into()),
    );
    parts.extend(crate::participation::round_summary(corpus, article));
    parts.join(" · ")
}
