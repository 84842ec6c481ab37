//! The whole faction map view as markup: its head, the round picker and who the
//! round's text places at the talks, the legend, the toolbar and drawing, the
//! evidence of the edge under the pointer, the focused entity's panel, and the map as
//! tables.
//!
//! What is not in the URL (the phone form, the drawing's measured box, the zoomed
//! view box, the edge whose evidence is shown, whether the rounds play) is a
//! [`MapUi`] the app keeps and passes in; the writers hold no state of their own, so
//! the evidence panel and the drawing read the same active edge without sharing
//! anything but this value.

use super::Anchors;
use super::canvas::{Canvas, canvas_html, controls_html};
use super::evidence::evidence_html;
use super::legend::legend_html;
use super::model::MapModel;
use super::panel::entity_panel_html;
use super::round::{round_people_html, round_picker_html};
use super::svg::Focus;
use super::table::map_tables;
use crate::filter::Selection;
use crate::markup::esc;
use crate::pan_zoom::ViewBox;
use crate::state::ViewState;
use corpus::Corpus;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// What the map shows besides the URL state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MapUi {
    /// The phone form: the tables come first, open.
    pub narrow: bool,
    /// The drawing's box in CSS pixels, width and height, as measured; zero until it is.
    pub size: (f64, f64),
    /// The part of the layout on screen after a zoom or a pan; `None` shows it all.
    pub zoomed: Option<ViewBox>,
    /// The edge whose evidence is shown, by index into the graph drawn now.
    pub active_edge: Option<usize>,
    /// Whether the rounds are playing (the button then offers to pause).
    pub playing: bool,
}

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
    round_picker_html(&mut out, corpus, model.round, ui.playing);
    round_people_html(&mut out, corpus, state, model.round);
    // On a phone the tables are the map: first in the page (and the tab order), open.
    if ui.narrow {
        tables_html(&mut out, corpus, state, model, true);
    }
    out.push_str(r#"<div class="map-layout"><div class="map-main">"#);
    legend_html(&mut out);
    controls_html(&mut out);
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
            view_box: ui.view_box(&model.layout),
        },
    );
    if let Some(edge) = ui.active_edge {
        evidence_html(&mut out, corpus, state, &model.graph, edge);
    }
    out.push_str("</div>");
    if let Some(focus) = model.focus {
        entity_panel_html(&mut out, corpus, state, focus);
    }
    out.push_str("</div>");
    if !ui.narrow {
        tables_html(&mut out, corpus, state, model, false);
    }
    out.push_str("</section>");
    out
}

fn tables_html(out: &mut String, corpus: &Corpus, state: &ViewState, model: &MapModel, open: bool) {
    let _ = write!(
        out,
        r#"<details class="map-tables"{open}><summary>The map as tables: every node and relation with its sentences</summary><div class="map-tables-body">"#,
        open = if open { " open" } else { "" },
    );
    map_tables(out, corpus, state, &model.graph);
    out.push_str("</div></details>");
}
