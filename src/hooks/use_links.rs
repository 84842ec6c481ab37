//! Links inside the page stay inside the app: a plain click on `<a href="?view=map">`
//! (or `./`, or `?…#s12`) changes the state through the History API instead of
//! reloading, so Back and Forward work and nothing is fetched again. Every link is
//! still a real link: it opens in a new tab, can be copied, and works before the wasm
//! has arrived.

use super::use_event::use_event;
use crate::state::{AppState, History};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

pub fn use_links(app: AppState) {
    use_event(&document(), "click", move |ev: &MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(a) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !a.target().is_empty() || a.has_attribute("download") {
            return;
        }
        let here = window().location();
        // The root, or this page (a pretty path's page links to the root: `<base>`).
        let same_page = a.origin() == here.origin().unwrap_or_default()
            && (a.pathname() == here.pathname().unwrap_or_default()
                || a.pathname() == crate::state::app_root());
        // A bare `#id` (the skip link; on a pretty path's page, the page's own path and
        // `#main`) is the browser's to follow.
        let only_hash = a.get_attribute("href").is_some_and(|h| h.starts_with('#'))
            || (a.search().is_empty()
                && !a.hash().is_empty()
                && a.pathname() == here.pathname().unwrap_or_default());
        if !same_page || only_hash {
            return;
        }
        ev.prevent_default();
        app.go_to_url(&a.search(), &a.hash(), History::Push);
        // A new view starts at its top, as a page would.
        if a.hash().is_empty() {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}
