//! The comparison's panels beside the topic grid: entities shared and unique, who
//! gets a voice (grouped by faction, with counts, and the quotations side by side;
//! unattributed quotations counted apart, under nobody), the loaded terms each
//! article uses, and the passages that echo each other.
//!
//! The entity chips are drawn like the mentions in the texts (class `mention`), so
//! the entity under the pointer is outlined in the panel as in the text (`hovered`).

use crate::compare::Comparison;
use crate::compare::html::scroll_box;
use crate::entity::colour_class;
use crate::markup::esc;
use crate::state::ViewState;
use crate::state::links::entity_href;
use corpus::Corpus;
use corpus::model::EntityIx;
use std::fmt::Write;

/// An entity as a chip that filters by it, styled and outlined like a mention.
fn entity_chip(
    s: &mut String,
    corpus: &Corpus,
    state: &ViewState,
    e: EntityIx,
    hovered: Option<&str>,
) {
    let entity = corpus.entity(e);
    let _ = write!(
        s,
        r#"<li><a class="entity-link mention {c}{h}" href="{href}" title="{d} — show only what mentions {name}" data-entity="{id}">{name}</a></li>"#,
        c = colour_class(corpus, e),
        h = if hovered == Some(entity.id.as_str()) {
            " hovered"
        } else {
            ""
        },
        href = esc(&entity_href(state, &entity.id)),
        d = esc(&entity.description),
        id = esc(&entity.id),
        name = esc(&entity.name),
    );
}

fn column_heading(corpus: &Corpus, cmp: &Comparison, column: usize) -> String {
    let a = &corpus.articles[cmp.columns[column]];
    format!(
        "{} · {}",
        a.date().label(),
        a.outlet.value.as_deref().unwrap_or("outlet unknown")
    )
}

/// The entities every article names, then those only one names, as chips.
pub fn entities_html(
    corpus: &Corpus,
    cmp: &Comparison,
    state: &ViewState,
    hovered: Option<&str>,
) -> String {
    let mut s = String::from(
        r#"<div class="panel-columns columns-1"><div><h4>Named in every article</h4><ul class="chip-list">"#,
    );
    for &e in &cmp.entities.shared {
        entity_chip(&mut s, corpus, state, e, hovered);
    }
    s.push_str("</ul></div></div>");
    let _ = write!(
        s,
        r#"<div class="panel-columns columns-{}">"#,
        cmp.columns.len()
    );
    for (c, unique) in cmp.entities.unique.iter().enumerate() {
        let _ = write!(
            s,
            "<div><h4>Only in {}</h4><ul class=\"chip-list\">",
            esc(&column_heading(corpus, cmp, c))
        );
        for &e in unique {
            entity_chip(&mut s, corpus, state, e, hovered);
        }
        s.push_str("</ul></div>");
    }
    s.push_str("</div>");
    s
}

/// Who speaks in each article, by faction, with their quotations.
pub fn voices_html(corpus: &Corpus, cmp: &Comparison) -> String {
    let mut s = format!(
        r#"<div class="panel-columns columns-{}">"#,
        cmp.columns.len()
    );
    for (c, voices) in cmp.voices.iter().enumerate() {
        let a = &corpus.articles[cmp.columns[c]];
        let _ = write!(
            s,
            r#"<section class="voices" data-testid="voices" data-article="{id}"><h4>{head}</h4>"#,
            id = esc(&a.id),
            head = esc(&column_heading(corpus, cmp, c)),
        );
        match (voices.groups.is_empty(), voices.unattributed.is_empty()) {
            (true, true) => s.push_str(r#"<p class="empty">Nobody is quoted.</p>"#),
            (true, false) => s.push_str(r#"<p class="empty">No speaker is certain.</p>"#),
            _ => {}
        }
        for group in &voices.groups {
            let (fid, fname, colour) = match group.faction {
                Some(f) => (
                    corpus.entity(f).id.as_str(),
                    corpus.entity(f).name.as_str(),
                    colour_class(corpus, f),
                ),
                None => ("none", "Unaffiliated or unknown", "kind-person".to_string()),
            };
            let count = group.weight();
            let _ = write!(
                s,
                r#"<div class="voice-group {colour}" data-faction="{fid}"><h5><span class="swatch"></span>{fname} <span class="count">{count}</span></h5><ul>"#,
                fid = esc(fid),
                fname = esc(fname),
            );
            for v in &group.speakers {
                let id = v
                    .speaker
                    .map(|e| corpus.entity(e).id.as_str())
                    .unwrap_or("");
                let _ = write!(
                    s,
                    r#"<li data-entity="{id}"><strong>{label}</strong> <span class="count">{q} quoted, {p} paraphrased</span>"#,
                    id = esc(id),
                    label = esc(&v.label),
                    q = v.quotes.len(),
                    p = v.paraphrases,
                );
                if !v.quotes.is_empty() {
                    s.push_str("<ul class=\"quotes\">");
                    for &q in &v.quotes {
                        if let Some(quote) = a.quotes.get(q) {
                            let _ = write!(s, "<li><q>{}</q></li>", esc(a.slice(quote.span)));
                        }
                    }
                    s.push_str("</ul>");
                }
                s.push_str("</li>");
            }
            s.push_str("</ul></div>");
        }
        unattributed_html(&mut s, a, &voices.unattributed);
        s.push_str("</section>");
    }
    s.push_str("</div>");
    s
}

/// The quotations of one column whose speaker the text leaves uncertain: a count of
/// their own, after every faction, with the words, attributed to nobody.
fn unattributed_html(s: &mut String, a: &corpus::Article, quotes: &[usize]) {
    if quotes.is_empty() {
        return;
    }
    let _ = write!(
        s,
        r#"<div class="voices-unattributed" data-testid="unattributed-voices" data-count="{n}"><h5>{n} unattributed</h5><p class="hint">A verb reports {these}, but the text does not make the speaker certain: counted under no one.</p><ul class="quotes">"#,
        n = quotes.len(),
        these = if quotes.len() == 1 {
            "these words"
        } else {
            "each"
        },
    );
    for q in quotes.iter().filter_map(|&q| a.quotes.get(q)) {
        let _ = write!(
            s,
            r#"<li><q>{}</q> <span class="speaker-tag speaker-unattributed" title="{}">unattributed</span></li>"#,
            esc(a.slice(q.span)),
            esc(&crate::speaker::rule_title(
                crate::speaker::Speaker::Unattributed,
                q.rule
            )),
        );
    }
    s.push_str("</ul></div>");
}

/// How often each article uses each loaded term of the lexicon.
pub fn framing_html(corpus: &Corpus, cmp: &Comparison) -> String {
    let mut s = String::from(
        r#"<table class="compare-matrix framing-table" data-testid="framing-counts"><caption>Loaded terms: how often each article uses them</caption><thead><tr><th scope="col">Term</th>"#,
    );
    for c in 0..cmp.columns.len() {
        let _ = write!(
            s,
            r#"<th scope="col">{}</th>"#,
            esc(&column_heading(corpus, cmp, c))
        );
    }
    s.push_str("</tr></thead><tbody>");
    if cmp.framing.terms.is_empty() {
        let _ = write!(
            s,
            r#"<tr><td colspan="{}">None of the curated loaded terms.</td></tr>"#,
            cmp.columns.len() + 1
        );
    }
    for (term, counts) in &cmp.framing.terms {
        let t = &corpus.framing[*term as usize];
        let _ = write!(
            s,
            r#"<tr data-term="{id}"><th scope="row" title="{note}">{label}</th>"#,
            id = esc(&t.id),
            note = esc(&t.note),
            label = esc(&t.label),
        );
        for (c, n) in counts.iter().enumerate() {
            let article = &corpus.articles[cmp.columns[c]];
            let _ = write!(
                s,
                r#"<td data-article="{a}" data-term="{id}" data-count="{n}"{hot}>{n}</td>"#,
                a = esc(&article.id),
                id = esc(&t.id),
                hot = if *n > 0 { r#" class="used""# } else { "" },
            );
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table>");
    scroll_box("Loaded terms by article, scrollable", &s)
}

/// The pairs of passages that read alike, strongest first.
pub fn similar_html(corpus: &Corpus, cmp: &Comparison) -> String {
    if cmp.similar.is_empty() {
        return r#"<p class="empty">No passage of one article echoes another closely.</p>"#
            .to_string();
    }
    let mut s = String::from(r#"<ul class="similar-list" data-testid="similar-passages">"#);
    for pair in &cmp.similar {
        let side = |(column, sentence): (usize, u16)| {
            let a = &corpus.articles[cmp.columns[column]];
            format!(
                r#"<blockquote data-article="{id}"><cite>{head}</cite>{text}</blockquote>"#,
                id = esc(&a.id),
                head = esc(&column_heading(corpus, cmp, column)),
                text = esc(a.sentence_text(sentence)),
            )
        };
        let _ = write!(
            s,
            r#"<li><p class="shared">Shared: {}</p><div class="pair">{}{}</div></li>"#,
            esc(&pair.shared.join(", ")),
            side(pair.a),
            side(pair.b),
        );
    }
    s.push_str("</ul>");
    s
}
