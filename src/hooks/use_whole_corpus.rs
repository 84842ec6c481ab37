//! The whole corpus, texts and annotations, asked of the drawing worker once a view
//! drawn here needs a text: the front page's wasm embeds its articles abridged
//! (`embedded::corpus`), so a round's or an event's details (its lead, quotations,
//! sentences) and a text search (`q`) wait for it. It is asked once, when first
//! needed; the timeline and the filters never need it.

use super::use_worker::{Answer, Worker};
use crate::state::AppState;
use leptos::prelude::*;
use views::context::Context;
use views::worker::{Drawn, Job};

pub fn use_whole_corpus(app: AppState, worker: Worker) {
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        let needs = app
            .state
            .with(|s| s.selected.is_some() || !s.query.trim().is_empty());
        let _ = app.ctx();
        if needs && app.abridged() && !asked.get_value() {
            asked.set_value(true);
            worker.ask(String::new(), Job::Articles);
        }
    });
    Effect::new(move |_| {
        let bytes = worker.answer(Drawn::Articles).with(|a| match a {
            Answer::Drawn(r) => r.articles.clone(),
            _ => None,
        });
        // Bytes that do not decode came from our own worker: the details stay short.
        if let Some(Ok(corpus)) = bytes.map(|b| corpus::Corpus::decode(&b)) {
            // Leaked: once in the life of the page.
            let corpus: &'static corpus::Corpus = Box::leak(Box::new(corpus));
            app.install_whole(Box::leak(Box::new(Context::new(corpus))));
        }
    });
}
