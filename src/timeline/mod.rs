//! The timeline's events: what a click, a key, the wheel or a drag on the drawing
//! does. The drawing itself is `views::timeline::view`; the range shown and the
//! selection live in the URL, the rest in a `TimelineUi` kept here.
//!
//! During a drag or a pinch the range is kept in the UI state and written to the URL
//! when the gesture ends, so the history is not rewritten on every pointer move.

use crate::hooks::use_hits::use_hits;
use crate::hooks::use_keep_focus::KeepFocus;
use crate::hooks::use_pan_zoom::{Keys, PanZoom, use_pan_zoom};
use crate::state::{AppState, History};
use leptos::prelude::*;
use views::state::View;
use views::timeline::edges::{outside, reveal};
use views::timeline::hit::TimelineHit;
use views::timeline::nav::{ensure_visible, key_step, next_item};
use views::timeline::view::{
    Form, TimelineUi, chart_layout, default_scale, timeline_html, visible, window_of,
};
use views::timeline::{TimeScale, extent, time_order};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent};

mod linked;

/// The timeline's part of the view region: its listeners on `host`, and the writer
/// call that draws it.
#[derive(Clone, Copy)]
pub struct Timeline {
    pub ui: RwSignal<TimelineUi>,
    /// The selection last brought on screen, or made here by a click or a key: a
    /// selection that differs came from a link (`linked::bring_on_screen`).
    pub shown_selection: StoredValue<Option<String>>,
}

impl Timeline {
    pub fn render(&self, app: AppState) -> String {
        let ui = self.ui.get();
        app.state.with(|s| {
            app.selection.with(|sel| {
                let ctx = app.ctx();
                timeline_html(ctx.corpus, &ctx.items, s, sel, &ui)
            })
        })
    }

    /// After a redraw: a selection a link made is brought on screen.
    pub fn after(&self, app: AppState, host: &Element) {
        linked::bring_on_screen(self, app, host);
    }

    /// Reads the chart's width after a redraw; a change redraws it at that width.
    pub fn measure(&self, host: &Element) {
        let Ok(Some(chart)) = host.query_selector(".timeline-chart") else {
            return;
        };
        let w = chart.client_width() as f64;
        if w > 0.0 && (w - self.ui.with_untracked(|u| u.width)).abs() >= 1.0 {
            self.ui.update(|u| {
                u.width = w;
                u.live = u.live.map(|s| s.with_width(w));
            });
        }
    }
}

pub fn use_timeline(
    host: &Element,
    app: AppState,
    narrow: Signal<bool>,
    keep: KeepFocus,
) -> Timeline {
    // The form that fits the screen from the first drawing: drawing the chart first on a
    // phone would replace the prerendered list, and the browser would paint it anew.
    let ui = RwSignal::new(TimelineUi {
        form: if narrow.get_untracked() {
            Form::List
        } else {
            Form::Chart
        },
        ..TimelineUi::default()
    });
    Effect::new(move |_| {
        let form = if narrow.get() {
            Form::List
        } else {
            Form::Chart
        };
        if ui.with_untracked(|u| u.form != form) {
            ui.update(|u| u.form = form);
        }
    });
    let items = move || &app.ctx_now().items;
    let limits = move || extent(items());
    let on_timeline = move || app.state.with_untracked(|s| s.view == View::Timeline);
    let scale = move || {
        app.state
            .with_untracked(|s| ui.with_untracked(|u| u.scale(items(), s)))
    };
    let commit = move |s: TimeScale| commit_scale(ui, app, s);
    let shown_selection = StoredValue::new(None);
    let select = move |ix: usize| {
        let id = items()[ix].id.clone();
        shown_selection.set_value(Some(id.clone()));
        app.update(History::Push, |s| s.selected = Some(id));
    };
    let shown = move || app.selection.with_untracked(|sel| visible(items(), sel));
    // The layout as drawn now, for what the markup does not say (a cluster's members).
    let laid = move || chart_layout(items(), &shown(), &scale());
    let toggle_cluster = move |index: usize| {
        let members = laid().clusters.get(index).map(|c| c.items.clone());
        ui.update(|u| {
            u.open_cluster = if u.open_cluster == members {
                None
            } else {
                members
            }
        });
    };
    // Moves the keyboard focus to an item (or the cluster holding it), panning to it.
    let focus_item = move |ix: usize| {
        ui.update(|u| u.focused = Some(ix));
        let s = scale();
        let moved = ensure_visible(&s, items()[ix].first_day() as f64);
        if moved != s {
            commit(moved);
        }
        let id = match laid().cluster_of(ix) {
            Some(c) => format!("tl-cluster-{c}"),
            None => format!("tl-item-{ix}"),
        };
        keep.request(id);
    };
    let zoom_at = move |factor: f64, at: Option<f64>| {
        let s = scale();
        let anchor = at.unwrap_or_else(|| {
            ui.with_untracked(|u| u.focused)
                .map(|i| s.x(items()[i].first_day() as f64))
                .filter(|x| (0.0..=s.width).contains(x))
                .unwrap_or(s.width / 2.0)
        });
        commit(s.zoom(factor, anchor, limits()));
    };
    let pan_by = move |share: f64| {
        let s = scale();
        commit(s.pan(-share * s.width, limits()));
    };
    // "Earlier" and "Later": a pan step, or as far as the nearest item beyond the edge.
    let reveal_side = move |dir: i8| {
        let s = scale();
        let beyond = outside(items(), &shown(), &s);
        let side = if dir < 0 {
            beyond.earlier
        } else {
            beyond.later
        };
        commit(reveal(
            items(),
            &side,
            &s,
            dir,
            views::pan_zoom::PAN_STEP,
            limits(),
        ));
    };

    let start: StoredValue<Option<TimeScale>> = StoredValue::new(None);
    let drag = use_pan_zoom(host, Keys::Zoom, move |request| {
        if !on_timeline() {
            return;
        }
        match request {
            PanZoom::Zoom { factor, at } => zoom_at(factor, at.map(|(x, _)| x)),
            PanZoom::Pan { dx, .. } => pan_by(dx),
            PanZoom::Start => start.set_value(Some(scale())),
            PanZoom::Gesture {
                dx, scale: k, at, ..
            } => {
                if let Some(s0) = start.get_value() {
                    let live = if (k - 1.0).abs() > f64::EPSILON {
                        s0.zoom(k, at.0, limits())
                    } else {
                        s0.pan(dx, limits())
                    };
                    ui.update(|u| u.live = Some(live));
                }
            }
            PanZoom::End => {
                start.set_value(None);
                if let Some(s) = ui.with_untracked(|u| u.live) {
                    commit(s);
                }
            }
        }
    });
    use_hits::<TimelineHit, web_sys::MouseEvent>(host, "click", move |hit, _, _: &MouseEvent| {
        // A click that ends a drag is no click on what lies under the pointer.
        let dragged =
            drag.dragged() && matches!(hit, TimelineHit::Item(_) | TimelineHit::Cluster(_));
        if !on_timeline() || dragged {
            return;
        }
        match hit {
            TimelineHit::Item(ix) if ix < items().len() => select(ix),
            TimelineHit::Item(_) => {}
            TimelineHit::Cluster(c) => toggle_cluster(c),
            TimelineHit::ZoomIn => zoom_at(views::pan_zoom::ZOOM_STEP, None),
            TimelineHit::ZoomOut => zoom_at(1.0 / views::pan_zoom::ZOOM_STEP, None),
            TimelineHit::Pan(d) => reveal_side(d),
            TimelineHit::ShowAll => commit(TimeScale::full(limits(), scale().width)),
            TimelineHit::ShowRounds => commit(default_scale(items(), scale().width)),
            TimelineHit::CloseCluster => ui.update(|u| u.open_cluster = None),
            TimelineHit::CloseDetail => app.update(History::Push, |s| s.selected = None),
        }
    });
    use_hits::<TimelineHit, web_sys::KeyboardEvent>(
        host,
        "keydown",
        move |hit, _, ev: &KeyboardEvent| {
            if !on_timeline() {
                return;
            }
            let key = ev.key();
            // Items and clusters in the drawing are `role=button` groups: Enter and Space.
            let in_drawing = ev
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|e| e.closest("[data-pan-zoom]").ok().flatten().is_some());
            if in_drawing && (key == "Enter" || key == " ") {
                match hit {
                    TimelineHit::Item(ix) if ix < items().len() => select(ix),
                    TimelineHit::Cluster(c) => toggle_cluster(c),
                    _ => return,
                }
                ev.prevent_default();
                return;
            }
            if let (true, Some(step)) = (in_drawing, key_step(&key)) {
                ev.prevent_default();
                let order = app
                    .selection
                    .with_untracked(|sel| time_order(items(), &visible(items(), sel)));
                let current = match hit {
                    TimelineHit::Item(ix) => Some(ix),
                    _ => ui.with_untracked(|u| u.focused),
                };
                if let Some(next) = next_item(&order, current, step) {
                    focus_item(next);
                }
            }
        },
    );
    // The focus follows the item that has it (Tab into the drawing, a click).
    crate::hooks::use_event::use_event(host, "focusin", move |ev: &web_sys::FocusEvent| {
        if let Some((TimelineHit::Item(ix), _)) = crate::hooks::use_hits::hit_of::<TimelineHit>(ev)
        {
            ui.update(|u| u.focused = Some(ix));
        }
    });
    Timeline {
        ui,
        shown_selection,
    }
}

/// Writes a range to the URL; the default window (the span of the rounds) leaves no
/// trace.
pub(crate) fn commit_scale(ui: RwSignal<TimelineUi>, app: AppState, s: TimeScale) {
    let window = window_of(&app.ctx_now().items, &s);
    ui.update(|u| {
        u.live = None;
        u.exact = Some((s, window));
    });
    app.update(History::Replace, |st| st.window = window);
}
