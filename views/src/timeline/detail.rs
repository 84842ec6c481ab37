//! The panel for the selected item. A round: its summary, who the text places at the
//! talks (and who led, only where it says so), who it names by faction (no claim of
//! presence), its topics and quotations, and where to go next. An event: when, what
//! kind, and every article sentence that refers to it, with how the text's date was
//! read ("“a decade” counted back from the article's date, 12 Oct 2017") when the
//! item is placed by it.

use super::hit::TimelineHit;
use super::{ItemKind, TimelineItem};
use crate::hit::Hit;
use crate::markup::esc;
use crate::participation::{at_the_talks_html, named_by_faction_html};
use crate::speaker::{Speaker, speaker_html};
use crate::state::links::compare_with_previous_href;
use crate::state::{View, ViewState};
use crate::yours::mark_after;
use corpus::Corpus;
use corpus::model::{reading_label, uncertain_label};
use std::fmt::Write;

/// The panel for `items[ix]`.
pub fn detail_html(out: &mut String, corpus: &Corpus, state: &ViewState, item: &TimelineItem) {
    let _ = write!(
        out,
        r#"<aside class="detail-panel" data-testid="detail-panel" aria-label="Selected item"><button type="button" class="close" aria-label="Close the details"{close}>×</button>"#,
        close = TimelineHit::CloseDetail.attr(),
    );
    match item.kind {
        ItemKind::Round => round_detail(out, corpus, state, item.articles[0]),
        ItemKind::Event => event_detail(out, corpus, state, item),
    }
    out.push_str("</aside>");
}

fn round_detail(out: &mut String, corpus: &Corpus, state: &ViewState, ix: usize) {
    let a = &corpus.articles[ix];
    let lead = a
        .sentences
        .iter()
        .map(|s| a.slice(s.span))
        .find(|s| s.split_whitespace().count() >= 12)
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<h3>{h}</h3><p class="meta"><time datetime="{d}">{dl}</time> · {o}{mine}<span class="prov prov-{c}">{c}</span></p><p class="meta">{line}</p><p class="lead">{lead}</p>"#,
        h = esc(&a.headline),
        d = a.date(),
        dl = a.date().label(),
        o = esc(a.outlet.value.as_deref().unwrap_or("outlet unknown")),
        c = a.outlet.confidence.as_str(),
        mine = mark_after(&a.id),
        line = esc(&super::round_line(corpus, a)),
        lead = esc(lead),
    );
    at_the_talks_html(out, corpus, state, a);
    named_by_faction_html(out, corpus, state, a);
    out.push_str(r#"<h4>Topics</h4><ul class="topic-list">"#);
    for t in a.topic_ixs() {
        let _ = write!(out, "<li>{}</li>", esc(&corpus.topics[t as usize].name));
    }
    out.push_str(r#"</ul><h4>Quotations</h4><ul class="quotes">"#);
    let mut unattributed = 0;
    for q in &a.quotes {
        match Speaker::of(corpus, a, q) {
            Speaker::Unattributed => unattributed += 1,
            Speaker::Term => {}
            Speaker::Entity(_) | Speaker::Words(_) => {
                let _ = write!(out, "<li><q>{}</q> — ", esc(a.slice(q.span)));
                speaker_html(out, corpus, state, a, q);
                out.push_str("</li>");
            }
        }
    }
    out.push_str("</ul>");
    if unattributed > 0 {
        let _ = write!(
            out,
            r#"<p class="hint unattributed-count">{unattributed} more {q} unattributed: the text does not make the speaker certain (the reader marks {them}).</p>"#,
            q = if unattributed == 1 {
                "quotation"
            } else {
                "quotations"
            },
            them = if unattributed == 1 { "it" } else { "them" },
        );
    }
    let read = state.href_with(|s| {
        s.view = View::Read;
        s.article = Some(a.id.clone());
    });
    let map = state.href_with(|s| {
        s.view = View::Map;
        s.round = Some(a.id.clone());
    });
    let _ = write!(
        out,
        r#"<p class="actions"><a class="action" href="{r}" data-testid="open-reader">Read the article</a>"#,
        r = esc(&read)
    );
    if let Some(compare) = compare_with_previous_href(state, corpus, ix) {
        let _ = write!(
            out,
            r#"<a class="action" href="{}">Compare with the previous round</a>"#,
            esc(&compare)
        );
    }
    let _ = write!(
        out,
        r#"<a class="action" href="{}">Faction map as of this round</a></p>"#,
        esc(&map)
    );
}

fn event_detail(out: &mut String, corpus: &Corpus, state: &ViewState, item: &TimelineItem) {
    let dated = if item.catalog.is_some() {
        "date from the curated event catalogue; the articles below refer to it"
    } else {
        "date resolved from the article's text; the label is made from the sentence below, quoted whole"
    };
    let until = item
        .until
        .map(|u| format!(" – {}", u.label()))
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<h3>{l}</h3><p class="meta"><time datetime="{d}">{dl}</time>{until} · {lane}</p><p class="hint">Known to the {p}; {dated}.</p><h4>Mentioned in</h4><ul class="evidence">"#,
        l = esc(&item.label),
        d = item.date,
        dl = esc(&item.when()),
        lane = item.lane.label(),
        p = item.date.precision().as_str(),
    );
    for &ix in &item.articles {
        let a = &corpus.articles[ix];
        let href = state.href_with(|s| {
            s.view = View::Read;
            s.article = Some(a.id.clone());
        });
        let _ = write!(
            out,
            r#"<li><a href="{h}">{t}</a>{mine} ({d})"#,
            h = esc(&href),
            t = esc(&a.headline),
            mine = mark_after(&a.id),
            d = a.date().label()
        );
        let mut seen: Vec<&str> = Vec::new();
        for r in a.events.iter().filter(|r| match item.catalog {
            Some(e) => r.catalog.contains(&e),
            None => r.date == item.date,
        }) {
            let sentence = a.sentence_text(r.sentence);
            if !seen.contains(&sentence) {
                seen.push(sentence);
                let _ = write!(out, "<blockquote>{}</blockquote>", esc(sentence));
            }
            // The catalogue places a catalogued item; an uncatalogued one is where the
            // text's date was read to be, so say how.
            let how = reading_label(r.read, r.from, a.slice(r.span));
            if let Some(how) = how.filter(|_| item.catalog.is_none()) {
                let _ = write!(
                    out,
                    r#"<p class="how-read">Read as {}: {}.</p>"#,
                    esc(&uncertain_label(r.date, r.read)),
                    esc(&how)
                );
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}
