//! Keeps the keyboard focus where it was when a drawing is redrawn from markup.
//!
//! The timeline and the map replace their SVG content on every change; the focused
//! element goes with it, and a keyboard user would be thrown back to the top of the
//! page. This remembers the id of the element focused inside the drawing and, after
//! each redraw, focuses the element with that id again, unless focus has moved on to
//! something else on the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focus handlers for the drawing's container: `(on:focusin, on:focusout)`.
/// `redraws` changes whenever the markup is replaced.
pub fn keep_focus(
    redraws: Memo<String>,
) -> (
    impl Fn(web_sys::FocusEvent) + Copy,
    impl Fn(web_sys::FocusEvent) + Copy,
) {
    let focused_id: StoredValue<Option<String>> = StoredValue::new(None);
    Effect::new(move |_| {
        redraws.track();
        let Some(id) = focused_id.get_value() else {
            return;
        };
        request_animation_frame(move || {
            // Only when the focus fell to the page itself, i.e. went with the old markup.
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
