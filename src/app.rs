//! The application root: decodes the corpus once, provides the URL-backed state by
//! context and lays out the shell around the current view.

use crate::components::filter_bar::FilterBar;
use crate::components::site_header::SiteHeader;
use crate::components::url_notice::UrlNotice;
use crate::state::AppState;
use crate::views::CurrentView;
use leptos::prelude::*;
use leptos_router::components::Router;
use views::filter::SearchIndex;

/// The root. All state is in the query string of the one page, so the router needs no
/// routes and no base: links are query-only (`?view=map`) and resolve under whatever
/// sub-path the page is served from.
#[component]
pub fn App() -> impl IntoView {
    match crate::embedded::corpus() {
        Ok(corpus) => {
            // Built once; every filter change reuses it.
            let index: &'static SearchIndex = Box::leak(Box::new(SearchIndex::new(corpus)));
            view! {
                <Router>
                    <Shell corpus index/>
                </Router>
            }
            .into_any()
        }
        Err(error) => view! {
            <main class="fatal">
                <h1>"Cairo Talks"</h1>
                <p>"The embedded corpus could not be read: " {error}</p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn Shell(corpus: &'static corpus::Corpus, index: &'static SearchIndex) -> impl IntoView {
    let app = AppState::new(corpus, index);
    provide_context(app);
    // The tab's title names the view, and the article when one is open.
    Effect::new(move |_| {
        let state = app.state.get();
        let mut title = state.view.label().to_string();
        if let Some(article) = state.article.as_deref().and_then(|id| corpus.article(id))
            && state.view == views::state::View::Read
        {
            title = format!("{} · {}", article.headline, title);
        }
        document().set_title(&format!("{title} · Cairo Talks"));
    });
    view! {
        <style>{views::palette::css_variables()}</style>
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader/>
        <UrlNotice/>
        <FilterBar/>
        <main id="main" tabindex="-1" data-testid="current-view" data-view=move || app.state.with(|s| s.view.as_str())>
            <CurrentView/>
        </main>
        <footer class="site-footer">
            <p>
                "Five articles on Fatah–Hamas reconciliation rounds in Cairo, 2013–2025. "
                "Headlines are written by the editors; dates and outlets marked "
                <span class="prov prov-inferred">"inferred"</span>
                " were researched from outside the text."
            </p>
        </footer>
    }
}
