//! The add-an-article worker: runs the dialog (`views::yours::worker`), reading the
//! reader's article with the corpus's own extractor. Trunk builds it as a third wasm
//! binary (`data-type="worker"` in index.html); the app starts it when the dialog
//! first opens, or at start when the browser holds the reader's articles. Only this
//! binary embeds the knowledge base the extractor reads with (`kb.bin`, written by
//! build.rs), the word list and the HTML tokenizer.

use cairo_talks::{embedded, serve::serve};
use views::worker::yours::YoursWorker;
use views::worker::{Drawn, Request, Response};
use views::yours::dialog::Outcome;
use views::yours::form::pending_html;

/// The knowledge base the extractor reads with: the corpus lacks the events' cues.
static KNOWLEDGE_BASE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb.bin"));

fn main() {
    let mut worker = embedded::full_corpus().map(|c| YoursWorker::new(c, KNOWLEDGE_BASE));
    serve(move |request| match &mut worker {
        Ok(w) => w.answer(request),
        Err(why) => failed(request, why),
    });
}

/// The answer when the embedded corpus cannot be read: the form says so.
fn failed(request: &Request, why: &str) -> Option<Response> {
    (request.job.view()? == Drawn::Yours).then(|| Response {
        yours: Some(Box::new(Outcome {
            html: Some(pending_html(Some(why))),
            ..Outcome::default()
        })),
        ..Response::drawing(request.id, Drawn::Yours, String::new())
    })
}
