//! Writes a drawing's markup and keeps the keyboard focus where it was, in one step.
//!
//! The timeline and the map replace their SVG content on every change; the focused
//! element goes with it. Restoring the focus a frame later (as this once did) lost
//! keys pressed in between: a `-` right after a `+` went to the page. So the markup is
//! written here, by hand, and the element with the focused id is focused again in the
//! same synchronous step, before the browser can deliver another key.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Keeps the first element child of `host` (the drawing's `<svg>`) filled with
/// `markup`, rewriting it only when the string changed. Returns the container's
/// `(on:focusin, on:focusout)` handlers, which remember what has the focus.
pub fn keep_focus(
    host: NodeRef<html::Div>,
    markup: Memo<String>,
) -> (
    impl Fn(web_sys::FocusEvent) + Copy,
    impl Fn(web_sys::FocusEvent) + Copy,
) {
    let focused_id: StoredValue<Option<String>> = StoredValue::new(None);
    Effect::new(move |_| {
        let Some(drawing) = host.get().and_then(|h| h.first_element_child()) else {
            return;
        };
        markup.with(|m| {
            if drawing.inner_html() != *m {
                drawing.set_inner_html(m);
            }
        });
        let Some(id) = focused_id.get_value() else {
            return;
        };
        // Only when the focus went with the old markup (it fell to the page itself).
        let lost = document()
            .active_element()
            .is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"));
        if let Some(el) = document().get_element_by_id(&id).filter(|_| lost) {
            if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
                let _ = svg.focus();
            } else if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = html.focus();
            }
        }
    });
    let on_focusin = move |ev: web_sys::FocusEvent| {
        let id = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.id())
            .filter(|id| !id.is_empty());
        focused_id.set_value(id);
    };
    let on_focusout = move |ev: web_sys::FocusEvent| {
        // Focus moved to another element, outside the drawing: forget it.
        let inside = |t: &web_sys::EventTarget| {
            let container = ev
                .current_target()
                .and_then(|c| c.dyn_into::<web_sys::Node>().ok());
            let node = t.dyn_ref::<web_sys::Node>();
            container
                .zip(node)
                .is_some_and(|(c, n)| c.contains(Some(n)))
        };
        if ev.related_target().is_some_and(|t| !inside(&t)) {
            focused_id.set_value(None);
        }
    };
    (on_focusin, on_focusout)
}
