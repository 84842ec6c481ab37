//! The copy-link button: copies the full URL of the current view and says so.
//!
//! The clipboard needs a secure context and the user's permission; where it is
//! refused, the link is shown selected in a field so it can be copied by hand.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    Manual(String),
}

#[component]
pub fn CopyLink() -> impl IntoView {
    let outcome = RwSignal::new(Outcome::Idle);
    let copy = move |_| {
        let href = window().location().href().unwrap_or_default();
        let clipboard = window().navigator().clipboard();
        spawn_local(async move {
            let written = JsFuture::from(clipboard.write_text(&href)).await;
            outcome.set(match written {
                Ok(_) => Outcome::Copied,
                Err(_) => Outcome::Manual(href),
            });
            // The confirmation fades after a moment, as people expect.
            gloo_timers::future::TimeoutFuture::new(2_500).await;
            if outcome.get_untracked() == Outcome::Copied {
                outcome.set(Outcome::Idle);
            }
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" data-testid="copy-link" on:click=copy>
                "Copy link to this view"
            </button>
            <span class="copy-status" role="status" aria-live="polite">
                {move || match outcome.get() {
                    Outcome::Copied => view! { <span data-testid="copy-confirmation">"Link copied"</span> }.into_any(),
                    Outcome::Manual(href) => view! {
                        <label>
                            "Copy this link: "
                            <input type="text" readonly prop:value=href on:focus=|ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            }/>
                        </label>
                    }.into_any(),
                    Outcome::Idle => ().into_any(),
                }}
            </span>
        </div>
    }
}
