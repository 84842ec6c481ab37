//! A file the reader drops on the text box or chooses: its bytes checked (size,
//! UTF-8, binary: `views::yours::check_bytes`), and an HTML page reduced to its text
//! with the browser's own parser: each paragraph, heading, list item and quotation a
//! paragraph of the text, scripts and styles left out.

use views::yours::{Problem, check_bytes};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of `file`, or why it cannot be used.
pub async fn read_text(file: web_sys::File) -> Result<String, Problem> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Problem::NotText {
            why: "the browser could not read the file".into(),
        })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = check_bytes(&bytes)?;
    let name = file.name().to_lowercase();
    let html = name.ends_with(".html") || name.ends_with(".htm") || file.type_() == "text/html";
    Ok(if html { html_text(&text) } else { text })
}

/// The text a page shows, a paragraph per block.
fn html_text(html: &str) -> String {
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
