//! The reader's articles in `localStorage` (see `views::yours::store` for the format).
//! A browser that refuses storage (private mode, a full quota) keeps them for the
//! visit only, and the form says nothing was lost of what is on screen.

use leptos::prelude::window;
use views::yours::store::{KEY, Stored};

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// What the browser holds; an empty store when it holds nothing readable.
pub fn load() -> Stored {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map(|text| Stored::decode(&text))
        .unwrap_or_default()
}

/// Keeps `stored`; `false` when the browser refused.
pub fn save(stored: &Stored) -> bool {
    let Some(s) = storage() else { return false };
    if stored.articles.is_empty() && stored.edits == Default::default() {
        return s.remove_item(KEY).is_ok();
    }
    s.set_item(KEY, &stored.encode()).is_ok()
}
