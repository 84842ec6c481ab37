//! A web worker of the app's: the one that draws the faction map, the comparison and
//! the reader ([`DRAWING`], see `views::worker`), or the one that runs the
//! add-an-article dialog ([`YOURS`]). Each is started when first needed (the drawing
//! one a little before: see [`Worker::warm`]); the drawing one is adopted when the
//! page's boot script already started it for a link that opens one of its views, so
//! its download runs beside the app's own.
//!
//! Each view asks with [`Worker::ask`] and reads its latest answer from a signal; an
//! answer older than one already shown is dropped, so a fast drag shows the frames
//! the worker manages to draw, in order, and ends on the last. Until the worker says
//! it is ready (an empty message), each view's latest request waits here: a worker
//! drops what arrives before its wasm has started.

use leptos::prelude::*;
use views::worker::{Drawn, Job, Request, Response};
use views::yours::dialog::Shown;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A worker: its script beside the page (trunk's loader shim for its binary), and its
/// name in what the page says when it fails.
#[derive(Clone, Copy)]
pub struct Script {
    path: &'static str,
    name: &'static str,
}

/// The worker that draws the map, the comparison and the reader.
pub const DRAWING: Script = Script {
    path: "./worker_loader.js",
    name: "the drawing worker",
};

/// The worker that runs the add-an-article dialog.
pub const YOURS: Script = Script {
    path: "./yours_worker_loader.js",
    name: "the add-an-article worker",
};

/// The styles of what the workers draw (views and the dialog's form), beside the
/// page: fetched with either worker, as the front page needs none of them (the boot
/// script may have added them already).
const STYLES: &str = "./worker.css";
const STYLES_ID: &str = "worker-css";

/// The views the worker draws (and the add-an-article form it reads for, and the
/// whole corpus it sends), in the order of the per-view slots below.
const VIEWS: [Drawn; 6] = [
    Drawn::Map,
    Drawn::Compare,
    Drawn::Read,
    Drawn::Promises,
    Drawn::Yours,
    Drawn::Articles,
];

/// Requests (as bytes) held until the worker is ready: the corpus to draw with, every
/// action of the dialog (`None`) in order, and the latest drawing of each kind.
type Waiting = Vec<(Option<std::mem::Discriminant<Job>>, Vec<u8>)>;

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
    script: Script,
    worker: StoredValue<Option<web_sys::Worker>, LocalStorage>,
    next_id: StoredValue<u32>,
    /// The highest id sent and shown, per view (in the order of [`VIEWS`]).
    sent: StoredValue<[u32; VIEWS.len()]>,
    shown: StoredValue<[u32; VIEWS.len()]>,
    /// Requests waiting for the worker to be ready; `None` once it is.
    waiting: StoredValue<Option<Waiting>>,
    /// The latest answer per view (in the order of [`VIEWS`]).
    answers: [RwSignal<Answer>; VIEWS.len()],
}

fn slot(view: Drawn) -> usize {
    VIEWS.iter().position(|v| *v == view).unwrap_or(0)
}

impl Worker {
    /// The latest answer for `view`.
    pub fn answer(&self, view: Drawn) -> RwSignal<Answer> {
        self.answers[slot(view)]
    }

    /// Starts the worker ahead of need (a round's details offer to read its article).
    pub fn warm(&self) {
        let _ = self.started();
    }

    /// Asks for `view`'s drawing whenever the state or what `job` reads changes, while
    /// `view` is the one shown (a hidden view costs the worker nothing); a `job` of
    /// `None` is not ready to ask yet (the map's box is not measured).
    pub fn draw_while_shown(
        &self,
        app: crate::state::AppState,
        view: views::state::View,
        job: impl Fn() -> Option<Job> + 'static,
    ) {
        let this = *self;
        Effect::new(move |_| {
            let (on, query) = app.state.with(|s| (s.view == view, s.to_query()));
            // The reader's articles came or went: the drawing changes too.
            let _ = app.ctx();
            if let (true, Some(job)) = (on, job()) {
                this.ask(query, job);
            }
        });
    }

    /// Posts `bytes` to a ready worker, or queues them (a job replacing one of the same
    /// `kind`) until it is ready; `None`: not started, so queued.
    fn send_or_queue(
        &self,
        worker: Option<&web_sys::Worker>,
        kind: Option<std::mem::Discriminant<Job>>,
        bytes: Vec<u8>,
    ) {
        let queued = self.waiting.try_update_value(|w| match w {
            Some(list) => {
                if kind.is_some() {
                    list.retain(|(k, _)| *k != kind);
                }
                list.push((kind, bytes.clone()));
                true
            }
            None => false,
        });
        if queued != Some(true)
            && let Some(worker) = worker
        {
            self.post(worker, &bytes);
        }
    }

    /// Asks for a drawing for the state `query` (or a job of the form); the id the
    /// answer will carry.
    pub fn ask(&self, query: String, job: Job) -> Option<u32> {
        let worker = self.started()?;
        let view = job.view()?;
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.sent.update_value(|s| s[slot(view)] = id);
        // Every action of the dialog counts; of a view, only the latest drawing.
        let kind = (view != Drawn::Yours).then(|| std::mem::discriminant(&job));
        self.send_or_queue(Some(&worker), kind, Request { id, query, job }.to_bytes());
        Some(id)
    }

    /// Draws with `shown` from now on (the reader's articles changed), without starting
    /// the worker: one started later gets it before anything else (see `ready`).
    pub fn show(&self, shown: Shown) {
        let job = Job::Corpus(shown);
        let kind = Some(std::mem::discriminant(&job));
        let bytes = Request {
            id: 0,
            query: String::new(),
            job,
        }
        .to_bytes();
        self.send_or_queue(self.worker.get_value().as_ref(), kind, bytes);
    }

    fn post(&self, worker: &web_sys::Worker, bytes: &[u8]) {
        if worker
            .post_message(&js_sys::Uint8Array::from(bytes))
            .is_err()
        {
            self.fail(&format!("{} refused a message", self.script.name));
        }
    }

    /// The worker has started: what waited goes now, the corpus and the dialog's
    /// actions before the drawings (which draw with the reader's articles).
    fn ready(&self, worker: &web_sys::Worker) {
        let waiting = self
            .waiting
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_default();
        let corpus = Some(std::mem::discriminant(&Job::Corpus(Shown::Published)));
        let rank = |kind| match kind {
            k if k == corpus => 0,
            None => 1,
            Some(_) => 2,
        };
        for first in 0..3 {
            for (kind, bytes) in &waiting {
                if rank(*kind) == first {
                    self.post(worker, bytes);
                }
            }
        }
    }

    /// The worker, started or adopted on first use.
    fn started(&self) -> Option<web_sys::Worker> {
        if let Some(w) = self.worker.get_value() {
            return Some(w);
        }
        let script = self.script;
        // Only the drawing worker is started by the boot script.
        let adopted = js_sys::Reflect::get(&window(), &"ctWorker".into())
            .ok()
            .filter(|_| script.path == DRAWING.path)
            .and_then(|w| w.dyn_into::<web_sys::Worker>().ok());
        with_styles();
        let Ok(worker) = adopted.map_or_else(|| web_sys::Worker::new(script.path), Ok) else {
            self.fail(&format!("this browser could not start {}", script.name));
            return None;
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
            this.fail(&format!("{} failed to load", script.name));
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
        let i = slot(response.view);
        let newer = response.id >= self.shown.with_value(|s| s[i]);
        if newer && response.id <= self.sent.with_value(|s| s[i]) {
            self.shown.update_value(|s| s[i] = response.id);
            self.answers[i].set(Answer::Drawn(response));
        }
    }

    fn fail(&self, why: &str) {
        for answer in self.answers {
            answer.set(Answer::Failed(why.to_string()));
        }
    }
}

/// Adds the worker's stylesheet to the page, once.
fn with_styles() {
    let doc = document();
    if doc.get_element_by_id(STYLES_ID).is_some() {
        return;
    }
    let Ok(link) = doc.create_element("link") else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", STYLES);
    link.set_id(STYLES_ID);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&link);
    }
}

pub fn use_worker(script: Script) -> Worker {
    Worker {
        script,
        worker: StoredValue::new_local(None),
        next_id: StoredValue::new(1),
        sent: StoredValue::new([0; VIEWS.len()]),
        shown: StoredValue::new([0; VIEWS.len()]),
        waiting: StoredValue::new(Some(Vec::new())),
        answers: [(); VIEWS.len()].map(|_| RwSignal::new(Answer::Waiting)),
    }
}
