//! Finishing `dist/` for publishing, after trunk has built it: the front page drawn
//! into `index.html` by the app's own writers (so a visitor sees the rounds before
//! the wasm arrives), the app's fetch started at once for a deep link and after the
//! first paint for the front page, and a
//! Content-Security-Policy whose script hashes are computed from the page as built.
//! Pure functions of the files' text; the `site` binary does the file I/O.

use crate::page::Prerendered;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy: this host only, the wasm compiled by the browser, inline scripts and
/// styles only by hash, no plugins, no `<base>` rewriting, no form posts.
pub fn csp(script_hashes: &[String], style_hashes: &[String]) -> String {
    let list = |hashes: &[String]| -> String { hashes.iter().map(|h| format!(" '{h}'")).collect() };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
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

/// Where a start tag is, written with its attribute quoted or not (trunk's release
/// minifier drops the quotes: `<div id=header>`), and its length.
fn find_tag(html: &str, quoted: &str) -> Option<(usize, usize)> {
    let bare = quoted.replace('"', "");
    [quoted, bare.as_str()]
        .into_iter()
        .find_map(|t| html.find(t).map(|at| (at, t.len())))
}

fn insert_after(html: &str, marker: &str, text: &str) -> Result<String, String> {
    let (at, len) = find_tag(html, marker).ok_or_else(|| format!("no `{marker}` in the page"))?;
    let at = at + len;
    Ok(format!("{}{}{}", &html[..at], text, &html[at..]))
}

/// Replaces the content of the region `<div id="ID">…</div>` that the sibling
/// starting with `next` follows, whatever it held (so finishing twice is finishing once).
fn fill(html: &str, id: &str, next: &str, content: &str) -> Result<String, String> {
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

/// Turns trunk's two preload links (the JS glue's `modulepreload`, the wasm's
/// `preload`) into one script at the top of `<head>` that defines [`FETCH_APP`]'s
/// function and calls it for a link with a query ([`fetch_app`]). A link is one of
/// them by its `rel`, wherever the attribute stands in the tag (the minifier reorders
/// them). Run after [`with_integrity`]: the script carries the glue's integrity.
fn preload_first(html: &str) -> Result<String, String> {
    // Finishing a finished page: the script is there already, in its place.
    if html.contains(FETCH_APP) {
        return Ok(html.to_string());
    }
    let is = |tag: &str, rel: &str| {
        tag.contains(&format!(r#"rel="{rel}""#))
            || tag.contains(&format!("rel={rel} "))
            || tag.contains(&format!("rel={rel}>"))
    };
    let (mut glue, mut wasm) = (None, None);
    let mut page = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let end = start + rest[start..].find('>').ok_or("an unclosed link")? + 1;
        let tag = &rest[start..end];
        let href = attr(tag, "href");
        if is(tag, "modulepreload") && href.is_some_and(|h| h.ends_with(".js")) {
            glue = href.map(|h| (h, attr(tag, "integrity")));
        } else if is(tag, "preload") && href.is_some_and(|h| h.ends_with(".wasm")) {
            wasm = href;
        } else {
            page.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        // With the line break that an earlier pass put before it.
        page.push_str(rest[..start].trim_end_matches([' ', '\n']));
        rest = &rest[end..];
    }
    page.push_str(rest);
    let (glue, integrity) = glue.ok_or("trunk wrote no modulepreload link for the JS glue")?;
    let wasm = wasm.ok_or("trunk wrote no preload link for the wasm")?;
    insert_after(
        &page,
        r#"<meta charset="utf-8">"#,
        &format!("\n  {}", fetch_app(glue, integrity, wasm)),
    )
}

/// What starts the script [`fetch_app`] writes.
const FETCH_APP: &str = "<script>function ctFetchApp(){";

/// The script that fetches the app (the JS glue, with its integrity, and the wasm) as
/// preloads, at once for a link with a query: such a link opens a view the app
/// draws. The front page is drawn in `index.html` already, and a download beside its
/// stylesheet would only delay its first paint: trunk's loader calls `ctFetchApp`
/// after that paint ([`paint_first`]).
fn fetch_app(glue: &str, integrity: Option<&str>, wasm: &str) -> String {
    let integrity = integrity
        .map(|i| format!(r#"l.integrity="{i}";"#))
        .unwrap_or_default();
    format!(
        r#"{FETCH_APP}var h=document.head,l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="anonymous";l.href="{glue}";{integrity}h.appendChild(l);l=document.createElement("link");l.rel="preload";l.as="fetch";l.type="application/wasm";l.crossOrigin="anonymous";l.href="{wasm}";h.appendChild(l)}}if(location.search.length>1)ctFetchApp()</script>"#
    )
}

/// What [`paint_first`] puts before trunk's call to `init`: on the front page, wait for
/// the browser's first-contentful-paint entry (its time is when the frame was shown;
/// a frame's callback can run before that), then fetch the app. Without paint timing,
/// one frame; in a hidden tab, which paints nothing, at once; after 3 s in any case.
const PAINT_FIRST: &str = "if (location.search.length < 2) { await new Promise((r) => { var P = window.PerformanceObserver; if (document.visibilityState == \"hidden\") r(); else if (P && (P.supportedEntryTypes || []).indexOf(\"paint\") >= 0) new P((l, o) => { o.disconnect(); setTimeout(r); }).observe({ type: \"paint\", buffered: true }); else requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 3000); }); ctFetchApp(); }\n";

/// Has trunk's loader fetch and start the app on the front page only once the
/// prerendered page is painted: its largest paint then waits for nothing but the page
/// and its stylesheet. Trunk's static `import` of the glue becomes a dynamic one after
/// the wait (a static import is fetched as the page is parsed). Measured with
/// Lighthouse over HTTP/2: the glue's download beside the stylesheet cost the front
/// page's LCP about 0.08 s; started a frame after the page ran, the wasm's download
/// sometimes ended before the frame was shown (1.85 s in one run of three).
fn paint_first(html: &str) -> Result<String, String> {
    if html.contains(PAINT_FIRST) {
        return Ok(html.to_string());
    }
    const IMPORT: &str = "import init, * as bindings from '";
    let import = html
        .find(IMPORT)
        .ok_or("trunk's loader does not start with `import init, * as bindings from '`")?;
    let url_end = import
        + IMPORT.len()
        + html[import + IMPORT.len()..]
            .find("';")
            .ok_or("trunk's loader's import has no end")?;
    let glue = &html[import + IMPORT.len()..url_end];
    let html = format!("{}{}", &html[..import], &html[url_end + 2..]);
    let at = html
        .find("const wasm = await init(")
        .ok_or("trunk's loader does not start the app with `const wasm = await init(`")?;
    Ok(format!(
        "{}{PAINT_FIRST}const bindings = await import('{glue}'), init = bindings.default;\n{}",
        &html[..at],
        &html[at..]
    ))
}

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

/// Where the value of `name=` stands in a tag, quoted or not (the minifier drops
/// quotes).
fn attr_span(tag: &str, name: &str) -> Option<(usize, usize)> {
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

fn attr<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    attr_span(tag, name).map(|(from, to)| &tag[from..to])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_follows_the_file_as_it_is_now_and_a_missing_file_is_named() {
        let page = r#"<head><link crossorigin href=/base/x.js integrity=sha384-old rel=modulepreload><link rel="preload" href="/base/x.wasm" integrity="sha384-old" as="fetch"><link rel=icon href=/base/i.svg></head>"#;
        let file = |href: &str| match href {
            "/base/x.js" => Some(b"js".to_vec()),
            "/base/x.wasm" => Some(Vec::new()),
            _ => None,
        };
        let done = with_integrity(page, file).unwrap();
        // sha384 of "js" and of nothing, base64 (as `openssl dgst -sha384 -binary | base64`).
        let js = "sha384-jQYcGOzPwkUhEe8g4GIYQ+uZMxWmWzNY4mzMebMhwTFZacpnmridbTjaURxAo3Ne";
        let empty = "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb";
        assert!(done.contains(&format!("integrity={js} ")), "{done}");
        assert!(done.contains(&format!(r#"integrity="{empty}""#)), "{done}");
        assert!(done.ends_with(r#"<link rel=icon href=/base/i.svg></head>"#));
        assert_eq!(with_integrity(&done, file).unwrap(), done, "twice is once");
        let missing = with_integrity(r#"<link href=/gone.js integrity=sha384-x>"#, file);
        assert!(missing.unwrap_err().contains("/gone.js"));
    }

    const BUILT: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><script>boot()</script>
<script type="module">import init, * as bindings from '/x.js';
const wasm = await init({ module_or_path: '/x.wasm' });
window.wasmBindings = bindings;</script><style>body{color:#111}</style>
<link rel="modulepreload" href="/x.js" crossorigin integrity="sha384-js"><link rel="preload" href="/x.wasm" as="fetch"></head>
<body><div id="header"></div><div id="notice"></div><div id="filters"></div><div id="view"><main id="main"><p>Loading</p></main></div><noscript>JS</noscript><footer></footer></body></html>"#;

    fn pre() -> Prerendered {
        Prerendered {
            header: "<header>H</header>".into(),
            filters: "<section>F</section>".into(),
            view: r#"<main id="main" data-view="timeline">T</main>"#.into(),
        }
    }

    #[test]
    fn the_page_gets_its_regions_its_preloads_first_and_a_policy_for_its_scripts() {
        let page = finish_index(BUILT, &pre()).unwrap();
        assert!(page.contains(r#"<div id="header"><header>H</header></div>"#));
        assert!(page.contains(r#"<div id="filters"><section>F</section></div>"#));
        assert!(
            page.contains(r#"<div id="view"><main id="main" data-view="timeline">T</main></div>"#),
            "{page}"
        );
        assert!(!page.contains("Loading"));
        let csp_at = page.find("Content-Security-Policy").unwrap();
        assert!(csp_at < page.find(FETCH_APP).unwrap());
        assert!(page.find(FETCH_APP).unwrap() < page.find("<script>boot()").unwrap());
        let scripts = inline_scripts(&page);
        assert_eq!(scripts.len(), 3, "{scripts:?}");
        for script in scripts {
            assert!(page.contains(&sha256(script)), "{script}");
        }
        // The stylesheet is in the page, allowed by its hash and nothing wider.
        assert_eq!(inline_styles(&page), ["body{color:#111}"]);
        let style = sha256("body{color:#111}");
        assert!(
            page.contains(&format!("style-src 'self' '{style}';")),
            "{page}"
        );
        // The glue and the wasm: preloaded at once for a link with a query, after the
        // first paint on the front page; the glue with its integrity, and imported
        // only after that paint (a static import is fetched while the page is parsed).
        assert!(
            !page.contains("<link rel=\"preload\"")
                && !page.contains("<link rel=\"modulepreload\"")
        );
        assert!(
            page.contains(r#"l.href="/x.wasm""#)
                && page.contains(r#"l.href="/x.js";l.integrity="sha384-js""#)
        );
        assert!(page.contains("if(location.search.length>1)ctFetchApp()"));
        assert!(!page.contains("import init"), "{page}");
        let paint = page.find(PAINT_FIRST).unwrap();
        let import = page
            .find("await import('/x.js'), init = bindings.default;")
            .unwrap();
        assert!(paint < import && import < page.find("const wasm = await init(").unwrap());
        assert!(PAINT_FIRST.contains("ctFetchApp(); }"));
        assert!(page.contains("object-src 'none'") && page.contains("base-uri 'none'"));
        assert!(!page.contains("unsafe-inline") && !csp(&[], &[]).contains("http"));
    }

    #[test]
    fn finishing_twice_gives_one_policy() {
        let once = finish_index(BUILT, &pre()).unwrap();
        let twice = finish_index(&once, &pre()).unwrap();
        assert_eq!(twice.matches("Content-Security-Policy").count(), 1);
        assert_eq!(twice.matches("modulepreload").count(), 1);
        assert_eq!(twice.matches(FETCH_APP).count(), 1);
        assert_eq!(twice.matches("await import(").count(), 1);
        assert_eq!(twice.matches(PAINT_FIRST).count(), 1);
        let body = |page: &str| page[page.find("<body>").unwrap()..].to_string();
        assert_eq!(body(&twice), body(&once));
    }

    #[test]
    fn a_minified_page_is_finished_too() {
        let minified = BUILT
            .replace(r#"<meta charset="utf-8">"#, "<meta charset=utf-8>")
            .replace(r#"<div id="header">"#, "<div id=header>")
            .replace(r#"<div id="notice">"#, "<div id=notice>")
            .replace(r#"<div id="filters">"#, "<div id=filters>")
            .replace(r#"<div id="view">"#, "<div id=view>")
            .replace(
                r#"<link rel="modulepreload" href="/x.js" crossorigin integrity="sha384-js">"#,
                "<link crossorigin href=/x.js integrity=sha384-js rel=modulepreload>",
            )
            .replace(
                r#"<link rel="preload" href="/x.wasm" as="fetch">"#,
                "<link as=fetch href=/x.wasm rel=preload>",
            );
        let page = finish_index(&minified, &pre()).unwrap();
        assert!(
            page.contains("<div id=header><header>H</header></div>"),
            "{page}"
        );
        assert!(
            page.contains(r#"<div id=view><main id="main" data-view="timeline">T</main></div>"#)
        );
        assert!(page.find("Content-Security-Policy").unwrap() < page.find(FETCH_APP).unwrap());
        assert!(page.contains(r#"l.href="/x.js";l.integrity="sha384-js""#));
    }

    #[test]
    fn a_page_without_its_regions_is_an_error_not_a_broken_page() {
        assert!(finish_index("<html></html>", &pre()).is_err());
        assert!(finish_404("<script>x</script>", "/").is_err());
    }

    #[test]
    fn the_hash_is_the_standard_base64_sha256() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            sha256("alert(1)"),
            "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="
        );
    }

    #[test]
    fn the_404_page_knows_its_base() {
        let page = finish_404(
            r#"<meta charset="utf-8"><script>var base="%BASE%";</script>"#,
            "/repo/",
        )
        .unwrap();
        assert!(page.contains(r#"var base="/repo/";"#));
        assert!(page.contains(&sha256(r#"var base="/repo/";"#)));
    }
}
