//! The timeline chart's SVG: lane bands, the time axis, and every visible item or
//! cluster where `crate::timeline::layout` put it. Items are focusable with a roving
//! tab stop (one item in the Tab order, arrows move between them).

use super::geometry::{LANE_TITLE_H, ROW_H, Rows};
use super::hit::TimelineHit;
use super::hooks::item_hooks;
use crate::hit::Hit;
use crate::markup::{esc, px};
use crate::timeline::{ItemKind, Tick, TimelineItem, TimelineLayout};
use crate::yours::{is_yours_id, words_after};
use std::fmt::Write;

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
    for &(lane, y, n) in &rows.lanes {
        let _ = write!(
            s,
            r#"<g class="lane lane-{l}"><rect class="lane-band" x="0" y="{y}" width="{w}" height="{h}"/><text class="lane-title" x="6" y="{ty}">{label}</text></g>"#,
            l = lane.as_str(),
            y = px(y),
            w = px(chart.width),
            h = px(LANE_TITLE_H + n as f64 * ROW_H),
            ty = px(y + 13.0),
            label = lane.label(),
        );
    }
    s.push_str(r#"<g class="axis">"#);
    for t in ticks {
        let _ = write!(
            s,
            r#"<g class="tick{major}" transform="translate({x},0)"><line y1="22" y2="{h}"/><text y="14" text-anchor="middle">{label}</text></g>"#,
            major = if t.major { " major" } else { "" },
            x = px(t.x),
            h = px(rows.height),
            label = esc(&t.label),
        );
    }
    s.push_str("</g>");
    for laid in &layout.items {
        let item = &items[laid.item];
        let y = rows.y(laid.lane, laid.row);
        let round = item.kind == ItemKind::Round;
        let mark = if laid.x1 > laid.x0 + 1.0 {
            format!(
                r#"<rect class="span" x="{}" y="{}" width="{}" height="8" rx="3"/>"#,
                px(laid.x0),
                px(y - 4.0),
                px(laid.x1 - laid.x0).max(2)
            )
        } else {
            format!(
                r#"<circle class="point" cx="{}" cy="{}" r="{}"/>"#,
                px(laid.x0),
                px(y),
                if round { 7 } else { 5 }
            )
        };
        // A label to the left of its mark ends just before the mark.
        let leftwards = laid.label_x + 1.0 < laid.x0;
        let (label_x, anchor) = if leftwards {
            (laid.label_x + laid.label_width - 9.0, "end")
        } else {
            (laid.label_x + 9.0, "start")
        };
        let when = item.date.label();
        let extra = details(item).map(|d| format!(" — {d}")).unwrap_or_default();
        let _ = write!(
            s,
            r#"<g id="tl-item-{ix}" class="tl-item lane-{lane}{round}{yours}{sel}" role="button" tabindex="{tab}" aria-label="{when}: {label}{kind}{mine}{extra}"{hooks}{hit}><title>{when}: {label}{mine}{extra}</title>{mark}<text class="label" x="{lx}" y="{ly}" text-anchor="{anchor}">{shown}</text>{full}</g>"#,
            ix = laid.item,
            lane = laid.lane.as_str(),
            round = if round { " round" } else { "" },
            yours = if round && is_yours_id(&item.id) {
                " yours"
            } else {
                ""
            },
            mine = if round {
                esc(&words_after(&item.id))
            } else {
                String::new()
            },
            sel = if chart.selected == Some(laid.item) {
                " selected"
            } else {
                ""
            },
            tab = if chart.tab_stop == Some(laid.item) {
                0
            } else {
                -1
            },
            when = esc(&when),
            label = esc(&item.label),
            extra = esc(&extra),
            kind = if round { " (round of talks)" } else { "" },
            hooks = item_hooks(item),
            lx = px(label_x),
            ly = px(y + 4.0),
            shown = esc(&laid.display_label),
            hit = TimelineHit::Item(laid.item).attr(),
            // A cut label shows in full on hover and focus (CSS swaps the two).
            full = if laid.truncated {
                format!(
                    r#"<text class="label full" x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
                    px(label_x),
                    px(y + 4.0),
                    esc(&item.label)
                )
            } else {
                String::new()
            },
        );
    }
    for (index, cluster) in layout.clusters.iter().enumerate() {
        let y = rows.y(cluster.lane, cluster.row);
        let open = chart.open_cluster.as_deref() == Some(cluster.items.as_slice());
        let _ = write!(
            s,
            r#"<g id="tl-cluster-{index}" class="tl-cluster lane-{lane}" role="button" tabindex="0" aria-expanded="{open}" aria-label="{label}: open the list" data-testid="timeline-cluster"{hit}><line class="bracket" x1="{bx0}" x2="{bx1}" y1="{by}" y2="{by}"/><rect class="cluster-box" x="{x}" y="{ry}" width="{w}" height="18" rx="9"/><text class="label" x="{tx}" y="{ty}">{label}</text></g>"#,
            lane = cluster.lane.as_str(),
            label = esc(&cluster.label),
            hit = TimelineHit::Cluster(index).attr(),
            bx0 = px(cluster.x0),
            bx1 = px(cluster.x1.max(cluster.x0 + 2.0)),
            by = px(y + 9.0),
            x = px(cluster.label_x),
            ry = px(y - 9.0),
            w = px(cluster.label_width),
            tx = px(cluster.label_x + 8.0),
            ty = px(y + 4.0),
        );
    }
    s
}
