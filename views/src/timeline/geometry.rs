//! Vertical geometry of the chart: where each lane and row sits. A row is as tall as
//! the most lines a label in it wraps into; an item's mark sits level with its label's
//! first line.

use crate::timeline::TimelineLayout;
use corpus::model::Lane;

pub const AXIS_H: f64 = 28.0;
/// A lane's title line, above its rows.
pub const LANE_TITLE_H: f64 = 18.0;
/// One line of a label (12 and 13 px text).
pub const LINE_H: f64 = 14.0;
/// What a row adds to its lines: room above the first and below the last.
pub const ROW_PAD: f64 = 7.0;
pub const LANE_GAP: f64 = 8.0;
/// From a row's top to its marks and its labels' first line (the line's middle).
pub const FIRST_LINE: f64 = 11.0;
/// The label layout's own constants, kept here too for the code that reads them from
/// this module.
pub use super::layout::MAX_ROWS;

/// The height of a row whose tallest label has `lines` lines.
pub fn row_height(lines: u16) -> f64 {
    ROW_PAD + lines.max(1) as f64 * LINE_H
}

/// The top of every lane and of each of its rows, and the chart's total height.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows {
    /// A lane, its top, and the top of each row (at least one, empty lanes too).
    pub lanes: Vec<(Lane, f64, Vec<f64>)>,
    pub height: f64,
}

impl Rows {
    pub fn of(layout: &TimelineLayout) -> Rows {
        let mut y = AXIS_H + LANE_GAP;
        let mut lanes = Vec::new();
        for lane in Lane::ALL {
            let mut lines = layout.row_lines(lane);
            if lines.is_empty() {
                lines.push(1);
            }
            let top = y;
            y += LANE_TITLE_H;
            let mut rows = Vec::with_capacity(lines.len());
            for n in lines {
                rows.push(y);
                y += row_height(n);
            }
            lanes.push((lane, top, rows));
            y += LANE_GAP;
        }
        Rows { lanes, height: y }
    }

    /// The height of `lane`'s band: its title and its rows.
    pub fn band_height(&self, lane: Lane) -> f64 {
        let i = Lane::ALL.iter().position(|l| *l == lane).unwrap_or(0);
        let top = self.lanes.get(i).map_or(0.0, |l| l.1);
        let next = self.lanes.get(i + 1).map_or(self.height, |l| l.1);
        next - LANE_GAP - top
    }

    /// The y of the marks and the first label line of `row` in `lane`.
    pub fn y(&self, lane: Lane, row: u16) -> f64 {
        let lane = self.lanes.iter().find(|(l, _, _)| *l == lane);
        let top = lane.and_then(|(_, top, rows)| {
            rows.get(row as usize).copied().or(Some(top + LANE_TITLE_H))
        });
        top.unwrap_or(AXIS_H) + FIRST_LINE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{Cluster, LaidOutItem};

    fn item(lane: Lane, row: u16, lines: usize) -> LaidOutItem {
        LaidOutItem {
            item: 0,
            x0: 0.0,
            x1: 0.0,
            lane,
            row,
            label_x: 0.0,
            label_width: 10.0,
            lines: vec!["x".into(); lines],
            truncated: false,
        }
    }

    #[test]
    fn rows_are_as_tall_as_their_tallest_label() {
        let layout = TimelineLayout {
            items: vec![item(Lane::Talks, 0, 1), item(Lane::Talks, 1, 3)],
            clusters: vec![Cluster {
                lane: Lane::Talks,
                x: 0.0,
                x0: 0.0,
                x1: 0.0,
                items: vec![1, 2],
                row: 0,
                label_x: 0.0,
                label_width: 10.0,
                label: "2 events".into(),
            }],
            rows_per_lane: vec![(Lane::Talks, 2), (Lane::War, 0)],
        };
        let rows = Rows::of(&layout);
        let (_, top, talks) = &rows.lanes[0];
        assert_eq!(talks.len(), 2);
        assert_eq!(talks[0], top + LANE_TITLE_H);
        assert_eq!(talks[1] - talks[0], row_height(1));
        assert_eq!(
            rows.band_height(Lane::Talks),
            LANE_TITLE_H + row_height(1) + row_height(3)
        );
        // An empty lane keeps one row.
        assert_eq!(rows.lanes[1].2.len(), 1);
        assert_eq!(rows.y(Lane::Talks, 1), talks[1] + FIRST_LINE);
        let last = rows.lanes.last().unwrap();
        assert_eq!(rows.height, last.2[0] + row_height(1) + LANE_GAP);
    }
}
