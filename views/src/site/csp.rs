//! The Content-Security-Policy of a finished page: its inline scripts and styles
//! allowed by hash, nothing from another host.

use super::insert_after;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy: this host only, the wasm compiled by the browser, inline scripts and
/// styles only by hash, no plugins, a `<base>` only of this host (a path page's,
/// `site::pages`), no form posts.
pub fn csp(script_hashes: &[String], style_hashes: &[String]) -> String {
    let list = |hashes: &[String]| -> String { hashes.iter().map(|h| format!(" '{h}'")).collect() };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
        list(script_hashes),
        list(style_hashes)
    )
}

/// `sha256-…` of a script's or a style's text, as CSP writes it.
pub fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The text of every inline `<script>` (one without `src`), in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    elements(html, "script")
        .into_iter()
        .filter(|(tag, _)| !tag.contains(" src="))
        .map(|(_, body)| body)
        .collect()
}

/// The text of every `<style>` element, in order: the front page's stylesheet is in
/// the page (trunk inlines it), so its first paint waits for no request.
pub fn inline_styles(html: &str) -> Vec<&str> {
    elements(html, "style")
        .into_iter()
        .map(|(_, body)| body)
        .collect()
}

/// Every `<NAME …>text</NAME>` in the page: the start tag up to its `>`, and the text.
fn elements<'h>(html: &'h str, name: &str) -> Vec<(&'h str, &'h str)> {
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let Some(end) = body.find(&close) else {
            break;
        };
        // `<stylesheet…` or `<scripts…` would be another element.
        if tag[open.len()..].starts_with([' ', '\n', '\t', '/']) || tag.len() == open.len() {
            out.push((tag, &body[..end]));
        }
        rest = &body[end + close.len()..];
    }
    out
}

/// Inserts the CSP `<meta>` right after `<meta charset>`, covering the page's inline
/// scripts and styles as they are now.
pub fn with_csp(html: &str) -> Result<String, String> {
    // Finishing a finished page replaces its policy rather than adding a second one.
    let html = &match html.find(r#"<meta http-equiv="Content-Security-Policy""#) {
        Some(start) => {
            let end = start + html[start..].find('>').ok_or("an unclosed CSP meta")? + 1;
            let end = end + html[end..].len() - html[end..].trim_start().len();
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_string(),
    };
    let scripts: Vec<String> = inline_scripts(html).into_iter().map(sha256).collect();
    let styles: Vec<String> = inline_styles(html).into_iter().map(sha256).collect();
    let meta = format!(
        r#"<meta http-equiv="Content-Security-Policy" content="{}">"#,
        csp(&scripts, &styles)
    );
    insert_after(html, r#"<meta charset="utf-8">"#, &format!("\n  {meta}"))
}
