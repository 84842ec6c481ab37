//! The header: the app's name, what the corpus holds, the views, and two actions (add
//! an article, copy the link to the view). One row on a desktop; on a phone at most
//! 64 px, with the views as a tab bar along the screen's foot and the actions as
//! icons (drawn by the stylesheet) whose words are there for screen readers, and on
//! a wide screen beside the icon.

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
        r#"</ul></nav><button type="button" class="add-article action-button" aria-haspopup="dialog" data-testid="add-article"{hit}><span class="action-label">Add an article</span></button>"#,
        hit = YoursHit::Open.attr()
    );
    let _ = write!(
        out,
        r#"<div class="copy-link"><button type="button" class="action-button" data-testid="copy-link" aria-label="Copy link to this view"{hit}><span class="action-label">Copy link</span></button><span class="copy-status" role="status" aria-live="polite">"#,
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
    out.push_str("</span></div>");
    if !ui.page_url.is_empty() {
        let _ = write!(out, r#"<p class="print-url">{}</p>"#, esc(&ui.page_url));
    }
    out.push_str("</header>");
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
            r#"<button type="button" class="add-article action-button" aria-haspopup="dialog" data-testid="add-article" data-hit="yours-open"><span class="action-label">Add an article</span></button>"#
        ));
        // Each action's words are in the button, for screen readers, beside its icon.
        assert!(html.contains(r#"<span class="action-label">Add an article</span></button>"#));
        // The copy link's name says more than its short visible words, which it holds.
        assert!(html.contains(r#"aria-label="Copy link to this view" data-hit="copy-link"><span"#));
        assert!(html.contains(r#"<span class="action-label">Copy link</span></button>"#));
        assert!(!html.contains("style="));
        // A printed page says where it came from, once the app knows.
        assert!(!html.contains("print-url"));
        let ui = ShellUi {
            page_url: "https://example.org/cairo-talks/?view=map&f=hamas".into(),
            ..ShellUi::default()
        };
        let printed = header_html(ctx().corpus, &state("view=map&f=hamas"), &ui);
        assert!(printed.contains(r#"<p class="print-url">https://example.org/cairo-talks/?view=map&amp;f=hamas</p></header>"#));
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
