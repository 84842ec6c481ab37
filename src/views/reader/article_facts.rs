//! Beside the text: where the article comes from (with how each fact is known), the
//! entities it names grouped by kind, its quotations and the dates it refers to.

use crate::components::entity_link::EntityLink;
use crate::components::provenance::{SourcedFact, provenance};
use crate::state::use_app;
use corpus::model::{Article, EntityIx, EntityKind};
use leptos::prelude::*;
use views::state::View;

#[component]
pub fn ArticleFacts(article: usize) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let a: &'static Article = &corpus.articles[article];
    let date = |d: &corpus::model::Sourced<corpus::PartialDate>| d.value.map(|d| d.label());
    let previous = article
        .checked_sub(1)
        .map(|p| corpus.articles[p].id.clone());
    let compare_href = previous.map(|prev| {
        let this = a.id.clone();
        move || {
            app.href_with(|s| {
                s.view = View::Compare;
                s.compare = vec![prev.clone(), this.clone()];
            })
        }
    });
    view! {
        <aside class="article-facts" aria-label="About this article">
            <section>
                <h3>"Source"</h3>
                <dl class="facts">
                    <SourcedFact label="Talks" value=date(&a.talks) fact=provenance(&a.talks)/>
                    <SourcedFact label="Published" value=date(&a.published) fact=provenance(&a.published)/>
                    <SourcedFact label="Outlet" value=a.outlet.value.clone() fact=provenance(&a.outlet)/>
                    <SourcedFact label="Wire" value=a.wire.value.clone() fact=provenance(&a.wire)/>
                </dl>
                {compare_href.map(|href| view! {
                    <p><a class="action" href=href>"Compare with the previous round"</a></p>
                })}
            </section>
            <EntitiesByKind article=a/>
            <Quotes article=a/>
            <DatedEvents article=a/>
        </aside>
    }
}

#[component]
fn EntitiesByKind(article: &'static Article) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let mut counts: Vec<(EntityIx, usize)> = Vec::new();
    for m in &article.mentions {
        match counts.iter_mut().find(|(e, _)| *e == m.entity) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.entity, 1)),
        }
    }
    let groups = EntityKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut of_kind: Vec<(EntityIx, usize)> = counts
                .iter()
                .copied()
                .filter(|(e, _)| corpus.entity(*e).kind == kind)
                .collect();
            if of_kind.is_empty() {
                return None;
            }
            of_kind.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), corpus.entity(e).name.clone()));
            let items = of_kind
                .into_iter()
                .map(|(e, n)| view! { <li><EntityLink entity=e/>" " <span class="count">{format!("×{n}")}</span></li> })
                .collect_view();
            Some(view! {
                <h4>{kind.plural_label()}</h4>
                <ul class="entity-list">{items}</ul>
            })
        })
        .collect_view();
    let candidates = (!article.candidates.is_empty()).then(|| {
        let names = article
            .candidates
            .iter()
            .map(|c| view! { <li class="candidate">{article.slice(c.span).to_string()}</li> })
            .collect_view();
        view! {
            <h4>"Uncurated names"</h4>
            <p class="hint">"Found in the text but not yet in the knowledge base."</p>
            <ul class="entity-list">{names}</ul>
        }
    });
    view! {
        <section>
            <h3>"Who and what is named"</h3>
            {groups}
            {candidates}
        </section>
    }
}

#[component]
fn Quotes(article: &'static Article) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let items = article
        .quotes
        .iter()
        .map(|q| {
            let who = match (q.speaker, q.speaker_span) {
                (Some(s), _) => view! { <EntityLink entity=s/> }.into_any(),
                (None, Some(span)) => {
                    view! { <span class="unnamed">{article.slice(span).to_string()}</span> }
                        .into_any()
                }
                (None, None) => {
                    view! { <span class="unnamed">"no speaker (a quoted term)"</span> }.into_any()
                }
            };
            let side = q
                .speaker_faction
                .filter(|&f| Some(f) != q.speaker)
                .map(|f| format!(" ({})", corpus.entity(f).name));
            view! {
                <li data-testid="quote">
                    <blockquote>{article.slice(q.span).to_string()}</blockquote>
                    <p class="speaker">"— " {who} {side}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section>
            <h3>{format!("Quotations ({})", article.quotes.len())}</h3>
            <ul class="quotes">{items}</ul>
        </section>
    }
}

#[component]
fn DatedEvents(article: &'static Article) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let items = article
        .events
        .iter()
        .map(|r| {
            let label = corpus.event_ref_label(article, r);
            let target = r
                .catalog
                .first()
                .map(|&e| corpus.events[e as usize].id.clone())
                .unwrap_or_else(|| article.id.clone());
            let href = move || {
                app.href_with(|s| {
                    s.view = View::Timeline;
                    s.selected = Some(target.clone());
                })
            };
            let source = if r.dated_by_text {
                format!("“{}”", article.slice(r.span))
            } else {
                "date from the knowledge base".to_string()
            };
            view! {
                <li>
                    <a href=href data-date=r.date.to_string()>
                        <time datetime=r.date.to_string()>{r.date.label()}</time>
                    </a>
                    " " {label}
                    <small class="precision">{format!(" ({}, {})", r.date.precision().as_str(), source)}</small>
                </li>
            }
        })
        .collect_view();
    view! {
        <section>
            <h3>"Dates it refers to"</h3>
            <ul class="dated-events">{items}</ul>
        </section>
    }
}
