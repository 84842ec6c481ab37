//! Keeps the keyboard focus inside a region across redraws, synchronously.
//!
//! A morph keeps the focused element in place when it survives; when it does not (an
//! item folded into a cluster, a panel redrawn), the focus would fall to the page and
//! the next key would be lost. This remembers the id of the element last focused in
//! the region and, right after a redraw, focuses it again, or the element a handler
//! asked for, in the same task, before the browser delivers another key. When that
//! element is gone for good (a zoom left the focused item out of view), the focus
//! goes to the drawing's own tab stop, so the keys keep working on the drawing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, SvgElement};

/// The focus keeper of one region.
#[derive(Clone, Copy)]
pub struct KeepFocus {
    /// The id of the element that has (or last had) the focus in the region.
    focused: StoredValue<Option<String>>,
    /// An element to focus after the next redraw, when it is not there yet.
    requested: StoredValue<Option<String>>,
    /// The focused element was in a drawing (`[data-pan-zoom]`).
    in_drawing: StoredValue<bool>,
    host: StoredValue<Element, LocalStorage>,
}

/// Focuses the element, whether HTML or SVG.
pub fn focus(el: &Element) {
    if let Some(svg) = el.dyn_ref::<SvgElement>() {
        let _ = svg.focus();
    } else if let Some(html) = el.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    }
}

impl KeepFocus {
    /// Focuses the element with `id` now if it is there, else after the next redraw.
    pub fn request(&self, id: String) {
        match document().get_element_by_id(&id) {
            Some(el) => focus(&el),
            None => self.requested.set_value(Some(id)),
        }
    }

    /// Call right before a redraw: the element that has the focus now.
    pub fn before(&self) -> Option<Element> {
        document().active_element()
    }

    /// Call right after a redraw, with what [`KeepFocus::before`] returned: when the
    /// redraw took the focus away (it removed the focused element, or moved it, which
    /// blurs it too), the focus goes back to it, or to the element with its id, or to
    /// the one a handler asked for. A focus already moving elsewhere (mid-Tab, when
    /// the page has it for an instant) is left alone.
    pub fn restore(&self, before: Option<Element>) {
        let doc = document();
        let on_page = |el: &Element| el.tag_name().eq_ignore_ascii_case("body");
        let mine = |b: &Element| {
            !b.is_connected() || self.host.with_value(|h| h.contains(Some(b.as_ref())))
        };
        let lost = before
            .as_ref()
            .filter(|b| !on_page(b) && mine(b) && doc.active_element().is_none_or(|a| on_page(&a)));
        if let Some(el) = self
            .requested
            .try_update_value(Option::take)
            .flatten()
            .and_then(|id| doc.get_element_by_id(&id))
        {
            focus(&el);
            return;
        }
        let Some(before) = lost else { return };
        if before.is_connected() {
            focus(before);
            return;
        }
        let target = self
            .focused
            .get_value()
            .and_then(|id| doc.get_element_by_id(&id))
            .or_else(|| {
                // Gone for good: the drawing's tab stop takes the focus.
                self.in_drawing
                    .get_value()
                    .then(|| {
                        self.host.with_value(|h| {
                            h.query_selector(r#"[data-pan-zoom] [tabindex="0"]"#)
                                .ok()
                                .flatten()
                        })
                    })
                    .flatten()
            });
        if let Some(el) = target {
            focus(&el);
        }
    }
}

/// Watches focus moving in and out of `host`.
pub fn use_keep_focus(host: &Element) -> KeepFocus {
    let keep = KeepFocus {
        focused: StoredValue::new(None),
        requested: StoredValue::new(None),
        in_drawing: StoredValue::new(false),
        host: StoredValue::new_local(host.clone()),
    };
    crate::hooks::use_event::use_event(host, "focusin", move |ev: &web_sys::FocusEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let id = target.as_ref().map(|e| e.id()).filter(|id| !id.is_empty());
        let in_drawing = target
            .and_then(|e| e.closest("[data-pan-zoom]").ok().flatten())
            .is_some();
        keep.focused.set_value(id);
        keep.in_drawing.set_value(in_drawing);
    });
    let container = host.clone();
    crate::hooks::use_event::use_event(host, "focusout", move |ev: &web_sys::FocusEvent| {
        // Focus moved to an element outside the region: forget it.
        let outside = ev
            .related_target()
            .is_some_and(|t| !container.contains(t.dyn_ref::<web_sys::Node>()));
        if outside {
            keep.focused.set_value(None);
        }
    });
    keep
}
