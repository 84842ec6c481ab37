//! A region of the page drawn from markup: the app's one way of putting a writer's
//! string on screen.
//!
//! An effect re-runs `render` whenever what it reads changes and morphs the host into
//! the result (see `crate::morph`): unchanged markup, such as the prerendered front
//! page the visitor is already looking at, is left alone, and the focus is kept.

use super::use_keep_focus::{KeepFocus, use_keep_focus};
use leptos::prelude::*;
use web_sys::Element;

/// Keeps `host` drawn from `render`.
pub fn use_region(host: Element, render: impl Fn() -> String + 'static) {
    let keep = use_keep_focus(&host);
    use_region_then(host, keep, render, || {});
}

/// Keeps `host` drawn from `render`, with the region's focus keeper; `after` runs
/// after each redraw (to measure what was drawn).
pub fn use_region_then(
    host: Element,
    keep: KeepFocus,
    render: impl Fn() -> String + 'static,
    after: impl Fn() + 'static,
) {
    Effect::new(move |_| {
        let html = render();
        let before = keep.before();
        crate::morph::morph(&host, &html);
        keep.restore(before);
        after();
    });
}
