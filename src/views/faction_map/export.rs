//! Export of the map as it is shown: the SVG markup itself (self-contained: colours
//! are presentation attributes, the label style is inline), or a PNG drawn from it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

fn svg_markup(container: Option<web_sys::HtmlDivElement>) -> Option<String> {
    let svg = container?.query_selector("svg").ok()??;
    let serializer = web_sys::XmlSerializer::new().ok()?;
    let body = serializer.serialize_to_string(&svg).ok()?;
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}"
    ))
}

fn blob_url(content: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

fn download(href: &str, name: &str) {
    let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(href);
    a.set_download(name);
    a.click();
}

pub fn export_svg(container: Option<web_sys::HtmlDivElement>) {
    if let Some(url) = svg_markup(container).and_then(|m| blob_url(&m, "image/svg+xml")) {
        download(&url, "cairo-talks-faction-map.svg");
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}

pub fn export_png(container: Option<web_sys::HtmlDivElement>) {
    let Some(svg) = container
        .as_ref()
        .and_then(|c| c.query_selector("svg").ok().flatten())
    else {
        return;
    };
    let rect = svg.get_bounding_client_rect();
    let (w, h) = ((rect.width() * 2.0) as u32, (rect.height() * 2.0) as u32);
    let Some(url) = svg_markup(container).and_then(|m| blob_url(&m, "image/svg+xml")) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let loaded = image.clone();
    let drawn_url = url.clone();
    let onload = Closure::once_into_js(move || {
        let canvas = document()
            .create_element("canvas")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        if let Some(canvas) = canvas {
            canvas.set_width(w.max(1));
            canvas.set_height(h.max(1));
            if let Some(ctx) = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            {
                ctx.set_fill_style_str("#ffffff");
                ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
                let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
                    &loaded, 0.0, 0.0, w as f64, h as f64,
                );
                if let Ok(png) = canvas.to_data_url_with_type("image/png") {
                    download(&png, "cairo-talks-faction-map.png");
                }
            }
        }
        // The SVG's object URL is no longer needed once drawn.
        let _ = web_sys::Url::revoke_object_url(&drawn_url);
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
}
