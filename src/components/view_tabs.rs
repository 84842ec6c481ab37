//! Navigation between the four views. Each tab is a real link to the same filters in
//! another view, so it can be opened in a new tab or shared.

use crate::state::{AppState, use_app};
use leptos::prelude::*;
use views::state::View;

#[component]
pub fn ViewTabs() -> impl IntoView {
    let app = use_app();
    let tabs = View::ALL.map(|view| {
        let href = move || {
            app.state.with(|s| {
                let mut next = s.clone();
                next.view = view;
                AppState::href(&next)
            })
        };
        let current = move || app.state.with(|s| s.view == view);
        view! {
            <li>
                <a
                    href=href
                    class="view-tab"
                    class:current=current
                    aria-current=move || current().then_some("page")
                    data-testid=format!("tab-{}", view.as_str())
                >
                    {view.label()}
                </a>
            </li>
        }
    });
    view! {
        <nav class="view-tabs" aria-label="Views">
            <ul>{tabs.into_iter().collect_view()}</ul>
        </nav>
    }
}
