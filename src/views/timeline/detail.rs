//! The panel for the selected item. A round: its summary, who was there by faction,
//! its topics and quotations, and where to go next. An event: when, what kind, and
//! every article sentence that refers to it.

use crate::components::entity_link::EntityLink;
use crate::state::{History, use_app};
use corpus::model::{Article, EntityIx, EntityKind, RelationKind};
use leptos::prelude::*;
use views::state::View;
use views::timeline::{ItemKind, TimelineItem};

#[component]
pub fn DetailPanel(items: &'static [TimelineItem]) -> impl IntoView {
    let app = use_app();
    let selected = Memo::new(move |_| {
        app.state
            .with(|s| s.selected.clone())
            .and_then(|id| items.iter().position(|i| i.id == id))
    });
    move || {
        selected.get().map(|ix| {
            let item = &items[ix];
            let body = match item.kind {
                ItemKind::Round => view! { <RoundDetail article=item.articles[0]/> }.into_any(),
                ItemKind::Event => view! { <EventDetail item/> }.into_any(),
            };
            view! {
                <aside class="detail-panel" data-testid="detail-panel" aria-label="Selected item">
                    <button
                        type="button"
                        class="close"
                        aria-label="Close the details"
                        on:click=move |_| app.update(History::Push, |s| s.selected = None)
                    >
                        "×"
                    </button>
                    {body}
                </aside>
            }
        })
    }
}

#[component]
fn RoundDetail(article: usize) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let a: &'static Article = &corpus.articles[article];
    let lead = a
        .sentences
        .iter()
        .map(|s| a.slice(s.span))
        .find(|s| s.split_whitespace().count() >= 12)
        .unwrap_or_default()
        .to_string();
    let id = a.id.clone();
    let read = {
        let id = id.clone();
        app.href_with(|s| {
            s.view = View::Read;
            s.article = Some(id);
        })
    };
    let map = {
        let id = id.clone();
        app.href_with(|s| {
            s.view = View::Map;
            s.round = Some(id);
        })
    };
    let compare = article.checked_sub(1).map(|p| {
        let prev = corpus.articles[p].id.clone();
        let id = id.clone();
        app.href_with(|s| {
            s.view = View::Compare;
            s.compare = vec![prev, id];
        })
    });
    let topics = a
        .topic_ixs()
        .into_iter()
        .map(|t| view! { <li>{corpus.topics[t as usize].name.clone()}</li> })
        .collect_view();
    let quotes = a
        .quotes
        .iter()
        .filter(|q| q.speaker.is_some() || q.speaker_span.is_some())
        .map(|q| {
            let who = match q.speaker {
                Some(s) => view! { <EntityLink entity=s/> }.into_any(),
                None => q
                    .speaker_span
                    .map(|s| a.slice(s).to_string())
                    .unwrap_or_default()
                    .into_any(),
            };
            view! { <li><q>{a.slice(q.span).to_string()}</q>" — " {who}</li> }
        })
        .collect_view();
    view! {
        <h3>{a.headline.clone()}</h3>
        <p class="meta">
            <time datetime=a.date().to_string()>{a.date().label()}</time>
            " · "
            {a.outlet.value.clone().unwrap_or_else(|| "outlet unknown".into())}
            <span class=format!("prov prov-{}", a.outlet.confidence.as_str())>{a.outlet.confidence.as_str()}</span>
        </p>
        <p class="meta">{super::round_line(corpus, a)}</p>
        <p class="lead">{lead}</p>
        <h4>"Who was there, by faction"</h4>
        <WhoWasThere article=a/>
        <h4>"Topics"</h4>
        <ul class="topic-list">{topics}</ul>
        <h4>"Quotations"</h4>
        <ul class="quotes">{quotes}</ul>
        <p class="actions">
            <a class="action" href=read data-testid="open-reader">"Read the article"</a>
            {compare.map(|href| view! { <a class="action" href=href>"Compare with the previous round"</a> })}
            <a class="action" href=map>"Faction map as of this round"</a>
        </p>
    }
}

/// People named in the article, grouped by the faction or state they belong to; the
/// heads of delegations first.
#[component]
fn WhoWasThere(article: &'static Article) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let led: Vec<EntityIx> = article
        .relations
        .iter()
        .filter(|r| {
            r.kind == RelationKind::Membership
                && r.role.as_deref().is_some_and(|x| x.contains("delegation"))
        })
        .map(|r| r.source)
        .collect();
    let mut groups: Vec<(Option<EntityIx>, Vec<EntityIx>)> = Vec::new();
    for e in article.entity_set() {
        if corpus.entity(e).kind != EntityKind::Person {
            continue;
        }
        let key = corpus.entity(e).faction;
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, people)) => people.push(e),
            None => groups.push((key, vec![e])),
        }
    }
    for (_, people) in &mut groups {
        people.sort_by_key(|p| !led.contains(p));
    }
    let rows = groups
        .into_iter()
        .map(|(faction, people)| {
            let side = faction.map_or("Unaffiliated".to_string(), |f| {
                corpus.entity(f).name.clone()
            });
            let names = people
                .into_iter()
                .map(|p| {
                    let head = led.contains(&p).then_some(" (led the delegation)");
                    view! { <li><EntityLink entity=p/>{head}</li> }
                })
                .collect_view();
            view! { <li><strong>{side}</strong><ul>{names}</ul></li> }
        })
        .collect_view();
    view! { <ul class="who-was-there">{rows}</ul> }
}

#[component]
fn EventDetail(item: &'static TimelineItem) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let evidence = item
        .articles
        .iter()
        .map(|&ix| {
            let a = &corpus.articles[ix];
            let sentences: Vec<String> = a
                .events
                .iter()
                .filter(|r| match item.catalog {
                    Some(e) => r.catalog.contains(&e),
                    None => r.date == item.date,
                })
                .map(|r| a.sentence_text(r.sentence).to_string())
                .fold(Vec::new(), |mut v, s| {
                    if !v.contains(&s) {
                        v.push(s);
                    }
                    v
                });
            let id = a.id.clone();
            let href = app.href_with(|s| {
                s.view = View::Read;
                s.article = Some(id);
            });
            let quotes = sentences
                .into_iter()
                .map(|s| view! { <blockquote>{s}</blockquote> })
                .collect_view();
            view! {
                <li>
                    <a href=href>{a.headline.clone()}</a>
                    " (" {a.date().label()} ")"
                    {quotes}
                </li>
            }
        })
        .collect_view();
    let dated = if item.catalog.is_some() {
        "date from the curated event catalogue; the articles below refer to it"
    } else {
        "date resolved from the article's text"
    };
    view! {
        <h3>{item.label.clone()}</h3>
        <p class="meta">
            <time datetime=item.date.to_string()>{item.date.label()}</time>
            {item.until.map(|u| format!(" – {}", u.label()))}
            " · " {item.lane.label()}
        </p>
        <p class="hint">{format!("Known to the {}; {dated}.", item.date.precision().as_str())}</p>
        <h4>"Mentioned in"</h4>
        <ul class="evidence">{evidence}</ul>
    }
}
