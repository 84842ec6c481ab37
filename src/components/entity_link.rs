//! An entity as a link that filters by it, in its faction's colour.

use crate::state::use_app;
use corpus::Corpus;
use corpus::model::{EntityIx, EntityKind};
use leptos::prelude::*;

/// The CSS class that colours an entity: its faction's, else the kind of the body it
/// represents (an Egyptian official is coloured as a state), else its own kind's.
pub fn colour_class(corpus: &Corpus, ix: EntityIx) -> String {
    let entity = corpus.entity(ix);
    match corpus.faction_of(ix) {
        Some(f) if corpus.entity(f).kind == EntityKind::Organization => {
            format!("faction-{}", corpus.entity(f).id)
        }
        Some(f) => format!("kind-{}", corpus.entity(f).kind.as_str()),
        None => format!("kind-{}", entity.kind.as_str()),
    }
}

#[component]
pub fn EntityLink(
    entity: EntityIx,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let e = app.corpus.entity(entity);
    let id = e.id.clone();
    let href = move || {
        app.href_with(|s| {
            if !s.entities.contains(&id) {
                s.toggle_entity(&id);
            }
        })
    };
    view! {
        <a
            class=format!("entity-link {}", colour_class(app.corpus, entity))
            href=href
            title=format!("{} — show only what mentions {}", e.description, e.name)
            data-entity=e.id.clone()
        >
            {label.unwrap_or_else(|| e.name.clone())}
        </a>
    }
}
