//! The faction map: who is who and who stands with whom, as of any round. The graph
//! and its layout are computed by `views::map`; this view draws them, wires the
//! round selector, the focus panel and the table that stands in for the drawing on a
//! narrow screen or for a screen reader.

mod entity_panel;
mod export;
mod legend;
mod map_canvas;
mod round_picker;

use crate::state::{AppState, use_app};
use corpus::Corpus;
use leptos::prelude::*;
use std::sync::OnceLock;
use views::map::table::{Links, map_tables};
use views::map::{Anchors, Graph, Layout, anchors, graph_as_of, layout_anchored, neighbourhood};
use views::state::View;

/// Anchors from the whole-corpus map, so every faction keeps its place across rounds.
fn map_anchors(corpus: &Corpus) -> &'static Anchors {
    static ANCHORS: OnceLock<Anchors> = OnceLock::new();
    ANCHORS.get_or_init(|| {
        let all = vec![true; corpus.articles.len()];
        anchors(&graph_as_of(corpus, None, &all))
    })
}

/// The graph the map shows and where everything sits, shared by its parts.
#[derive(Clone, Copy)]
pub struct MapData {
    pub graph: Memo<Graph>,
    pub layout: Memo<Layout>,
    pub focus: Memo<Option<u16>>,
    pub neighbours: Memo<Vec<u16>>,
}

#[component]
pub fn FactionMapView() -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let round = Memo::new(move |_| {
        app.state
            .with(|s| s.round.as_deref().and_then(|id| corpus.article_ix(id)))
    });
    let graph = Memo::new(move |_| {
        app.selection
            .with(|sel| graph_as_of(corpus, round.get(), &sel.articles))
    });
    let layout = Memo::new(move |_| graph.with(|g| layout_anchored(g, map_anchors(corpus))));
    let focus = Memo::new(move |_| {
        app.state
            .with(|s| s.focus.as_deref().and_then(|id| corpus.entity_ix(id)))
    });
    let neighbours = Memo::new(move |_| {
        focus
            .get()
            .map(|f| graph.with(|g| neighbourhood(g, f)))
            .unwrap_or_default()
    });
    let data = MapData {
        graph,
        layout,
        focus,
        neighbours,
    };
    let tables = move || {
        let state = app.state.get();
        let focus_href = |id: &str| {
            let mut s = state.clone();
            s.focus = Some(id.to_string());
            AppState::href(&s)
        };
        let sentence_href = |id: &str, sentence: u16| {
            let mut s = state.clone();
            s.view = View::Read;
            s.article = Some(id.to_string());
            format!("{}#s{sentence}", AppState::href(&s))
        };
        let links = Links {
            focus: &focus_href,
            sentence: &sentence_href,
        };
        graph.with(|g| map_tables(corpus, g, &links))
    };
    let summary = move || {
        graph.with(|g| {
            let when = round
                .get()
                .map(|r| format!("as of {}", corpus.articles[r].date().label()))
                .unwrap_or_else(|| "across all rounds".into());
            format!(
                "{} nodes and {} relations {when}",
                g.nodes.len(),
                g.edges.len()
            )
        })
    };
    // On a phone the tables are the map: open them.
    let narrow = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 700.0);
    view! {
        <section class="map-view" aria-labelledby="map-heading">
            <div class="view-head">
                <h2 id="map-heading">"Faction map"</h2>
                <p class="count" role="status">{summary}</p>
            </div>
            <round_picker::RoundPicker round/>
            <div class="map-layout">
                <div class="map-main">
                    <legend::MapLegend/>
                    <map_canvas::MapCanvas data/>
                </div>
                <entity_panel::EntityPanel data/>
            </div>
            <details class="map-tables" open=narrow>
                <summary>"The map as tables: every node and relation with its sentences"</summary>
                <div inner_html=tables></div>
            </details>
        </section>
    }
}
