//! The add-an-article worker's side (`src/bin/yours_worker.rs` moves its bytes): the
//! dialog, the extractor and its knowledge base, apart from the worker that draws the
//! views, so a map, comparison or article link never downloads them (issue 10).
//!
//! It keeps its own context, the corpus with the reader's articles, for the form (the
//! entities a name can be linked to, the articles a new one must not repeat); the app
//! passes each new one on to the drawing worker ([`Job::Corpus`]).

use super::{Drawn, Job, Request, Response};
use crate::context::Context;
use crate::state::ViewState;
use crate::yours::dialog::{Desk, Dialog, Shown};
use crate::yours::jobs::Extractor;

pub struct YoursWorker<'a> {
    /// The published corpus: what an article of yours is checked and extracted
    /// against, whatever the reader has added since.
    published: &'a corpus::Corpus,
    ctx: Context<'a>,
    extractor: Extractor,
    dialog: Dialog,
}

impl<'a> YoursWorker<'a> {
    /// `knowledge_base`: what the extractor reads with, as the build encoded it
    /// (`kb.bin`), decoded on the first extraction.
    pub fn new(published: &'a corpus::Corpus, knowledge_base: &'static [u8]) -> Self {
        YoursWorker {
            published,
            ctx: Context::new(published),
            extractor: Extractor::new(knowledge_base),
            dialog: Dialog::default(),
        }
    }

    /// The outcome of the dialog's action `request` asks for; `None` for any other job.
    pub fn answer(&mut self, request: &Request) -> Option<Response> {
        let Job::Dialog { draft, action } = &request.job else {
            return None;
        };
        let (state, _) = ViewState::parse(&request.query, self.ctx.corpus);
        let desk = Desk {
            extractor: &mut self.extractor,
            published: self.published,
            ctx: &self.ctx,
        };
        let (outcome, merged) = (self.dialog).act(desk, &state, draft.clone(), action.clone());
        if let Some(merged) = merged {
            self.ctx = merged.context();
        } else if outcome.shown == Some(Shown::Published) {
            self.ctx = Context::new(self.published);
        }
        Some(Response {
            yours: Some(Box::new(outcome)),
            ..Response::drawing(request.id, Drawn::Yours, String::new())
        })
    }
}
