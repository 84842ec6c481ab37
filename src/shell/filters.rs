//! The filter bar's events. Each control writes the URL: chips and selects add a
//! history entry, typing replaces it (no entry per keystroke). The entity picker
//! follows the ARIA combobox pattern: arrows move, Enter picks, Escape closes.

use crate::controls::value;
use crate::hooks::use_hits::use_hits;
use crate::hooks::use_region::use_region;
use crate::state::{AppState, History};
use corpus::PartialDate;
use leptos::prelude::*;
use views::shell::ShellUi;
use views::shell::filters::filters_html;
use views::shell::hit::{Filter, ShellHit};
use views::shell::picker::suggestions;
use views::state::ViewState;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, KeyboardEvent};

pub fn use_filters(host: Element, app: AppState, ui: RwSignal<ShellUi>) {
    let corpus = move || app.corpus();
    let entity_id = move |ix: usize| corpus().entities.get(ix).map(|e| e.id.clone());
    let current_suggestions = move || {
        let typed = ui.with_untracked(|u| u.entity_text.clone());
        app.state
            .with_untracked(|s| suggestions(corpus(), &typed, &s.entities))
    };
    // The box is the user's while it has the focus (the morph leaves its value alone):
    // clearing it after a pick or Escape is done here.
    let clear_box = move || {
        ui.update(|u| {
            u.entity_text.clear();
            u.entity_open = false;
        });
        if let Some(input) = document()
            .get_element_by_id("entity-picker-input")
            .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
        {
            input.set_value("");
        }
    };
    let pick = move |ix: u16| {
        let id = corpus().entity(ix).id.clone();
        app.update(History::Push, |s| s.toggle_entity(&id));
        clear_box();
    };
    use_hits::<ShellHit, web_sys::MouseEvent>(&host, "click", move |hit, _, _| {
        let toggle = |change: &dyn Fn(&mut ViewState)| app.update(History::Push, change);
        match hit {
            ShellHit::ToggleFilters => ui.update(|u| u.filters_open = !u.filters_open),
            ShellHit::Faction(ix) => {
                if let Some(id) = entity_id(ix) {
                    toggle(&|s| s.toggle_faction(&id));
                }
            }
            ShellHit::Topic(ix) => {
                if let Some(id) = corpus().topics.get(ix).map(|t| t.id.clone()) {
                    toggle(&|s| s.toggle_topic(&id));
                }
            }
            ShellHit::Remove(filter) => toggle(&|s| match filter {
                Filter::Faction(ix) => {
                    if let Some(id) = entity_id(ix) {
                        s.toggle_faction(&id)
                    }
                }
                Filter::Entity(ix) => {
                    if let Some(id) = entity_id(ix) {
                        s.toggle_entity(&id)
                    }
                }
                Filter::Topic(ix) => {
                    if let Some(id) = corpus().topics.get(ix).map(|t| t.id.clone()) {
                        s.toggle_topic(&id)
                    }
                }
                Filter::From => s.from = None,
                Filter::To => s.to = None,
                Filter::Query => s.query.clear(),
            }),
            ShellHit::ClearAll => toggle(&ViewState::clear_filters),
            _ => {}
        }
    });
    use_hits::<ShellHit, web_sys::Event>(&host, "input", move |hit, el, _| match hit {
        ShellHit::Search => {
            let value = value(el);
            app.update(History::Replace, |s| s.query = value.trim().to_string());
        }
        ShellHit::EntityInput => ui.update(|u| {
            u.entity_text = value(el);
            u.entity_active = 0;
            u.entity_open = true;
        }),
        _ => {}
    });
    use_hits::<ShellHit, web_sys::Event>(&host, "change", move |hit, el, _: &Event| {
        let to = match hit {
            ShellHit::DateFrom => false,
            ShellHit::DateTo => true,
            _ => return,
        };
        let date = PartialDate::parse(&value(el));
        app.update(History::Push, |s| {
            if to {
                s.to = date;
            } else {
                s.from = date;
            }
        });
    });
    use_hits::<ShellHit, web_sys::KeyboardEvent>(
        &host,
        "keydown",
        move |hit, _, ev: &KeyboardEvent| {
            if hit != ShellHit::EntityInput {
                return;
            }
            let count = current_suggestions().len();
            match ev.key().as_str() {
                "ArrowDown" if count > 0 => {
                    ev.prevent_default();
                    ui.update(|u| {
                        u.entity_active = if u.entity_open {
                            (u.entity_active + 1) % count
                        } else {
                            0
                        };
                        u.entity_open = true;
                    });
                }
                "ArrowUp" if count > 0 => {
                    ev.prevent_default();
                    ui.update(|u| u.entity_active = (u.entity_active + count - 1) % count);
                }
                "Enter" if count > 0 && ui.with_untracked(|u| u.entity_open) => {
                    ev.prevent_default();
                    let list = current_suggestions();
                    let active = ui.with_untracked(|u| u.entity_active).min(count - 1);
                    pick(list[active]);
                }
                "Escape" => ui.update(|u| {
                    u.entity_open = false;
                    u.entity_text.clear();
                }),
                _ => {}
            }
        },
    );
    // mousedown, not click: it comes before the input's blur closes the list.
    use_hits::<ShellHit, web_sys::MouseEvent>(&host, "mousedown", move |hit, _, ev| {
        if let ShellHit::Suggestion(i) = hit {
            ev.prevent_default();
            if let Some(&ix) = current_suggestions().get(i) {
                pick(ix);
            }
        }
    });
    use_hits::<ShellHit, web_sys::FocusEvent>(&host, "focusout", move |hit, _, _| {
        if hit == ShellHit::EntityInput {
            ui.update(|u| u.entity_open = false);
        }
    });
    use_region(host, move || {
        let shell = ui.get();
        let corpus = app.ctx().corpus;
        app.state.with(|s| filters_html(corpus, s, &shell))
    });
}
