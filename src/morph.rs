//! Morphs a part of the page into new markup, touching only what differs.
//!
//! The writers in the `views` crate draw every view as a string; replacing a region's
//! `innerHTML` with it would throw away the focused element (a key pressed right after
//! a redraw went to the page), scroll positions, the prerendered front page the
//! visitor is already looking at, and an input's caret. Instead the new markup is
//! parsed into a detached `<template>` and the live nodes are walked in step with it:
//! same element (same tag, same `id` if any) → its attributes are synced and its
//! children morphed; otherwise the new node is moved in. Elements with an `id` are
//! matched by it among their siblings, so a timeline item keeps its node (and the
//! focus) when it moves. No maintained Rust crate does this; it is morphdom's idea in
//! about a hundred lines.
//!
//! Rules for what the user owns: a focused `<input>` or `<textarea>` keeps the value
//! being typed; a `<details>` keeps whether the reader opened it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlOptionElement, HtmlTemplateElement, Node};

/// Makes `host`'s children equal to `html`. Nothing happens when they already are.
pub fn morph(host: &Element, html: &str) {
    let Ok(template) = host
        .owner_document()
        .unwrap_or_else(leptos::prelude::document)
        .create_element("template")
    else {
        return;
    };
    let Ok(template) = template.dyn_into::<HtmlTemplateElement>() else {
        return;
    };
    template.set_inner_html(html);
    morph_children(host, &template.content());
}

fn key(node: &Node) -> Option<String> {
    node.dyn_ref::<Element>()
        .map(Element::id)
        .filter(|id| !id.is_empty())
}

fn same_kind(a: &Node, b: &Node) -> bool {
    if a.node_type() != b.node_type() || a.node_name() != b.node_name() {
        return false;
    }
    match (a.dyn_ref::<Element>(), b.dyn_ref::<Element>()) {
        // An input that changes type is a different control.
        (Some(x), Some(y)) if x.tag_name() == "INPUT" => {
            x.get_attribute("type") == y.get_attribute("type")
        }
        _ => true,
    }
}

/// Siblings looked at past the current one for a node the new markup keeps while it
/// drops the ones before it (the phone's timeline drops the chart that precedes its
/// list): without this, the list would be rebuilt, and the browser would paint the
/// page's largest text again.
const LOOKAHEAD: usize = 4;

/// A later unkeyed sibling that is the same element as `new` (tag and class), if one
/// stands within [`LOOKAHEAD`] of `old`.
fn lookahead(old: Option<Node>, new: &Node) -> Option<Node> {
    // The attribute, not `className`: on an SVG element that is an SVGAnimatedString,
    // which web-sys cannot read as a string (the wasm traps).
    let class = |n: &Node| {
        n.dyn_ref::<Element>()
            .map(|e| e.get_attribute("class").unwrap_or_default())
    };
    let mut cursor = old?.next_sibling();
    for _ in 0..LOOKAHEAD {
        let c = cursor?;
        if key(&c).is_none()
            && same_kind(&c, new)
            && class(&c) == class(new)
            && class(new).is_some()
        {
            return Some(c);
        }
        cursor = c.next_sibling();
    }
    None
}

fn morph_children(old_parent: &Node, new_parent: &Node) {
    let mut old = old_parent.first_child();
    let mut new = new_parent.first_child();
    while let Some(n) = new {
        let next_new = n.next_sibling();
        let matched = match key(&n) {
            Some(id) => {
                // The element with this id further on among the old siblings, if any.
                let mut cursor = old.clone();
                loop {
                    match cursor {
                        Some(c) if key(&c).as_deref() == Some(id.as_str()) && same_kind(&c, &n) => {
                            break Some(c);
                        }
                        Some(c) => cursor = c.next_sibling(),
                        None => break None,
                    }
                }
            }
            None => old
                .clone()
                .filter(|o| key(o).is_none() && same_kind(o, &n))
                .or_else(|| {
                    // The ones before it are gone from the new markup: drop them, so it
                    // stays where it is (moving a node repaints it).
                    let m = lookahead(old.clone(), &n)?;
                    while let Some(o) = old.clone().filter(|o| *o != m) {
                        old = o.next_sibling();
                        let _ = old_parent.remove_child(&o);
                    }
                    Some(m)
                }),
        };
        match matched {
            Some(m) => {
                if old.as_ref() == Some(&m) {
                    old = m.next_sibling();
                } else {
                    let _ = old_parent.insert_before(&m, old.as_ref());
                }
                if !already(&m, &n) {
                    morph_node(&m, &n);
                }
            }
            None => {
                let _ = old_parent.insert_before(&n, old.as_ref());
            }
        }
        new = next_new;
    }
    while let Some(o) = old {
        old = o.next_sibling();
        let _ = old_parent.remove_child(&o);
    }
}

/// Form controls: their live value, checked or selected state is not in their
/// attributes, so a subtree holding one is always walked.
const CONTROLS: &str = "input, select, option, textarea";

/// Whether `old` already is `new`, subtree and all: one call for the browser to
/// compare, where walking it here crosses into JS for every node and attribute (most
/// of a redraw is unchanged: the other rounds, the other chips).
fn already(old: &Node, new: &Node) -> bool {
    old.is_equal_node(Some(new))
        && new.dyn_ref::<Element>().is_none_or(|e| {
            !e.matches(CONTROLS).unwrap_or(true)
                && e.query_selector(CONTROLS).ok().flatten().is_none()
        })
}

fn morph_node(old: &Node, new: &Node) {
    let (Some(o), Some(n)) = (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) else {
        // Text and comments.
        if old.node_value() != new.node_value() {
            old.set_node_value(new.node_value().as_deref());
        }
        return;
    };
    let tag = o.tag_name();
    let owned_by_user = |name: &str| tag == "DETAILS" && name == "open";
    let attrs = n.attributes();
    for i in 0..attrs.length() {
        if let Some(a) = attrs.item(i) {
            let (name, value) = (a.name(), a.value());
            if !owned_by_user(&name) && o.get_attribute(&name).as_deref() != Some(value.as_str()) {
                let _ = o.set_attribute(&name, &value);
            }
        }
    }
    let old_attrs = o.attributes();
    let mut i = old_attrs.length();
    while i > 0 {
        i -= 1;
        if let Some(a) = old_attrs.item(i) {
            let name = a.name();
            if !owned_by_user(&name) && !n.has_attribute(&name) {
                let _ = o.remove_attribute(&name);
            }
        }
    }
    let focused = || {
        leptos::prelude::document()
            .active_element()
            .is_some_and(|a| a == *o)
    };
    match tag.as_str() {
        "INPUT" => {
            if let Some(input) = o.dyn_ref::<HtmlInputElement>() {
                let kind = input.type_();
                if kind == "checkbox" || kind == "radio" {
                    input.set_checked(n.has_attribute("checked"));
                } else if !focused() {
                    let value = n.get_attribute("value").unwrap_or_default();
                    if input.value() != value {
                        input.set_value(&value);
                    }
                }
            }
            return;
        }
        "TEXTAREA" => {
            // Its children are its default value; the live value is the user's.
            return;
        }
        "OPTION" => {
            if let Some(option) = o.dyn_ref::<HtmlOptionElement>() {
                option.set_selected(n.has_attribute("selected"));
            }
        }
        _ => {}
    }
    morph_children(old, new);
}
