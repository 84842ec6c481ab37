//! The header region, and its one action: copying the canonical link of the view.
//!
//! The clipboard needs a secure context and the user's permission; where it is
//! refused, the link is shown selected in a field so it can be copied by hand.
//! (leptos-use's `use_clipboard` does not report a refusal, which this needs.)

use crate::hooks::use_hits::use_hits;
use crate::hooks::use_region::use_region;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use views::shell::hit::ShellHit;
use views::shell::{CopyOutcome, ShellUi, header::header_html};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// How long "Link copied" stays, as people expect of such a confirmation.
const CONFIRMATION_MS: u32 = 2_500;

pub fn use_header(host: Element, app: AppState, ui: RwSignal<ShellUi>) {
    use_hits::<ShellHit, web_sys::MouseEvent>(&host, "click", move |hit, _, _| {
        if hit != ShellHit::CopyLink {
            return;
        }
        let href = app.canonical_url();
        let clipboard = window().navigator().clipboard();
        spawn_local(async move {
            let written = JsFuture::from(clipboard.write_text(&href)).await;
            let copied = written.is_ok();
            ui.update(|u| {
                u.copy = if copied {
                    CopyOutcome::Copied
                } else {
                    CopyOutcome::Manual(href)
                }
            });
            if !copied {
                // The link, selected, ready for Ctrl+C.
                if let Some(input) = document()
                    .query_selector("[data-testid=copy-manual]")
                    .ok()
                    .flatten()
                    .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    let _ = input.focus();
                    input.select();
                }
                return;
            }
            gloo_timers::future::TimeoutFuture::new(CONFIRMATION_MS).await;
            if ui.with_untracked(|u| u.copy == CopyOutcome::Copied) {
                ui.update(|u| u.copy = CopyOutcome::Idle);
            }
        });
    });
    use_region(host, move || {
        let mut shell = ui.get();
        // A printed page shows the view's address (the state is tracked just below).
        shell.page_url = app.canonical_url();
        let corpus = app.ctx().corpus;
        app.state.with(|s| header_html(corpus, s, &shell))
    });
}
