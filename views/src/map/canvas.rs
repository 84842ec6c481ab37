//! The map's stage: the drawing, filling the width and the rest of the screen's
//! height, with its tools and its legend over it (`legend`), both collapsible, and
//! the evidence of an edge along its foot. The `<svg>`'s view box is the UI state's
//! (the part of the layout on screen, shaped like the box it is drawn in). Wheel,
//! drag, pinch and keys reach it through `data-pan-zoom`.

use super::hit::MapHit;
use super::labels::Look;
use super::svg::map_svg;
use super::ui::Focus;
use super::{Graph, Layout};
use crate::hit::Hit;
use corpus::Corpus;
use std::fmt::Write;

/// What the drawing shows: the graph, where it sits, what is focused, and how it is
/// seen (the scheme, the part on screen, the zoom).
pub struct Canvas<'a> {
    pub graph: &'a Graph,
    pub layout: &'a Layout,
    pub focus: Focus<'a>,
    pub look: Look,
}

/// Zoom and fit over the drawing's top right corner; the exports and the way to the
/// tables (on a phone, one tap) over its bottom right.
pub fn tools_html(out: &mut String) {
    let _ = write!(
        out,
        r##"<div class="map-tools" role="toolbar" aria-label="Zoom, pan and export"><span class="map-zoom"><button type="button" aria-label="Zoom in"{zi}>+</button><button type="button" aria-label="Zoom out"{zo}>−</button><button type="button"{fit}>Fit</button></span><span class="map-export"><button type="button" data-testid="export-svg"{svg}><span class="long">Export </span>SVG</button><button type="button" data-testid="export-png"{png}><span class="long">Export </span>PNG</button><a class="tables-link" href="#map-tables">Tables</a></span></div>"##,
        zi = MapHit::ZoomIn.attr(),
        zo = MapHit::ZoomOut.attr(),
        fit = MapHit::Fit.attr(),
        svg = MapHit::ExportSvg.attr(),
        png = MapHit::ExportPng.attr(),
    );
}

pub fn canvas_html(out: &mut String, corpus: &Corpus, canvas: &Canvas) {
    let look = &canvas.look;
    let _ = write!(
        out,
        r#"<div class="map-canvas" data-pan-zoom="xy"><svg xmlns="http://www.w3.org/2000/svg" viewBox="{vb}" role="group" aria-label="Faction map: factions, people, states and mediators and how they relate" data-testid="map-svg" data-scheme="{scheme}">{inner}</svg></div>"#,
        vb = look.view.attr(),
        scheme = look.scheme.as_str(),
        inner = map_svg(corpus, canvas.graph, canvas.layout, &canvas.focus, look),
    );
}
