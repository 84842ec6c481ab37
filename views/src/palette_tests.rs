//! The palette against WCAG 2.1, in both schemes, from the stylesheet's own values:
//! text at 4.5:1 (1.4.3), marks and edges at 3:1 (1.4.11) against what they are
//! drawn on. `style/palette.css` is what the page uses; it must equal
//! [`css_variables`], so the SVG map (drawn from the Rust values) is covered too.

use super::palette::*;
use corpus::model::{EntityKind, RelationKind};
use std::collections::BTreeMap;

const CSS: &str = include_str!("../../style/palette.css");
const WORKER_CSS: &str = include_str!("../../style/palette-worker.css");
const HEAD: &str =
    "/* The palette of views/src/palette.rs as CSS variables; a test keeps the two equal. */\n";

/// Text on a background: every pair the stylesheets draw (`color` on `background`).
const TEXT: [(&str, &str); 32] = [
    ("ink", "paper"),
    ("ink", "paper-2"),
    ("ink-soft", "paper"),
    ("ink-soft", "paper-2"),
    ("accent", "paper"),
    ("accent", "paper-2"),
    ("ink", "warn-bg"),
    ("ink-soft", "warn-bg"),
    ("warn-ink", "warn-bg"),
    ("warn-ink", "paper"),
    ("ok-ink", "ok-bg"),
    ("ok-ink", "paper"),
    ("error-ink", "paper"),
    ("error-ink", "warn-bg"),
    ("quote-ink", "paper"),
    ("quote-ink", "mark-target"),
    ("quote-ink", "mark-match"),
    ("ink", "mark-target"),
    ("ink", "mark-match"),
    ("ink", "mark-query"),
    ("ink", "mark-framing"),
    ("ink-soft", "mark-target"),
    ("ink", "shade-1"),
    ("ink", "shade-2"),
    ("ink", "shade-3"),
    ("ink", "shade-4"),
    ("ink", "shade-5"),
    ("c-lane-talks", "paper"),
    ("c-lane-war", "paper"),
    ("c-lane-deadline", "paper"),
    ("c-lane-international", "paper"),
    ("c-lane-talks", "paper-2"),
];

/// Marks that carry meaning without words, against the paper (and the paper-2 of
/// chips and the header): 3:1.
const MARKS: [&str; 5] = [
    "context",
    "new",
    "accent",
    "control",
    "c-lane-international",
];

/// Each scheme's variables, as both stylesheets declare them: `--x:#light;` for both,
/// `--x:light-dark(#light,#dark);` for each its own.
fn schemes() -> BTreeMap<&'static str, BTreeMap<String, String>> {
    let mut out = BTreeMap::from([("light", BTreeMap::new()), ("dark", BTreeMap::new())]);
    for css in [CSS, WORKER_CSS] {
        let root = css.split_once(":root{").expect("a :root block").1;
        for d in root.split([';', '}']) {
            let Some((name, value)) = d.trim().strip_prefix("--").and_then(|d| d.split_once(':'))
            else {
                continue;
            };
            let (light, dark) = match value.strip_prefix("light-dark(") {
                Some(pair) => pair
                    .trim_end_matches(')')
                    .split_once(',')
                    .expect("two colours"),
                None => (value, value),
            };
            for (scheme, colour) in [("light", light), ("dark", dark)] {
                let map = out.get_mut(scheme).expect("both schemes");
                map.insert(name.to_string(), colour.trim().to_string());
            }
        }
    }
    out
}

fn rgb(hex: &str) -> [f64; 3] {
    let h = hex.strip_prefix('#').expect("a #rrggbb colour");
    assert_eq!(h.len(), 6, "{hex}");
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).expect("hex") as f64 / 255.0;
    [c(0), c(2), c(4)]
}

fn luminance([r, g, b]: [f64; 3]) -> f64 {
    let f = |c: f64| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
}

/// The WCAG contrast ratio of two sRGB colours.
pub fn ratio(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `color-mix(in srgb, a share, b)`.
fn mix(a: [f64; 3], share: f64, b: [f64; 3]) -> [f64; 3] {
    [0, 1, 2].map(|i| a[i] * share + b[i] * (1.0 - share))
}

#[test]
fn the_stylesheets_hold_the_palette() {
    let expected = format!("{HEAD}{}\n", css_variables());
    assert_eq!(
        CSS, expected,
        "style/palette.css must be exactly:\n{expected}"
    );
    let expected = format!("{HEAD}{}\n", worker_css_variables());
    assert_eq!(
        WORKER_CSS, expected,
        "style/palette-worker.css must be exactly:\n{expected}"
    );
}

#[test]
fn text_reaches_4_5_to_1_and_marks_3_to_1_in_both_schemes() {
    let mut low = Vec::new();
    let all = schemes();
    assert!(all["dark"].len() >= 40, "{:?}", all["dark"]);
    assert_ne!(all["light"]["ink"], all["dark"]["ink"]);
    for (scheme, vars) in all {
        let colour = |name: &str| rgb(vars.get(name).unwrap_or_else(|| panic!("--{name}")));
        let mut check = |what: String, fg: [f64; 3], bg: [f64; 3], min: f64| {
            let r = ratio(fg, bg);
            if r < min {
                low.push(format!("{scheme}: {what} {r:.2} < {min}"));
            }
        };
        for (fg, bg) in TEXT {
            check(format!("text {fg} on {bg}"), colour(fg), colour(bg), 4.5);
        }
        let swatches = vars
            .keys()
            .filter(|k| k.starts_with("c-") && !k.starts_with("c-lane"));
        for mark in swatches.map(String::as_str).chain(MARKS) {
            for bg in ["paper", "paper-2"] {
                check(
                    format!("mark {mark} on {bg}"),
                    colour(mark),
                    colour(bg),
                    3.0,
                );
            }
            // A mention in the reader: ink on a 14% (28% hovered) wash of its colour.
            for share in [0.14, 0.28] {
                let wash = mix(colour(mark), share, colour("paper"));
                check(
                    format!("ink on a {share} wash of {mark}"),
                    colour("ink"),
                    wash,
                    4.5,
                );
            }
        }
    }
    assert!(low.is_empty(), "below the thresholds:\n{}", low.join("\n"));
}

#[test]
fn every_edge_and_node_of_the_map_stands_out_from_its_paper() {
    for scheme in Scheme::ALL {
        let paper = rgb(role("paper", scheme));
        for kind in RelationKind::ALL {
            let r = ratio(rgb(edge_colour(kind, scheme)), paper);
            assert!(r >= 3.0, "{scheme:?} {kind:?} edge: {r:.2}");
        }
        for kind in EntityKind::ALL {
            let r = ratio(rgb(kind_colour(kind, scheme)), paper);
            assert!(r >= 3.0, "{scheme:?} {kind:?} node: {r:.2}");
        }
        // A label: ink on the paper halo.
        assert!(ratio(rgb(role("ink", scheme)), paper) >= 4.5);
        assert!(ratio(rgb(role("ink-soft", scheme)), paper) >= 4.5);
    }
}

#[test]
fn the_reference_okabe_ito_values_come_out_as_published() {
    // The figures the issue quotes (and two hues that fail on white), so the ratio
    // itself is checked.
    let white = rgb("#ffffff");
    for (hex, want) in [
        ("#0072B2", 5.19),
        ("#D55E00", 3.87),
        ("#E69F00", 2.25),
        ("#F0E442", 1.32),
    ] {
        let got = ratio(rgb(hex), white);
        assert!((got - want).abs() < 0.01, "{hex}: {got:.3}");
    }
}
