//! Vertical geometry of the chart: where each lane and row sits.

use crate::timeline::TimelineLayout;
use corpus::model::Lane;

pub const AXIS_H: f64 = 28.0;
pub const LANE_TITLE_H: f64 = 18.0;
pub const ROW_H: f64 = 24.0;
pub const LANE_GAP: f64 = 10.0;
/// The label layout's own constants, kept here too for the code that reads them from
/// this module.
pub use super::layout::{CHAR_W, MAX_ROWS};

/// The y of every lane's first row and the chart's total height.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows {
    pub lanes: Vec<(Lane, f64, u16)>,
    pub height: f64,
}

impl Rows {
    pub fn of(layout: &TimelineLayout) -> Rows {
        let mut y = AXIS_H + LANE_GAP;
        let mut lanes = Vec::new();
        for lane in Lane::ALL {
            let rows = layout.rows(lane).max(1);
            lanes.push((lane, y, rows));
            y += LANE_TITLE_H + rows as f64 * ROW_H + LANE_GAP;
        }
        Rows { lanes, height: y }
    }

    /// The y of the centre line of `row` in `lane`.
    pub fn y(&self, lane: Lane, row: u16) -> f64 {
        let top = self
            .lanes
            .iter()
            .find(|(l, _, _)| *l == lane)
            .map_or(AXIS_H, |&(_, y, _)| y);
        top + LANE_TITLE_H + row as f64 * ROW_H + ROW_H / 2.0
    }
}
