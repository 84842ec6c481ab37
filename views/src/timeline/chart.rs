//! The timeline chart's SVG: lane bands, the time axis, and every visible item or
//! cluster where `crate::timeline::layout` put it. Items are focusable with a roving
//! tab stop (one item in the Tab order, arrows move between them).

use super::geometry::{LINE_H, Rows};
use super::hit::TimelineHit;
use super::hooks::item_hooks;
use super::layout::{Cluster, LABEL_PADDING_PX, LABEL_PX, LaidOutItem};
use super::measure::text_width;
use crate::hit::Hit;
use crate::markup::{esc, px};
use crate::timeline::{ItemKind, Tick, TimelineItem, TimelineLayout};
use crate::yours::{is_yours_id, words_after};
use std::fmt::Write;

/// The narrowest band an uncertain date is drawn as: its dashes show, and it ends
/// before its label's text (9 px into the label's box, which starts at the mark).
const UNCERTAIN_MIN_PX: i64 = 8;

/// What the chart draws besides the items themselves.
pub struct ChartState {
    pub width: f64,
    pub selected: Option<usize>,
    pub tab_stop: Option<usize>,
    /// The members of the cluster whose list is open.
    pub open_cluster: Option<Vec<usize>>,
}

/// `details(item)`: a line added to an item's tooltip and accessible name (a round's
/// place, outlet and leaders).
pub fn timeline_svg(
    items: &[TimelineItem],
    layout: &TimelineLayout,
    ticks: &[Tick],
    chart: &ChartState,
    details: &dyn Fn(&TimelineItem) -> Option<String>,
) -> String {
    let rows = Rows::of(layout);
    let mut s = String::with_capacity(16 * 1024);
    lanes_svg(&mut s, &rows, chart.width);
    axis_svg(&mut s, ticks, &rows, chart.width);
    for laid in &layout.items {
        item_svg(&mut s, &items[laid.item], laid, &rows, chart, details);
    }
    for (index, cluster) in layout.clusters.iter().enumerate() {
        cluster_svg(&mut s, items, index, cluster, &rows, chart);
    }
    s
}

/// Each lane's band and its title, in sentence case.
fn lanes_svg(s: &mut String, rows: &Rows, width: f64) {
    for &(lane, y, _) in &rows.lanes {
        let _ = write!(
            s,
            r#"<g class="lane lane-{l}"><rect class="lane-band" x="0" y="{y}" width="{w}" height="{h}"/><text class="lane-title" x="6" y="{ty}">{label}</text></g>"#,
            l = lane.as_str(),
            y = px(y),
            w = px(width),
            h = px(rows.band_height(lane)),
            ty = px(y + 13.0),
            label = lane.label(),
        );
    }
}

/// The time axis: a line and a label per tick, a label at an edge kept whole inside
/// the chart (it ends or starts there).
fn axis_svg(s: &mut String, ticks: &[Tick], rows: &Rows, width: f64) {
    s.push_str(r#"<g class="axis">"#);
    for t in ticks {
        let half = text_width(&t.label, LABEL_PX) / 2.0;
        let (dx, anchor) = if t.x + half > width - 2.0 {
            (width - 2.0 - t.x, "end")
        } else if t.x - half < 2.0 {
            (2.0 - t.x, "start")
        } else {
            (0.0, "middle")
        };
        let _ = write!(
            s,
            r#"<g class="tick{major}" transform="translate({x},0)"><line y1="22" y2="{h}"/><text x="{dx}" y="14" text-anchor="{anchor}">{label}</text></g>"#,
            major = if t.major { " major" } else { "" },
            x = px(t.x),
            dx = px(dx),
            h = px(rows.height),
            label = esc(&t.label),
        );
    }
    s.push_str("</g>");
}

/// One item: its mark (a disc, or a bar for a span) and its label, as a focusable
/// button named by its date, its whole label and what `details` adds.
fn item_svg(
    s: &mut String,
    item: &TimelineItem,
    laid: &LaidOutItem,
    rows: &Rows,
    chart: &ChartState,
    details: &dyn Fn(&TimelineItem) -> Option<String>,
) {
    let y = rows.y(laid.lane, laid.row);
    let round = item.kind == ItemKind::Round;
    let uncertain = item.uncertain().is_some();
    let mark = if laid.x1 > laid.x0 + 1.0 || uncertain {
        // An uncertain date is a dashed band, never a point, wide enough to see dashed.
        let min = if uncertain { UNCERTAIN_MIN_PX } else { 2 };
        format!(
            r#"<rect class="span{}" x="{}" y="{}" width="{}" height="8" rx="3"/>"#,
            if uncertain { " uncertain" } else { "" },
            px(laid.x0),
            px(y - 4.0),
            px(laid.x1 - laid.x0).max(min)
        )
    } else {
        format!(
            r#"<circle class="point" cx="{}" cy="{}" r="{}"/>"#,
            px(laid.x0),
            px(y),
            if round { 7 } else { 5 }
        )
    };
    let when = esc(&item.when());
    let extra = esc(&details(item).map(|d| format!(" — {d}")).unwrap_or_default());
    let mine = if round {
        esc(&words_after(&item.id))
    } else {
        String::new()
    };
    // "cut": its label is cut and its whole text is drawn too, shown on hover and focus.
    let classes = format!(
        "tl-item lane-{}{}{}{}{}",
        laid.lane.as_str(),
        if laid.truncated { " cut" } else { "" },
        if round { " round" } else { "" },
        if round && is_yours_id(&item.id) {
            " yours"
        } else {
            ""
        },
        if chart.selected == Some(laid.item) {
            " selected"
        } else {
            ""
        },
    );
    let _ = write!(
        s,
        r#"<g id="tl-item-{ix}" class="{classes}" role="button" tabindex="{tab}" aria-label="{when}: {label}{kind}{mine}{extra}"{hooks}{hit}><title>{when}: {label}{mine}{extra}</title>{mark}{shown}{full}</g>"#,
        ix = laid.item,
        tab = if chart.tab_stop == Some(laid.item) {
            0
        } else {
            -1
        },
        label = esc(&item.label),
        kind = if round { " (round of talks)" } else { "" },
        hooks = item_hooks(item),
        shown = label_text(laid, y, "label", &laid.lines, true),
        hit = TimelineHit::Item(laid.item).attr(),
        // A cut label shows in full on hover and focus (CSS swaps the two).
        full = if laid.truncated {
            label_text(
                laid,
                y,
                "label full",
                std::slice::from_ref(&item.drawn_label()),
                false,
            )
        } else {
            String::new()
        },
    );
}

/// A cluster: its count in a box that opens its list, a bracket under its members.
fn cluster_svg(
    s: &mut String,
    items: &[TimelineItem],
    index: usize,
    cluster: &Cluster,
    rows: &Rows,
    chart: &ChartState,
) {
    let y = rows.y(cluster.lane, cluster.row);
    let open = chart.open_cluster.as_deref() == Some(cluster.items.as_slice());
    let _ = write!(
        s,
        r#"<g id="tl-cluster-{index}" class="tl-cluster lane-{lane}" role="button" tabindex="0" aria-expanded="{open}" aria-label="{label}, {range}: open the list" data-testid="timeline-cluster"{hit}><title>{label}, {range}: open the list</title><line class="bracket" x1="{bx0}" x2="{bx1}" y1="{by}" y2="{by}"/><rect class="cluster-box" x="{x}" y="{ry}" width="{w}" height="20" rx="10"/><text class="label" x="{tx}" y="{ty}" data-width="{tw}">{label}</text></g>"#,
        lane = cluster.lane.as_str(),
        label = esc(&cluster.label),
        range = esc(&cluster_range(items, &cluster.items)),
        tw = (cluster.label_width - LABEL_PADDING_PX).max(0.0).ceil() as i64,
        hit = TimelineHit::Cluster(index).attr(),
        bx0 = px(cluster.x0),
        bx1 = px(cluster.x1.max(cluster.x0 + 2.0)),
        by = px(y + 10.0),
        x = px(cluster.label_x),
        ry = px(y - 10.0),
        w = px(cluster.label_width),
        tx = px(cluster.label_x + 8.0),
        ty = px(y + 4.0),
    );
}

/// An item's label as SVG text, one `<tspan>` a line, beside its mark: rightwards
/// from it, or, for a box placed to its left, ending just before it. For the
/// layout's own lines (`measured`), `data-width` is the width it measured the widest
/// at (what a spec checks the drawn text against).
fn label_text(laid: &LaidOutItem, y: f64, class: &str, lines: &[String], measured: bool) -> String {
    let leftwards = laid.label_x + 1.0 < laid.x0;
    let (x, anchor) = if leftwards {
        (laid.label_x + laid.label_width - 9.0, "end")
    } else {
        (laid.label_x + 9.0, "start")
    };
    let width = if measured {
        let w = (laid.label_width - LABEL_PADDING_PX).max(0.0).ceil() as i64;
        format!(r#" data-width="{w}""#)
    } else {
        String::new()
    };
    let mut out = format!(
        r#"<text class="{class}" x="{x}" y="{y}" text-anchor="{anchor}"{width}>"#,
        x = px(x),
        y = px(y + 4.0),
    );
    for (i, line) in lines.iter().enumerate() {
        // A space between lines, so the text reads "… Cairo under …" (its visible text
        // is then in its accessible name): after a line that starts at `x`, before one
        // that ends there, where it moves no glyph.
        let (after, before) = match (i > 0, leftwards) {
            (true, false) => (" ", ""),
            (true, true) => ("", " "),
            (false, _) => ("", ""),
        };
        let _ = write!(
            out,
            r#"{after}<tspan x="{x}" y="{y}">{before}{t}</tspan>"#,
            x = px(x),
            y = px(y + 4.0 + i as f64 * LINE_H),
            t = esc(line),
        );
    }
    out.push_str("</text>");
    out
}

/// "Mar 2014 – Jun 2015", or the one date when all members share it.
fn cluster_range(items: &[TimelineItem], members: &[usize]) -> String {
    let first = members
        .iter()
        .map(|&i| &items[i])
        .min_by_key(|i| i.first_day());
    let last = members
        .iter()
        .map(|&i| &items[i])
        .max_by_key(|i| i.end_day());
    match (first, last) {
        (Some(a), Some(b)) if a.date == b.date => a.when(),
        (Some(a), Some(b)) => format!("{} – {}", a.when(), b.when()),
        _ => String::new(),
    }
}
