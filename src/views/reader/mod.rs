//! The reader: one article with everything extracted from it, or the list of articles
//! to choose from when none is open.

mod article_facts;
mod article_list;
mod article_text;

use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ReaderView() -> impl IntoView {
    let app = use_app();
    let open = Memo::new(move |_| {
        app.state.with(|s| {
            s.article
                .as_deref()
                .and_then(|id| app.corpus.article_ix(id))
        })
    });
    move || match open.get() {
        Some(ix) => view! {
            <div class="reader">
                <article_text::ArticleText article=ix/>
                <article_facts::ArticleFacts article=ix/>
            </div>
        }
        .into_any(),
        None => view! { <article_list::ArticleList/> }.into_any(),
    }
}
