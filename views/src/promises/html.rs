//! The promises view's markup: a note on what is tracked, then the matrix as a real
//! `<table>` (a caption, column heads for the agreements, a row head per provision).
//! A cell's summary names its promises and its marks, each status in words (never a
//! colour alone, `style/promises.css`); opened, it lists its sentences, each a link to
//! the reader at that sentence. Below the phone breakpoint the rows become cards (CSS
//! only: each cell carries its agreement's name, shown there).

use super::model::{Cell, Column, Promises, Source};
use super::words::{count, deadline, row_sentence, unreported};
use crate::context::Context;
use crate::filter::Selection;
use crate::markup::esc;
use crate::state::ViewState;
use crate::state::links::sentence_href;
use crate::yours::mark_html;
use corpus::model::Corpus;
use std::fmt::Write;

pub fn promises_html(ctx: &Context, state: &ViewState, sel: &Selection) -> String {
    let corpus = ctx.corpus;
    let m = Promises::new(corpus, state, sel);
    let mut out = String::with_capacity(8 * 1024);
    out.push_str(r#"<section class="promises-view" data-testid="promises"><h2>Promises</h2>"#);
    note(&mut out, &m);
    let label = |p| corpus.provision(p).map(|p| p.label.as_str());
    if let Some(one) = m.only.and_then(label) {
        let _ = write!(
            out,
            r#"<p class="promises-only">Only {}. <a href="{}" data-testid="promises-all">All provisions</a></p>"#,
            esc(one),
            esc(&state.href_with(|s| s.provision = None)),
        );
    }
    if m.rows.is_empty() {
        let what = m.only.and_then(label).map_or(String::new(), |l| {
            format!(" for {}", esc(&l.to_lowercase()))
        });
        let _ = write!(
            out,
            r#"<p class="promises-empty" data-testid="promises-empty">No promises found{what} in these articles ({} of {} pass the filters).</p></section>"#,
            sel.passing().count(),
            corpus.articles.len(),
        );
        return out;
    }
    table(&mut out, ctx, state, sel, &m);
    out.push_str("</section>");
    out
}

fn note(out: &mut String, m: &Promises) {
    let as_of = m
        .as_of
        .map_or(String::new(), |d| format!(" ({})", d.label()));
    let _ = write!(
        out,
        r#"<p class="promises-note">What each agreement promised, and what later articles here report became of it. A promise is a sentence saying a party agreed, pledged or is bound to take a step; a status (met, partly met, postponed, missed, collapsed, disputed) is only ever what a sentence says. Where no sentence says, a cell reads “no report in these articles”. A deadline has passed when all of it lies before the newest article's date{as_of}. Open a cell for its sentences.</p>"#
    );
}

fn column_name(corpus: &Corpus, c: Column) -> String {
    match c {
        Column::Deal(a) => corpus.agreement(a).map_or(String::new(), |g| {
            format!("{}, {}", g.label, g.date.label())
        }),
        Column::Unnamed => "No agreement named".to_string(),
    }
}

fn column_id(corpus: &Corpus, c: Column) -> &str {
    match c {
        Column::Deal(a) => corpus.agreement(a).map_or("", |g| g.id.as_str()),
        Column::Unnamed => "",
    }
}

fn table(out: &mut String, ctx: &Context, state: &ViewState, sel: &Selection, m: &Promises) {
    let corpus = ctx.corpus;
    let deals = (m.columns.iter())
        .filter(|c| matches!(c, Column::Deal(_)))
        .count();
    let _ = write!(
        out,
        r#"<div class="table-scroll" tabindex="0" role="region" aria-label="The promises, as a table"><table class="promises-matrix" data-testid="promises-matrix"><caption>{} by {}, in {} of {}</caption><thead><tr><th scope="col">Provision</th><th scope="col">In words</th>"#,
        count(m.rows.len(), "provision"),
        count(deals, "agreement"),
        sel.passing().count(),
        count(corpus.articles.len(), "article"),
    );
    for &c in &m.columns {
        let _ = write!(
            out,
            r#"<th scope="col" data-agreement="{}">{}</th>"#,
            esc(column_id(corpus, c)),
            esc(&column_name(corpus, c)),
        );
    }
    out.push_str("</tr></thead><tbody>");
    // The reader's links keep the filters but not `p`, which only this view reads.
    let reader = ViewState {
        provision: None,
        ..state.clone()
    };
    for row in &m.rows {
        let Some(p) = corpus.provision(row.provision) else {
            continue;
        };
        let _ = write!(
            out,
            r#"<tr data-testid="promise-row" data-provision="{id}"><th scope="row"><a href="{href}">{label}</a></th><td class="promise-words">{words}</td>"#,
            id = esc(&p.id),
            href = esc(&state.href_with(|s| s.provision = Some(p.id.clone()))),
            label = esc(&p.label),
            words = esc(&row_sentence(corpus, m, row)),
        );
        for (&c, cell) in m.columns.iter().zip(&row.cells) {
            cell_html(
                out,
                ctx,
                &reader,
                cell,
                (column_id(corpus, c), &column_name(corpus, c)),
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// A mark: the status in words, its class for the palette.
fn mark(out: &mut String, word: &str, class: &str) {
    let _ = write!(out, r#"<span class="mark mark-{class}">{word}</span>"#);
}

fn cell_html(
    out: &mut String,
    ctx: &Context,
    state: &ViewState,
    cell: &Cell,
    (id, name): (&str, &str),
) {
    let st = cell.state();
    let _ = write!(
        out,
        r#"<td data-testid="promise-cell" data-agreement="{}" data-state="{}"><span class="promise-deal">{}</span>"#,
        esc(id),
        st.as_str(),
        esc(name),
    );
    if cell.sentence_count() == 0 {
        out.push_str(r#"<span class="promise-none">nothing here</span></td>"#);
        return;
    }
    out.push_str(r#"<details><summary>"#);
    // Each deadline once, in the order of the first sentence that gives it.
    let mut dues: Vec<String> = Vec::new();
    for due in cell.promises.iter().map(|p| deadline(p.deadline)) {
        if !dues.contains(&due) {
            dues.push(due);
        }
    }
    for due in dues {
        let _ = write!(
            out,
            r#"<span class="promise-due">promised, {}</span>"#,
            esc(&due)
        );
    }
    for r in &cell.reports {
        mark(out, r.status.label(), r.status.as_str());
        let _ = write!(
            out,
            r#" <span class="promise-count">{}</span>"#,
            count(r.sources.len(), "sentence")
        );
    }
    if let Some(words) = unreported(st) {
        mark(out, words, st.as_str());
    }
    let _ = write!(
        out,
        r#"<span class="promise-total">{} behind it</span></summary><ol class="promise-sources">"#,
        count(cell.sentence_count(), "sentence")
    );
    for p in &cell.promises {
        source(out, ctx, state, p.source, "promised", "promise");
    }
    for r in &cell.reports {
        for &s in &r.sources {
            source(out, ctx, state, s, r.status.label(), r.status.as_str());
        }
    }
    out.push_str("</ol></details></td>");
}

/// One sentence behind a cell: what it says, the words, and its article.
fn source(out: &mut String, ctx: &Context, state: &ViewState, s: Source, word: &str, class: &str) {
    let Some(a) = ctx.corpus.articles.get(s.article) else {
        return;
    };
    out.push_str("<li>");
    mark(out, word, class);
    let _ = write!(
        out,
        r#" <a href="{}" data-testid="promise-sentence">“{}”</a> <span class="promise-from">{} · {}</span>{}</li>"#,
        esc(&sentence_href(state, &a.id, s.sentence)),
        esc(a.sentence_text(s.sentence).trim()),
        esc(&a.headline),
        a.date().label(),
        if ctx.is_yours(s.article) {
            format!(" {}", mark_html())
        } else {
            String::new()
        },
    );
}
