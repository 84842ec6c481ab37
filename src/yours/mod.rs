//! "Add an article": the dialog's events, the reader's articles kept in the browser,
//! and the corpus every view draws from, with those articles merged in.
//!
//! The form is `views::yours` (writer, checks, proposal); reading the article is the
//! worker's (`Job::Guess`, `Job::Extract`), so the extractor and the knowledge base
//! are fetched only once the dialog opens. What the browser keeps is in `store`; a
//! dropped or chosen file goes through `files`. Nothing is sent anywhere.

mod dialog;
mod files;
mod store;

use dialog::{Yours, set_value, value_of};

use crate::hooks::use_event::use_event;
use crate::hooks::use_hits::use_hits;
use crate::hooks::use_keep_focus::focus;
use crate::hooks::use_region::use_region;
use crate::hooks::use_worker::{Answer, Worker};
use crate::state::AppState;
use leptos::prelude::*;
use views::worker::{Drawn, Job};
use views::yours::form::{FormUi, form_html};
use views::yours::hit::YoursHit;
use views::yours::jobs::YoursAnswer;
use views::yours::{Draft, Field};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Element, Event, HtmlInputElement};

/// The dialog in `host`, its control in the header (`header`), and the reader's
/// articles from the browser's storage merged into every view from the start.
pub fn use_yours(header: &Element, host: Element, app: AppState, worker: Worker) {
    let yours = Yours {
        app,
        worker,
        published: app.ctx_now(),
        form: RwSignal::new(FormUi::default()),
        stored: StoredValue::new(store::load()),
        typing: StoredValue::new(0),
    };
    if yours
        .stored
        .with_value(|s| !s.articles.is_empty() || s.edits != Default::default())
    {
        yours.rebuild();
    }
    // Articles read with an older knowledge base are read again with this one.
    let fingerprint = yours.published.corpus.kb_fingerprint();
    let stale: Vec<Draft> = yours.stored.with_value(|s| {
        (s.articles.iter())
            .filter(|a| a.kb != fingerprint)
            .map(|a| a.draft.clone())
            .collect()
    });
    let edits = yours.stored.with_value(|s| s.edits.clone());
    for draft in stale {
        worker.ask(
            String::new(),
            Job::Extract {
                draft,
                kb_edits: edits.clone(),
            },
        );
    }

    use_hits::<YoursHit, web_sys::MouseEvent>(header, "click", move |hit, _, _| {
        if hit == YoursHit::Open {
            yours.open(true);
        }
    });
    use_hits::<YoursHit, web_sys::MouseEvent>(&host, "click", move |hit, _, _| match hit {
        YoursHit::Close => yours.open(false),
        YoursHit::Submit => {
            let draft = yours.form.with_untracked(|f| f.draft.clone());
            yours.extract(draft);
        }
        YoursHit::UseGuess => yours.form.update(|f| {
            if let Some(g) = f.guess {
                if let Some(t) = g.talks {
                    f.draft.talks = t.date.to_string();
                    set_value(Field::Talks.control_id(), &f.draft.talks);
                }
                if let Some(p) = g.published {
                    f.draft.published = p.date.to_string();
                    set_value(Field::Published.control_id(), &f.draft.published);
                }
            }
        }),
        YoursHit::Curate(i) => yours.form.update(|f| {
            f.curating = if f.curating == Some(i) { None } else { Some(i) };
        }),
        YoursHit::Link(i) => yours.edit(i, true),
        YoursHit::SaveEntity(i) => yours.edit(i, false),
        YoursHit::Propose => yours.propose(),
        YoursHit::Remove(i) => yours.remove(i),
        _ => {}
    });
    use_hits::<YoursHit, Event>(&host, "input", move |hit, el, _| {
        let YoursHit::Field(field) = hit else { return };
        let value = value_of(&el.id());
        yours.form.update_untracked(|f| match field {
            Field::Text => f.draft.text = value,
            Field::Talks => f.draft.talks = value,
            Field::Published => f.draft.published = value,
            Field::Outlet => f.draft.outlet = value,
            Field::Place => f.draft.place = value,
        });
        if matches!(field, Field::Text | Field::Published) {
            yours.guess_soon();
        }
    });
    use_hits::<YoursHit, Event>(&host, "change", move |hit, el, _| match hit {
        YoursHit::Field(Field::Place) => {
            let value = value_of(&el.id());
            yours.form.update_untracked(|f| f.draft.place = value);
        }
        YoursHit::File => {
            let file = el
                .dyn_ref::<HtmlInputElement>()
                .and_then(|i| i.files())
                .and_then(|list| list.get(0));
            if let Some(file) = file {
                yours.read_file(file);
            }
        }
        _ => {}
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
    use_event(&host, "keydown", move |ev: &web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && yours.form.with_untracked(|f| f.open) {
            yours.open(false);
        }
    });
    // The worker's answers to the form.
    Effect::new(move |_| {
        let answer = worker.answer(Drawn::Yours).with(|a| match a {
            Answer::Drawn(r) => r.yours.clone(),
            Answer::Failed(why) => Some(YoursAnswer::Failed(why.clone())),
            Answer::Waiting => None,
        });
        if let Some(answer) = answer {
            untrack(|| yours.answered(answer));
        }
    });
    // The dialog opens on its text box.
    Effect::new(move |was_open: Option<bool>| {
        let open = yours.form.with(|f| f.open);
        if open && was_open != Some(true) {
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id(Field::Text.control_id()) {
                    focus(&el);
                }
            });
        }
        open
    });
    use_region(host, move || {
        let form = yours.form.get();
        let ctx = app.ctx();
        app.state.with(|s| form_html(ctx, s, &form))
    });
}
