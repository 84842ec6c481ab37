//! The map's state besides the URL ([`MapUi`]: the phone form, the measured box, the
//! zoom, the active edge, the playing rounds) and what it highlights ([`Focus`]):
//! read by the view, the drawing and the label placer alike, so it sits below them.

use crate::palette::Scheme;
use crate::pan_zoom::ViewBox;
use corpus::model::EntityIx;
use serde::{Deserialize, Serialize};

/// What the map shows besides the URL state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MapUi {
    /// The phone form: the drawing starts on the focus and its neighbours, the
    /// tables come after it, open.
    pub narrow: bool,
    /// The reader's colour scheme is dark: the drawing's colours follow it.
    pub dark: bool,
    /// The drawing's box in CSS pixels, width and height, as measured; zero until it is.
    pub size: (f64, f64),
    /// The part of the layout on screen after a zoom or a pan; `None` shows it all.
    pub zoomed: Option<ViewBox>,
    /// The edge whose evidence is shown, by index into the graph drawn now.
    pub active_edge: Option<usize>,
    /// Whether the rounds are playing (the button then offers to pause).
    pub playing: bool,
}

impl MapUi {
    pub fn scheme(&self) -> Scheme {
        if self.dark {
            Scheme::Dark
        } else {
            Scheme::Light
        }
    }

    /// Whether the legend starts open over the drawing: on a screen wide enough for
    /// it to sit beside the whole drawing (as wide as the box is high), not over it;
    /// else folded to its summary. The reader opens or folds it after that.
    pub fn legend_open(&self) -> bool {
        let (w, h) = self.size;
        !self.narrow && w - h >= 2.0 * LEGEND_WIDTH
    }
}

/// The open legend's width, with its margin, in CSS pixels (`.map-legend`, map.css).
pub const LEGEND_WIDTH: f64 = 320.0;

/// What the map highlights: the focused entity and its neighbourhood.
pub struct Focus<'a> {
    pub entity: Option<EntityIx>,
    pub neighbours: &'a [EntityIx],
}

impl Focus<'_> {
    /// Whether `e` is drawn in its colour: there is no focus, or it is the focus or
    /// one of its neighbours.
    pub fn lit(&self, e: EntityIx) -> bool {
        self.entity
            .is_none_or(|f| f == e || self.neighbours.contains(&e))
    }
}
