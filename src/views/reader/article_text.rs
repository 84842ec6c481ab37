//! The article's text with everything the extractor found marked in place (see
//! `markup::text_html`): mentions in their faction's colour (links that filter by the
//! entity), uncurated names, dates (links to the timeline), loaded terms, quotations
//! with their speaker, and the sentences that match the active topic or text filter.

use crate::state::use_app;
use corpus::model::Article;
use leptos::prelude::*;
use views::read::text::{TextLinks, article_html};

#[component]
pub fn ArticleText(article: usize) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let a: &'static Article = &corpus.articles[article];
    let body = move || {
        app.state.with(|state| {
            TextLinks::for_state(state, |links| {
                app.selection.with(|sel| {
                    let hits = sel
                        .query_hits
                        .get(article)
                        .map(Vec::as_slice)
                        .unwrap_or(&[]);
                    let matched = sel.sentences.get(article).map(Vec::as_slice).unwrap_or(&[]);
                    article_html(corpus, a, hits, matched, links)
                })
            })
        })
    };
    // A link to one sentence (`#s12`, from the map's evidence) scrolls to it once drawn.
    Effect::new(move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(id) = hash.strip_prefix('#').filter(|h| h.starts_with('s')) {
            let id = id.to_string();
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id) {
                    // :target does not follow history.pushState; mark it ourselves.
                    let _ = el.class_list().add_1("targeted");
                    el.scroll_into_view();
                }
            });
        }
    });
    view! {
        <article class="article-text" aria-labelledby="article-headline">
            <h2 id="article-headline">{a.headline.clone()}</h2>
            <p class="byline">
                <time datetime=a.date().to_string()>{a.date().label()}</time>
                " · "
                {a.outlet.value.clone().unwrap_or_else(|| "outlet unknown".into())}
                <span class="editorial">" · headline written by the editors"</span>
            </p>
            <div class="legend-inline" aria-hidden="true">
                <span class="mention kind-organization">"named entity"</span>
                <span class="candidate">"uncurated name"</span>
                <span class="date-ref">"date"</span>
                <span class="framing">"loaded term"</span>
                <span class="speaker-tag">"speaker"</span>
            </div>
            <div class="text" inner_html=body></div>
        </article>
    }
}
