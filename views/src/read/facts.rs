//! Beside the text: where the article comes from (with how each fact is known), the
//! entities it names grouped by kind (with the spelling the text uses where no alias
//! has it), the uncurated names with the role their title gives, its quotations with
//! their speakers and the rule that found each (or "unattributed"), and the dates it
//! refers to.

use crate::entity::entity_link;
use crate::markup::esc;
use crate::provenance::sourced_fact;
use crate::read::names::{candidate_role, variant_note_html};
use crate::speaker::{Speaker, rule_html, speaker_html};
use crate::state::ViewState;
use crate::state::links::{compare_with_previous_href, timeline_item_href};
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
    if let Some(href) = compare_with_previous_href(state, corpus, ix) {
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
    for m in a
        .mentions
        .iter()
        .filter(|m| (m.entity as usize) < corpus.entities.len())
    {
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
            let _ = write!(out, r#" <span class="count">×{n}</span>"#);
            variant_note_html(out, a, e);
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    if !a.candidates.is_empty() {
        out.push_str(r#"<h4>Uncurated names</h4><p class="hint">Found in the text but not yet in the knowledge base; a role is read from the title before the name.</p><ul class="entity-list">"#);
        let mut seen: Vec<&str> = Vec::new();
        for c in &a.candidates {
            let name = a.slice(c.span).trim();
            if name.is_empty() || seen.contains(&name) {
                continue;
            }
            seen.push(name);
            // The first occurrence with a role gives it (a later "Wang Yi" has none).
            let role = a
                .candidates
                .iter()
                .filter(|o| a.slice(o.span).trim() == name)
                .find_map(|o| candidate_role(corpus, a, o));
            let _ = write!(
                out,
                r#"<li class="candidate-name" data-testid="candidate-name"><span class="candidate">{}</span>"#,
                esc(name)
            );
            if let Some(role) = role {
                let _ = write!(out, r#" <span class="role">— {}</span>"#, esc(&role));
            }
            out.push_str(r#" <small class="uncurated">uncurated</small></li>"#);
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

fn quotes(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article) {
    let unattributed = a
        .quotes
        .iter()
        .filter(|q| Speaker::of(corpus, a, q) == Speaker::Unattributed)
        .count();
    let apart = match unattributed {
        0 => String::new(),
        n => format!(", {n} unattributed"),
    };
    let _ = write!(
        out,
        r#"<section><h3>Quotations ({}{apart})</h3><ul class="quotes">"#,
        a.quotes.len()
    );
    for q in &a.quotes {
        let speaker = Speaker::of(corpus, a, q);
        let _ = write!(
            out,
            r#"<li data-testid="quote" data-speaker="{kind}"><blockquote>{words}</blockquote><p class="speaker">— "#,
            kind = speaker.as_str(),
            words = esc(a.slice(q.span)),
        );
        speaker_html(out, corpus, state, a, q);
        let _ = write!(
            out,
            r#"</p><p class="quote-rule" data-testid="quote-rule" data-rule="{}">{}</p></li>"#,
            q.rule.as_str(),
            rule_html(speaker, q.rule),
        );
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
