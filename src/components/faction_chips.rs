//! Faction chips: toggle a faction filter; the swatch is the faction's colour
//! everywhere in the app.

use crate::state::{History, use_app};
use corpus::model::EntityKind;
use leptos::prelude::*;

#[component]
pub fn FactionChips() -> impl IntoView {
    let app = use_app();
    let chips = app
        .corpus
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .map(|e| {
            let id = e.id.clone();
            let pressed = {
                let id = id.clone();
                move || app.state.with(|s| s.factions.contains(&id))
            };
            let toggle = move |_| app.update(History::Push, |s| s.toggle_faction(&id));
            view! {
                <li>
                    <button
                        type="button"
                        class=format!("chip faction-chip faction-{}", e.id)
                        aria-pressed=move || if pressed() { "true" } else { "false" }
                        data-testid="faction-chip"
                        data-entity=e.id.clone()
                        title=e.description.clone()
                        on:click=toggle
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        {short_name(&e.name, &e.aliases)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="chip-group">
            <legend>"Factions"</legend>
            <ul class="chips">{chips}</ul>
        </fieldset>
    }
}

/// The shortest familiar name: "PLO" rather than "Palestine Liberation Organization".
fn short_name(name: &str, aliases: &[String]) -> String {
    aliases
        .iter()
        .filter(|a| a.chars().all(|c| c.is_uppercase()) && a.len() >= 2)
        .min_by_key(|a| a.len())
        .filter(|_| name.len() > 20)
        .cloned()
        .unwrap_or_else(|| name.to_string())
}
