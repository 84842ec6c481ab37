//! The timeline's events: what a click, a key, the wheel or a drag on the drawing
//! does. The drawing itself is `views::timeline::view`; the range shown and the
//! selection live in the URL, the rest in a `TimelineUi` kept here. What each
//! gesture asks for is in `actions`; `gestures` and `keys` translate into it.

use crate::hooks::use_event::use_event;
use crate::hooks::use_hits::{hit_of, use_hits};
use crate::hooks::use_keep_focus::KeepFocus;
use crate::state::{AppState, History};
use actions::Actions;
use leptos::prelude::*;
use views::timeline::TimeScale;
use views::timeline::hit::TimelineHit;
use views::timeline::view::{Form, TimelineUi, timeline_html, window_of};
use web_sys::{Element, MouseEvent};

mod actions;
mod gestures;
mod keys;
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
    let ui = use_form(narrow);
    let act = Actions {
        ui,
        app,
        keep,
        shown_selection: StoredValue::new(None),
    };
    let drag = gestures::use_gestures(host, act);
    use_hits::<TimelineHit, MouseEvent>(host, "click", move |hit, _, _: &MouseEvent| {
        // A click that ends a drag is no click on what lies under the pointer.
        let dragged =
            drag.dragged() && matches!(hit, TimelineHit::Item(_) | TimelineHit::Cluster(_));
        if act.on_timeline() && !dragged {
            act.on_hit(hit);
        }
    });
    keys::use_keys(host, act);
    // The focus follows the item that has it (Tab into the drawing, a click).
    use_event(host, "focusin", move |ev: &web_sys::FocusEvent| {
        if let Some((TimelineHit::Item(ix), _)) = hit_of::<TimelineHit>(ev) {
            ui.update(|u| u.focused = Some(ix));
        }
    });
    Timeline {
        ui,
        shown_selection: act.shown_selection,
    }
}

/// The form that fits the screen, from the first drawing on: drawing the chart first
/// on a phone would replace the prerendered list, and the browser would paint it anew.
fn use_form(narrow: Signal<bool>) -> RwSignal<TimelineUi> {
    let form_for = |narrow: bool| if narrow { Form::List } else { Form::Chart };
    let ui = RwSignal::new(TimelineUi {
        form: form_for(narrow.get_untracked()),
        ..TimelineUi::default()
    });
    Effect::new(move |_| {
        let form = form_for(narrow.get());
        if ui.with_untracked(|u| u.form != form) {
            ui.update(|u| u.form = form);
        }
    });
    ui
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
