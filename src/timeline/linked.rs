//! A link that selects a timeline item (`?sel=…`, on load or from another view) puts
//! it on the first screen: the chart pans to the item if it lies outside the window,
//! and the page scrolls to its details (beside the chart on a wide screen, under its
//! entry in the list on a phone) if they start off screen. A selection made on the
//! timeline itself, by a click or a key, is left where the reader made it.

use super::{Timeline, commit_scale};
use crate::state::AppState;
use leptos::prelude::*;
use views::state::View;
use views::timeline::nav::ensure_visible;
use views::timeline::view::Form;
use web_sys::Element;

pub fn bring_on_screen(timeline: &Timeline, app: AppState, host: &Element) {
    let (view, selected) = app.state.with_untracked(|s| (s.view, s.selected.clone()));
    if view != View::Timeline || selected.is_none() {
        return;
    }
    if timeline.shown_selection.with_value(|s| *s == selected) {
        return;
    }
    let items = &app.ctx_now().items;
    let Some(ix) = items.iter().position(|i| selected.as_ref() == Some(&i.id)) else {
        return;
    };
    let ui = timeline.ui;
    if ui.with_untracked(|u| u.form == Form::Chart) {
        let s = app
            .state
            .with_untracked(|st| ui.with_untracked(|u| u.scale(items, st)));
        let moved = ensure_visible(&s, items[ix].first_day() as f64);
        if moved != s {
            // Redrawn in the new window, then scrolled (this runs again).
            commit_scale(ui, app, moved);
            return;
        }
    }
    timeline.shown_selection.set_value(selected);
    let target = if ui.with_untracked(|u| u.form == Form::List) {
        ".tl-entry.selected"
    } else {
        ".detail-panel"
    };
    let Ok(Some(el)) = host.query_selector(target) else {
        return;
    };
    let top = el.get_bounding_client_rect().top();
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    // Scrolled to the top of the screen, less the stylesheet's `scroll-margin-top`.
    if top < 0.0 || top > height * 0.75 {
        el.scroll_into_view();
    }
}
