//! The application root: router, corpus and view state provided by context.

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_query_map;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let query = use_query_map();
    let view_name = move || query.with(|q| q.get("view").unwrap_or_else(|| "timeline".into()));
    let summary = match crate::embedded::corpus() {
        Ok(corpus) => {
            let first = corpus
                .articles
                .first()
                .map(|a| a.date().year)
                .unwrap_or_default();
            let last = corpus
                .articles
                .last()
                .map(|a| a.date().year)
                .unwrap_or_default();
            format!("{} articles, {first}–{last}", corpus.articles.len())
        }
        Err(e) => format!("The corpus could not be read: {e}"),
    };
    view! {
        <header class="site-header">
            <h1>"Cairo Talks"</h1>
            <p data-testid="corpus-summary">{summary}</p>
        </header>
        <main data-testid="current-view" data-view=view_name>
            {view_name}
        </main>
    }
}
