//! Beside the text: where the article comes from (with how each fact is known), the
//! entities it names grouped by kind, the uncurated names, its quotations with their
//! speakers, and the dates it refers to.

use crate::entity::entity_link;
use crate::markup::esc;
use crate::provenance::sourced_fact;
use crate::state::links::timeline_item_href;
use crate::state::{View, ViewState};
use corpus::Corpus;
use corpus::model::{Article, EntityIx, EntityKind};
use std::fmt::Write;

pub fn facts_html(out: &mut String, corpus: &Corpus, state: &ViewState, ix: usize) {
    let a = &corpus.articles[ix];
    let date = |d: &corpus::model::Sourced<corpus::PartialDate>| d.value.map(|d| d.label());
    out.push_str(r#"<aside class="article-facts" aria-label="About this article"><section><h3>Source</h3><dl class="facts">"#);
    sourced_fact(out, "Talks", date(&a.talks), &a.talks);
    sourced_fact(out, "Published", date(&a.published), &a.published);
    sourced_fact(out, "Outlet", a.outlet.value.clone(), &a.outlet);
    sourced_fact(out, "Wire", a.wire.value.clone(), &a.wire);
    out.push_str("</dl>");
    if let Some(prev) = ix.checked_sub(1) {
        let href = state.href_with(|s| {
            s.view = View::Compare;
            s.compare = vec![corpus.articles[prev].id.clone(), a.id.clone()];
        });
        let _ = write!(
            out,
            r#"<p><a class="action" href="{}">Compare with the previous round</a></p>"#,
            esc(&href)
        );
    }
    out.push_str("</section>");
    entities_by_kind(out, corpus, state, a);
    quotes(out, corpus, state, a);
    dated_events(out, corpus, state, a);
    out.push_str("</aside>");
}

fn entities_by_kind(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article) {
    let mut counts: Vec<(EntityIx, usize)> = Vec::new();
    for m in &a.mentions {
        match counts.iter_mut().find(|(e, _)| *e == m.entity) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.entity, 1)),
        }
    }
    out.push_str("<section><h3>Who and what is named</h3>");
    for kind in EntityKind::ALL {
        let mut of_kind: Vec<(EntityIx, usize)> = counts
            .iter()
            .copied()
            .filter(|(e, _)| corpus.entity(*e).kind == kind)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        crate::sort::sort_by(&mut of_kind, |&(x, n), &(y, m)| {
            m.cmp(&n)
                .then_with(|| corpus.entity(x).name.cmp(&corpus.entity(y).name))
        });
        let _ = write!(
            out,
            r#"<h4>{}</h4><ul class="entity-list">"#,
            kind.plural_label()
        );
        for (e, n) in of_kind {
            out.push_str("<li>");
            entity_link(out, corpus, state, e);
            let _ = write!(out, r#" <span class="count">×{n}</span></li>"#);
        }
        out.push_str("</ul>");
    }
    if !a.candidates.is_empty() {
        out.push_str(r#"<h4>Uncurated names</h4><p class="hint">Found in the text but not yet in the knowledge base.</p><ul class="entity-list">"#);
        for c in &a.candidates {
            let _ = write!(
                out,
                r#"<li class="candidate">{}</li>"#,
                esc(a.slice(c.span))
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

fn quotes(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article) {
    let _ = write!(
        out,
        r#"<section><h3>Quotations ({})</h3><ul class="quotes">"#,
        a.quotes.len()
    );
    for q in &a.quotes {
        let _ = write!(
            out,
            r#"<li data-testid="quote"><blockquote>{}</blockquote><p class="speaker">— "#,
            esc(a.slice(q.span))
        );
        match (q.speaker, q.speaker_span) {
            (Some(s), _) => entity_link(out, corpus, state, s),
            (None, Some(span)) => {
                let _ = write!(
                    out,
                    r#"<span class="unnamed">{}</span>"#,
                    esc(a.slice(span))
                );
            }
            (None, None) => {
                out.push_str(r#"<span class="unnamed">no speaker (a quoted term)</span>"#)
            }
        }
        if let Some(f) = q.speaker_faction.filter(|&f| Some(f) != q.speaker) {
            let _ = write!(out, " ({})", esc(&corpus.entity(f).name));
        }
        out.push_str("</p></li>");
    }
    out.push_str("</ul></section>");
}

fn dated_events(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article) {
    out.push_str(r#"<section><h3>Dates it refers to</h3><ul class="dated-events">"#);
    for r in &a.events {
        let target = r
            .catalog
            .first()
            .map(|&e| corpus.events[e as usize].id.as_str())
            .unwrap_or(a.id.as_str());
        let source = if r.dated_by_text {
            format!("“{}”", a.slice(r.span))
        } else {
            "date from the knowledge base".to_string()
        };
        let _ = write!(
            out,
            r#"<li><a href="{h}" data-date="{d}"><time datetime="{d}">{dl}</time></a> {label}<small class="precision"> ({p}, {src})</small></li>"#,
            h = esc(&timeline_item_href(state, target)),
            d = r.date,
            dl = r.date.label(),
            label = esc(&corpus.event_ref_label(a, r)),
            p = r.date.precision().as_str(),
            src = esc(&source),
        );
    }
    out.push_str("</ul></section>");
}
