//! The web worker: draws the faction map, the comparison and the reader for the app, off the main
//! thread and out of the front page's wasm (see `views::worker`). Trunk builds it as a
//! second wasm binary (`data-type="worker"` in index.html); the app starts it when a
//! view first needs it.
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
use views::worker::{Drawer, Drawn, Request, Response};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    corpus::text::set_without_marks(normalize::without_marks);
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let drawer = embedded::corpus().map(|c| RefCell::new(Drawer::new(Context::new(c))));
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let bytes = Uint8Array::new(&ev.data()).to_vec();
        let Some(request) = Request::from_bytes(&bytes) else {
            return;
        };
        let response = match &drawer {
            Ok(d) => d.borrow_mut().answer(&request),
            Err(why) => Response {
                id: request.id,
                view: request.job.view(),
                html: failed_html(
                    match request.job.view() {
                        Drawn::Map => View::Map,
                        Drawn::Compare => View::Compare,
                        Drawn::Read => View::Read,
                    },
                    why,
                ),
                map: None,
            },
        };
        let _ = reply.post_message(&Uint8Array::from(response.to_bytes().as_slice()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Ready: the app sends what it asked for meanwhile.
    let _ = scope.post_message(&Uint8Array::new_with_length(0));
}
