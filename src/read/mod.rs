//! The reader's wiring. The article is drawn by the web worker (`hooks::use_worker`);
//! its links are plain links (mentions filter, dates open the timeline). What is left
//! here is the sentence a link pointed at (`#s12`, from the map's evidence or a
//! quote): marked by the writer, scrolled to here once it is drawn.

use crate::hooks::use_worker::{Answer, Worker};
use crate::state::AppState;
use leptos::prelude::*;
use views::page::{failed_html, pending_html};
use views::read::view::ReadUi;
use views::state::View;
use views::worker::{Drawn, Job};
use web_sys::Element;

#[derive(Clone, Copy)]
pub struct Read {
    worker: Worker,
    /// The target already scrolled to, so a redraw does not scroll the page back.
    scrolled: StoredValue<Option<(String, String)>>,
}

impl Read {
    pub fn render(&self) -> String {
        self.worker.answer(Drawn::Read).with(|answer| match answer {
            Answer::Drawn(r) => r.html.clone(),
            Answer::Waiting => pending_html(View::Read),
            Answer::Failed(why) => failed_html(View::Read, why),
        })
    }

    /// After a redraw: bring the linked sentence into view, once per link followed.
    pub fn after(&self, app: AppState, host: &Element) {
        if app.state.with_untracked(|s| s.view != View::Read) {
            return;
        }
        let hash = app.hash.get_untracked();
        let Some(target) = ReadUi::from_hash(&hash).target else {
            return;
        };
        let key = (app.state.with_untracked(|s| s.to_query()), hash);
        if self.scrolled.with_value(|k| k.as_ref() == Some(&key)) {
            return;
        }
        if let Ok(Some(el)) = host.query_selector(&format!("#s{target}")) {
            el.scroll_into_view();
            self.scrolled.set_value(Some(key));
        }
    }
}

pub fn use_read(app: AppState, worker: Worker) -> Read {
    // A new state or a new target sentence: the worker draws it.
    worker.draw_while_shown(app, View::Read, move || {
        Some(Job::Read(app.hash.with(|h| ReadUi::from_hash(h))))
    });
    Read {
        worker,
        scrolled: StoredValue::new(None),
    }
}
