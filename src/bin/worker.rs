//! The web worker: draws the faction map, the comparison and the reader for the app, off the main
//! thread and out of the front page's wasm (see `views::worker`), and runs the
//! add-an-article dialog: reads the reader's article with the corpus's own extractor,
//! keeps their articles and draws with them merged in (`views::yours::dialog`). Trunk builds it as a second wasm
//! binary (`data-type="worker"` in index.html); the app starts it when a view or the
//! add-an-article form first needs it. Only this binary embeds the knowledge base the
//! extractor reads with (`kb.bin`, written by build.rs).
//!
//! It says it is ready with an empty message (what the app sent before that is lost:
//! a worker has no message handler until its wasm has started), then answers every
//! request with the drawing it asks for.

use cairo_talks::{embedded, normalize};
use js_sys::Uint8Array;
use std::cell::RefCell;
use views::context::Context;
use views::page::failed_html;
use views::state::View;
use views::worker::{Drawer, Job, Request, Response};
use views::yours::dialog::Outcome;
use views::yours::form::pending_html;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The knowledge base the extractor reads with: the corpus lacks the events' cues.
static KNOWLEDGE_BASE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb.bin"));

fn main() {
    corpus::text::set_without_marks(normalize::without_marks);
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let drawer = embedded::corpus()
        .map(|c| RefCell::new(Drawer::new(Context::new(c)).with_knowledge_base(KNOWLEDGE_BASE)));
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let bytes = Uint8Array::new(&ev.data()).to_vec();
        let Some(request) = Request::from_bytes(&bytes) else {
            return;
        };
        let response = match &drawer {
            Ok(d) => d.borrow_mut().answer(&request),
            Err(why) => failed(&request, why),
        };
        let _ = reply.post_message(&Uint8Array::from(response.to_bytes().as_slice()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Ready: the app sends what it asked for meanwhile.
    let _ = scope.post_message(&Uint8Array::new_with_length(0));
}

/// The answer when the embedded corpus cannot be read: the view says so, and so does
/// the add-an-article form.
fn failed(request: &Request, why: &str) -> Response {
    let (html, yours) = match request.job {
        Job::Map(_) => (failed_html(View::Map, why), None),
        Job::Compare(_) => (failed_html(View::Compare, why), None),
        Job::Read(_) => (failed_html(View::Read, why), None),
        Job::Dialog { .. } => {
            let outcome = Outcome {
                html: Some(pending_html(Some(why))),
                ..Outcome::default()
            };
            (String::new(), Some(Box::new(outcome)))
        }
    };
    Response {
        id: request.id,
        view: request.job.view(),
        html,
        map: None,
        yours,
    }
}
