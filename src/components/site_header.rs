//! The header: the app's name, what the corpus holds, the views and the link to share.

use crate::components::copy_link::CopyLink;
use crate::components::view_tabs::ViewTabs;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let app = use_app();
    let articles = &app.corpus.articles;
    let first = articles.first().map(|a| a.date().year).unwrap_or_default();
    let last = articles.last().map(|a| a.date().year).unwrap_or_default();
    let summary = format!(
        "{} articles, {first}–{last}: rounds of Fatah–Hamas reconciliation talks in Cairo",
        articles.len()
    );
    view! {
        <header class="site-header">
            <div class="brand">
                <h1>"Cairo Talks"</h1>
                <p class="summary" data-testid="corpus-summary">{summary}</p>
            </div>
            <ViewTabs/>
            <CopyLink/>
        </header>
    }
}
