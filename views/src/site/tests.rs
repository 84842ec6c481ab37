use super::loader::{FETCH_APP, PAINT_FIRST};
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
        !page.contains("<link rel=\"preload\"") && !page.contains("<link rel=\"modulepreload\"")
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
    assert!(page.contains("object-src 'none'") && page.contains("base-uri 'self'"));
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
    assert!(page.contains(r#"<div id=view><main id="main" data-view="timeline">T</main></div>"#));
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
