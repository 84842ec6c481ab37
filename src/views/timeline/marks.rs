//! One timeline item, or a cluster of items, as SVG.

use super::geometry::Rows;
use crate::state::{History, use_app};
use corpus::timeline::{Cluster, ItemKind, LaidOutItem, TimelineItem};
use leptos::prelude::*;

/// A round or an event: its mark (a point, or a span for coarse or lasting dates)
/// and its label. Focusable; Enter or a click selects it.
#[component]
pub fn ItemMark(
    items: &'static [TimelineItem],
    laid: LaidOutItem,
    rows: Rows,
    focused: RwSignal<Option<usize>>,
    tab_stop: Signal<Option<usize>>,
) -> impl IntoView {
    let app = use_app();
    let item = &items[laid.item];
    let y = rows.y(laid.lane, laid.row);
    let ix = laid.item;
    let id = item.id.clone();
    let selected = {
        let id = id.clone();
        move || {
            app.state
                .with(|s| s.selected.as_deref() == Some(id.as_str()))
        }
    };
    let is_round = item.kind == ItemKind::Round;
    let date = item.date.to_string();
    let article_id = is_round.then(|| id.clone());
    let mark = if laid.x1 > laid.x0 + 1.0 {
        view! { <rect class="span" x=format!("{:.1}", laid.x0) y=format!("{:.1}", y - 4.0) width=format!("{:.1}", laid.x1 - laid.x0) height="8" rx="3"></rect> }.into_any()
    } else {
        let r = if is_round { 7.0 } else { 5.0 };
        view! { <circle class="point" cx=format!("{:.1}", laid.x0) cy=format!("{y:.1}") r=r></circle> }.into_any()
    };
    let when = item.date.label();
    let aria = format!(
        "{}: {}{}",
        when,
        item.label,
        if is_round { " (round of talks)" } else { "" }
    );
    let select = {
        let id = id.clone();
        move || app.update(History::Push, |s| s.selected = Some(id.clone()))
    };
    let select_click = select.clone();
    view! {
        <g
            id=format!("tl-item-{ix}")
            class=format!("tl-item lane-{}", laid.lane.as_str())
            class:round=is_round
            class:selected=selected
            role="button"
            tabindex=move || if tab_stop.get() == Some(ix) { "0" } else { "-1" }
            aria-label=aria
            data-testid=if is_round { "timeline-item" } else { "timeline-event" }
            data-article=article_id
            data-item=id.clone()
            data-date=date
            on:click=move |_| select_click()
            on:focus=move |_| focused.set(Some(ix))
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    select();
                }
            }
        >
            <title>{format!("{when}: {}", item.label)}</title>
            {mark}
            <text class="label" x=format!("{:.1}", laid.label_x + 9.0) y=format!("{:.1}", y + 4.0)>
                {laid.display_label.clone()}
            </text>
        </g>
    }
}

/// Items that share one spot: a box that opens the list of its members.
#[component]
pub fn ClusterMark(
    cluster: Cluster,
    index: usize,
    rows: Rows,
    open: RwSignal<Option<Vec<usize>>>,
) -> impl IntoView {
    let y = rows.y(cluster.lane, cluster.row);
    let members = cluster.items.clone();
    let is_open = {
        let members = members.clone();
        move || open.with(|o| o.as_ref() == Some(&members))
    };
    let toggle = {
        let members = members.clone();
        move || {
            open.update(|o| {
                *o = if o.as_ref() == Some(&members) {
                    None
                } else {
                    Some(members.clone())
                }
            })
        }
    };
    let toggle_key = toggle.clone();
    view! {
        <g
            id=format!("tl-cluster-{index}")
            class=format!("tl-cluster lane-{}", cluster.lane.as_str())
            role="button"
            tabindex="0"
            aria-expanded=move || if is_open() { "true" } else { "false" }
            aria-label=format!("{}: open the list", cluster.label)
            data-testid="timeline-cluster"
            on:click=move |_| toggle()
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    toggle_key();
                }
            }
        >
            <line class="bracket" x1=format!("{:.1}", cluster.x0) x2=format!("{:.1}", cluster.x1.max(cluster.x0 + 2.0)) y1=format!("{:.1}", y + 9.0) y2=format!("{:.1}", y + 9.0)></line>
            <rect class="cluster-box" x=format!("{:.1}", cluster.label_x) y=format!("{:.1}", y - 9.0) width=format!("{:.1}", cluster.label_width) height="18" rx="9"></rect>
            <text class="label" x=format!("{:.1}", cluster.label_x + 8.0) y=format!("{:.1}", y + 4.0)>{cluster.label.clone()}</text>
        </g>
    }
}
