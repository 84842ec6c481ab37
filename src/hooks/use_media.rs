//! Whether a media query matches (`views::NARROW_MEDIA` for a phone,
//! `views::palette::DARK_MEDIA` for the dark scheme), kept current, and a view's UI
//! state kept equal to it.
//!
//! `window.matchMedia` and its `change` event, by hand: leptos-use's
//! `use_media_query` cost some 3 KB of wasm for these few lines, and the front page's
//! budget has no room for it.

use super::use_event::use_event;
use leptos::prelude::*;

/// True while `query` matches, kept current as the window or the reader's settings
/// change; false where the browser cannot tell.
pub fn use_media(query: &str) -> Signal<bool> {
    let Some(list) = window().match_media(query).ok().flatten() else {
        return Signal::stored(false);
    };
    let matches = RwSignal::new(list.matches());
    let current = list.clone();
    use_event(&list, "change", move |_: &web_sys::Event| {
        matches.set(current.matches());
    });
    matches.into()
}

/// Keeps a view's own flag (the field `field` of its UI state: its phone form, its
/// dark scheme) equal to `media`, so its writer draws what the screen asks for.
pub fn follow_media<U: Send + Sync + 'static>(
    media: Signal<bool>,
    ui: RwSignal<U>,
    field: fn(&mut U) -> &mut bool,
) {
    Effect::new(move |_| {
        let now = media.get();
        let differs = ui.try_update_untracked(|u| *field(u) != now);
        if differs == Some(true) {
            ui.update(|u| *field(u) = now);
        }
    });
}
