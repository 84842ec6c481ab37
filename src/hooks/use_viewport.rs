//! Whether the screen is narrow (a phone), from the one breakpoint the views and the
//! stylesheet share (`views::NARROW_MEDIA`, kept equal to the CSS by a test).
//!
//! `window.matchMedia` and its `change` event, by hand: leptos-use's
//! `use_media_query` cost some 3 KB of wasm for these few lines, and the front page's
//! budget has no room for it.

use super::use_event::use_event;
use leptos::prelude::*;

/// True below `views::NARROW_PX` wide, kept current as the window is resized.
pub fn use_viewport() -> Signal<bool> {
    let Some(query) = window().match_media(views::NARROW_MEDIA).ok().flatten() else {
        return Signal::stored(false);
    };
    let narrow = RwSignal::new(query.matches());
    let list = query.clone();
    use_event(&query, "change", move |_: &web_sys::Event| {
        narrow.set(list.matches());
    });
    narrow.into()
}

/// Keeps a view's own "narrow" flag (the field `field` of its UI state) equal to the
/// screen's, so its writer draws the phone form on a phone.
pub fn follow_viewport<U: Send + Sync + 'static>(
    narrow: Signal<bool>,
    ui: RwSignal<U>,
    field: fn(&mut U) -> &mut bool,
) {
    Effect::new(move |_| {
        let narrow = narrow.get();
        let differs = ui.try_update_untracked(|u| *field(u) != narrow);
        if differs == Some(true) {
            ui.update(|u| *field(u) = narrow);
        }
    });
}
