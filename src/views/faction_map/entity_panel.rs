//! The side panels of the map: the focused entity (aliases, roles over time, mentions
//! per article with snippets, quotations, who it appears with, and actions), and the
//! evidence of the relation under the pointer or the keyboard focus.

use super::MapData;
use super::map_canvas::ActiveEdge;
use crate::components::entity_link::EntityLink;
use crate::state::{AppState, History, use_app};
use corpus::model::EntityIx;
use leptos::prelude::*;
use views::map::entity_profile;
use views::state::View;

#[component]
pub fn EntityPanel(data: MapData) -> impl IntoView {
    move || data.focus.get().map(|ix| view! { <Profile ix/> })
}

#[component]
fn Profile(ix: EntityIx) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let e = corpus.entity(ix);
    let profile = entity_profile(corpus, ix);
    let id = e.id.clone();
    let timeline = {
        let id = id.clone();
        app.href_with(move |s| {
            s.view = View::Timeline;
            s.entities = vec![id];
        })
    };
    let aliases = e
        .aliases
        .iter()
        .skip(1)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let roles = e
        .roles
        .iter()
        .map(|r| {
            let span = match (r.from, r.to) {
                (Some(f), Some(t)) => format!(" ({} – {})", f.label(), t.label()),
                (Some(f), None) => format!(" (from {})", f.label()),
                (None, Some(t)) => format!(" (until {})", t.label()),
                (None, None) => String::new(),
            };
            view! { <li>{r.title.clone()}{span}<small>" knowledge base"</small></li> }
        })
        .collect_view();
    let textual = profile
        .textual_roles
        .iter()
        .map(|(article, role, target)| {
            let a = &corpus.articles[*article];
            view! { <li>{format!("“{role}” ({}): ", a.date().label())}<EntityLink entity=*target/><small>" from the text"</small></li> }
        })
        .collect_view();
    let mentions = profile
        .mentions_per_article
        .iter()
        .map(|&(article, count)| {
            let a = &corpus.articles[article];
            let first = a.mentions.iter().find(|m| m.entity == ix).map(|m| m.span);
            let sentence = first.and_then(|s| a.sentence_at(s.start));
            let snippet = sentence
                .map(|s| corpus::model::shorten(a.sentence_text(s), 160))
                .unwrap_or_default();
            let href = {
                let id = a.id.clone();
                let anchor = sentence.map(|s| format!("#s{s}")).unwrap_or_default();
                let mut state = app.state.get_untracked();
                state.view = View::Read;
                state.article = Some(id);
                format!("{}{anchor}", AppState::href(&state))
            };
            view! {
                <li>
                    <a href=href>{a.date().label()}</a>
                    {format!(" ×{count}: ")}
                    <span class="snippet">{snippet}</span>
                </li>
            }
        })
        .collect_view();
    let quotes = profile
        .quotes
        .iter()
        .filter_map(|&(article, q)| {
            let a = corpus.articles.get(article)?;
            let quote = a.quotes.get(q)?;
            Some(view! { <li><q>{a.slice(quote.span).to_string()}</q>" " <small>{a.date().label()}</small></li> })
        })
        .collect_view();
    let with = profile
        .co_occurring
        .iter()
        .take(8)
        .map(|&(other, n)| view! { <li><EntityLink entity=other/>{format!(" ×{n}")}</li> })
        .collect_view();
    let filter_by = move |_| {
        let id = id.clone();
        app.update(History::Push, move |s| {
            if !s.entities.contains(&id) {
                s.toggle_entity(&id);
            }
        })
    };
    view! {
        <aside class="entity-panel" data-testid="entity-panel" data-entity=e.id.clone() aria-label=format!("About {}", e.name)>
            <button type="button" class="close" aria-label="Close" on:click=move |_| app.update(History::Push, |s| s.focus = None)>"×"</button>
            <h3>{e.name.clone()}</h3>
            <p class="meta">{e.kind.as_str()}{e.faction.map(|f| format!(" · {}", corpus.entity(f).name))}</p>
            <p>{e.description.clone()}</p>
            {(!aliases.is_empty()).then(|| view! { <p class="aliases"><strong>"Also spelled: "</strong>{aliases}</p> })}
            <h4>"Roles over time"</h4>
            <ul>{roles}{textual}</ul>
            <h4>"Mentions per article"</h4>
            <ul class="mentions">{mentions}</ul>
            <h4>"Quotations"</h4>
            <ul class="quotes">{quotes}</ul>
            <h4>"Appears with"</h4>
            <ul>{with}</ul>
            <p class="actions">
                <a class="action" href=timeline>"Show in timeline"</a>
                <button type="button" on:click=filter_by>"Filter by this"</button>
            </p>
        </aside>
    }
}

/// The sentences that evidence the relation under the pointer or the keyboard focus.
#[component]
pub fn EdgeEvidence(data: MapData) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let ActiveEdge(active) = expect_context::<ActiveEdge>();
    move || {
        let ix = active.get()?;
        data.graph.with(|g| {
            let edge = g.edges.get(ix)?.clone();
            let (a, b) = (corpus.entity(edge.source), corpus.entity(edge.target));
            let items = edge
                .evidence
                .iter()
                .filter_map(|ev| {
                    let article = corpus.articles.get(ev.article)?;
                    let mut state = app.state.get_untracked();
                    state.view = View::Read;
                    state.article = Some(article.id.clone());
                    let href = format!("{}#s{}", AppState::href(&state), ev.sentence);
                    let text = article.sentence_text(ev.sentence).to_string();
                    Some(view! {
                        <li>
                            <a href=href data-testid="evidence-link">{article.date().label()}</a>
                            ": " <q>{text}</q>
                        </li>
                    })
                })
                .collect_view();
            Some(view! {
                <aside class="edge-evidence" data-testid="edge-evidence" role="status">
                    <h3>{format!("{}: {} — {}", edge.kind.label(), a.name, b.name)}</h3>
                    <ul>{items}</ul>
                </aside>
            })
        })
    }
}
