//! The comparison as HTML: a grid whose columns are the articles and whose rows are
//! the recurring disputes, so passages on the same topic stand level; then the
//! overview matrix, the entities, the voices, the framing counts and the echoes.
//!
//! `only` limits the cells to one column: on a narrow screen the columns become tabs
//! and the topic rows keep only the chosen tab's cells.
//!
//! No inline style (the page's Content-Security-Policy forbids it): the number of
//! columns is a class (`columns-2`), a matrix cell's shade is one of [`SHADES`]
//! classes, and a table scrolls inside its own focusable box on a phone.

use crate::compare::Comparison;
use crate::markup::esc;
use crate::read::text::{SentenceMarks, TextLinks, sentences_html};
use corpus::Corpus;
use corpus::model::{SentenceIx, Span};
use std::fmt::Write;

/// What the grid draws from besides the comparison.
pub struct GridInput<'a> {
    pub corpus: &'a Corpus,
    pub cmp: &'a Comparison,
    /// Query hits per article (indexed like `corpus.articles`).
    pub hits: &'a [Vec<Span>],
    /// Sentences the text filter matches, per article.
    pub matched: &'a [Vec<SentenceIx>],
    pub links: &'a TextLinks<'a>,
    /// Only this column's cells (tabs), or all.
    pub only: Option<usize>,
}

impl GridInput<'_> {
    fn shown(&self) -> Vec<usize> {
        (0..self.cmp.columns.len())
            .filter(|c| self.only.is_none_or(|o| o == *c))
            .collect()
    }

    fn cell(&self, out: &mut String, column: usize, sentences: &[SentenceIx]) {
        let ix = self.cmp.columns[column];
        let article = &self.corpus.articles[ix];
        let echoed: Vec<SentenceIx> = self
            .cmp
            .similar
            .iter()
            .flat_map(|p| [p.a, p.b])
            .filter(|(c, _)| *c == column)
            .map(|(_, s)| s)
            .collect();
        let matched = self.matched.get(ix).map(Vec::as_slice).unwrap_or(&[]);
        let hits = self.hits.get(ix).map(Vec::as_slice).unwrap_or(&[]);
        let _ = write!(
            out,
            r#"<div class="cell" data-article="{}" data-column="{column}">"#,
            esc(&article.id)
        );
        if sentences.is_empty() {
            out.push_str(r#"<p class="empty">Nothing on this.</p>"#);
        } else {
            out.push_str(&sentences_html(
                self.corpus,
                article,
                sentences,
                hits,
                |s| SentenceMarks {
                    matched: matched.contains(&s),
                    echoed: echoed.contains(&s),
                    ..SentenceMarks::default()
                },
                self.links,
            ));
        }
        out.push_str("</div>");
    }
}

/// The topic rows and the "only this article says" row.
pub fn topic_grid(input: &GridInput) -> String {
    let corpus = input.corpus;
    let shown = input.shown();
    let mut s = String::with_capacity(32 * 1024);
    let _ = write!(s, r#"<div class="compare-grid columns-{}">"#, shown.len());
    for row in &input.cmp.rows {
        let topic = &corpus.topics[row.topic as usize];
        let _ = write!(
            s,
            r#"<div class="topic-row" data-testid="topic-row" data-topic="{id}"><h3 class="row-head" title="{desc}">{name}</h3>"#,
            id = esc(&topic.id),
            desc = esc(&topic.description),
            name = esc(&topic.name),
        );
        for &c in &shown {
            input.cell(
                &mut s,
                c,
                row.cells.get(c).map(Vec::as_slice).unwrap_or(&[]),
            );
        }
        s.push_str("</div>");
    }
    if input.cmp.unique_rows.iter().any(|r| !r.is_empty()) {
        s.push_str(r#"<div class="topic-row unique-row" data-testid="topic-row" data-topic="only-here"><h3 class="row-head">Only this article says</h3>"#);
        for &c in &shown {
            input.cell(
                &mut s,
                c,
                input
                    .cmp
                    .unique_rows
                    .get(c)
                    .map(Vec::as_slice)
                    .unwrap_or(&[]),
            );
        }
        s.push_str("</div>");
    }
    if input.cmp.rows.is_empty() {
        s.push_str(r#"<p class="empty">No sentence of these articles passes the filters.</p>"#);
    }
    s.push_str("</div>");
    s
}

/// How many shades a matrix cell can take (`shade-1` … `shade-5`; none for zero).
pub const SHADES: u32 = 5;

/// The shade class of a count out of the largest count: `shade-1` for the least
/// non-zero share, [`SHADES`] for the largest; nothing for zero.
pub fn shade(n: u32, max: u32) -> Option<u32> {
    (n > 0).then(|| 1 + (SHADES - 1) * n.min(max) / max.max(1))
}

/// A wide table in a box of its own that scrolls sideways on a narrow screen, so the
/// page does not; focusable and named, so a keyboard can scroll it too.
pub fn scroll_box(label: &str, table: &str) -> String {
    format!(
        r#"<div class="table-scroll" tabindex="0" role="region" aria-label="{}">{table}</div>"#,
        esc(label)
    )
}

/// Per topic, how many sentences each article gives it: what recurs at a glance.
pub fn matrix_html(corpus: &Corpus, cmp: &Comparison) -> String {
    let mut s = String::from(
        r#"<table class="compare-matrix" data-testid="compare-matrix"><caption>Which article addresses which dispute (sentences)</caption><thead><tr><th scope="col">Topic</th>"#,
    );
    for &c in &cmp.columns {
        let a = &corpus.articles[c];
        let _ = write!(s, r#"<th scope="col">{}</th>"#, esc(&a.date().label()));
    }
    s.push_str("</tr></thead><tbody>");
    let max = cmp
        .matrix
        .iter()
        .flat_map(|(_, counts)| counts.iter().copied())
        .max()
        .unwrap_or(1)
        .max(1);
    for (topic, counts) in &cmp.matrix {
        let t = &corpus.topics[*topic as usize];
        let _ = write!(
            s,
            r#"<tr data-topic="{}"><th scope="row">{}</th>"#,
            esc(&t.id),
            esc(&t.name)
        );
        for (i, &n) in counts.iter().enumerate() {
            let article = cmp
                .columns
                .get(i)
                .map(|&c| corpus.articles[c].id.as_str())
                .unwrap_or("");
            let _ = write!(
                s,
                r#"<td data-article="{article}" data-count="{n}"{class}>{n}</td>"#,
                class = shade(n, max)
                    .map(|k| format!(r#" class="shade-{k}""#))
                    .unwrap_or_default(),
                article = esc(article),
            );
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table>");
    scroll_box("Topics by article, scrollable", &s)
}
