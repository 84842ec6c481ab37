//! Delegated events for drawn markup: one listener on a region, and the typed hit the
//! event landed on (see `views::hit`), read from the closest `data-hit` element.

use super::use_event::use_event;
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
/// lands on one; the event comes as its type `E` (`MouseEvent`, `KeyboardEvent`…).
pub fn use_hits<H, E>(
    host: &Element,
    event: &'static str,
    handler: impl Fn(H, &Element, &E) + 'static,
) where
    H: Hit + 'static,
    E: wasm_bindgen::JsCast + AsRef<Event>,
{
    use_event(host, event, move |ev: &E| {
        if let Some((hit, el)) = hit_of::<H>(ev.as_ref()) {
            handler(hit, &el, ev);
        }
    });
}
