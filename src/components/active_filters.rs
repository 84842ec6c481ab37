//! The active filters as removable chips, with "clear all": what is narrowing the
//! view is always visible, even when the filter controls are folded away.

use crate::state::{History, use_app};
use leptos::prelude::*;
use views::state::ViewState;

/// One active filter: what it shows and how to remove it.
struct Active {
    label: String,
    remove: fn(&mut ViewState, &str),
    value: String,
}

#[component]
pub fn ActiveFilters() -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let entity_name = move |id: &str| {
        corpus
            .entity_ix(id)
            .map(|i| corpus.entity(i).name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let topic_name = move |id: &str| {
        corpus
            .topic_ix(id)
            .map(|i| corpus.topics[i as usize].name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    // The filters alone: a change of view or selection does not redraw the chips.
    let filters = Memo::new(move |_| {
        app.state.with(|s| ViewState {
            factions: s.factions.clone(),
            entities: s.entities.clone(),
            topics: s.topics.clone(),
            from: s.from,
            to: s.to,
            query: s.query.clone(),
            ..ViewState::default()
        })
    });
    let active = move || {
        filters.with(|s| {
            let mut list = Vec::new();
            for f in &s.factions {
                list.push(Active {
                    label: format!("Faction: {}", entity_name(f)),
                    remove: |s, v| s.toggle_faction(v),
                    value: f.clone(),
                });
            }
            for e in &s.entities {
                list.push(Active {
                    label: format!("Mentions: {}", entity_name(e)),
                    remove: |s, v| s.toggle_entity(v),
                    value: e.clone(),
                });
            }
            for t in &s.topics {
                list.push(Active {
                    label: format!("Topic: {}", topic_name(t)),
                    remove: |s, v| s.toggle_topic(v),
                    value: t.clone(),
                });
            }
            if let Some(d) = s.from {
                list.push(Active {
                    label: format!("From {}", d.label()),
                    remove: |s, _| s.from = None,
                    value: String::new(),
                });
            }
            if let Some(d) = s.to {
                list.push(Active {
                    label: format!("To {}", d.label()),
                    remove: |s, _| s.to = None,
                    value: String::new(),
                });
            }
            if !s.query.is_empty() {
                list.push(Active {
                    label: format!("Text: “{}”", s.query),
                    remove: |s, _| s.query.clear(),
                    value: String::new(),
                });
            }
            list
        })
    };
    move || {
        let list = active();
        (!list.is_empty()).then(|| {
            let chips = list
                .into_iter()
                .map(|a| {
                    let Active {
                        label,
                        remove,
                        value,
                    } = a;
                    view! {
                        <li>
                            <button
                                type="button"
                                class="chip removable"
                                data-testid="active-filter"
                                aria-label=format!("Remove filter {label}")
                                on:click=move |_| app.update(History::Push, |s| remove(s, &value))
                            >
                                {label.clone()}
                                <span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="active-filters">
                    <ul class="chips">{chips}</ul>
                    <button
                        type="button"
                        class="clear-all"
                        data-testid="clear-filters"
                        on:click=move |_| app.update(History::Push, ViewState::clear_filters)
                    >
                        "Clear all"
                    </button>
                </div>
            }
        })
    }
}
