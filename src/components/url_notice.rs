//! The notice that lists what the URL asked for but could not be shown. The rest of
//! the view loads anyway; the notice can be dismissed until the URL changes.

use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn UrlNotice() -> impl IntoView {
    let app = use_app();
    // The ignored list the reader dismissed; a new list shows again.
    let dismissed = RwSignal::new(Vec::new());
    let visible = move || {
        let ignored = app.ignored.get();
        (!ignored.is_empty() && dismissed.with(|d| *d != ignored)).then_some(ignored)
    };
    move || {
        visible().map(|ignored| {
            let items = ignored
                .iter()
                .map(|i| {
                    view! {
                        <li>
                            <code>{format!("{}={}", i.key, i.value)}</code>
                            ": "
                            {i.reason.clone()}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <aside class="url-notice" data-testid="url-notice" role="status">
                    <p>"Part of this link could not be used and was ignored:"</p>
                    <ul>{items}</ul>
                    <button
                        type="button"
                        on:click=move |_| dismissed.set(app.ignored.get_untracked())
                    >
                        "Dismiss"
                    </button>
                </aside>
            }
        })
    }
}
