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
//! is hit) holding both; if it ends with a cluster whose box reaches the item's mark
//! (its box, plus [`CLUSTER_REACH_PX`]), the cluster takes the item; otherwise a new
//! cluster starts, its box right after the row's end (so a dense lane is cut into
//! clusters a box wide, "8 events", "5 events", never one cluster for the whole
//! lane). Either way the cluster is the last box of its row, so its box may grow
//! without hitting anything, and later boxes are checked against its end. A cluster
//! left with one item at the end is merged into the one before it in its row.
//!
//! Choices made here:
//! - Items whose mark lies wholly outside the view are left out (they are not
//!   drawn); every other visible item is in `items` or in exactly one cluster.
//! - A label starts at its mark (`x0`, or the end of a span's bar) but is kept
//!   inside the view: a span begun before the left edge labels past its bar's end,
//!   at 0 at the least; a point near the right edge labels leftwards, its box ending
//!   at its mark. A row keeps each item's mark (a point's disc, a
//!   span's bar) as well as its label clear of the other items.
//! - Rounds and events are stacked alike, in x order; rounds are primary in the
//!   drawing (their lane, their style), not by taking rows from events.
//! - A `max_rows_per_lane` of 0 is taken as 1; `rows_per_lane` lists all four lanes
//!   (0 rows for an empty one) so lanes keep their place while filtering.
//! - Output is in lane order, then in the order items were placed.
//! - Labels are never cut in [`LabelMode::Wrap`], the mode of the default view and of
//!   any view zoomed in from it: a label wraps at spaces into balanced lines
//!   ([`super::measure::wrap`]) and its box is as wide as its widest line, measured
//!   with the widest face the page may use. Only in [`LabelMode::Cut`] (zoomed out
//!   past the default window, `super::view::label_mode`) is a label cut to one line of
//!   at most [`MAX_LABEL_CHARS`] with '…' (longer where the room to the next item
//!   allows); the full text stays in the item's title and accessible name.

use super::items::{ItemKind, TimelineItem};
use super::measure::{LINE_MAX_PX, MAX_LINES, text_width, wrap};
use super::scale::TimeScale;
use corpus::model::Lane;

/// Rows a lane may stack before items go into clusters.
pub const MAX_ROWS: u16 = 6;
/// In [`LabelMode::Cut`], labels longer than this (in chars) are cut and end with '…'.
pub const MAX_LABEL_CHARS: usize = 32;
/// The size a round's label is drawn at (bold), in pixels: the type scale's `--fs-chart-key`.
pub const ROUND_LABEL_PX: f64 = 14.0;
/// The size an event's and a cluster's label is drawn at (bold), in pixels: `--fs-chart-label`.
pub const LABEL_PX: f64 = 12.0;
// No chart label below 12 px, and a round's never smaller than an event's.
const _: () = assert!(LABEL_PX >= 12.0 && ROUND_LABEL_PX >= LABEL_PX);

/// How labels are fitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LabelMode {
    /// Whole, wrapped into lines: the default view and closer.
    #[default]
    Wrap,
    /// One line, cut with '…' when long: zoomed out past the default view.
    Cut,
}
/// Added to every label box: room for the mark and the box's own padding.
pub const LABEL_PADDING_PX: f64 = 12.0;
/// Half the width of a point's mark: a row keeps it clear of other labels.
pub const MARK_RADIUS_PX: f64 = 8.0;
/// Free space kept between two boxes in a row.
pub const LABEL_GAP_PX: f64 = 4.0;
/// How far past a cluster's box a mark may lie and still join it.
pub const CLUSTER_REACH_PX: f64 = 20.0;

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
    /// The label as drawn, line by line: the whole label wrapped, or one line cut
    /// with '…' when `truncated`.
    pub lines: Vec<String>,
    /// The full label belongs in a tooltip: only in [`LabelMode::Cut`].
    pub truncated: bool,
}

impl LaidOutItem {
    /// The drawn label on one line.
    pub fn display_label(&self) -> String {
        self.lines.join(" ")
    }
}

/// Items that could not get a row of their own, drawn as one box that opens on click.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub lane: Lane,
    /// Where the cluster is anchored: the start of its label box, at its first
    /// member's label, or right after the box before it in a dense row.
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
    /// Lines of text: a row is as tall as its tallest box.
    pub lines: u16,
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
            lines: i.lines.len().max(1) as u16,
        });
        let clusters = self.clusters.iter().map(|c| LabelBox {
            lane: c.lane,
            row: c.row,
            x: c.label_x,
            width: c.label_width,
            lines: 1,
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

    /// Lines of the tallest box in each row of `lane` (1 for an empty row), row 0
    /// first.
    pub fn row_lines(&self, lane: Lane) -> Vec<u16> {
        let mut lines = vec![1; self.rows(lane) as usize];
        for b in self.boxes().iter().filter(|b| b.lane == lane) {
            if let Some(n) = lines.get_mut(b.row as usize) {
                *n = (*n).max(b.lines);
            }
        }
        lines
    }
}

/// The size an item's label is drawn at.
pub fn label_px(item: &TimelineItem) -> f64 {
    if item.kind == ItemKind::Round {
        ROUND_LABEL_PX
    } else {
        LABEL_PX
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

/// The box of lines drawn at `size_px`: the widest line and the padding.
pub fn box_width(lines: &[String], size_px: f64) -> f64 {
    let widest = lines
        .iter()
        .map(|l| text_width(l, size_px))
        .fold(0.0, f64::max);
    widest + LABEL_PADDING_PX
}

/// The lines of a label in `mode`, and whether they cut it.
fn fit(label: &str, size_px: f64, mode: LabelMode) -> (Vec<String>, bool) {
    match mode {
        LabelMode::Wrap => (wrap(label, size_px, LINE_MAX_PX, MAX_LINES), false),
        LabelMode::Cut => {
            let (line, cut) = display_label(label);
            (vec![line], cut)
        }
    }
}

/// The longest cut of `label` whose box fits in `room` pixels at `size_px`, if longer
/// than the usual cut.
fn longest_cut(label: &str, size_px: f64, room: f64) -> Option<(String, bool)> {
    let (mut lo, mut hi) = (MAX_LABEL_CHARS, label.chars().count());
    let fits = |n: usize| {
        let (l, _) = display_label_within(label, n);
        text_width(&l, size_px) + LABEL_PADDING_PX <= room
    };
    if !fits(lo + 1) {
        return None;
    }
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(mid) { lo = mid } else { hi = mid - 1 }
    }
    Some(display_label_within(label, lo))
}

/// Lays out the `visible` items (indexes into `items`) for `scale`, labels fitted in
/// `mode`. Deterministic.
pub fn layout(
    items: &[TimelineItem],
    visible: &[usize],
    scale: &TimeScale,
    max_rows_per_lane: u16,
    mode: LabelMode,
) -> TimelineLayout {
    let scale = TimeScale::new(scale.start, scale.end, scale.width);
    let entries = entries(items, visible, &scale, mode);
    let mut stack = Stack {
        items,
        width: scale.width,
        max_rows: max_rows_per_lane.max(1) as usize,
        placed: Vec::with_capacity(entries.len()),
        clustered: Vec::with_capacity(entries.len()),
        clusters: Vec::new(),
    };
    let mut rows_per_lane = Vec::with_capacity(Lane::ALL.len());
    let mut entries = entries.into_iter().peekable();
    for lane in Lane::ALL {
        let mut rows: Vec<Row> = Vec::new();
        while let Some(e) = entries.next_if(|e| e.lane == lane) {
            let next = entries
                .peek()
                .filter(|n| n.lane == lane)
                .map(|n| extent(n).0);
            stack.place(&mut rows, e, next);
        }
        rows_per_lane.push((lane, rows.len() as u16));
    }
    let items = stack
        .placed
        .into_iter()
        .zip(stack.clustered)
        .filter_map(|(item, gone)| (!gone).then_some(item))
        .collect();
    TimelineLayout {
        items,
        clusters: merge_singletons(stack.items, stack.clusters),
        rows_per_lane,
    }
}

/// A cluster of one item joins the cluster before it in its row (there always is
/// one: a cluster starts alone only after another). Its box freed, the one before
/// may grow by the digit it gains ("9 events" to "10 events") without reaching the
/// next box.
fn merge_singletons(items: &[TimelineItem], clusters: Vec<Cluster>) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::with_capacity(clusters.len());
    for c in clusters {
        let before = out
            .last_mut()
            .filter(|b| c.items.len() == 1 && b.lane == c.lane && b.row == c.row);
        match before {
            Some(b) => {
                b.items.extend(&c.items);
                b.x0 = b.x0.min(c.x0);
                b.x1 = b.x1.max(c.x1);
                b.label = cluster_label(items, &b.items);
                b.label_width = box_width(std::slice::from_ref(&b.label), LABEL_PX);
            }
            None => out.push(c),
        }
    }
    out
}

/// Every visible item whose mark is in view, with its label fitted and its box placed
/// at its mark, in the order they are stacked: by lane, then by where their box starts.
fn entries(
    items: &[TimelineItem],
    visible: &[usize],
    scale: &TimeScale,
    mode: LabelMode,
) -> Vec<LaidOutItem> {
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
        let (lines, truncated) = fit(&item.drawn_label(), label_px(item), mode);
        let label_width = box_width(&lines, label_px(item));
        entries.push(LaidOutItem {
            item: i,
            x0,
            x1,
            lane: item.lane,
            row: 0,
            label_x: label_start(x0, x1, label_width, scale.width),
            label_width,
            lines,
            truncated,
        });
    }
    crate::sort::sort_by(&mut entries, |a, b| {
        (a.lane.cmp(&b.lane))
            .then(extent(a).0.total_cmp(&extent(b).0))
            .then(a.x0.total_cmp(&b.x0))
            .then(a.item.cmp(&b.item))
    });
    entries
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

/// The stacking as it goes: what is placed so far, in every lane.
struct Stack<'a> {
    items: &'a [TimelineItem],
    width: f64,
    max_rows: usize,
    placed: Vec<LaidOutItem>,
    /// Placed items later taken into a cluster; dropped from the output at the end.
    clustered: Vec<bool>,
    clusters: Vec<Cluster>,
}

impl Stack<'_> {
    /// Puts `e` in the lowest free row of its lane's `rows`, or in the cluster that
    /// ends the last row; `next` is where the lane's next box starts.
    fn place(&mut self, rows: &mut Vec<Row>, mut e: LaidOutItem, next: Option<f64>) {
        let start = extent(&e).0;
        let free = rows.iter().position(|r| r.end + LABEL_GAP_PX <= start);
        let Some(r) = free.or((rows.len() < self.max_rows).then_some(rows.len())) else {
            let c = self.cluster_for(rows, &e);
            self.join(rows, c, &e);
            return;
        };
        // A cut label reading rightwards uses the room it has, up to where the next
        // item of the lane starts (or the view ends).
        if e.truncated && e.label_x >= e.x0 {
            let room_end = next.map_or(self.width, |n| n.min(self.width) - LABEL_GAP_PX);
            let item = &self.items[e.item];
            if let Some((line, cut)) =
                longest_cut(&item.drawn_label(), label_px(item), room_end - e.label_x)
            {
                e.label_width = box_width(std::slice::from_ref(&line), label_px(item));
                e.lines = vec![line];
                e.truncated = cut;
            }
        }
        e.row = r as u16;
        let row = Row {
            end: extent(&e).1,
            last: Slot::Item(self.placed.len()),
        };
        if r == rows.len() {
            rows.push(row);
        } else {
            rows[r] = row;
        }
        self.placed.push(e);
        self.clustered.push(false);
    }

    /// The cluster `e` goes to, in the last row: the one that ends it if its box
    /// reaches `e`'s mark (or there is no room for another in view), else a new one
    /// after it; or a new one made of the item that ends the row.
    fn cluster_for(&mut self, rows: &[Row], e: &LaidOutItem) -> usize {
        let r = self.max_rows - 1;
        match rows[r].last {
            Slot::Cluster(c) => {
                let near =
                    self.clusters[c].label_x + self.clusters[c].label_width + CLUSTER_REACH_PX;
                let start = e.label_x.max(rows[r].end + LABEL_GAP_PX);
                let room = start + box_width(&["99 events".into()], LABEL_PX) <= self.width;
                if e.x0 <= near || !room {
                    return c;
                }
                self.clusters.push(Cluster {
                    lane: e.lane,
                    x: start,
                    x0: e.x0,
                    x1: e.x1,
                    items: Vec::new(),
                    row: r as u16,
                    label_x: start,
                    label_width: 0.0,
                    label: String::new(),
                });
                self.clusters.len() - 1
            }
            Slot::Item(p) => {
                self.clustered[p] = true;
                let first = &self.placed[p];
                self.clusters.push(Cluster {
                    lane: first.lane,
                    x: first.label_x,
                    x0: first.x0,
                    x1: first.x1,
                    items: vec![first.item],
                    row: r as u16,
                    label_x: first.label_x,
                    label_width: 0.0,
                    label: String::new(),
                });
                self.clusters.len() - 1
            }
        }
    }

    /// Adds `e` to cluster `c`, which ends the last row.
    fn join(&mut self, rows: &mut [Row], c: usize, e: &LaidOutItem) {
        let cluster = &mut self.clusters[c];
        cluster.items.push(e.item);
        cluster.x0 = cluster.x0.min(e.x0);
        cluster.x1 = cluster.x1.max(e.x1);
        cluster.label = cluster_label(self.items, &cluster.items);
        cluster.label_width = box_width(std::slice::from_ref(&cluster.label), LABEL_PX);
        rows[self.max_rows - 1] = Row {
            end: (cluster.label_x + cluster.label_width).max(cluster.x1 + MARK_RADIUS_PX),
            last: Slot::Cluster(c),
        };
    }
}

/// Where a label box starts: at its mark, reading rightwards (after a span's bar, so
/// the text never runs over it); where that would run past the right edge, it ends at
/// its mark instead, reading leftwards (never over its own mark); only a label wider
/// than both sides is pushed inside the view.
fn label_start(x0: f64, x1: f64, label_width: f64, width: f64) -> f64 {
    // The text starts 9 px into its box: 4 px past the end of a bar.
    let after = if x1 > x0 + 5.0 { x1 - 5.0 } else { x0 };
    if after + label_width <= width {
        after.max(0.0)
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
