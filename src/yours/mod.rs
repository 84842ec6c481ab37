//! "Add an article": the dialog's events, and the reader's articles from the browser
//! merged into every view.
//!
//! The dialog itself runs in its own worker (`views::yours::dialog`: the form, the
//! checks, the extraction, the merge, the proposal), so none of it weighs on the front
//! page or on the worker that draws the views; it is fetched when the dialog first
//! opens, or at start when the browser holds articles of the reader's. The app sends
//! each action with the fields as shown and does what the outcome says (`dialog`),
//! passing a new corpus on to the drawing worker; a dropped or chosen file's bytes are
//! read here (`files`); what the browser keeps is in `store`. Nothing is sent anywhere.

mod dialog;
mod files;
mod store;

use crate::controls::value_by_id;
use dialog::Yours;

use crate::hooks::use_event::use_event;
use crate::hooks::use_hits::use_hits;
use crate::hooks::use_region::use_region;
use crate::hooks::use_worker::{Answer, Worker};
use crate::state::AppState;
use leptos::prelude::*;
use views::worker::Drawn;
use views::yours::Field;
use views::yours::dialog::Action;
use views::yours::form::pending_html;
use views::yours::hit::YoursHit;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Element, Event, HtmlInputElement};

/// The dialog in `host`, its control in the header (`header`), and the reader's
/// articles from the browser's storage merged into every view from the start. The
/// dialog runs in `worker`; `drawing` draws the views with the reader's articles.
pub fn use_yours(header: &Element, host: Element, app: AppState, worker: Worker, drawing: Worker) {
    let yours = Yours {
        app,
        worker,
        drawing,
        open: RwSignal::new(false),
        html: RwSignal::new(None),
        typing: StoredValue::new(0),
        focus_text: StoredValue::new(false),
    };
    let kept = store::load();
    if !kept.is_empty() {
        yours.act(Action::Load(kept));
    }

    use_hits::<YoursHit, web_sys::MouseEvent>(header, "click", move |hit, _, _| {
        if hit == YoursHit::Open {
            yours.open(true);
        }
    });
    use_hits::<YoursHit, web_sys::MouseEvent>(&host, "click", move |hit, _, _| match hit {
        YoursHit::Close => yours.open(false),
        YoursHit::Submit => yours.submit(),
        YoursHit::UseGuess => yours.act(Action::UseGuess),
        YoursHit::Curate(i) => yours.act(Action::Curate(i)),
        YoursHit::Link(index) => yours.act(Action::Link {
            index,
            entity: value_by_id(&format!("yours-link-{index}")),
        }),
        YoursHit::SaveEntity(index) => yours.act(Action::SaveEntity {
            index,
            name: value_by_id(&format!("yours-new-name-{index}")),
            kind: value_by_id(&format!("yours-new-kind-{index}")),
            faction: value_by_id(&format!("yours-new-faction-{index}")),
        }),
        YoursHit::Propose => yours.act(Action::Propose),
        YoursHit::Remove(i) => yours.act(Action::Remove(i)),
        _ => {}
    });
    // The worker reads the fields with the next action; the text and the published
    // date also ask for the dates the text suggests, once typing pauses.
    use_hits::<YoursHit, Event>(&host, "input", move |hit, _, _| {
        if matches!(hit, YoursHit::Field(Field::Text | Field::Published)) {
            yours.guess_soon();
        }
    });
    use_hits::<YoursHit, Event>(&host, "change", move |hit, el, _| {
        if hit != YoursHit::File {
            return;
        }
        let file = el
            .dyn_ref::<HtmlInputElement>()
            .and_then(|i| i.files())
            .and_then(|list| list.get(0));
        if let Some(file) = file {
            yours.read_file(file);
        }
    });
    // A file dropped on the text box is read, not opened by the browser.
    use_hits::<YoursHit, DragEvent>(&host, "dragover", move |hit, _, ev| {
        if hit == YoursHit::Field(Field::Text) {
            ev.prevent_default();
        }
    });
    use_hits::<YoursHit, DragEvent>(&host, "drop", move |hit, _, ev| {
        if hit != YoursHit::Field(Field::Text) {
            return;
        }
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|list| list.get(0));
        if let Some(file) = file {
            ev.prevent_default();
            yours.read_file(file);
        }
    });
    // A link in the dialog (the article just added, a stored one) leaves it for the
    // view it opens; `use_links` follows it.
    use_event(&host, "click", move |ev: &web_sys::MouseEvent| {
        let on_link = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .is_some();
        if on_link && ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
            yours.open(false);
        }
    });
    use_event(&host, "keydown", move |ev: &web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && yours.open.get_untracked() {
            yours.open(false);
        }
    });
    // The worker's outcomes.
    Effect::new(move |_| {
        worker.answer(Drawn::Yours).with(|a| match a {
            Answer::Drawn(r) => {
                if let Some(outcome) = r.yours.clone() {
                    untrack(|| yours.apply(*outcome));
                }
            }
            Answer::Failed(why) => untrack(|| yours.failed(why)),
            Answer::Waiting => {}
        });
    });
    use_region(host, move || {
        if !yours.open.get() {
            return String::new();
        }
        yours.html.get().unwrap_or_else(|| pending_html(None))
    });
}
