//! The header: the app's name, what the corpus holds, the views, and the link to share.

use super::hit::ShellHit;
use super::{CopyOutcome, ShellUi};
use crate::hit::Hit;
use crate::markup::esc;
use crate::state::{View, ViewState};
use crate::yours::hit::YoursHit;
use crate::yours::is_yours_id;
use corpus::{Article, Corpus};
use std::fmt::Write;

pub fn header_html(corpus: &Corpus, state: &ViewState, ui: &ShellUi) -> String {
    // The summary is of the published corpus; the reader's own articles are counted
    // apart (their ids are theirs alone: the seed checker refuses `yours-` ids).
    let (yours, articles): (Vec<&Article>, Vec<&Article>) =
        corpus.articles.iter().partition(|a| is_yours_id(&a.id));
    let first = articles.first().map(|a| a.date().year).unwrap_or_default();
    let last = articles.last().map(|a| a.date().year).unwrap_or_default();
    let mut out = String::with_capacity(2048);
    let _ = write!(
        out,
        r#"<header class="site-header"><div class="brand"><h1>Cairo Talks</h1><p class="summary" data-testid="corpus-summary">{n} articles, {first}–{last}: rounds of Fatah–Hamas reconciliation talks in Cairo{mine}</p></div><nav class="view-tabs" aria-label="Views"><ul>"#,
        n = articles.len(),
        mine = match yours.len() {
            0 => String::new(),
            1 => ", and 1 of yours".into(),
            k => format!(", and {k} of yours"),
        },
    );
    for view in View::ALL {
        let current = state.view == view;
        let _ = write!(
            out,
            r#"<li><a href="{h}" class="view-tab{c}"{aria} data-testid="tab-{id}">{label}</a></li>"#,
            h = esc(&state.href_with(|s| s.view = view)),
            c = if current { " current" } else { "" },
            aria = if current {
                r#" aria-current="page""#
            } else {
                ""
            },
            id = view.as_str(),
            label = view.label(),
        );
    }
    let _ = write!(
        out,
        r#"</ul></nav><button type="button" class="add-article" aria-haspopup="dialog" data-testid="add-article"{hit}>Add an article</button>"#,
        hit = YoursHit::Open.attr()
    );
    let _ = write!(
        out,
        r#"<div class="copy-link"><button type="button" data-testid="copy-link"{hit}>Copy link to this view</button><span class="copy-status" role="status" aria-live="polite">"#,
        hit = ShellHit::CopyLink.attr()
    );
    match &ui.copy {
        CopyOutcome::Idle => {}
        CopyOutcome::Copied => {
            out.push_str(r#"<span data-testid="copy-confirmation">Link copied</span>"#)
        }
        CopyOutcome::Manual(href) => {
            let _ = write!(
                out,
                r#"<label>Copy this link: <input type="text" readonly value="{}" data-testid="copy-manual"></label>"#,
                esc(href)
            );
        }
    }
    out.push_str("</span></div></header>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{ctx, state};

    #[test]
    fn tabs_keep_the_filters_and_mark_the_current_view() {
        let html = header_html(
            ctx().corpus,
            &state("view=map&f=hamas"),
            &ShellUi::default(),
        );
        assert!(
            html.contains(r#"href="?f=hamas" class="view-tab""#),
            "{html}"
        );
        assert!(
            html.contains(r#"class="view-tab current" aria-current="page" data-testid="tab-map""#)
        );
        assert!(html.contains("5 articles, 2013–2025"));
        assert!(html.contains(
            r#"<button type="button" class="add-article" aria-haspopup="dialog" data-testid="add-article" data-hit="yours-open">Add an article</button>"#
        ));
    }

    #[test]
    fn the_readers_own_articles_are_counted_apart() {
        let mut mine = Article::unannotated("yours-1a2b3c4d", "Hamas and Fatah met.");
        mine.talks.value = corpus::PartialDate::parse("2026-03-12");
        let merged = crate::yours::merge::merge(
            corpus::seeds::repository(),
            &corpus::extract::KbEdits::default(),
            vec![mine],
        );
        let html = header_html(&merged.corpus, &ViewState::default(), &ShellUi::default());
        assert!(html.contains("5 articles, 2013–2025: rounds of Fatah–Hamas reconciliation talks in Cairo, and 1 of yours</p>"), "{html}");
    }
}
