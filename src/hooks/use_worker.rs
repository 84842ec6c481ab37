//! The web worker that draws the faction map and the comparison (see
//! `views::worker`): started when a view first needs it, or adopted when the page's
//! boot script already started it for a link that opens one of those views, so its
//! download runs beside the app's own.
//!
//! Each view asks with [`Worker::ask`] and reads its latest answer from a signal; an
//! answer older than one already shown is dropped, so a fast drag shows the frames
//! the worker manages to draw, in order, and ends on the last. Until the worker says
//! it is ready (an empty message), each view's latest request waits here: a worker
//! drops what arrives before its wasm has started.

use leptos::prelude::*;
use views::worker::{Job, Request, Response};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The worker's script, beside the page (trunk's loader shim for the worker binary).
const SCRIPT: &str = "./worker_loader.js";

/// Requests (as bytes) held until the worker is ready, the latest per view.
type Waiting = Vec<(Drawn, Vec<u8>)>;

/// Which view an answer is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Drawn {
    Map,
    Compare,
}

/// A view's latest answer, or why there is none.
#[derive(Clone, PartialEq, Debug)]
pub enum Answer {
    Waiting,
    Drawn(Response),
    /// The worker could not be started or failed: the view says so.
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Worker {
    worker: StoredValue<Option<web_sys::Worker>, LocalStorage>,
    next_id: StoredValue<u32>,
    /// The highest id sent and shown, per view.
    sent: StoredValue<[(Drawn, u32); 2]>,
    /// Requests waiting for the worker to be ready, the latest per view.
    waiting: StoredValue<Option<Waiting>>,
    shown: StoredValue<[(Drawn, u32); 2]>,
    pub map: RwSignal<Answer>,
    pub compare: RwSignal<Answer>,
}

fn slot(list: &[(Drawn, u32); 2], view: Drawn) -> u32 {
    list.iter()
        .find(|(v, _)| *v == view)
        .map_or(0, |&(_, id)| id)
}

fn set_slot(list: &mut [(Drawn, u32); 2], view: Drawn, id: u32) {
    if let Some(s) = list.iter_mut().find(|(v, _)| *v == view) {
        s.1 = id;
    }
}

impl Worker {
    fn answer_of(&self, view: Drawn) -> RwSignal<Answer> {
        match view {
            Drawn::Map => self.map,
            Drawn::Compare => self.compare,
        }
    }

    /// Asks for a drawing of `view` for the state `query`.
    pub fn ask(&self, view: Drawn, query: String, job: Job) {
        let Some(worker) = self.started() else {
            return;
        };
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.sent.update_value(|s| set_slot(s, view, id));
        let bytes = Request { id, query, job }.to_bytes();
        let queued = self.waiting.try_update_value(|w| match w {
            Some(list) => {
                list.retain(|(v, _)| *v != view);
                list.push((view, bytes.clone()));
                true
            }
            None => false,
        });
        if queued != Some(true) {
            self.post(&worker, &bytes);
        }
    }

    fn post(&self, worker: &web_sys::Worker, bytes: &[u8]) {
        if worker
            .post_message(&js_sys::Uint8Array::from(bytes))
            .is_err()
        {
            self.fail("the drawing worker refused a message".into());
        }
    }

    /// The worker has started: what waited goes now.
    fn ready(&self, worker: &web_sys::Worker) {
        let waiting = self.waiting.try_update_value(Option::take).flatten();
        for (_, bytes) in waiting.unwrap_or_default() {
            self.post(worker, &bytes);
        }
    }

    /// The worker, started or adopted on first use.
    fn started(&self) -> Option<web_sys::Worker> {
        if let Some(w) = self.worker.get_value() {
            return Some(w);
        }
        let adopted = js_sys::Reflect::get(&window(), &"ctWorker".into())
            .ok()
            .and_then(|w| w.dyn_into::<web_sys::Worker>().ok());
        let worker = match adopted.map_or_else(|| web_sys::Worker::new(SCRIPT), Ok) {
            Ok(w) => w,
            Err(_) => {
                self.fail("this browser could not start the drawing worker".into());
                return None;
            }
        };
        let this = *self;
        let me = worker.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let bytes = js_sys::Uint8Array::new(&ev.data()).to_vec();
                if bytes.is_empty() {
                    this.ready(&me);
                } else if let Some(response) = Response::from_bytes(&bytes) {
                    this.receive(response);
                }
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            this.fail("the drawing worker failed to load".into());
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        self.worker.set_value(Some(worker.clone()));
        // Started by the page's boot script, it may have said it is ready already.
        let was_ready =
            js_sys::Reflect::get(&worker, &"ctReady".into()).is_ok_and(|r| r.is_truthy());
        if was_ready {
            self.ready(&worker);
        }
        Some(worker)
    }

    fn receive(&self, response: Response) {
        let view = if response.map.is_some() {
            Drawn::Map
        } else {
            Drawn::Compare
        };
        let newer = response.id >= self.shown.with_value(|s| slot(s, view));
        if newer && response.id <= self.sent.with_value(|s| slot(s, view)) {
            self.shown.update_value(|s| set_slot(s, view, response.id));
            self.answer_of(view).set(Answer::Drawn(response));
        }
    }

    fn fail(&self, why: String) {
        for view in [Drawn::Map, Drawn::Compare] {
            self.answer_of(view).set(Answer::Failed(why.clone()));
        }
    }
}

pub fn use_worker() -> Worker {
    Worker {
        worker: StoredValue::new_local(None),
        next_id: StoredValue::new(1),
        sent: StoredValue::new([(Drawn::Map, 0), (Drawn::Compare, 0)]),
        waiting: StoredValue::new(Some(Vec::new())),
        shown: StoredValue::new([(Drawn::Map, 0), (Drawn::Compare, 0)]),
        map: RwSignal::new(Answer::Waiting),
        compare: RwSignal::new(Answer::Waiting),
    }
}
