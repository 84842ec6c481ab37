//! A listener on a page element for the life of the app.
//!
//! leptos-use's `use_event_listener` watches its target reactively, and each call
//! compiled to its own copy of that machinery (about 1.5 KB of wasm per listener, some
//! thirty listeners). The regions this app listens on never change, so a plain
//! `gloo-events` listener does: every handler goes through one boxed closure type.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

/// Calls `handler` with every `event` on `target`, as the event type `E`. The handler
/// may prevent the default (gloo's own default is a passive listener, which may not).
pub fn use_event<E: JsCast>(
    target: &EventTarget,
    event: &'static str,
    handler: impl FnMut(&E) + 'static,
) {
    use_event_with(
        target,
        event,
        EventListenerOptions::enable_prevent_default(),
        handler,
    );
}

/// The same, with options: `passive: false` to be able to prevent scrolling, or the
/// capture phase for events that do not bubble (`scroll`).
pub fn use_event_with<E: JsCast>(
    target: &EventTarget,
    event: &'static str,
    options: EventListenerOptions,
    mut handler: impl FnMut(&E) + 'static,
) {
    EventListener::new_with_options(target, event, options, move |ev: &Event| {
        handler(ev.unchecked_ref::<E>())
    })
    .forget();
}
