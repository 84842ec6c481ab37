//! Export of the map as it is shown: the SVG markup itself (self-contained: every
//! colour and the labels' look are presentation attributes, the paper is drawn), or a
//! PNG drawn from it at twice the size on screen. Both are in the scheme on screen,
//! which the file's name says (`…-dark.png`), as does the SVG's `<desc>` and its
//! `data-scheme`. Browser code: a serializer, a blob, a canvas.
//!
//! The copy that is exported gets the drawing's size on screen as `width` and
//! `height`: without them an SVG file has no intrinsic size, which some browsers
//! refuse to draw onto a canvas and some viewers show tiny.

use crate::download::{blob_url, download, save};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::Element;

/// The file's name: `cairo-talks-faction-map-light.svg`, `…-dark.png`.
fn file_name(svg: &Element, extension: &str) -> String {
    let scheme = svg.get_attribute("data-scheme").unwrap_or_default();
    format!("cairo-talks-faction-map-{scheme}.{extension}")
}

/// The drawing's `<svg>` in the view region.
fn drawing(host: &Element) -> Option<Element> {
    host.query_selector(".map-canvas svg").ok().flatten()
}

/// The drawing as a standalone SVG document, and its size on screen.
fn svg_document(svg: &Element) -> Option<(String, f64, f64)> {
    let rect = svg.get_bounding_client_rect();
    let (w, h) = (
        rect.width().round().max(1.0),
        rect.height().round().max(1.0),
    );
    let copy = svg
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<Element>()
        .ok()?;
    // Whole pixels, printed as integers (no float formatting in the bundle).
    copy.set_attribute("width", &(w as i64).to_string()).ok()?;
    copy.set_attribute("height", &(h as i64).to_string()).ok()?;
    let body = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()?;
    Some((
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}"),
        w,
        h,
    ))
}

pub fn export_svg(host: &Element) {
    let Some(svg) = drawing(host) else {
        return;
    };
    let Some((markup, ..)) = svg_document(&svg) else {
        return;
    };
    save(&markup, "image/svg+xml", &file_name(&svg, "svg"));
}

pub fn export_png(host: &Element) {
    let Some(svg) = drawing(host) else {
        return;
    };
    let Some((markup, w, h)) = svg_document(&svg) else {
        return;
    };
    let name = file_name(&svg, "png");
    let Some(url) = blob_url(&markup, "image/svg+xml") else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    // Twice the size on screen, for print and high-density screens.
    let (w, h) = (w * 2.0, h * 2.0);
    let loaded = image.clone();
    let drawn_url = url.clone();
    let onload = Closure::once_into_js(move || {
        let canvas = document()
            .create_element("canvas")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        if let Some(canvas) = canvas {
            canvas.set_width(w as u32);
            canvas.set_height(h as u32);
            if let Some(ctx) = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            {
                // The drawing brings its own paper.
                let _ =
                    ctx.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, w, h);
                if let Ok(png) = canvas.to_data_url_with_type("image/png") {
                    download(&png, &name);
                }
            }
        }
        // The SVG's object URL is no longer needed once drawn.
        let _ = web_sys::Url::revoke_object_url(&drawn_url);
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
}
