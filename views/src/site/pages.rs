//! A finished page of the site: trunk's `index.html` with a state's view drawn into it
//! and a head of its own (`meta::Head`). The front page is one; so is each page of a
//! pretty path (`state::paths`: `read/ID/`, `map/ID/`, …), written to `PATH/index.html`
//! so that a shared link paints before the app arrives, the way the front page does.
//!
//! A path page sits below the app's root, so it carries `<base href=ROOT>`: the
//! writers' query links (`?view=map…`), the workers' scripts and styles resolve at the
//! root, where `index.html` opens any state. Its skip link names the page itself (a
//! bare `#main` would resolve at the root too). A view the worker draws comes with
//! its own styles in the page (`<style id="view-css">`: the view's files of
//! `style/WORKER`, not the whole `worker.css`, which the app fetches as ever when it
//! starts the worker, after the first paint), and, where a phone draws it otherwise
//! (the map's tables first,
//! the comparison's columns as tabs), with that drawing in a `<template>` that a small
//! script puts in place before the first paint on a narrow screen.

use super::meta::{Head, head_html};
use super::{fill, insert_after, loader, with_csp};
use crate::NARROW_MEDIA;
use crate::page::Prerendered;

/// What a page is made of besides trunk's template.
pub struct Page<'a> {
    /// The page's path under the root (`read/cairo-2014-09/`), `""` for the front page.
    pub path: &'a str,
    /// The app's root, as the site is published (`/` or `/REPO/`).
    pub base: &'a str,
    pub head: &'a Head,
    /// The page's regions as a wide screen shows them.
    pub regions: &'a Prerendered,
    /// The view region as a narrow screen shows it, when it differs.
    pub narrow: Option<&'a str>,
    /// Styles the view needs beyond the front page's (its files of the worker's), or `""`.
    pub styles: &'a str,
}

/// The id of the narrow screen's drawing of the view, and the script that swaps it in.
const NARROW_ID: &str = "narrow-view";

/// The finished page: `template` is trunk's `index.html` with its integrity hashes
/// written (`with_integrity`); the page's own head replaces its title, description and
/// card tags.
pub fn finish_page(template: &str, page: &Page) -> Result<String, String> {
    let html = without_own_head(template);
    let html = fill(
        &html,
        "header",
        r#"<div id="notice">"#,
        &page.regions.header,
    )?;
    let html = fill(
        &html,
        "filters",
        r#"<div id="view">"#,
        &page.regions.filters,
    )?;
    let html = fill(&html, "view", "<noscript>", &page.regions.view)?;
    let mut head = String::from("\n");
    if !page.path.is_empty() {
        head.push_str(&format!(r#"  <base href="{}">"#, page.base));
        head.push('\n');
    }
    head.push_str(&format!(
        "  <title>{}</title>\n",
        crate::markup::esc(&page.head.title)
    ));
    head.push_str(head_html(page.head).trim_end());
    let mut html = insert_after(&html, r#"<meta charset="utf-8">"#, &head)?;
    if !page.styles.is_empty() {
        let at = html.find("</head>").ok_or("no </head> in the page")?;
        html.insert_str(
            at,
            &format!(r#"<style id="view-css">{}</style>"#, page.styles),
        );
    }
    if let Some(narrow) = page.narrow {
        let at = html.find("<noscript>").ok_or("no <noscript> in the page")?;
        html.insert_str(at, &narrow_swap(narrow));
    }
    if !page.path.is_empty() {
        let own = format!(r##"href="{}#main""##, page.path);
        html = html
            .replacen(r##"href="#main""##, &own, 1)
            .replacen("href=#main", &own, 1);
    }
    with_csp(&loader::paint_first(&loader::preload_first(&html)?)?)
}

/// The narrow drawing in a template, and the script that puts it in place of the
/// wide one before the first paint, on a screen the stylesheet calls narrow.
fn narrow_swap(narrow: &str) -> String {
    format!(
        r#"<template id="{NARROW_ID}">{narrow}</template><script>if(matchMedia("{NARROW_MEDIA}").matches){{var t=document.getElementById("{NARROW_ID}"),m=document.getElementById("main");if(t&&m)m.replaceWith(t.content.cloneNode(true))}}</script>"#
    )
}

/// `html` without its `<title>`, description, OpenGraph, Twitter card and citation
/// tags, canonical link and `<base>`, however the minifier wrote them: finishing a
/// finished page gives the same page.
fn without_own_head(html: &str) -> String {
    const KEYS: [&str; 6] = [
        "name=description",
        "property=og:",
        "name=twitter:",
        "name=citation_",
        "rel=canonical",
        "<base ",
    ];
    let own = |tag: &str| {
        tag.starts_with("<title>")
            || KEYS
                .iter()
                .any(|k| tag.contains(k) || tag.contains(&k.replacen('=', "=\"", 1)))
    };
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let head_end = |rest: &str| rest.find("</head>").unwrap_or(rest.len());
    loop {
        let scope = &rest[..head_end(rest)];
        let Some(start) = ["<meta ", "<title>", "<link ", "<base "]
            .iter()
            .filter_map(|t| scope.find(t))
            .min()
        else {
            break;
        };
        let close = if rest[start..].starts_with("<title>") {
            "</title>"
        } else {
            ">"
        };
        let Some(end) = rest[start..].find(close).map(|e| start + e + close.len()) else {
            break;
        };
        let tag = &rest[start..end];
        if own(tag) {
            out.push_str(rest[..start].trim_end_matches([' ', '\n']));
        } else {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
