//! Topic chips: the recurring disputes, each a toggle.

use crate::state::{History, use_app};
use leptos::prelude::*;

#[component]
pub fn TopicChips() -> impl IntoView {
    let app = use_app();
    let chips = app
        .corpus
        .topics
        .iter()
        .map(|t| {
            let id = t.id.clone();
            let pressed = {
                let id = id.clone();
                move || app.state.with(|s| s.topics.contains(&id))
            };
            let toggle = move |_| app.update(History::Push, |s| s.toggle_topic(&id));
            view! {
                <li>
                    <button
                        type="button"
                        class="chip topic-chip"
                        aria-pressed=move || if pressed() { "true" } else { "false" }
                        data-testid="topic-chip"
                        data-topic=t.id.clone()
                        title=t.description.clone()
                        on:click=toggle
                    >
                        {t.name.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        // Twelve disputes take room: folded until asked for, or while one is active.
        <details class="chip-group topics" open=move || app.state.with(|s| !s.topics.is_empty())>
            <summary data-testid="topics-toggle">"Topics: the recurring disputes"</summary>
            <ul class="chips">{chips}</ul>
        </details>
    }
}
