//! The message loop both worker binaries run (`src/bin/worker.rs` draws the views,
//! `src/bin/yours_worker.rs` runs the add-an-article dialog): bytes in, a request, its
//! answer, bytes out.
//!
//! A worker says it is ready with an empty message: what the app sent before that is
//! lost (a worker has no message handler until its wasm has started), so the app
//! holds its requests until then (`hooks::use_worker`).

use js_sys::Uint8Array;
use views::worker::{Request, Response};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Answers every request with `answer` (a job without an answer gets none), then says
/// the worker is ready.
pub fn serve(mut answer: impl FnMut(&Request) -> Option<Response> + 'static) {
    corpus::text::set_without_marks(crate::normalize::without_marks);
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let bytes = Uint8Array::new(&ev.data()).to_vec();
        let Some(request) = Request::from_bytes(&bytes) else {
            return;
        };
        if let Some(response) = answer(&request) {
            let _ = reply.post_message(&Uint8Array::from(response.to_bytes().as_slice()));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&Uint8Array::new_with_length(0));
}
