//! The whole map view drawn on the real seeds: what the e2e specs wait on is there,
//! every hit decodes, the focus and the active edge show their panels, the phone
//! form puts the drawing first and the open tables a tap after it, and the markup
//! holds no inline style.

use super::evidence::shown_count;
use super::hit::MapHit;
use super::model::MapModel;
use super::view::{MapUi, map_html};
use crate::hit::Hit;
use crate::state::ViewState;
use crate::testing::ctx;
use corpus::model::RelationKind;

fn state(query: &str) -> ViewState {
    ViewState::parse(query, ctx().corpus).0
}

fn model(query: &str) -> MapModel {
    let s = state(query);
    MapModel::new(ctx().corpus, ctx().anchors(), &s, &ctx().select(&s))
}

fn draw(query: &str, ui: &MapUi) -> String {
    let s = state(query);
    map_html(ctx().corpus, ctx().anchors(), &s, &ctx().select(&s), ui)
}

fn count(html: &str, testid: &str) -> usize {
    html.matches(&format!(r#"data-testid="{testid}""#)).count()
}

/// Every `data-hit` value in the markup, in order.
fn hits(html: &str) -> Vec<&str> {
    html.split(r#"data-hit=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[test]
fn the_whole_corpus_map_draws_every_node_and_edge_and_its_controls() {
    let html = draw("view=map", &MapUi::default());
    let m = model("view=map");
    assert_eq!(count(&html, "map-node"), m.graph.nodes.len());
    assert_eq!(count(&html, "map-edge"), m.graph.edges.len());
    for id in ["hamas", "fatah", "egypt", "mahmoud-abbas", "khaled-mashaal"] {
        assert_eq!(
            html.matches(&format!(r#"data-testid="map-node" data-entity="{id}""#))
                .count(),
            1,
            "{id}"
        );
    }
    for testid in [
        "round-select",
        "play-rounds",
        "export-svg",
        "export-png",
        "map-svg",
        "map-nodes-table",
        "map-relations-table",
    ] {
        assert_eq!(count(&html, testid), 1, "{testid}");
    }
    assert_eq!(count(&html, "entity-panel"), 0);
    assert_eq!(count(&html, "edge-evidence"), 0);
    assert!(html.contains(&format!(
        r#"<p class="count" role="status">{} nodes and {} relations across all rounds</p>"#,
        m.graph.nodes.len(),
        m.graph.edges.len()
    )));
    // On a wide screen the tables follow the drawing, closed.
    assert!(html.contains(r#"<details class="map-tables" id="map-tables"><summary>"#));
    assert!(html.find("map-layout") < html.find(r#"class="map-tables""#));
}

#[test]
fn typed_edges_name_their_kind_and_ends() {
    let html = draw("view=map", &MapUi::default());
    let edge = |kind: &str, a: &str, b: &str| {
        let one = |s: &str, t: &str| {
            html.contains(&format!(
                r#"data-testid="map-edge" data-kind="{kind}" data-source="{s}" data-target="{t}""#
            ))
        };
        one(a, b) || one(b, a)
    };
    assert!(edge("rivalry", "hamas", "fatah"));
    assert!(edge("alliance", "islamic-jihad", "hamas"));
    assert!(!edge("alliance", "hamas", "fatah"));
}

#[test]
fn every_hit_in_the_markup_decodes_and_names_what_is_drawn() {
    let ui = MapUi {
        active_edge: Some(0),
        ..MapUi::default()
    };
    let html = draw("view=map&focus=hamas", &ui);
    let m = model("view=map&focus=hamas");
    let decoded: Vec<MapHit> = hits(&html)
        .into_iter()
        .map(|h| MapHit::decode(h).unwrap_or_else(|| panic!("{h} does not decode")))
        .collect();
    let nodes = decoded
        .iter()
        .filter(|h| matches!(h, MapHit::Node(_)))
        .count();
    assert_eq!(nodes, m.graph.nodes.len());
    for hit in &decoded {
        match *hit {
            MapHit::Node(e) => assert!(m.graph.node(e as u16).is_some()),
            MapHit::Edge(i) => assert!(i < m.graph.edges.len()),
            MapHit::FilterBy(e) => assert_eq!(Some(e as u16), m.focus),
            _ => {}
        }
    }
    for control in [
        MapHit::ZoomIn,
        MapHit::ZoomOut,
        MapHit::Fit,
        MapHit::ExportSvg,
        MapHit::ExportPng,
        MapHit::Round,
        MapHit::RoundPrev,
        MapHit::RoundNext,
        MapHit::Play,
        MapHit::ClosePanel,
    ] {
        assert!(decoded.contains(&control), "{control:?}");
    }
}

#[test]
fn focus_opens_the_panel_and_presses_its_node_only() {
    let html = draw("view=map&focus=mahmoud-abbas", &MapUi::default());
    assert_eq!(count(&html, "entity-panel"), 1);
    assert!(html.contains(r#"data-testid="entity-panel" data-entity="mahmoud-abbas""#));
    assert_eq!(html.matches(r#"aria-pressed="true""#).count(), 1);
    assert!(html.contains(r#"id="map-node-mahmoud-abbas" class="node kind-person status-stayed" data-testid="map-node" data-entity="mahmoud-abbas" data-status="stayed" data-hit="node:"#));
    let pressed = html.find(r#"aria-pressed="true""#).unwrap();
    let node = html.find(r#"id="map-node-mahmoud-abbas""#).unwrap();
    assert!(pressed > node && pressed - node < 300);
}

#[test]
fn the_active_edge_shows_its_evidence_with_reader_links() {
    let m = model("view=map");
    let c = ctx().corpus;
    let (hamas, fatah) = (c.entity_ix("hamas").unwrap(), c.entity_ix("fatah").unwrap());
    let ix = m
        .graph
        .edges
        .iter()
        .position(|e| e.kind == RelationKind::Rivalry && e.joins(hamas, fatah))
        .unwrap();
    let html = draw(
        "view=map",
        &MapUi {
            active_edge: Some(ix),
            ..MapUi::default()
        },
    );
    assert_eq!(count(&html, "edge-evidence"), 1);
    // Its latest sentences, the rest one link away.
    assert_eq!(
        count(&html, "evidence-link"),
        shown_count(&m.graph.edges[ix].evidence)
    );
    let aside = &html[html.find("edge-evidence").unwrap()..];
    let aside = &aside[..aside.find("</aside>").unwrap()];
    assert_eq!(count(aside, "more-evidence"), 1);
    // Over the drawing's foot, before the tables.
    let stage = html.find("map-stage").unwrap();
    assert!(stage < html.find("edge-evidence").unwrap());
    assert!(html.find("edge-evidence") < html.find(r#"class="map-tables""#));
    // An index the graph lacks (a stale hover) draws no panel.
    let stale = draw(
        "view=map",
        &MapUi {
            active_edge: Some(10_000),
            ..MapUi::default()
        },
    );
    assert_eq!(count(&stale, "edge-evidence"), 0);
}

#[test]
fn on_a_phone_the_drawing_comes_first_and_the_open_tables_a_tap_after() {
    let html = draw(
        "view=map&focus=mahmoud-abbas",
        &MapUi {
            narrow: true,
            ..MapUi::default()
        },
    );
    assert!(html.contains(r#"<details class="map-tables" id="map-tables" open>"#));
    assert!(html.contains(r##"<a class="tables-link" href="#map-tables">Tables</a>"##));
    let (svg, picker) = (
        html.find("map-svg").unwrap(),
        html.find("round-picker").unwrap(),
    );
    assert!(svg < picker && picker < html.find(r#"class="map-tables""#).unwrap());
    // The legend is folded over the drawing; on a desktop it is open.
    assert!(html.contains(r#"<details class="map-legend"><summary>"#));
    // Open on a desktop wide enough to hold it beside the drawing, folded when the
    // drawing would run under it.
    let wide = |w: f64| MapUi {
        size: (w, 536.0),
        ..MapUi::default()
    };
    assert!(draw("view=map", &wide(1248.0)).contains(r#"<details class="map-legend" open>"#));
    assert!(draw("view=map", &wide(900.0)).contains(r#"<details class="map-legend"><summary>"#));
    // Each table scrolls in its own box rather than widening the page.
    assert_eq!(
        html.matches(r#"class="table-scroll" tabindex="0""#).count(),
        2
    );
}

#[test]
fn on_a_phone_the_drawing_starts_on_the_focus_and_its_neighbours() {
    let m = model("view=map&focus=mahmoud-abbas");
    let ui = MapUi {
        narrow: true,
        size: (343.0, 600.0),
        ..MapUi::default()
    };
    let home = m.layout.home.expect("a home region");
    let vb = ui.view_box(&m.layout);
    assert!(vb.w < ui.full(&m.layout).w, "closer than the whole drawing");
    let abbas = m
        .graph
        .node_ix(crate::testing::entity("mahmoud-abbas"))
        .unwrap();
    let p = m.layout.positions[abbas];
    assert!(p.x > home.x && p.x < home.x + home.w && p.y > home.y && p.y < home.y + home.h);
    for &n in &m.neighbours {
        let q = m.layout.positions[m.graph.node_ix(n).unwrap()];
        assert!(q.x >= vb.x && q.x <= vb.x + vb.w, "neighbour {n} on screen");
    }
}

#[test]
fn a_round_shows_its_own_people_and_is_selected() {
    let html = draw("view=map&round=cairo-2013-01", &MapUi::default());
    let status = |id: &str| {
        let at = html.find(&format!(r#"data-entity="{id}" data-status=""#))?;
        let rest = &html[at..];
        let value = rest.split("data-status=\"").nth(1)?;
        value.split('"').next().map(str::to_string)
    };
    assert_ne!(status("khaled-mashaal").as_deref(), Some("left"));
    assert!(status("khaled-mashaal").is_some());
    assert!(status("khalil-al-hayya").is_none_or(|s| s == "left"));
    let ix = ctx().corpus.article_ix("cairo-2013-01").unwrap();
    assert!(html.contains(&format!(r#"<option value="{ix}" selected>"#)));
    assert!(html.contains(" relations as of "));
}

#[test]
fn the_view_box_fills_the_measured_box() {
    let m = model("view=map");
    let ui = MapUi {
        size: (1200.0, 600.0),
        ..MapUi::default()
    };
    let html = draw("view=map", &ui);
    let vb = ui.view_box(&m.layout);
    assert!((vb.w / vb.h - 2.0).abs() < 1e-9);
    assert!((vb.h - m.layout.height.max(m.layout.width / 2.0)).abs() < 1e-9);
    assert!(html.contains(&format!(r#"viewBox="{}""#, vb.attr())));
}

#[test]
fn no_inline_style_and_corpus_text_is_escaped() {
    let html = draw("view=map&focus=egyptian-intelligence", &MapUi::default());
    assert!(
        !html.contains("style="),
        "the CSP allows no style attribute"
    );
    assert!(!html.contains("<style"), "nor a style element");
    // Descriptions with apostrophes ("Egypt's …") are escaped in titles and panels.
    assert!(html.contains("Egypt&#39;s"));
    assert!(!html.contains("Egypt's"));
}

#[test]
fn the_same_state_draws_the_same_markup() {
    let ui = MapUi {
        size: (900.0, 500.0),
        ..MapUi::default()
    };
    assert_eq!(
        draw("view=map&round=cairo-2017-11", &ui),
        draw("view=map&round=cairo-2017-11", &ui)
    );
}

#[test]
fn marks_wear_their_roles_colours_in_the_scheme_drawn() {
    use crate::palette::{Scheme, role};
    for dark in [false, true] {
        let ui = MapUi {
            dark,
            size: (900.0, 500.0),
            ..MapUi::default()
        };
        let scheme = if dark { Scheme::Dark } else { Scheme::Light };
        let html = draw("view=map&round=cairo-2017-11&focus=hamas", &ui);
        let ring = format!(
            r#"fill="none" stroke="{}" stroke-width="2.5" stroke-dasharray="4 3""#,
            role("new", scheme)
        );
        assert!(html.contains(&ring), "a new node's ring");
        let focus = format!(
            r#"fill="none" stroke="{}" stroke-width="3"/>"#,
            role("accent", scheme)
        );
        assert!(html.contains(&focus), "the focus ring");
        assert!(
            html.contains(&format!(r#"fill="{}"/>"#, role("paper", scheme))),
            "the paper"
        );
        assert!(html.contains(&format!(r#"data-scheme="{}""#, scheme.as_str())));
        // Set back behind the focus: the context grey, not a faint opacity.
        assert!(html.contains(&format!(r#"stroke="{}""#, role("context", scheme))));
        assert!(!html.contains("opacity="));
    }
}
