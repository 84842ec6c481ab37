//! The article's text with everything the extractor found marked in place: mentions
//! in their faction's colour (links that filter by the entity), uncurated names,
//! dates (links to the timeline), framing terms, quotations with their speaker, and
//! the sentences that match the active topic or text filter.

use crate::components::entity_link::colour_class;
use crate::state::use_app;
use corpus::model::{Article, Span};
use corpus::reading::{Mark, Segment, paragraphs};
use corpus::view_state::View;
use leptos::prelude::*;

#[component]
pub fn ArticleText(article: usize) -> impl IntoView {
    let app = use_app();
    let a: &'static Article = &app.corpus.articles[article];
    let body = move || {
        let (hits, matched) = app.selection.with(|sel| {
            (
                sel.query_hits.get(article).cloned().unwrap_or_default(),
                sel.sentences.get(article).cloned().unwrap_or_default(),
            )
        });
        paragraphs(a, &hits)
            .into_iter()
            .map(|sentences| {
                let inner = sentences
                    .into_iter()
                    .map(|s| {
                        let is_match = matched.contains(&s.sentence);
                        let parts = s.segments.iter().map(|seg| segment(a, seg)).collect_view();
                        view! {
                            <span
                                class="sentence"
                                class:matched=is_match
                                id=format!("s{}", s.sentence)
                                data-sentence=s.sentence
                                data-testid=is_match.then_some("matched-sentence")
                            >
                                {parts}
                            </span>
                            " "
                        }
                    })
                    .collect_view();
                view! { <p>{inner}</p> }
            })
            .collect_view()
    };
    // A link to one sentence (`#s12`, from the map's evidence) scrolls to it once drawn.
    Effect::new(move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(id) = hash.strip_prefix('#').filter(|h| h.starts_with('s')) {
            let id = id.to_string();
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id) {
                    el.scroll_into_view();
                }
            });
        }
    });
    view! {
        <article class="article-text" aria-labelledby="article-headline">
            <h2 id="article-headline">{a.headline.clone()}</h2>
            <p class="byline">
                <time datetime=a.date().to_string()>{a.date().label()}</time>
                " · "
                {a.outlet.value.clone().unwrap_or_else(|| "outlet unknown".into())}
                <span class="editorial">" · headline written by the editors"</span>
            </p>
            <div class="legend-inline" aria-hidden="true">
                <span class="mention kind-organization">"named entity"</span>
                <span class="candidate">"uncurated name"</span>
                <span class="date-ref">"date"</span>
                <span class="framing">"loaded term"</span>
                <q>"quotation"</q>
            </div>
            <div class="text">{body}</div>
        </article>
    }
}

fn segment(a: &'static Article, seg: &Segment) -> AnyView {
    let app = use_app();
    let corpus = app.corpus;
    let text = text_with_hits(a, seg.span, &seg.hits);
    let speaker = seg.quote_starts.map(|q| {
        let quote = &a.quotes[q];
        let who = match (quote.speaker, quote.speaker_span) {
            (Some(s), _) => corpus.entity(s).name.clone(),
            (None, Some(span)) => a.slice(span).to_string(),
            (None, None) => "no speaker: quoted term".into(),
        };
        view! { <span class="speaker-tag" data-testid="quote-speaker">{who}</span> }
    });
    let in_quote = seg.quote.is_some();
    let node = match seg.mark {
        Mark::Plain => view! { <span class:in-quote=in_quote>{text}</span> }.into_any(),
        Mark::Mention(i) => {
            let m = a.mentions[i];
            let e = corpus.entity(m.entity);
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
                    class=format!("mention {}", colour_class(corpus, m.entity))
                    class:in-quote=in_quote
                    href=href
                    data-testid="mention"
                    data-entity=e.id.clone()
                    title=format!("{} ({}) — filter by this", e.name, e.kind.as_str())
                >
                    {text}
                </a>
            }
            .into_any()
        }
        Mark::Candidate(_) => view! {
            <span class="candidate" class:in-quote=in_quote data-testid="candidate" title="A name not in the knowledge base yet (uncurated)">
                {text}
            </span>
        }
        .into_any(),
        Mark::Date(i) => {
            let r = &a.events[i];
            let target = r
                .catalog
                .first()
                .map(|&e| corpus.events[e as usize].id.clone());
            let href = move || {
                app.href_with(|s| {
                    s.view = View::Timeline;
                    s.selected = target.clone().or_else(|| Some(a.id.clone()));
                })
            };
            view! {
                <a class="date-ref" class:in-quote=in_quote href=href data-date=r.date.to_string() title=format!("{}: show on the timeline", r.date.label())>
                    {text}
                </a>
            }
            .into_any()
        }
        Mark::Framing(i) => {
            let term = &corpus.framing[a.framing[i].term as usize];
            view! {
                <span class="framing" class:in-quote=in_quote data-term=term.id.clone() title=format!("Loaded term: {}. {}", term.label, term.note)>
                    {text}
                </span>
            }
            .into_any()
        }
    };
    view! { {speaker} {node} }.into_any()
}

/// The text of `span` with the query hits inside it marked.
fn text_with_hits(a: &Article, span: Span, hits: &[Span]) -> AnyView {
    if hits.is_empty() {
        return a.slice(span).to_string().into_any();
    }
    let mut parts = Vec::new();
    let mut at = span.start;
    for h in hits {
        if h.start > at {
            parts.push(
                a.slice(Span {
                    start: at,
                    end: h.start,
                })
                .to_string()
                .into_any(),
            );
        }
        parts.push(view! { <mark class="query-hit">{a.slice(*h).to_string()}</mark> }.into_any());
        at = h.end;
    }
    if at < span.end {
        parts.push(
            a.slice(Span {
                start: at,
                end: span.end,
            })
            .to_string()
            .into_any(),
        );
    }
    parts.collect_view().into_any()
}
