//! Issue 24, points 1, 4 and 6, natively: no text under 12 px anywhere.
//!
//! - The stylesheets size text only with the type scale of `style/tokens.css`, and
//!   every size of the scale is 12 px or more (at every breakpoint); a chart's direct
//!   labels are bold.
//! - Colours come from the palette only (`palette.css`, whose contrast
//!   `views/src/palette_tests.rs` checks), and text takes a text colour, never a
//!   faction's swatch colour (which only reaches 3:1).
//! - Every writer's markup, drawn on the real seeds: no size of its own in HTML, and
//!   every SVG text at 12 px or more on screen, at the zoom it is drawn for.

use std::collections::BTreeMap;
use views::context::Context;
use views::map::view::{MapUi, map_html};
use views::state::ViewState;

const FLOOR_PX: f64 = 12.0;

fn style(name: &str) -> String {
    let path = format!("{}/../style/{name}", env!("CARGO_MANIFEST_DIR"));
    let css = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    // Comments out.
    let mut out = String::new();
    let mut rest = css.as_str();
    while let Some(at) = rest.find("/*") {
        out.push_str(&rest[..at]);
        rest = rest[at..]
            .find("*/")
            .map_or("", |end| &rest[at + end + 2..]);
    }
    out + rest
}

/// Every stylesheet of `style/` but those checked apart.
fn sheets() -> Vec<(String, String)> {
    let dir = format!("{}/../style", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("style/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".css"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "{names:?}");
    names
        .into_iter()
        .map(|n| (style(&n), n))
        .map(|(c, n)| (n, c))
        .collect()
}

/// Every declaration (`property`, `value`) in the innermost blocks of `css`.
fn declarations(css: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for block in css.split('}') {
        let body = block.rsplit('{').next().unwrap_or("");
        for d in body.split(';') {
            if let Some((p, v)) = d.split_once(':') {
                out.push((p.trim().to_string(), v.trim().to_string()));
            }
        }
    }
    out
}

/// A length in CSS pixels: `0.75rem`, `12px` (the root is 16 px).
fn length_px(value: &str) -> Option<f64> {
    let v = value.trim();
    if let Some(n) = v.strip_suffix("rem") {
        return n.parse::<f64>().ok().map(|n| n * 16.0);
    }
    v.strip_suffix("px")?.parse().ok()
}

/// The type scale: every `--fs-…` the tokens declare, at any breakpoint, in px.
fn scale() -> Vec<(String, f64)> {
    declarations(&style("tokens.css"))
        .into_iter()
        .filter(|(p, _)| p.starts_with("--fs-"))
        .map(|(p, v)| {
            let px = length_px(&v).unwrap_or_else(|| panic!("{p}: {v} is not a length"));
            (p, px)
        })
        .collect()
}

#[test]
fn the_type_scale_has_nothing_under_12_px_and_bold_chart_labels() {
    let scale = scale();
    assert!(scale.len() >= 8, "{scale:?}");
    for (token, px) in &scale {
        assert!(*px >= FLOOR_PX, "{token} is {px} px");
    }
    let tokens: BTreeMap<String, String> = declarations(&style("tokens.css")).into_iter().collect();
    let weight = |t: &str| tokens[t].parse::<u32>().unwrap();
    assert!(weight("--fw-chart-label") >= 700, "direct labels are bold");
    // The map's labels are the scale's chart sizes.
    let px = |t: &str| scale.iter().find(|(n, _)| n == t).unwrap().1;
    assert_eq!(px("--fs-chart-label"), views::map::labels::LABEL_PX);
    assert_eq!(px("--fs-chart-key"), views::map::labels::KEY_PX);
    // And so are the timeline's, which its layout measures to wrap them whole.
    assert_eq!(px("--fs-chart-label"), views::timeline::layout::LABEL_PX);
    assert_eq!(
        px("--fs-chart-key"),
        views::timeline::layout::ROUND_LABEL_PX
    );
}

#[test]
fn every_stylesheet_sizes_its_text_with_the_type_scale() {
    let names: Vec<String> = scale().into_iter().map(|(n, _)| n).collect();
    let mut wrong = Vec::new();
    for (file, css) in sheets() {
        for (p, v) in declarations(&css) {
            let ok = match p.as_str() {
                "font-size" => v
                    .strip_prefix("var(")
                    .and_then(|t| t.strip_suffix(')'))
                    .is_some_and(|t| names.iter().any(|n| n == t)),
                "font" => v == "inherit",
                _ => true,
            };
            if !ok {
                wrong.push(format!("{file}: {p}: {v}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "sizes outside the type scale:\n{}",
        wrong.join("\n")
    );
}

/// Colours a text may take: the palette's text colours (4.5:1 on their papers).
const TEXT_COLOURS: [&str; 15] = [
    "var(--ink)",
    "var(--ink-soft)",
    "var(--accent)",
    "var(--paper)",
    "var(--warn-ink)",
    "var(--ok-ink)",
    "var(--error-ink)",
    "var(--quote-ink)",
    "var(--c-lane-talks)",
    "var(--c-lane-war)",
    "var(--c-lane-deadline)",
    "var(--c-lane-international)",
    // A lane's colour: always one of the four above (style/timeline.css, .lane-*).
    "var(--lane)",
    "inherit",
    "currentColor",
];

#[test]
fn colours_come_from_the_palette_and_text_takes_a_text_colour() {
    let mut wrong = Vec::new();
    for (file, css) in sheets()
        .into_iter()
        .filter(|(f, _)| !f.starts_with("palette"))
    {
        for (p, v) in declarations(&css) {
            let literal = v.contains('#')
                || v.split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| w == "white" || w == "black");
            if literal || (p == "color" && !TEXT_COLOURS.contains(&v.as_str())) {
                wrong.push(format!("{file}: {p}: {v}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "colours outside the palette's roles:\n{}",
        wrong.join("\n")
    );
}

fn ctx() -> &'static Context<'static> {
    static CTX: std::sync::OnceLock<Context<'static>> = std::sync::OnceLock::new();
    CTX.get_or_init(|| Context::new(corpus::seeds::repository()))
}

fn state(query: &str) -> ViewState {
    ViewState::parse(query, ctx().corpus).0
}

/// The value of `name="…"` in a tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

/// Every `<text …>` tag of an SVG's markup, its size on screen when the SVG's view
/// box is drawn in a box `size` pixels wide and high.
fn svg_text_px(svg: &str, (w, h): (f64, f64)) -> Vec<(String, f64)> {
    let vb: Vec<f64> = attr(svg, "viewBox")
        .expect("a view box")
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let upp = (vb[2] / w).max(vb[3] / h);
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let tag = &t[..t.find('>').unwrap()];
            let size: f64 = attr(tag, "font-size").expect("a size").parse().unwrap();
            let text = t[t.find('>').unwrap() + 1..]
                .split('<')
                .next()
                .unwrap_or("");
            (text.to_string(), size / upp)
        })
        .collect()
}

#[test]
fn every_map_label_is_12_px_bold_on_screen_at_every_size_and_zoom() {
    let sizes = [
        (1248.0, 536.0),
        (968.0, 420.0),
        (343.0, 568.0),
        (320.0, 480.0),
    ];
    for query in [
        "view=map",
        "view=map&round=cairo-2017-11",
        "view=map&focus=hamas",
    ] {
        for (i, size) in sizes.into_iter().enumerate() {
            for zoom in [1.0, 0.7, 3.0] {
                let s = state(query);
                let mut ui = MapUi {
                    size,
                    narrow: i >= 2,
                    dark: zoom > 1.0,
                    ..MapUi::default()
                };
                let model = views::map::model::MapModel::new(
                    ctx().corpus,
                    ctx().anchors(),
                    &s,
                    &ctx().select(&s),
                );
                ui.zoom(&model.layout, zoom, None);
                let html = map_html(ctx().corpus, ctx().anchors(), &s, &ctx().select(&s), &ui);
                let svg = &html[html.find("<svg xmlns").unwrap()..];
                let labels = svg_text_px(&svg[..svg.find("</svg>").unwrap()], size);
                assert!(labels.len() >= 5, "{query} at {size:?}: {labels:?}");
                for (text, px) in labels {
                    assert!(
                        px >= FLOOR_PX,
                        "{query} at {size:?} ×{zoom}: {text} is {px:.2} px"
                    );
                }
                assert!(svg.contains(r#"<g class="labels" aria-hidden="true" pointer-events="none" font-family="system-ui,sans-serif" font-weight="700""#));
            }
        }
    }
}

/// Every writer's markup on the real seeds, desktop and phone forms.
fn every_view() -> Vec<(String, String)> {
    use views::compare::view::{CompareUi, compare_html};
    use views::read::view::{ReadUi, read_html};
    use views::shell::{ShellUi, filters::filters_html, header::header_html, notice::notice_html};
    use views::timeline::view::{TimelineUi, timeline_html};
    let c = ctx().corpus;
    let open = ShellUi {
        filters_open: true,
        ..ShellUi::default()
    };
    let mut out = Vec::new();
    for query in [
        "",
        "view=map&focus=hamas",
        "view=compare&cmp=cairo-2013-01,cairo-2025-10&f=hamas",
        "view=read&a=cairo-2014-09&q=Hamas",
        "view=read",
        "sel=cairo-2017-11&junk=1",
    ] {
        let (s, ignored) = ViewState::parse(query, c);
        let sel = ctx().select(&s);
        out.push((format!("header {query}"), header_html(c, &s, &open)));
        out.push((format!("filters {query}"), filters_html(c, &s, &open)));
        out.push((format!("notice {query}"), notice_html(&ignored, &open)));
        out.push((
            format!("timeline {query}"),
            timeline_html(c, &ctx().items, &s, &sel, &TimelineUi::prerender()),
        ));
        for narrow in [false, true] {
            let map = MapUi {
                narrow,
                size: (900.0, 500.0),
                ..MapUi::default()
            };
            out.push((
                format!("map {query} {narrow}"),
                map_html(c, ctx().anchors(), &s, &sel, &map),
            ));
            let cmp = CompareUi {
                narrow,
                ..CompareUi::default()
            };
            out.push((
                format!("compare {query} {narrow}"),
                compare_html(ctx(), &s, &sel, &cmp),
            ));
        }
        out.push((
            format!("read {query}"),
            read_html(ctx(), &s, &sel, &ReadUi::default()),
        ));
    }
    let form = views::yours::form::FormUi {
        open: true,
        ..Default::default()
    };
    out.push((
        "yours".into(),
        views::yours::form::form_html(ctx(), &state(""), &form),
    ));
    out
}

#[test]
fn no_writer_sizes_its_own_text_and_small_print_is_the_scales() {
    let shell = style("shell.css");
    for (what, html) in every_view() {
        assert!(!html.contains("style="), "{what}: an inline style");
        assert!(!html.contains("<style"), "{what}: a style element");
        // The only sizes in markup are the map's labels, in its SVG (checked above for
        // their size on screen).
        let sized = html.matches("font-size=").count();
        let labels = html.matches("<text class=\"map-label").count();
        assert_eq!(
            sized, labels,
            "{what}: a font size outside the map's labels"
        );
        assert!(!html.contains("<font"), "{what}");
    }
    // `<small>` (the reader's precisions, the map's panel) is the scale's note, not
    // the browser's "smaller" of an already small parent.
    assert!(shell.contains("small, sub, sup { font-size: var(--fs-note); }"));
}
