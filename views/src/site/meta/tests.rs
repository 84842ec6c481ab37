//! Every prerendered page's head: present, escaped, true to the view.

use crate::context::Context;
use crate::site::build::{Sources, build_pages};
use crate::state::ViewState;
use crate::testing::ctx;

/// trunk's page as the site step finds it, minified as in a release build.
const TEMPLATE: &str = r#"<!doctype html><html lang=en><meta charset=utf-8><meta content="width=device-width,initial-scale=1" name=viewport><title>Cairo Talks</title><meta content="Old words." name=description><meta content=website property=og:type><meta content="Cairo Talks" property=og:title><meta content=summary name=twitter:card><script>boot()</script><script type=module>import init, * as bindings from '/cairo-talks/x.js';
const wasm = await init({ module_or_path: '/cairo-talks/x.wasm' });</script><style>body{color:#111}</style><link crossorigin href=/cairo-talks/x.js integrity=sha384-js rel=modulepreload><link as=fetch href=/cairo-talks/x.wasm rel=preload></head><body><a class=skip-link href=#main>Skip to content</a><div id=header></div><div id=notice></div><div id=filters></div><div id=view><main id=main><p>Loading</p></main></div><noscript>JS</noscript></body></html>"#;

/// Every page of the seeds' site, by path.
fn pages() -> &'static Vec<(String, String)> {
    static PAGES: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    PAGES.get_or_init(|| {
        let abridged: &'static corpus::Corpus = Box::leak(Box::new(ctx().corpus.abridged()));
        let short: &'static Context<'static> = Box::leak(Box::new(Context::new(abridged)));
        let src = Sources {
            template: TEMPLATE,
            whole: ctx(),
            abridged: short,
            origin: "https://example.github.io",
            base: "/cairo-talks/",
            map_css: ".map-view{color:red}",
            compare_css: ".compare-view{}",
            read_css: ".read-view{}",
            promises_css: ".promises-view{}",
        };
        let mut pages = Vec::new();
        build_pages(&src, |b| {
            pages.push((b.path, b.html));
            Ok(())
        })
        .expect("every page builds");
        pages
    })
}

fn page(path: &str) -> &'static str {
    &pages()
        .iter()
        .find(|(p, _)| p == path)
        .unwrap_or_else(|| panic!("no page {path}"))
        .1
}

/// The `content` of the one `<meta {attr}="{key}">`; every page has each at most once.
fn meta<'h>(html: &'h str, attr: &str, key: &str) -> Option<&'h str> {
    let tag = format!(r#"<meta {attr}="{key}" content=""#);
    let found: Vec<&str> = html
        .match_indices(&tag)
        .map(|(at, _)| &html[at + tag.len()..])
        .collect();
    assert!(found.len() <= 1, "{key} twice");
    found.first().map(|rest| &rest[..rest.find('"').unwrap()])
}

#[test]
fn every_page_has_one_title_description_card_and_canonical_url_of_its_own() {
    let mut descriptions = Vec::new();
    for (path, html) in pages() {
        let url = format!("https://example.github.io/cairo-talks/{path}");
        let head = &html[..html.find("</head>").expect("a head")];
        assert_eq!(head.matches("<title>").count(), 1, "{path}");
        assert!(
            html.contains(&format!(r#"<link rel="canonical" href="{url}">"#)),
            "{path}"
        );
        assert_eq!(
            meta(html, "property", "og:url"),
            Some(url.as_str()),
            "{path}"
        );
        let description = meta(html, "name", "description").expect("a description");
        assert!(
            description.len() > 60 && !description.contains("Old words"),
            "{path}: {description}"
        );
        assert_eq!(meta(html, "property", "og:description"), Some(description));
        assert_eq!(meta(html, "name", "twitter:description"), Some(description));
        let title = &head[head.find("<title>").unwrap() + 7..head.find("</title>").unwrap()];
        assert!(title.ends_with(" · Cairo Talks"), "{path}: {title}");
        assert_eq!(meta(html, "property", "og:title"), Some(title));
        assert_eq!(
            meta(html, "name", "twitter:card").map(|c| c.starts_with("summary")),
            Some(true)
        );
        // Nothing is left of the template's own head, and the policy covers the page.
        assert!(!html.contains("Old words") && html.contains("base-uri 'self'"));
        descriptions.push(description);
        if !path.is_empty() {
            assert!(html.contains(r#"<base href="/cairo-talks/">"#), "{path}");
            assert!(
                html.contains(&format!(r##"href="{path}#main""##)),
                "{path}: the skip link"
            );
        }
    }
    descriptions.sort_unstable();
    descriptions.dedup();
    assert_eq!(
        descriptions.len(),
        pages().len(),
        "each page says what it shows"
    );
}

#[test]
fn an_articles_page_carries_its_citation() {
    let html = page("read/cairo-2014-09/");
    assert_eq!(
        meta(html, "name", "citation_title"),
        Some("Fatah and Hamas meet in Cairo to close ranks before truce talks with Israel")
    );
    assert_eq!(
        meta(html, "name", "citation_publication_date"),
        Some("2014/09/24")
    );
    assert_eq!(meta(html, "name", "citation_publisher"), Some("Gulf Times"));
    assert_eq!(
        meta(html, "name", "citation_public_url"),
        Some("https://example.github.io/cairo-talks/read/cairo-2014-09/")
    );
    assert_eq!(meta(html, "property", "og:type"), Some("article"));
    assert!(html.contains("<title>Fatah and Hamas meet in Cairo to close ranks before truce talks with Israel · Reader · Cairo Talks</title>"));
    // An outlet not established is left out, not guessed.
    let unknown = page("read/cairo-2025-10/");
    assert_eq!(meta(unknown, "name", "citation_publisher"), None);
    assert!(meta(page("map/cairo-2017-11/"), "name", "citation_title").is_none());
}

#[test]
fn each_page_draws_its_own_view_and_says_so_in_words() {
    let map = page("map/cairo-2017-11/");
    assert!(map.contains(r#"data-view="map""#) && map.contains(r#"data-testid="map-node""#));
    assert!(map.contains("<title>Faction map as of 21 Nov 2017 · Cairo Talks</title>"));
    assert!(
        meta(map, "name", "description")
            .unwrap()
            .contains("as of the round of 21 Nov 2017")
    );
    // The worker's styles come with the views it draws, and a phone's drawing apart.
    assert!(map.contains(r#"<style id="view-css">.map-view{color:red}</style>"#));
    assert!(
        page("compare/cairo-2014-09/")
            .contains(r#"<style id="view-css">.compare-view{}.read-view{}</style>"#)
    );
    assert!(map.contains(r#"<template id="narrow-view">"#));
    let compare = page("compare/cairo-2014-09/");
    assert!(compare.contains(r#"data-testid="compare-column" data-article="cairo-2013-01""#));
    let read = page("read/cairo-2014-09/");
    assert!(read.contains(r#"data-view="read""#) && read.contains(r#"data-testid="mention""#));
    let hamas = page("faction/hamas/");
    assert!(hamas.contains(r#"data-view="timeline""#) && !hamas.contains("view-css"));
    let n = crate::testing::ctx()
        .select(&crate::testing::state("f=hamas"))
        .article_count();
    assert!(
        meta(hamas, "name", "description")
            .unwrap()
            .contains(&format!("Hamas or its people: {n} of 5 articles"))
    );
    assert!(
        page("entity/mahmoud-abbas/")
            .contains("<title>Mahmoud Abbas on the timeline · Cairo Talks</title>")
    );
    // The front page is the root: no base, its skip link its own.
    assert!(!page("").contains("<base ") && page("").contains("href=#main"));
}

#[test]
fn a_value_is_escaped_wherever_it_goes() {
    let mut corpus = ctx().corpus.clone();
    corpus.articles[1].headline = r#"Fatah & "Hamas" <meet>"#.into();
    let whole = Context::new(&corpus);
    let state = ViewState::from_path("read/cairo-2014-09/", &corpus).unwrap();
    let head = super::Head::of(
        &corpus,
        &state,
        &whole.select(&state),
        "https://x/?a=1&b=\"2\"".into(),
    );
    let html = super::head_html(&head);
    assert!(
        html.contains(r#"content="Fatah &amp; &quot;Hamas&quot; &lt;meet&gt;""#),
        "{html}"
    );
    assert!(
        html.contains(r#"href="https://x/?a=1&amp;b=&quot;2&quot;""#),
        "{html}"
    );
    assert!(!html.contains("<meet>") && !html.contains(r#""Hamas""#));
}

#[test]
fn finishing_a_finished_page_gives_the_same_page() {
    for path in ["", "read/cairo-2014-09/", "map/cairo-2017-11/"] {
        let html = page(path);
        let state = ViewState::from_path(path, ctx().corpus).unwrap_or_default();
        let head = super::Head::of(
            ctx().corpus,
            &state,
            &ctx().select(&state),
            format!("https://example.github.io/cairo-talks/{path}"),
        );
        let head = super::Head {
            image: Some(format!(
                "https://example.github.io/cairo-talks/{}",
                crate::site::build::preview_file(path)
            )),
            ..head
        };
        let regions = crate::page::prerender_state(ctx(), &state, false);
        let again = crate::site::pages::finish_page(
            html,
            &crate::site::pages::Page {
                path,
                base: "/cairo-talks/",
                head: &head,
                regions: &regions,
                narrow: None,
                styles: "",
            },
        )
        .unwrap();
        let head_of = |h: &str| h[..h.find("</head>").unwrap()].matches("<meta ").count();
        assert_eq!(head_of(&again), head_of(html), "{path}");
        assert_eq!(again.matches("rel=\"canonical\"").count(), 1, "{path}");
        assert!(again.matches("<base ").count() <= 1);
    }
}
