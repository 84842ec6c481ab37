//! The articles to open, in date order; those the filters exclude are left out.

use crate::state::use_app;
use leptos::prelude::*;
use views::state::View;

#[component]
pub fn ArticleList() -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let cards = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(ix, a)| {
            let id = a.id.clone();
            let href = move || {
                app.href_with(|s| {
                    s.view = View::Read;
                    s.article = Some(id.clone());
                })
            };
            let passes = move || app.selection.with(|sel| sel.articles.get(ix).copied().unwrap_or(true));
            let topics = a
                .topic_ixs()
                .into_iter()
                .map(|t| view! { <li>{corpus.topics[t as usize].name.clone()}</li> })
                .collect_view();
            view! {
                <li class="article-card" data-testid="article-card" data-article=a.id.clone() hidden=move || !passes() aria-hidden=move || (!passes()).then_some("true")>
                    <a href=href>
                        <time datetime=a.date().to_string()>{a.date().label()}</time>
                        <h3>{a.headline.clone()}</h3>
                    </a>
                    <p class="outlet">{a.outlet.value.clone().unwrap_or_else(|| "outlet unknown".into())}</p>
                    <ul class="topic-list">{topics}</ul>
                </li>
            }
        })
        .collect_view();
    let shown = move || {
        app.selection
            .with(|s| s.articles.iter().filter(|&&p| p).count())
    };
    view! {
        <section class="article-list">
            <h2>"Articles"</h2>
            <p class="count" role="status">
                {move || format!("{} of {} articles match the filters", shown(), corpus.articles.len())}
            </p>
            <ol>{cards}</ol>
        </section>
    }
}
