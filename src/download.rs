//! Saving a file the app made (the map as SVG or PNG, an article proposed for the
//! corpus): a blob URL and a click on a temporary download link. Nothing leaves the
//! browser.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// An object URL for `content` of type `mime`; revoke it once used.
pub fn blob_url(content: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Starts the download of `href` (an object or data URL) as a file called `name`.
pub fn download(href: &str, name: &str) {
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

/// Saves `content` as a file called `name`.
pub fn save(content: &str, mime: &str, name: &str) {
    if let Some(url) = blob_url(content, mime) {
        download(&url, name);
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}
