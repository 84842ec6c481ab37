//! The dialog as the app sees it: whether it is open, the markup the worker last drew
//! for it, and how an action reaches the worker (`views::yours::dialog` does the rest)
//! and what its outcome does to the page.

use super::{files, store};
use crate::controls::value_by_id;
use crate::download::save;
use crate::hooks::use_keep_focus::focus;
use crate::hooks::use_worker::Worker;
use crate::state::AppState;
use corpus::Corpus;
use leptos::prelude::*;
use leptos::task::spawn_local;
use views::context::Context;
use views::worker::Job;
use views::yours::dialog::{Action, Outcome, Shown};
use views::yours::form::pending_html;
use views::yours::{Draft, Field};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

/// The regions the dialog makes inert while it is open: the page behind it.
const BEHIND: [&str; 5] = ["header", "notice", "filters", "view", "footer"];

/// How long typing pauses before the text is read for its dates.
pub(super) const GUESS_AFTER_MS: u32 = 400;

#[derive(Clone, Copy)]
pub struct Yours {
    pub(super) app: AppState,
    /// The worker the dialog runs in.
    pub(super) worker: Worker,
    /// The worker that draws the views: it draws with the corpus the dialog makes.
    pub(super) drawing: Worker,
    pub(super) open: RwSignal<bool>,
    /// The worker's last drawing of the form (or why it could not start); `None`
    /// until there is one.
    pub(super) html: RwSignal<Option<String>>,
    /// Counts text edits, so that only the last one asks for the dates.
    pub(super) typing: StoredValue<u32>,
    /// The text box takes the focus once the form is drawn.
    pub(super) focus_text: StoredValue<bool>,
}

/// Writes a value into a control the morph would leave alone (it has the focus, or it
/// is the text area, whose value is the reader's).
fn set_value(id: &str, value: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.set_value(value);
    } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(value);
    }
}

/// The form's fields as the page shows them; `None` when the form is not drawn.
fn shown_draft() -> Option<Draft> {
    document().get_element_by_id(Field::Text.control_id())?;
    Some(Draft {
        text: value_by_id(Field::Text.control_id()),
        talks: value_by_id(Field::Talks.control_id()),
        published: value_by_id(Field::Published.control_id()),
        outlet: value_by_id(Field::Outlet.control_id()),
        place: value_by_id(Field::Place.control_id()),
    })
}

impl Yours {
    /// Sends `action` to the worker (starting it), with the fields as shown.
    pub(super) fn act(&self, action: Action) {
        let query = self.app.state.with_untracked(|s| s.to_query());
        let job = Job::Dialog {
            draft: shown_draft(),
            action,
        };
        if self.worker.ask(query, job).is_none() {
            self.failed("this browser could not start the worker");
        }
    }

    pub(super) fn open(&self, open: bool) {
        // Closing sends the fields first: what was typed is kept for the next opening.
        self.act(if open { Action::Open } else { Action::Close });
        if open {
            self.act(Action::Prepare);
        }
        self.open.set(open);
        self.focus_text.set_value(open);
        for id in BEHIND {
            let el = document()
                .get_element_by_id(id)
                .or_else(|| document().query_selector(id).ok().flatten());
            if let Some(el) = el {
                let _ = if open {
                    el.set_attribute("inert", "")
                } else {
                    el.remove_attribute("inert")
                };
            }
        }
        if open {
            return;
        }
        // Drawn again on the next opening, from what the worker keeps.
        self.html.set(None);
        if let Ok(Some(button)) = document().query_selector("[data-testid=add-article]") {
            focus(&button);
        }
    }

    /// The worker could not start: the dialog says why.
    pub(super) fn failed(&self, why: &str) {
        self.html.set(Some(pending_html(Some(why))));
    }

    /// Reads the draft: the status says so until the worker answers.
    pub(super) fn submit(&self) {
        if let Ok(Some(status)) = document().query_selector("[data-testid=article-status]") {
            status.set_text_content(Some("Reading the article…"));
        }
        self.act(Action::Submit);
    }

    /// Asks the worker which dates the text suggests, once typing pauses.
    pub(super) fn guess_soon(&self) {
        let this = *self;
        let turn = self.typing.get_value().wrapping_add(1);
        self.typing.set_value(turn);
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(GUESS_AFTER_MS).await;
            if this.typing.get_value() == turn {
                this.act(Action::Guess);
            }
        });
    }

    /// Does what the worker's outcome of an action says.
    pub(super) fn apply(&self, outcome: Outcome) {
        for (field, value) in &outcome.set {
            set_value(field.control_id(), value);
        }
        // A drawing that arrives after the dialog closed waits for the next opening.
        if let Some(html) = outcome.html.filter(|_| self.open.get_untracked()) {
            self.html.set(Some(html));
            // The dialog opens on its text box, once the form is drawn.
            if self.focus_text.get_value() {
                self.focus_text.set_value(false);
                request_animation_frame(|| {
                    if let Some(el) = document().get_element_by_id(Field::Text.control_id()) {
                        focus(&el);
                    }
                });
            }
        }
        if let Some(text) = &outcome.store
            && !store::save(text)
        {
            self.act(Action::NotKept);
        }
        if let Some(shown) = outcome.shown {
            // Sent before the views ask again for their drawings, which follow the
            // app's context.
            self.drawing.show(shown.clone());
            match shown {
                Shown::Published => self.app.set_ctx(self.app.published()),
                Shown::Merged { corpus, yours } => {
                    // Leaked: once per change the reader makes, which is rare and small.
                    if let Ok(corpus) = Corpus::decode(&corpus) {
                        let corpus: &'static Corpus = Box::leak(Box::new(corpus));
                        self.app
                            .set_ctx(Box::leak(Box::new(Context::with_yours(corpus, yours))));
                    }
                }
            }
        }
        for d in &outcome.downloads {
            save(&d.text, "text/plain;charset=utf-8", &d.name);
        }
    }

    /// A file dropped or chosen: the worker checks its bytes (and reads its dates).
    pub(super) fn read_file(&self, file: web_sys::File) {
        let this = *self;
        spawn_local(async move {
            let bytes = files::bytes(&file).await;
            // `text/html` or the name says a page; the worker reduces it to its text.
            let name = file.name().to_ascii_lowercase();
            let html =
                name.ends_with(".html") || name.ends_with(".htm") || file.type_() == "text/html";
            this.act(Action::File { bytes, html });
        });
    }
}
