//! Trunk's loader, rewritten: the app (JS glue and wasm) fetched at once for a link
//! with a query, and after the first paint on the front page.

use super::{attr, insert_after};

/// Turns trunk's two preload links (the JS glue's `modulepreload`, the wasm's
/// `preload`) into one script at the top of `<head>` that defines [`FETCH_APP`]'s
/// function and calls it for a link with a query ([`fetch_app`]). A link is one of
/// them by its `rel`, wherever the attribute stands in the tag (the minifier reorders
/// them). Run after [`super::with_integrity`]: the script carries the glue's integrity.
pub(super) fn preload_first(html: &str) -> Result<String, String> {
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
pub(super) const FETCH_APP: &str = "<script>function ctFetchApp(){";

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
pub(super) const PAINT_FIRST: &str = "if (location.search.length < 2) { await new Promise((r) => { var P = window.PerformanceObserver; if (document.visibilityState == \"hidden\") r(); else if (P && (P.supportedEntryTypes || []).indexOf(\"paint\") >= 0) new P((l, o) => { o.disconnect(); setTimeout(r); }).observe({ type: \"paint\", buffered: true }); else requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 3000); }); ctFetchApp(); }\n";

/// Has trunk's loader fetch and start the app on the front page only once the
/// prerendered page is painted: its largest paint then waits for nothing but the page
/// and its stylesheet. Trunk's static `import` of the glue becomes a dynamic one after
/// the wait (a static import is fetched as the page is parsed). Measured with
/// Lighthouse over HTTP/2: the glue's download beside the stylesheet cost the front
/// page's LCP about 0.08 s; started a frame after the page ran, the wasm's download
/// sometimes ended before the frame was shown (1.85 s in one run of three).
pub(super) fn paint_first(html: &str) -> Result<String, String> {
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
