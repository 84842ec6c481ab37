//! Full-text search. The URL gets the trimmed query on every keystroke, replacing the
//! history entry; the box keeps the text as typed, spaces included.

use crate::state::{History, use_app};
use leptos::prelude::*;

#[component]
pub fn SearchBox() -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(app.state.get_untracked().query);
    // Back, forward and "clear all" change the query from outside: follow them.
    Effect::new(move |_| {
        let query = app.state.with(|s| s.query.clone());
        if text.with_untracked(|t| t.trim() != query) {
            text.set(query);
        }
    });
    view! {
        <label class="search-box">
            <span class="label">"Search"</span>
            <input
                type="search"
                placeholder="a word, a name: salaries, Meshaal…"
                data-testid="search"
                prop:value=text
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    text.set(value.clone());
                    app.update(History::Replace, |s| s.query = value.trim().to_string());
                }
            />
        </label>
    }
}
