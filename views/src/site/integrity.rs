//! Integrity hashes written for the files as they are after `make site`'s minifying.

use super::{attr, attr_span};
use base64::Engine;
use sha2::Digest;

/// Rewrites every `integrity` attribute (trunk's `sha384-…` of the JS and the wasm)
/// for the file its tag's `href` names now: `make site` minifies the wasm-bindgen glue
/// after trunk hashed it (trunk's own minifier fails on it). `file` reads a path as
/// the page links it; a tag whose file cannot be read is an error naming it.
pub fn with_integrity(
    html: &str,
    file: impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<String, String> {
    use sha2::Sha384;
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let end = start + rest[start..].find('>').ok_or("an unclosed link")? + 1;
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        rest = &rest[end..];
        let (Some(href), Some((from, to))) = (attr(tag, "href"), attr_span(tag, "integrity"))
        else {
            out.push_str(tag);
            continue;
        };
        let bytes = file(href)
            .ok_or_else(|| format!("{href}: linked with an integrity hash, and not found"))?;
        let digest = Sha384::digest(&bytes);
        let value = format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        out.push_str(&tag[..from]);
        out.push_str(&value);
        out.push_str(&tag[to..]);
    }
    out.push_str(rest);
    Ok(out)
}
