//! Delegated events for drawn markup: one listener on a region, and the typed hit the
//! event landed on (see `views::hit`), read from the closest `data-hit` element.

use leptos::ev::EventDescriptor;
use views::hit::Hit;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// The hit an event landed on, and the element that carries it.
pub fn hit_of<H: Hit>(ev: &Event) -> Option<(H, Element)> {
    let el = ev
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("[data-hit]")
        .ok()??;
    let hit = H::decode(&el.get_attribute("data-hit")?)?;
    Some((hit, el))
}

/// Calls `handler` with the hit (and the element) of every `event` on `host` that
/// lands on one.
pub fn use_hits<H, Ev>(
    host: &Element,
    event: Ev,
    handler: impl Fn(H, &Element, &Ev::EventType) + 'static,
) where
    H: Hit + 'static,
    Ev: EventDescriptor + 'static,
    Ev::EventType: AsRef<Event>,
{
    let _ = leptos_use_event_listener::use_event_listener(
        host.clone(),
        event,
        move |ev: Ev::EventType| {
            if let Some((hit, el)) = hit_of::<H>(ev.as_ref()) {
                handler(hit, &el, &ev);
            }
        },
    );
}
