//! The map drawing and its toolbar: zoom, fit, export, and the `<svg>` itself, whose
//! view box is the UI state's (the part of the layout on screen, shaped like the box
//! it is drawn in). Wheel, drag, pinch and keys reach it through `data-pan-zoom`.

use super::hit::MapHit;
use super::svg::{Focus, map_svg};
use super::{Graph, Layout};
use crate::hit::Hit;
use crate::pan_zoom::ViewBox;
use corpus::Corpus;
use std::fmt::Write;

/// What the drawing shows: the graph, where it sits, what is focused, and the part
/// of it on screen.
pub struct Canvas<'a> {
    pub graph: &'a Graph,
    pub layout: &'a Layout,
    pub focus: Focus<'a>,
    pub view_box: ViewBox,
}

pub fn controls_html(out: &mut String) {
    let _ = write!(
        out,
        r#"<div class="map-controls" role="toolbar" aria-label="Zoom, pan and export"><button type="button" aria-label="Zoom in"{zi}>+</button><button type="button" aria-label="Zoom out"{zo}>−</button><button type="button"{fit}>Fit</button><button type="button" data-testid="export-svg"{svg}>Export SVG</button><button type="button" data-testid="export-png"{png}>Export PNG</button><span class="hint">Click or Enter on a node to focus it; hover or focus a line for its evidence, click it to read the sentence; + − and arrows zoom and pan.</span></div>"#,
        zi = MapHit::ZoomIn.attr(),
        zo = MapHit::ZoomOut.attr(),
        fit = MapHit::Fit.attr(),
        svg = MapHit::ExportSvg.attr(),
        png = MapHit::ExportPng.attr(),
    );
}

pub fn canvas_html(out: &mut String, corpus: &Corpus, canvas: &Canvas) {
    let _ = write!(
        out,
        r#"<div class="map-canvas" data-pan-zoom="xy"><svg xmlns="http://www.w3.org/2000/svg" viewBox="{vb}" role="group" aria-label="Faction map: factions, people, states and mediators and how they relate" data-testid="map-svg">{inner}</svg></div>"#,
        vb = canvas.view_box.attr(),
        inner = map_svg(corpus, canvas.graph, canvas.layout, &canvas.focus),
    );
}
