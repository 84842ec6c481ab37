//! The keyboard in the timeline's drawing: items and clusters are `role=button`
//! groups (Enter and Space), and the arrows move the focus through the items in time
//! order, panning to the one that takes it.

use super::actions::Actions;
use crate::hooks::use_hits::use_hits;
use leptos::prelude::*;
use views::timeline::hit::TimelineHit;
use views::timeline::nav::{key_step, next_item};
use views::timeline::time_order;
use views::timeline::view::visible;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

pub fn use_keys(host: &Element, act: Actions) {
    use_hits::<TimelineHit, KeyboardEvent>(host, "keydown", move |hit, _, ev: &KeyboardEvent| {
        if !act.on_timeline() || !in_drawing(ev) {
            return;
        }
        let key = ev.key();
        if key == "Enter" || key == " " {
            match hit {
                TimelineHit::Item(ix) => act.select(ix),
                TimelineHit::Cluster(c) => act.toggle_cluster(c),
                _ => return,
            }
            ev.prevent_default();
        } else if let Some(step) = key_step(&key) {
            ev.prevent_default();
            let items = act.items();
            let order = act
                .app
                .selection
                .with_untracked(|sel| time_order(items, &visible(items, sel)));
            let current = match hit {
                TimelineHit::Item(ix) => Some(ix),
                _ => act.ui.with_untracked(|u| u.focused),
            };
            if let Some(next) = next_item(&order, current, step) {
                act.focus_item(next);
            }
        }
    });
}

fn in_drawing(ev: &KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|e| e.closest("[data-pan-zoom]").ok().flatten().is_some())
}
