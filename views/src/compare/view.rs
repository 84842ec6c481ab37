//! The whole comparison view as markup: its head, the article picker, the column
//! heads (tabs on a narrow screen), the layout choice, the topic rows or the full
//! texts, and the panels (matrix, voices, framing, entities, echoes).
//!
//! What is not in the URL (the layout, the chosen tab, synchronized scrolling, the
//! screen's form, the entity under the pointer) is a [`CompareUi`] the app keeps.
//! The comparison itself is computed apart ([`comparison`]), so the app can keep it
//! while only the UI state changes (hovering redraws, it does not recompute).

pub use super::Layout;
use super::full_texts::full_texts_html;
use super::heads::{TABPANEL_ID, heads_html, tab_id};
use super::hit::CompareHit;
use super::html::{GridInput, matrix_html, topic_grid};
use super::panels::{entities_html, framing_html, similar_html, voices_html};
use super::picker::picker_html;
use super::{Comparison, compare};
use crate::context::Context;
use crate::filter::Selection;
use crate::hit::Hit;
use crate::read::text::TextLinks;
use crate::state::ViewState;
use corpus::model::{EntityIx, TopicIx};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// What the comparison shows besides the URL state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareUi {
    pub layout: Layout,
    /// The chosen column on a narrow screen (clamped to the columns there are).
    pub tab: usize,
    /// Whether scrolling one full text scrolls the others.
    pub sync: bool,
    /// A phone: the columns become tabs.
    pub narrow: bool,
    /// The id of the entity under the pointer: its mentions are outlined.
    pub hovered: Option<String>,
}

impl Default for CompareUi {
    fn default() -> Self {
        CompareUi {
            layout: Layout::ByTopic,
            tab: 0,
            sync: true,
            narrow: false,
            hovered: None,
        }
    }
}

impl CompareUi {
    /// The one column shown on a narrow screen, if the screen is narrow.
    pub fn only(&self, columns: usize) -> Option<usize> {
        self.narrow.then(|| self.tab.min(columns.saturating_sub(1)))
    }
}

/// The comparison the URL asks for: its `cmp` articles, in order, narrowed by its
/// topic and entity filters. It reads nothing else of the state (the app keeps it
/// in a memo over those three).
pub fn comparison(ctx: &Context, state: &ViewState) -> Comparison {
    let corpus = ctx.corpus;
    let columns: Vec<usize> = (state.compare.iter())
        .filter_map(|id| corpus.article_ix(id))
        .collect();
    let topics: Vec<TopicIx> = (state.topics.iter())
        .filter_map(|id| corpus.topic_ix(id))
        .collect();
    let entities: Vec<EntityIx> = (state.entities.iter())
        .filter_map(|id| corpus.entity_ix(id))
        .collect();
    compare(corpus, &columns, &topics, &entities)
}

/// The view for `state`, computing its comparison.
pub fn compare_html(ctx: &Context, state: &ViewState, sel: &Selection, ui: &CompareUi) -> String {
    compare_view_html(ctx, state, sel, &comparison(ctx, state), ui)
}

/// The view for `state` from its comparison (see [`comparison`]).
pub fn compare_view_html(
    ctx: &Context,
    state: &ViewState,
    sel: &Selection,
    cmp: &Comparison,
    ui: &CompareUi,
) -> String {
    let corpus = ctx.corpus;
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        r#"<section class="compare-view layout-{layout}" aria-labelledby="compare-heading"><div class="view-head"><h2 id="compare-heading">Compare articles</h2><p class="count">What each article says on the same dispute, who it quotes, which words frame it.</p></div>"#,
        layout = match ui.layout {
            Layout::ByTopic => "by-topic",
            Layout::FullTexts => "full-texts",
        },
    );
    let ready = cmp.columns.len() >= 2;
    // On a phone, once two articles are chosen, the columns come first and the
    // choice of articles folds under them.
    let fold = ui.narrow && ready;
    if !fold {
        picker_html(&mut out, corpus, &cmp.columns);
    }
    if !ready {
        out.push_str(r#"<p class="hint">Pick two or three articles to compare.</p></section>"#);
        return out;
    }
    let only = ui.only(cmp.columns.len());
    heads_html(&mut out, corpus, state, cmp, only);
    if fold {
        out.push_str(r#"<details class="compare-choice"><summary>Change the articles</summary>"#);
        picker_html(&mut out, corpus, &cmp.columns);
        out.push_str("</details>");
    }
    layout_html(&mut out, ui.layout);
    // On a narrow screen the rows or the text below are the chosen tab's panel.
    let panel = only
        .map(|c| {
            format!(
                r#" id="{TABPANEL_ID}" role="tabpanel" aria-labelledby="{}""#,
                tab_id(c)
            )
        })
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<div class="compare-body {form}"{panel}>"#,
        form = match ui.layout {
            Layout::ByTopic => "topic-grid-wrap",
            Layout::FullTexts => "full-texts-wrap",
        }
    );
    TextLinks::for_state(state, |links| {
        let links = links.hovering(ui.hovered.as_deref());
        match ui.layout {
            Layout::ByTopic => out.push_str(&topic_grid(&GridInput {
                corpus,
                cmp,
                hits: &sel.query_hits,
                matched: &sel.sentences,
                links: &links,
                only,
            })),
            Layout::FullTexts => full_texts_html(&mut out, corpus, cmp, sel, &links, only, ui.sync),
        }
    });
    out.push_str("</div>");
    let panels: [(&str, bool, String); 5] = [
        (
            "Which article addresses which dispute",
            true,
            matrix_html(corpus, cmp),
        ),
        ("Who gets a voice", true, voices_html(corpus, cmp)),
        ("Framing: loaded terms", true, framing_html(corpus, cmp)),
        (
            "Entities shared and unique",
            false,
            entities_html(corpus, cmp, state, ui.hovered.as_deref()),
        ),
        (
            "Passages that echo each other",
            false,
            similar_html(corpus, cmp),
        ),
    ];
    for (summary, open, body) in panels {
        let _ = write!(
            out,
            r#"<details class="compare-panel"{open}><summary>{summary}</summary><div>{body}</div></details>"#,
            open = if open { " open" } else { "" },
        );
    }
    out.push_str("</section>");
    out
}

/// The layout radios.
fn layout_html(out: &mut String, layout: Layout) {
    out.push_str(r#"<div class="compare-layout" role="radiogroup" aria-label="Layout">"#);
    for (choice, label) in [
        (Layout::ByTopic, "Aligned by topic"),
        (Layout::FullTexts, "Full texts side by side"),
    ] {
        let _ = write!(
            out,
            r#"<label><input type="radio" name="compare-layout"{checked}{hit}> {label}</label>"#,
            checked = if choice == layout { " checked" } else { "" },
            hit = CompareHit::Layout(choice).attr(),
        );
    }
    out.push_str("</div>");
}
