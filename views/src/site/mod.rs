//! Finishing `dist/` for publishing, after trunk has built it: the front page drawn
//! into `index.html` by the app's own writers (so a visitor sees the rounds before
//! the wasm arrives), the app's fetch started at once for a deep link and after the
//! first paint for the front page, and a
//! Content-Security-Policy whose script hashes are computed from the page as built.
//! Pure functions of the files' text; the `site` binary does the file I/O.

pub mod build;
mod csp;
mod integrity;
mod loader;
pub mod meta;
pub mod pages;
pub mod preview;

pub use csp::{csp, inline_scripts, inline_styles, sha256, with_csp};
pub use integrity::with_integrity;
pub use pages::{Page, finish_page};

use crate::page::Prerendered;
use loader::{paint_first, preload_first};

/// `index.html` as trunk wrote it (its integrity rewritten, [`with_integrity`]),
/// finished: prerendered regions, the app's fetch, CSP.
pub fn finish_index(html: &str, pre: &Prerendered) -> Result<String, String> {
    let page = fill(html, "header", r#"<div id="notice">"#, &pre.header)?;
    let page = fill(&page, "filters", r#"<div id="view">"#, &pre.filters)?;
    let page = fill(&page, "view", "<noscript>", &pre.view)?;
    with_csp(&paint_first(&preload_first(&page)?)?)
}

/// The 404 page for a site published under `base` (`/` or `/REPO/`): `%BASE%` in it
/// becomes `base`, and it gets the CSP of its own inline script.
pub fn finish_404(html: &str, base: &str) -> Result<String, String> {
    if !html.contains("%BASE%") {
        return Err("404.html has no %BASE% to fill".into());
    }
    with_csp(&html.replace("%BASE%", base))
}

/// Where a start tag is, written with its attribute quoted or not (trunk's release
/// minifier drops the quotes: `<div id=header>`), and its length.
pub(super) fn find_tag(html: &str, quoted: &str) -> Option<(usize, usize)> {
    let bare = quoted.replace('"', "");
    [quoted, bare.as_str()]
        .into_iter()
        .find_map(|t| html.find(t).map(|at| (at, t.len())))
}

pub(super) fn insert_after(html: &str, marker: &str, text: &str) -> Result<String, String> {
    let (at, len) = find_tag(html, marker).ok_or_else(|| format!("no `{marker}` in the page"))?;
    let at = at + len;
    Ok(format!("{}{}{}", &html[..at], text, &html[at..]))
}

/// Replaces the content of the region `<div id="ID">…</div>` that the sibling
/// starting with `next` follows, whatever it held (so finishing twice is finishing once).
pub(super) fn fill(html: &str, id: &str, next: &str, content: &str) -> Result<String, String> {
    let open = format!(r#"<div id="{id}">"#);
    let (at, len) = find_tag(html, &open).ok_or_else(|| format!("no `{open}` in the page"))?;
    let start = at + len;
    let next_at = start
        + find_tag(&html[start..], next)
            .ok_or_else(|| format!("no `{next}` after `{open}`"))?
            .0;
    let end = html[start..next_at]
        .rfind("</div>")
        .map(|e| start + e)
        .ok_or_else(|| format!("`{open}` is not closed before `{next}`"))?;
    Ok(format!("{}{}{}", &html[..start], content, &html[end..]))
}

/// Where the value of `name=` stands in a tag, quoted or not (the minifier drops
/// quotes).
pub(super) fn attr_span(tag: &str, name: &str) -> Option<(usize, usize)> {
    let key = format!(" {name}=");
    let at = tag.find(&key)? + key.len();
    let quoted = tag[at..].starts_with('"');
    let from = at + usize::from(quoted);
    let len = tag[from..].find(|c: char| {
        if quoted {
            c == '"'
        } else {
            c == ' ' || c == '>'
        }
    })?;
    Some((from, from + len))
}

pub(super) fn attr<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    attr_span(tag, name).map(|(from, to)| &tag[from..to])
}

#[cfg(test)]
mod tests;
