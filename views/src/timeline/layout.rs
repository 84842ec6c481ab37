//! Collision-free label layout: rows within lanes, clusters when rows run out.
//!
//! Within a lane, items are taken in the order of their label boxes and each goes
//! to the lowest row whose last box ends (plus a gap) before its box starts: the
//! classic greedy interval stacking, O(n · rows). Because boxes enter a row in
//! order of their start, comparing with the row's *last* box is enough to prove
//! that no two boxes in a row overlap.
//!
//! When no row is free the item goes to a cluster in the last row. If that row
//! ends with an item, the item becomes a cluster (same start, so nothing before it
//! is hit) holding both; if it ends with a cluster, the cluster takes the item.
//! Either way the cluster is the last box of its row, so its box may grow without
//! hitting anything, and later boxes are checked against its end. Items merge into
//! a cluster only while their box would overlap it: one cluster per overlap group.
//!
//! Choices made here:
//! - Items whose mark lies wholly outside the view are left out (they are not
//!   drawn); every other visible item is in `items` or in exactly one cluster.
//! - A label starts at its mark (`x0`) but is kept inside the view: a span begun
//!   before the left edge labels at 0, a point near the right edge labels leftwards,
//!   its box ending at its mark. A row keeps each item's mark (a point's disc, a
//!   span's bar) as well as its label clear of the other items.
//! - Rounds and events are stacked alike, in x order; rounds are primary in the
//!   drawing (their lane, their style), not by taking rows from events.
//! - A `max_rows_per_lane` of 0 is taken as 1; `rows_per_lane` lists all four lanes
//!   (0 rows for an empty one) so lanes keep their place while filtering.
//! - Output is in lane order, then in the order items were placed.

use super::items::{ItemKind, TimelineItem};
use super::scale::TimeScale;
use corpus::model::Lane;

/// Label characters are estimated at this width (12 px system font, generous, so a
/// label never runs into the next box).
pub const CHAR_W: f64 = 7.6;
/// Rows a lane may stack before items go into clusters.
pub const MAX_ROWS: u16 = 6;
/// Labels longer than this (in chars) are cut and end with '…'.
pub const MAX_LABEL_CHARS: usize = 40;
/// Added to every label box: room for the mark and the box's own padding.
pub const LABEL_PADDING_PX: f64 = 12.0;
/// Half the width of a point's mark: a row keeps it clear of other labels.
pub const MARK_RADIUS_PX: f64 = 8.0;
/// Free space kept between two boxes in a row.
pub const LABEL_GAP_PX: f64 = 4.0;

/// A visible item, where its mark and its label go.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidOutItem {
    /// Index into the items.
    pub item: usize,
    pub x0: f64,
    /// More than `x0` for spans (coarse precision or `until`), else equal.
    pub x1: f64,
    pub lane: Lane,
    /// Stack row within the lane, from 0.
    pub row: u16,
    pub label_x: f64,
    pub label_width: f64,
    /// The label as drawn: cut to [`MAX_LABEL_CHARS`] with '…' when `truncated`.
    pub display_label: String,
    /// The full label belongs in a tooltip.
    pub truncated: bool,
}

/// Items that could not get a row of their own, drawn as one box that opens on click.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub lane: Lane,
    /// Where the cluster is anchored: the start of its label box, at its first
    /// member's label.
    pub x: f64,
    /// The extent of its members' marks, for a bracket under the box.
    pub x0: f64,
    pub x1: f64,
    /// Indexes into the items, in x order.
    pub items: Vec<usize>,
    pub row: u16,
    pub label_x: f64,
    pub label_width: f64,
    /// "3 events", "2 rounds", "4 items".
    pub label: String,
}

/// A label box, as the overlap checks see it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub lane: Lane,
    pub row: u16,
    pub x: f64,
    pub width: f64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimelineLayout {
    pub items: Vec<LaidOutItem>,
    pub clusters: Vec<Cluster>,
    /// Rows used per lane, for every lane in [`Lane::ALL`] order.
    pub rows_per_lane: Vec<(Lane, u16)>,
}

impl TimelineLayout {
    /// Every label box, items' and clusters'.
    pub fn boxes(&self) -> Vec<LabelBox> {
        let items = self.items.iter().map(|i| LabelBox {
            lane: i.lane,
            row: i.row,
            x: i.label_x,
            width: i.label_width,
        });
        let clusters = self.clusters.iter().map(|c| LabelBox {
            lane: c.lane,
            row: c.row,
            x: c.label_x,
            width: c.label_width,
        });
        items.chain(clusters).collect()
    }

    /// Two boxes in the same lane and row that overlap, if any (there should be none).
    pub fn first_overlap(&self) -> Option<(LabelBox, LabelBox)> {
        let mut boxes = self.boxes();
        crate::sort::sort_by(&mut boxes, |a, b| {
            (a.lane, a.row)
                .cmp(&(b.lane, b.row))
                .then(a.x.total_cmp(&b.x))
        });
        boxes.windows(2).find_map(|w| {
            let (a, b) = (w[0], w[1]);
            (a.lane == b.lane && a.row == b.row && b.x < a.x + a.width).then_some((a, b))
        })
    }

    /// The cluster an item was put in, as an index into `clusters`.
    pub fn cluster_of(&self, item: usize) -> Option<usize> {
        self.clusters.iter().position(|c| c.items.contains(&item))
    }

    /// Rows used by one lane.
    pub fn rows(&self, lane: Lane) -> u16 {
        self.rows_per_lane
            .iter()
            .find(|(l, _)| *l == lane)
            .map_or(0, |&(_, n)| n)
    }
}

/// The label as drawn and whether it was cut: at most [`MAX_LABEL_CHARS`] chars.
pub fn display_label(label: &str) -> (String, bool) {
    display_label_within(label, MAX_LABEL_CHARS)
}

/// The label cut to at most `max` chars (at least 3), with '…' when cut.
pub fn display_label_within(label: &str, max: usize) -> (String, bool) {
    let max = max.max(3);
    if label.chars().count() <= max {
        return (label.to_string(), false);
    }
    // Cut at the last word boundary within the limit (a space as the 40th char
    // keeps 39 whole), unless that throws away more than a third.
    let window: String = label.chars().take(max).collect();
    let head = match window.rfind(' ') {
        Some(i) if window[..i].chars().count() >= max * 2 / 3 => &window[..i],
        _ => {
            let cut = window
                .char_indices()
                .nth(max - 1)
                .map_or(window.len(), |(i, _)| i);
            &window[..cut]
        }
    };
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:-(".contains(c));
    (format!("{head}…"), true)
}

/// Whether a mark from `x0` to `x1` shows in a view `width` wide: a point on an
/// edge does, a span that only touches one (a year ending where the view starts)
/// does not.
pub fn in_view(x0: f64, x1: f64, width: f64) -> bool {
    if x1 > x0 {
        x1 > 0.0 && x0 < width
    } else {
        x0 >= 0.0 && x0 <= width
    }
}

fn label_width(label: &str, char_width: f64) -> f64 {
    label.chars().count() as f64 * char_width + LABEL_PADDING_PX
}

/// What ends a row: the index of an item in the output, or of a cluster.
#[derive(Clone, Copy)]
enum Slot {
    Item(usize),
    Cluster(usize),
}

struct Row {
    end: f64,
    last: Slot,
}

/// Lays out the `visible` items (indexes into `items`) for `scale`. Deterministic.
pub fn layout(
    items: &[TimelineItem],
    visible: &[usize],
    scale: &TimeScale,
    max_rows_per_lane: u16,
    char_width_px: f64,
) -> TimelineLayout {
    let scale = TimeScale::new(scale.start, scale.end, scale.width);
    let char_width = if char_width_px.is_finite() {
        char_width_px.max(0.0)
    } else {
        0.0
    };
    let max_rows = max_rows_per_lane.max(1) as usize;
    let mut visible: Vec<usize> = visible
        .iter()
        .copied()
        .filter(|&i| i < items.len())
        .collect();
    crate::sort::sort(&mut visible);
    visible.dedup();

    let mut entries: Vec<LaidOutItem> = Vec::with_capacity(visible.len());
    for i in visible {
        let item = &items[i];
        let x0 = scale.x(item.first_day() as f64);
        let x1 = if item.is_span() {
            scale.x(item.end_day() as f64).max(x0)
        } else {
            x0
        };
        if !in_view(x0, x1, scale.width) {
            continue;
        }
        let (display_label, truncated) = display_label(&item.label);
        let label_width = label_width(&display_label, char_width);
        entries.push(LaidOutItem {
            item: i,
            x0,
            x1,
            lane: item.lane,
            row: 0,
            label_x: label_start(x0, label_width, scale.width),
            label_width,
            display_label,
            truncated,
        });
    }
    crate::sort::sort_by(&mut entries, |a, b| {
        (a.lane.cmp(&b.lane))
            .then(extent(a).0.total_cmp(&extent(b).0))
            .then(a.x0.total_cmp(&b.x0))
            .then(a.item.cmp(&b.item))
    });

    let mut placed: Vec<LaidOutItem> = Vec::with_capacity(entries.len());
    // Placed items later taken into a cluster; dropped from the output at the end.
    let mut clustered: Vec<bool> = Vec::with_capacity(entries.len());
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut rows_per_lane = Vec::with_capacity(Lane::ALL.len());
    let mut entries = entries.into_iter().peekable();
    for lane in Lane::ALL {
        let mut rows: Vec<Row> = Vec::new();
        while let Some(mut e) = entries.next_if(|e| e.lane == lane) {
            let start = extent(&e).0;
            let free = rows.iter().position(|r| r.end + LABEL_GAP_PX <= start);
            let free = free.or((rows.len() < max_rows).then_some(rows.len()));
            if let Some(r) = free {
                // A cut label reading rightwards uses the room it has, up to where the
                // next item of the lane starts (or the view ends).
                if e.truncated && e.label_x >= e.x0 {
                    let room_end = entries
                        .peek()
                        .filter(|n| n.lane == lane)
                        .map_or(scale.width, |n| extent(n).0.min(scale.width) - LABEL_GAP_PX);
                    let room = room_end - e.label_x - LABEL_PADDING_PX;
                    let fits = if char_width > 0.0 {
                        (room / char_width) as usize
                    } else {
                        usize::MAX
                    };
                    if fits > MAX_LABEL_CHARS {
                        let (label, truncated) = display_label_within(&items[e.item].label, fits);
                        e.label_width = label_width(&label, char_width);
                        e.display_label = label;
                        e.truncated = truncated;
                    }
                }
                let end = extent(&e).1;
                e.row = r as u16;
                let row = Row {
                    end,
                    last: Slot::Item(placed.len()),
                };
                if r == rows.len() {
                    rows.push(row);
                } else {
                    rows[r] = row;
                }
                placed.push(e);
                clustered.push(false);
                continue;
            }
            // No free row: join or start the cluster that ends the last row.
            let r = max_rows - 1;
            let c = match rows[r].last {
                Slot::Cluster(c) => c,
                Slot::Item(p) => {
                    clustered[p] = true;
                    let first = &placed[p];
                    clusters.push(Cluster {
                        lane,
                        x: first.label_x,
                        x0: first.x0,
                        x1: first.x1,
                        items: vec![first.item],
                        row: r as u16,
                        label_x: first.label_x,
                        label_width: 0.0,
                        label: String::new(),
                    });
                    clusters.len() - 1
                }
            };
            let cluster = &mut clusters[c];
            cluster.items.push(e.item);
            cluster.x0 = cluster.x0.min(e.x0);
            cluster.x1 = cluster.x1.max(e.x1);
            cluster.label = cluster_label(items, &cluster.items);
            cluster.label_width = label_width(&cluster.label, char_width);
            rows[r] = Row {
                end: (cluster.label_x + cluster.label_width).max(cluster.x1 + MARK_RADIUS_PX),
                last: Slot::Cluster(c),
            };
        }
        rows_per_lane.push((lane, rows.len() as u16));
    }

    let items = placed
        .into_iter()
        .zip(clustered)
        .filter_map(|(item, gone)| (!gone).then_some(item))
        .collect();
    TimelineLayout {
        items,
        clusters,
        rows_per_lane,
    }
}

/// Where a label box starts: at its mark, reading rightwards; where that would run
/// past the right edge, it ends at its mark instead, reading leftwards (never over its
/// own mark); only a label wider than both sides is pushed inside the view.
fn label_start(x0: f64, label_width: f64, width: f64) -> f64 {
    if x0 + label_width <= width {
        x0.max(0.0)
    } else if x0 - label_width >= 0.0 {
        x0 - label_width
    } else {
        x0.max(0.0).min((width - label_width).max(0.0))
    }
}

/// What an item occupies in its row: its label box and its mark (a point's disc, a
/// span's bar), so a label never covers another item's mark.
fn extent(e: &LaidOutItem) -> (f64, f64) {
    (
        e.label_x.min(e.x0 - MARK_RADIUS_PX),
        (e.label_x + e.label_width).max(e.x1 + MARK_RADIUS_PX),
    )
}

/// "3 events", "2 rounds", or "4 items" when both kinds are in it.
fn cluster_label(items: &[TimelineItem], members: &[usize]) -> String {
    let rounds = members
        .iter()
        .filter(|&&i| items[i].kind == ItemKind::Round)
        .count();
    let what = match rounds {
        0 => "events",
        r if r == members.len() => "rounds",
        _ => "items",
    };
    format!("{} {what}", members.len())
}
