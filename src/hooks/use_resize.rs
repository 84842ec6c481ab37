//! Measures drawn elements once the browser has laid them out, not right after each
//! redraw.
//!
//! A `ResizeObserver` reports after the browser's own layout for the next frame, so
//! reading a box in its callback costs nothing; reading it right after a redraw
//! forces a layout of the half-built page in the middle of the app's work. It also
//! reports a box that changes for any other reason (the window, the filter bar), so
//! the views need no `resize` listener. By hand, as `use_media`: leptos-use's
//! `use_resize_observer` watches a `NodeRef`, and these elements come from markup.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, ResizeObserver};

#[derive(Clone, Copy)]
pub struct Resize {
    observer: StoredValue<Option<ResizeObserver>, LocalStorage>,
}

impl Resize {
    /// Watches what `selectors` find in `host` now (after a redraw), from scratch: each
    /// is measured in the next frame, and whenever its box changes after.
    pub fn watch(&self, host: &Element, selectors: &str) {
        let Some(observer) = self.observer.get_value() else {
            return;
        };
        observer.disconnect();
        if let Ok(found) = host.query_selector_all(selectors) {
            for i in 0..found.length() {
                if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    observer.observe(&el);
                }
            }
        }
    }
}

/// Calls `on_resize` once the elements [`Resize::watch`] names are laid out, and
/// whenever their box changes. Every browser that runs the app's wasm has a
/// `ResizeObserver` but the oldest (2017–2019); there nothing is measured, and the map
/// is drawn at its default size (`map::use_map`).
pub fn use_resize(on_resize: impl Fn() + 'static) -> Resize {
    let callback = Closure::<dyn FnMut()>::new(on_resize);
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    callback.forget();
    Resize {
        observer: StoredValue::new_local(observer),
    }
}
