//! A file the reader drops on the text box or chooses: its bytes, for the worker to
//! check (`views::yours::check_bytes`: size, UTF-8, binary), and an HTML page reduced
//! to its text with the browser's own parser, which a worker lacks: each paragraph,
//! heading, list item and quotation a paragraph of the text, scripts and styles left
//! out.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes of `file`; `None` if the browser could not read it.
pub async fn bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text a page shows, a paragraph per block.
pub fn page_text(html: &str) -> String {
    let Ok(parser) = web_sys::DomParser::new() else {
        return html.to_string();
    };
    let Ok(doc) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return html.to_string();
    };
    if let Ok(noise) = doc.query_selector_all("script, style, noscript, template") {
        for i in 0..noise.length() {
            if let Some(n) = noise
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                n.remove();
            }
        }
    }
    let blocks = doc
        .query_selector_all("h1, h2, h3, h4, p, li, blockquote, figcaption")
        .ok();
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(blocks) = blocks {
        for i in 0..blocks.length() {
            let text = blocks
                .item(i)
                .and_then(|b| b.text_content())
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default();
            if !text.is_empty() {
                paragraphs.push(text);
            }
        }
    }
    if paragraphs.is_empty() {
        return doc
            .body()
            .and_then(|b| b.text_content())
            .unwrap_or_default()
            .trim()
            .to_string();
    }
    paragraphs.join("\n\n")
}
