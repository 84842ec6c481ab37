//! The comparison's events: the article selects write `cmp=` (in order, a history
//! entry each), the layout radios, the tabs on a phone (click, arrow keys), the
//! synchronized scrolling of the full texts, and the entity under the pointer. The
//! drawing is `views::compare::view`; what is not in the URL lives in a `CompareUi`
//! kept here.
//!
//! The comparison is drawn by the web worker (`hooks::use_worker`), which keeps it
//! between requests, so hovering or switching a tab redraws without recomputing it.

use crate::hooks::use_event::{use_event, use_event_with};
use crate::hooks::use_hits::{hit_of, use_hits};
use crate::hooks::use_keep_focus::focus;
use crate::hooks::use_media::follow_media;
use crate::hooks::use_worker::{Answer, Worker};
use crate::state::{AppState, History};
use gloo_events::{EventListenerOptions, EventListenerPhase};
use leptos::prelude::*;
use views::compare::heads::tab_id;
use views::compare::hit::CompareHit;
use views::compare::picker::pick;
use views::compare::view::CompareUi;
use views::hit::Hit;
use views::page::{failed_html, pending_html};
use views::state::View;
use views::worker::{Drawn, Job};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement, KeyboardEvent};

/// The comparison's part of the view region: its UI state and the writer call that
/// draws it.
#[derive(Clone, Copy)]
pub struct Compare {
    pub ui: RwSignal<CompareUi>,
    worker: Worker,
}

impl Compare {
    pub fn render(&self) -> String {
        self.worker
            .answer(Drawn::Compare)
            .with(|answer| match answer {
                Answer::Drawn(r) => r.html.clone(),
                Answer::Waiting => pending_html(View::Compare),
                Answer::Failed(why) => failed_html(View::Compare, why),
            })
    }
}

/// Scroll positions this module set, per column, whose `scroll` events are echoes of
/// a synchronization and must not be synchronized back. A scroll event arrives a frame
/// after the position is set, so a flag cleared on a timer would miss it or swallow
/// the reader's next scroll; the position itself says which event is the echo.
#[derive(Default)]
struct Echoes(Vec<(usize, i32)>);

impl Echoes {
    /// Whether a scroll of `column` to `top` is one this module caused (forgotten once
    /// seen).
    fn take(&mut self, column: usize, top: i32) -> bool {
        let found = self
            .0
            .iter()
            .position(|&(c, t)| c == column && (t - top).abs() <= 1);
        found.map(|i| self.0.remove(i)).is_some()
    }

    fn expect(&mut self, column: usize, top: i32) {
        self.0.retain(|&(c, _)| c != column);
        self.0.push((column, top));
    }
}

/// Brings the other full texts beside `source` to the same relative place.
fn sync_siblings(source: &Element, echoes: &mut Echoes) {
    let range = (source.scroll_height() - source.client_height()).max(1) as f64;
    let fraction = source.scroll_top() as f64 / range;
    let Some(parent) = source.parent_element() else {
        return;
    };
    let children = parent.children();
    for i in 0..children.length() {
        let Some(other) = children.item(i).filter(|o| o != source) else {
            continue;
        };
        let column = other
            .get_attribute("data-hit")
            .and_then(|v| CompareHit::decode(&v));
        let Some(CompareHit::Text(column)) = column else {
            continue;
        };
        let other_range = (other.scroll_height() - other.client_height()).max(0) as f64;
        let top = (fraction * other_range).round() as i32;
        if (top - other.scroll_top()).abs() > 1 {
            echoes.expect(column, top);
            other.set_scroll_top(top);
        }
    }
}

pub fn use_compare(host: &Element, app: AppState, narrow: Signal<bool>, worker: Worker) -> Compare {
    let corpus = move || app.corpus();
    let ui = RwSignal::new(CompareUi {
        narrow: narrow.get_untracked(),
        ..CompareUi::default()
    });
    follow_media(narrow, ui, |u| &mut u.narrow);
    // A new state or a new look: the worker draws it.
    worker.draw_while_shown(app, View::Compare, move || Some(Job::Compare(ui.get())));
    let on_compare = move || app.state.with_untracked(|s| s.view == View::Compare);
    let columns = move || {
        app.state.with_untracked(|s| {
            (s.compare.iter())
                .filter(|id| corpus().article_ix(id).is_some())
                .count()
        })
    };

    use_hits::<CompareHit, web_sys::Event>(host, "change", move |hit, el, _: &Event| {
        if !on_compare() {
            return;
        }
        match hit {
            CompareHit::Select(slot) => {
                let Some(select) = el.dyn_ref::<HtmlSelectElement>() else {
                    return;
                };
                let id = corpus().article(&select.value()).map(|a| a.id.clone());
                app.update(History::Push, |s| {
                    s.compare = pick(&s.compare, slot, id.as_deref());
                });
                // An article already in another slot is dropped as a repeat and the
                // URL may not change, so no redraw would reset this select: do it.
                let shown = app
                    .state
                    .with_untracked(|s| s.compare.get(slot).cloned())
                    .unwrap_or_default();
                if select.value() != shown {
                    select.set_value(&shown);
                }
            }
            CompareHit::Layout(layout) => ui.update(|u| u.layout = layout),
            CompareHit::Sync => {
                let on = el
                    .dyn_ref::<HtmlInputElement>()
                    .is_some_and(HtmlInputElement::checked);
                ui.update(|u| u.sync = on);
            }
            _ => {}
        }
    });
    use_hits::<CompareHit, web_sys::MouseEvent>(host, "click", move |hit, _, _| {
        if let (true, CompareHit::Tab(c)) = (on_compare(), hit) {
            ui.update(|u| u.tab = c);
        }
    });
    // The tabs pattern: arrows move to the previous or next tab (wrapping), Home and
    // End to the first and last, and the tab moved to is chosen.
    use_hits::<CompareHit, web_sys::KeyboardEvent>(
        host,
        "keydown",
        move |hit, _, ev: &KeyboardEvent| {
            let (true, CompareHit::Tab(c)) = (on_compare(), hit) else {
                return;
            };
            let n = columns().max(1);
            let next = match ev.key().as_str() {
                "ArrowRight" => (c + 1) % n,
                "ArrowLeft" => (c + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            ev.prevent_default();
            ui.update(|u| u.tab = next);
            if let Some(tab) = document().get_element_by_id(&tab_id(next)) {
                focus(&tab);
            }
        },
    );

    // Scroll events do not bubble: caught on the way down.
    let echoes = StoredValue::new(Echoes::default());
    use_event_with(
        host,
        "scroll",
        EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: true,
        },
        move |ev: &Event| {
            if !on_compare() {
                return;
            }
            let Some((CompareHit::Text(column), source)) = hit_of::<CompareHit>(ev) else {
                return;
            };
            let top = source.scroll_top();
            let echo = echoes
                .try_update_value(|e| e.take(column, top))
                .unwrap_or(false);
            if !echo && ui.with_untracked(|u| u.sync) {
                echoes.update_value(|e| sync_siblings(&source, e));
            }
        },
    );
    // The entity under the pointer: its mentions and chips are outlined.
    use_event(host, "mouseover", move |ev: &web_sys::MouseEvent| {
        if !on_compare() {
            return;
        }
        let id = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("[data-entity]").ok().flatten())
            .and_then(|el| el.get_attribute("data-entity"))
            .filter(|id| !id.is_empty());
        if ui.with_untracked(|u| u.hovered != id) {
            ui.update(|u| u.hovered = id);
        }
    });
    Compare { ui, worker }
}
