//! The whole faction map view as markup: its head, the round picker and who the
//! round's text places at the talks, the stage (the drawing with its tools and legend
//! over it, the evidence of the edge under the pointer along its foot), the focused
//! entity's panel, and the map as tables.
//!
//! On a desktop the round picker comes before the stage and the tables wait, folded,
//! after it. On a phone the drawing comes first, on the focus and its neighbours
//! (`Layout::home`), then the round picker, then the tables, open, one tap away from
//! the drawing's "Tables" link.
//!
//! What is not in the URL (the phone form, the drawing's measured box, the zoomed
//! view box, the edge whose evidence is shown, whether the rounds play) is a
//! [`MapUi`] the app keeps and passes in; the writers hold no state of their own, so
//! the evidence panel and the drawing read the same active edge without sharing
//! anything but this value.

use super::Anchors;
use super::canvas::{Canvas, canvas_html, tools_html};
use super::evidence::evidence_html;
use super::labels::Look;
use super::legend::legend_html;
use super::model::MapModel;
use super::panel::entity_panel_html;
use super::round::{round_people_html, round_picker_html};
use super::table::map_tables;
use super::ui::Focus;
pub use super::ui::{LEGEND_WIDTH, MapUi};
use crate::filter::Selection;
use crate::markup::esc;
use crate::state::ViewState;
use corpus::Corpus;
use std::fmt::Write;

/// The map for a view state and selection, with the UI state `ui`; `anchors` are
/// the whole-corpus map's (`Context::anchors`).
pub fn map_html(
    corpus: &Corpus,
    anchors: &Anchors,
    state: &ViewState,
    sel: &Selection,
    ui: &MapUi,
) -> String {
    let model = MapModel::new(corpus, anchors, state, sel);
    view_html(corpus, state, &model, ui)
}

/// The map drawn from a model the caller keeps (see [`MapModel`]).
pub fn view_html(corpus: &Corpus, state: &ViewState, model: &MapModel, ui: &MapUi) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        r#"<section class="map-view" aria-labelledby="map-heading"><div class="view-head"><h2 id="map-heading">Faction map</h2><p class="count" role="status">{}</p></div>"#,
        esc(&model.summary(corpus)),
    );
    if !ui.narrow {
        round_picker_html(&mut out, corpus, model.round, ui.playing);
        round_people_html(&mut out, corpus, state, model.round);
    }
    out.push_str(r#"<div class="map-layout"><div class="map-stage">"#);
    let look = Look::of(ui, &model.layout);
    canvas_html(
        &mut out,
        corpus,
        &Canvas {
            graph: &model.graph,
            layout: &model.layout,
            focus: Focus {
                entity: model.focus,
                neighbours: &model.neighbours,
            },
            look,
        },
    );
    tools_html(&mut out);
    legend_html(&mut out, ui.scheme(), ui.legend_open());
    if let Some(edge) = ui.active_edge {
        evidence_html(&mut out, corpus, state, &model.graph, edge);
    }
    out.push_str("</div>");
    if let Some(focus) = model.focus {
        entity_panel_html(&mut out, corpus, state, focus);
    }
    out.push_str("</div>");
    if ui.narrow {
        round_picker_html(&mut out, corpus, model.round, ui.playing);
        round_people_html(&mut out, corpus, state, model.round);
    }
    tables_html(&mut out, corpus, state, model, ui.narrow);
    out.push_str("</section>");
    out
}

fn tables_html(out: &mut String, corpus: &Corpus, state: &ViewState, model: &MapModel, open: bool) {
    let _ = write!(
        out,
        r#"<details class="map-tables" id="map-tables"{open}><summary>The map as tables: every node and relation with its sentences</summary><div class="map-tables-body">"#,
        open = if open { " open" } else { "" },
    );
    map_tables(out, corpus, state, &model.graph);
    out.push_str("</div></details>");
}
