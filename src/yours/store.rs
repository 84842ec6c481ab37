//! The reader's articles in `localStorage`: one string, which only the worker reads
//! and writes (`views::yours::store` has the format; a worker has no storage). A
//! browser that refuses storage (private mode, a full quota) keeps them for the visit
//! only, and the dialog says so.

use leptos::prelude::window;
use views::yours::store::KEY;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// What the browser holds; empty when it holds nothing.
pub fn load() -> String {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .unwrap_or_default()
}

/// Keeps `text` (empty: removes the key); `false` when the browser refused.
pub fn save(text: &str) -> bool {
    let Some(s) = storage() else { return false };
    if text.is_empty() {
        return s.remove_item(KEY).is_ok();
    }
    s.set_item(KEY, text).is_ok()
}
