//! The articles to open, in date order; those the filters exclude are left out (kept
//! in the page, hidden, so the list does not jump as filters change).

use crate::filter::Selection;
use crate::markup::esc;
use crate::state::{View, ViewState};
use crate::yours::mark_after;
use corpus::Corpus;
use std::fmt::Write;

pub fn list_html(out: &mut String, corpus: &Corpus, state: &ViewState, sel: &Selection) {
    let _ = write!(
        out,
        r#"<section class="article-list"><h2>Articles</h2><p class="count" role="status">{} of {} articles match the filters</p><ol>"#,
        sel.article_count(),
        corpus.articles.len()
    );
    for (ix, a) in corpus.articles.iter().enumerate() {
        let passes = sel.passes(ix);
        let href = state.href_with(|s| {
            s.view = View::Read;
            s.article = Some(a.id.clone());
        });
        let _ = write!(
            out,
            r#"<li class="article-card" data-testid="article-card" data-article="{id}"{hidden}><a href="{h}"><time datetime="{d}">{dl}</time><h3>{t}</h3></a><p class="outlet">{o}{mine}</p><ul class="topic-list">"#,
            id = esc(&a.id),
            hidden = if passes {
                ""
            } else {
                r#" hidden aria-hidden="true""#
            },
            h = esc(&href),
            d = a.date(),
            dl = a.date().label(),
            t = esc(&a.headline),
            o = esc(a.outlet.value.as_deref().unwrap_or("outlet unknown")),
            mine = mark_after(&a.id),
        );
        for t in a.topic_ixs() {
            let _ = write!(out, "<li>{}</li>", esc(&corpus.topics[t as usize].name));
        }
        out.push_str("</ul></li>");
    }
    out.push_str("</ol></section>");
}
