//! The zoomable SVG timeline. Positions, ticks and label rows come from
//! `views::timeline` (natively tested) and are drawn as markup by
//! `markup::timeline_svg`; this file turns clicks, wheel, drag, pinch, buttons and keys
//! into a selection or a new visible range, both of which live in the URL.
//!
//! During a drag or a pinch the range is kept locally and written to the URL when the
//! gesture ends, so the history is not rewritten on every pointer move.

use crate::state::{History, use_app};
use leptos::html;
use leptos::prelude::*;
use views::timeline::chart::{ChartState, timeline_svg};
use views::timeline::geometry::{CHAR_W, MAX_ROWS, Rows};
use views::timeline::nav::{KeyAction, PAN_STEP, ZOOM_STEP, key_action};
use views::timeline::{
    TimeScale, TimelineItem, ensure_visible, extent, layout, next_item, time_order,
};
use wasm_bindgen::JsCast;

/// Active pointers of a gesture: their ids and x positions, and the range at its start.
#[derive(Clone, Default)]
struct Gesture {
    pointers: Vec<(i32, f64)>,
    start: Option<TimeScale>,
    start_pointers: Vec<(i32, f64)>,
    moved: bool,
}

#[component]
pub fn TimelineChart(items: &'static [TimelineItem], visible: Memo<Vec<usize>>) -> impl IntoView {
    let app = use_app();
    let limits = extent(items);
    let container = NodeRef::<html::Div>::new();
    let width = RwSignal::new(960.0);
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let w = el.client_width() as f64;
            if w > 0.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if container.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let from_url = Memo::new(move |_| {
        let w = width.get();
        app.state.with(|s| match s.window {
            Some((from, to)) => TimeScale::from_window(from, to, w, limits),
            None => TimeScale::full(limits, w),
        })
    });
    let live: RwSignal<Option<TimeScale>> = RwSignal::new(None);
    let scale = Memo::new(move |_| live.get().unwrap_or_else(|| from_url.get()));
    // Writes a range to the URL; the full extent is the default and leaves no trace.
    let commit = move |s: TimeScale| {
        live.set(None);
        let full = (s.start - limits.0).abs() < 1.0 && (s.end - limits.1).abs() < 1.0;
        app.update(History::Replace, |st| {
            st.window = if full { None } else { Some(s.window()) }
        });
    };

    let laid = Memo::new(move |_| layout(items, &visible.get(), &scale.get(), MAX_ROWS, CHAR_W));
    let rows = Memo::new(move |_| laid.with(Rows::of));
    let height = Signal::derive(move || rows.with(|r| r.height));
    const TICK_SPACING_PX: f64 = 64.0;

    let focused: RwSignal<Option<usize>> = RwSignal::new(None);
    let open_cluster: RwSignal<Option<Vec<usize>>> = RwSignal::new(None);
    // The one item reachable with Tab: the focused one, else the selected, else the first.
    let tab_stop = Signal::derive(move || {
        let shown: Vec<usize> = laid.with(|l| l.items.iter().map(|i| i.item).collect());
        let selected = app.state.with(|s| {
            s.selected
                .as_ref()
                .and_then(|id| items.iter().position(|i| &i.id == id))
        });
        focused
            .get()
            .or(selected)
            .filter(|i| shown.contains(i))
            .or_else(|| shown.iter().copied().min())
    });

    let focus_item = move |ix: usize| {
        focused.set(Some(ix));
        let day = items[ix].first_day() as f64;
        let s = scale.get_untracked();
        let moved = ensure_visible(&s, day);
        if moved != s {
            commit(moved);
        }
        // After the redraw, move the keyboard focus to the item (or its cluster).
        request_animation_frame(move || {
            let doc = document();
            let target = doc.get_element_by_id(&format!("tl-item-{ix}")).or_else(|| {
                laid.with_untracked(|l| l.cluster_of(ix))
                    .and_then(|c| doc.get_element_by_id(&format!("tl-cluster-{c}")))
            });
            if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok()) {
                let _ = el.focus();
            }
        });
    };
    let zoom_by = move |factor: f64, anchor: Option<f64>| {
        let s = scale.get_untracked();
        let anchor = anchor.unwrap_or_else(|| {
            focused
                .get_untracked()
                .map(|i| s.x(items[i].first_day() as f64))
                .filter(|x| (0.0..=s.width).contains(x))
                .unwrap_or(s.width / 2.0)
        });
        commit(s.zoom(factor, anchor, limits));
    };
    let pan_by = move |fraction: f64| {
        let s = scale.get_untracked();
        commit(s.pan(-fraction * s.width, limits));
    };
    let gesture = StoredValue::new(Gesture::default());
    let select = move |ix: usize| {
        let id = items[ix].id.clone();
        app.update(History::Push, |s| s.selected = Some(id));
    };
    let toggle_cluster = move |index: usize| {
        let members = laid.with_untracked(|l| l.clusters.get(index).map(|c| c.items.clone()));
        open_cluster.update(|o| *o = if *o == members { None } else { members });
    };
    let markup = Memo::new(move |_| {
        let selected = app.state.with(|s| {
            s.selected
                .as_ref()
                .and_then(|id| items.iter().position(|i| &i.id == id))
        });
        let s = scale.get();
        let chart = ChartState {
            width: width.get(),
            selected,
            tab_stop: tab_stop.get(),
            open_cluster: open_cluster.get(),
        };
        let details = |item: &TimelineItem| {
            (item.kind == views::timeline::ItemKind::Round)
                .then(|| {
                    item.articles
                        .first()
                        .map(|&a| super::round_line(app.corpus, &app.corpus.articles[a]))
                })
                .flatten()
        };
        laid.with(|l| timeline_svg(items, l, &s.ticks(TICK_SPACING_PX), &chart, &details))
    });
    let (keep_in, keep_out) = crate::components::keep_focus::keep_focus(container, markup);
    // What an event landed on: an item's index or a cluster's.
    let target_of = |ev: &web_sys::Event| -> (Option<usize>, Option<usize>) {
        let el = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-ix],[data-cluster]").ok().flatten());
        let attr = |name: &str| {
            el.as_ref()
                .and_then(|e| e.get_attribute(name))
                .and_then(|v| v.parse().ok())
        };
        (attr("data-ix"), attr("data-cluster"))
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if gesture.with_value(|g| g.moved) {
            return;
        }
        match target_of(&ev) {
            (Some(ix), _) => select(ix),
            (_, Some(c)) => toggle_cluster(c),
            _ => {}
        }
    };
    let on_focusin = move |ev: web_sys::FocusEvent| {
        keep_in(ev.clone());
        if let (Some(ix), _) = target_of(&ev) {
            focused.set(Some(ix));
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            match target_of(&ev) {
                (Some(ix), _) => select(ix),
                (_, Some(c)) => toggle_cluster(c),
                _ => return,
            }
            ev.prevent_default();
            return;
        }
        let Some(action) = key_action(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        match action {
            KeyAction::Move(step) => {
                let order = time_order(items, &visible.get_untracked());
                if let Some(next) = next_item(&order, focused.get_untracked(), step) {
                    focus_item(next);
                }
            }
            KeyAction::ZoomIn => zoom_by(ZOOM_STEP, None),
            KeyAction::ZoomOut => zoom_by(1.0 / ZOOM_STEP, None),
            KeyAction::Pan(direction) => pan_by(direction as f64 * PAN_STEP),
        }
    };

    let svg_x = |ev: &web_sys::PointerEvent| {
        let rect = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.get_bounding_client_rect().left())
            .unwrap_or(0.0);
        ev.client_x() as f64 - rect
    };
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        let x = svg_x(&ev);
        gesture.update_value(|g| {
            g.pointers.retain(|(id, _)| *id != ev.pointer_id());
            g.pointers.push((ev.pointer_id(), x));
            g.start = Some(scale.get_untracked());
            g.start_pointers = g.pointers.clone();
            g.moved = false;
        });
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let x = svg_x(&ev);
        let next = gesture.try_update_value(|g| {
            let start = g.start?;
            let p = g
                .pointers
                .iter_mut()
                .find(|(id, _)| *id == ev.pointer_id())?;
            p.1 = x;
            match (&g.pointers[..], &g.start_pointers[..]) {
                ([(_, x1)], [(_, x0)]) => {
                    let dx = x1 - x0;
                    g.moved |= dx.abs() > 3.0;
                    g.moved.then(|| start.pan(dx, limits))
                }
                ([(_, a), (_, b)], [(_, a0), (_, b0)]) => {
                    let (d, d0) = ((a - b).abs(), (a0 - b0).abs());
                    g.moved = true;
                    (d0 > 10.0).then(|| start.zoom(d / d0, (a0 + b0) / 2.0, limits))
                }
                _ => None,
            }
        });
        if let Some(Some(s)) = next {
            if let Some(target) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = target.set_pointer_capture(ev.pointer_id());
            }
            live.set(Some(s));
        }
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        let ended = gesture.try_update_value(|g| {
            g.pointers.retain(|(id, _)| *id != ev.pointer_id());
            let done = g.pointers.is_empty();
            if done {
                g.start = None;
            } else {
                g.start = live.get_untracked().or(g.start);
                g.start_pointers = g.pointers.clone();
            }
            done
        });
        if ended == Some(true)
            && let Some(s) = live.get_untracked()
        {
            commit(s);
        }
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let rect = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.get_bounding_client_rect().left())
            .unwrap_or(0.0);
        let factor = if ev.delta_y() < 0.0 { 1.25 } else { 1.0 / 1.25 };
        zoom_by(factor, Some(ev.client_x() as f64 - rect));
    };

    let cluster_list = move || {
        open_cluster.get().map(|members| {
            let entries = members
                .into_iter()
                .map(|ix| {
                    let item = &items[ix];
                    let id = item.id.clone();
                    view! {
                        <li>
                            <button type="button" on:click=move |_| {
                                app.update(History::Push, |s| s.selected = Some(id.clone()));
                            }>
                                <time datetime=item.date.to_string()>{item.date.label()}</time>
                                " " {item.label.clone()}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="cluster-list" data-testid="cluster-list">
                    <p>"Items at this spot:"</p>
                    <ul>{entries}</ul>
                    <button type="button" on:click=move |_| open_cluster.set(None)>"Close"</button>
                </div>
            }
        })
    };

    view! {
        <div class="timeline-controls" role="toolbar" aria-label="Zoom and pan">
            <button type="button" on:click=move |_| pan_by(-PAN_STEP) aria-label="Show earlier">"◀ Earlier"</button>
            <button type="button" on:click=move |_| zoom_by(ZOOM_STEP, None) aria-label="Zoom in">"+"</button>
            <button type="button" on:click=move |_| zoom_by(1.0 / ZOOM_STEP, None) aria-label="Zoom out">"−"</button>
            <button type="button" on:click=move |_| commit(TimeScale::full(limits, width.get_untracked()))>"Show all"</button>
            <button type="button" on:click=move |_| pan_by(PAN_STEP) aria-label="Show later">"Later ▶"</button>
            <span class="hint">"Keys: ← → items, Enter opens, + − zoom, Home/End ends"</span>
        </div>
        <div class="timeline-chart" node_ref=container>
            <svg
                width=move || format!("{:.0}", width.get())
                height=move || format!("{:.0}", height.get())
                role="group"
                aria-label="Timeline of the rounds of talks and the events they refer to"
                on:keydown=on_keydown
                on:pointerdown=on_pointerdown
                on:pointermove=on_pointermove
                on:pointerup=on_pointerup
                on:pointercancel=on_pointerup
                on:wheel=on_wheel
                on:click=on_click
                on:focusin=on_focusin
                on:focusout=keep_out
            ></svg>
        </div>
        {cluster_list}
    }
}
