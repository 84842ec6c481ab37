//! The promises tracker's wiring. The drawing worker draws it (`Job::Promises`) from
//! the whole corpus, whose commitments and outcomes the front page's abridged one
//! does not carry, and it needs no events of its own: a cell opens as a `<details>`,
//! its sentences and the row heads are plain links (`hooks::use_links`).

use crate::hooks::use_worker::{Answer, Worker};
use crate::state::AppState;
use leptos::prelude::*;
use views::page::{failed_html, pending_html};
use views::state::View;
use views::worker::{Drawn, Job};

#[derive(Clone, Copy)]
pub struct Promises {
    worker: Worker,
}

impl Promises {
    pub fn render(&self) -> String {
        self.worker
            .answer(Drawn::Promises)
            .with(|answer| match answer {
                Answer::Drawn(r) => r.html.clone(),
                Answer::Waiting => pending_html(View::Promises),
                Answer::Failed(why) => failed_html(View::Promises, why),
            })
    }
}

pub fn use_promises(app: AppState, worker: Worker) -> Promises {
    // A new state: the worker draws it.
    worker.draw_while_shown(app, View::Promises, || Some(Job::Promises));
    Promises { worker }
}
