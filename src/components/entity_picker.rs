//! Type-ahead over entity names and aliases (accent- and case-insensitive), following
//! the ARIA combobox pattern: arrows move, Enter picks, Escape closes.

use crate::state::{History, use_app};
use corpus::model::EntityIx;
use corpus::text::fold;
use leptos::prelude::*;

const MAX_SUGGESTIONS: usize = 8;

#[component]
pub fn EntityPicker() -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let text = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    // Folded names once, not per keystroke.
    let names: Vec<(EntityIx, Vec<String>)> = corpus
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (i as EntityIx, e.aliases.iter().map(|a| fold(a)).collect()))
        .collect();
    let suggestions = Memo::new(move |_| {
        let needle = fold(text.get().trim());
        if needle.is_empty() {
            return Vec::new();
        }
        let chosen = app.state.with(|s| s.entities.clone());
        let mut hits: Vec<(u8, EntityIx)> = names
            .iter()
            .filter(|(ix, _)| !chosen.contains(&corpus.entity(*ix).id))
            .filter_map(|(ix, aliases)| {
                let rank = aliases
                    .iter()
                    .filter_map(|a| match a.find(&needle) {
                        Some(0) => Some(0),
                        Some(i) if a.as_bytes()[i - 1] == b' ' => Some(1),
                        Some(_) => Some(2),
                        None => None,
                    })
                    .min()?;
                Some((rank, *ix))
            })
            .collect();
        hits.sort_by_key(|&(rank, ix)| (rank, corpus.entity(ix).name.clone()));
        hits.into_iter()
            .take(MAX_SUGGESTIONS)
            .map(|(_, ix)| ix)
            .collect::<Vec<_>>()
    });
    let pick = move |ix: EntityIx| {
        let id = corpus.entity(ix).id.clone();
        app.update(History::Push, |s| s.toggle_entity(&id));
        text.set(String::new());
        open.set(false);
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let count = suggestions.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + 1) % count);
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + count - 1) % count);
            }
            "Enter" if open.get_untracked() && count > 0 => {
                ev.prevent_default();
                let ix = suggestions.with(|s| s[active.get_untracked().min(count - 1)]);
                pick(ix);
            }
            "Escape" => {
                open.set(false);
                text.set(String::new());
            }
            _ => {}
        }
    };
    let expanded = move || open.get() && suggestions.with(|s| !s.is_empty());
    view! {
        <div class="entity-picker">
            <label for="entity-picker-input" class="label">"Mentions"</label>
            <input
                id="entity-picker-input"
                type="text"
                role="combobox"
                autocomplete="off"
                placeholder="a person, faction, state…"
                aria-autocomplete="list"
                aria-controls="entity-picker-list"
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || {
                    expanded().then(|| format!("entity-option-{}", active.get()))
                }
                data-testid="entity-picker"
                prop:value=text
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    active.set(0);
                    open.set(true);
                }
                on:keydown=on_keydown
                on:blur=move |_| open.set(false)
            />
            <ul id="entity-picker-list" role="listbox" class="suggestions" hidden=move || !expanded()>
                {move || {
                    suggestions
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, ix)| {
                            let e = corpus.entity(ix);
                            view! {
                                <li
                                    id=format!("entity-option-{i}")
                                    role="option"
                                    aria-selected=move || if active.get() == i { "true" } else { "false" }
                                    data-entity=e.id.clone()
                                    // mousedown, not click: it comes before the input's blur.
                                    on:mousedown=move |ev| {
                                        ev.prevent_default();
                                        pick(ix);
                                    }
                                >
                                    {e.name.clone()}
                                    <span class="kind">{e.kind.as_str()}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
