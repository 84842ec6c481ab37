//! The value of a form control, whatever its kind (input, select, textarea): what the
//! filter bar and the add-article dialog read from the page.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The control's value; empty for an element that is none.
pub fn value(el: &Element) -> String {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.value()
    } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.value()
    } else {
        String::new()
    }
}

/// The value of the control with this id; empty when there is none.
pub fn value_by_id(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .map(|el| value(&el))
        .unwrap_or_default()
}
