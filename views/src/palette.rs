//! Every colour of the app, defined once, in a light and a dark scheme.
//! `style/palette.css` holds them as CSS variables for the HTML views (a test keeps it
//! equal to [`css_variables`]), each as `light-dark(light, dark)`: the page's
//! `color-scheme` picks, which follows `prefers-color-scheme` (light in print);
//! the SVG map uses them as presentation attributes, so an exported map keeps its
//! colours outside the page. Which colour an entity gets is [`crate::entity::Swatch`].
//!
//! The categorical hues are Okabe and Ito's colour-blind-safe set, darkened in the
//! light scheme where a hue would fall under 3:1 against the paper (orange, sky blue,
//! yellow, reddish purple). Beyond these seven hues the map tells things apart by
//! shape, line style and direct labels, never by colour alone. What each colour must
//! reach against what it is drawn on (4.5:1 for text, 3:1 for marks and edges) is
//! checked by `palette_tests.rs`, in both schemes, from the stylesheet's values.

use corpus::model::{EntityKind, RelationKind};
use serde::{Deserialize, Serialize};

/// The colour scheme a drawing is made in: the reader's `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Scheme {
    #[default]
    Light,
    Dark,
}

impl Scheme {
    pub const ALL: [Scheme; 2] = [Scheme::Light, Scheme::Dark];

    /// `light` or `dark`, as CSS and the exported file's name say it.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }

    fn pick(self, (light, dark): (&'static str, &'static str)) -> &'static str {
        match self {
            Scheme::Light => light,
            Scheme::Dark => dark,
        }
    }
}

/// The media query of the dark scheme (the app follows it, the stylesheet too).
pub const DARK_MEDIA: &str = "(prefers-color-scheme: dark)";

/// The page's colours by role, `--name` in CSS: (name, light, dark). These are in the
/// front page's stylesheet (`style/palette.css`).
pub const ROLES: [(&str, &str, &str); 14] = [
    // Text and what it sits on.
    ("ink", "#1c1e24", "#e8eaee"),
    ("ink-soft", "#4a4f5c", "#a9afbb"),
    ("paper", "#ffffff", "#121418"),
    ("paper-2", "#f4f5f7", "#1c1f25"),
    // Rules between things (decoration, not information).
    ("line", "#d6d9df", "#343943"),
    // The edge of a text field or a select: 3:1 against the paper.
    ("control", "#80858f", "#6f7683"),
    // Links, the current selection, the map's focus ring.
    ("accent", "#0b57d0", "#8ab4f8"),
    ("focus", "#f59e0b", "#f59e0b"),
    // A caution (the URL notice, unattributed words, inferred facts).
    ("warn-bg", "#fff4d6", "#3a2e0e"),
    ("warn-ink", "#7a4b00", "#f3c969"),
    ("warn-line", "#a86f00", "#c9962c"),
    // A fact the text states.
    ("ok-bg", "#e3f1e7", "#14301f"),
    ("ok-ink", "#18502c", "#8fd9a8"),
    // Marks set back behind the focus (the map's other nodes and edges, the timeline's
    // ticks): grey, yet 3:1 against the paper.
    ("context", "#8c8c8c", "#6b7280"),
];

/// The roles only what the drawing worker draws uses (the reader, the comparison,
/// the map, the form), in its stylesheet (`style/palette-worker.css`, fetched with
/// it), so the front page does not carry them.
pub const WORKER_ROLES: [(&str, &str, &str); 12] = [
    ("error-ink", "#9a3412", "#ffb48a"),
    // Words inside a quotation in the reader.
    ("quote-ink", "#2c3a5a", "#b9c6e6"),
    // Highlights behind text: the targeted sentence, a matched one, a query hit, a
    // loaded term.
    ("mark-target", "#dbeafe", "#1e3a5f"),
    ("mark-match", "#fff6c9", "#3b3413"),
    ("mark-query", "#ffd54d", "#6b5200"),
    ("mark-framing", "#ffe2e2", "#4a1f24"),
    // The comparison's matrix: sentences per cell, lightest to darkest.
    ("shade-1", "#e2ebf9", "#1f2838"),
    ("shade-2", "#c4d6f4", "#233350"),
    ("shade-3", "#a7c2ee", "#283f68"),
    ("shade-4", "#8aaee8", "#2d4b80"),
    ("shade-5", "#6d9ae3", "#325898"),
    // A node new in this round on the map (its dashed ring).
    ("new", "#b45309", "#f59e0b"),
];

/// The timeline's lanes, for its stylesheet, `--c-lane-…`: (name, light, dark), 4.5:1 as text.
pub const LANES: [(&str, &str, &str); 4] = [
    ("talks", "#0072b2", "#5aa5e6"),
    ("war", "#b34a00", "#ff8a80"),
    ("deadline", "#8f6200", "#f0a35e"),
    ("international", "#007a5a", "#4fd1c5"),
];

/// Faction colours by organization id; organizations not listed use `OTHER`.
const FACTIONS: [(&str, &str, &str); 7] = [
    ("hamas", "#009e73", "#009e73"),
    ("fatah", "#b07a00", "#e69f00"),
    ("palestinian-authority", "#0072b2", "#3d8fd1"),
    ("plo", "#d55e00", "#e0691a"),
    ("islamic-jihad", "#000000", "#e8eaee"),
    ("dflp", "#b9679a", "#cc79a7"),
    ("pflp", "#3f8bb8", "#56b4e9"),
];
const OTHER: (&str, &str) = ("#767676", "#8b919c");

/// A role's colour in a scheme (`"ink"`, `"new"`, …), from either list. A name no
/// list has is a mistake in a writer, which its tests draw: it panics.
pub fn role(name: &str, scheme: Scheme) -> &'static str {
    let (_, light, dark) = ROLES
        .iter()
        .chain(&WORKER_ROLES)
        .find(|(n, ..)| *n == name)
        .unwrap_or_else(|| panic!("no colour role {name}"));
    scheme.pick((light, dark))
}

pub fn kind_colour(kind: EntityKind, scheme: Scheme) -> &'static str {
    scheme.pick(match kind {
        EntityKind::State => ("#5f6b7a", "#9aa3ae"),
        EntityKind::Mediator => ("#8f8726", "#d9cf45"),
        EntityKind::Media => ("#6b7280", "#7d8590"),
        EntityKind::Place => ("#7a6a58", "#a89a86"),
        EntityKind::Person | EntityKind::Organization => OTHER,
    })
}

pub fn faction_colour(id: &str, scheme: Scheme) -> &'static str {
    FACTIONS
        .iter()
        .find(|(f, ..)| *f == id)
        .map_or(scheme.pick(OTHER), |(_, light, dark)| {
            scheme.pick((light, dark))
        })
}

/// The hue of a relation kind's line on the map (its dash and arrowhead are
/// `crate::map::svg::edge_style`'s).
pub fn edge_colour(kind: RelationKind, scheme: Scheme) -> &'static str {
    scheme.pick(match kind {
        RelationKind::Rivalry => ("#d55e00", "#e0691a"),
        RelationKind::Alliance => ("#0072b2", "#5aa5e6"),
        RelationKind::Mediation => ("#009e73", "#009e73"),
        RelationKind::Membership => ("#767676", "#8b919c"),
        RelationKind::Leadership => ("#b07a00", "#e69f00"),
        RelationKind::Designation => ("#b9679a", "#cc79a7"),
        RelationKind::War => ("#1c1e24", "#e8eaee"),
    })
}

/// One variable in both schemes: `--ink:light-dark(#1c1e24,#e8eaee);`, or the one
/// colour when the two are the same. `light-dark()` follows the page's
/// `color-scheme` (light and dark, as the reader prefers; light in print).
fn variable(css: &mut String, name: &str, (light, dark): (&str, &str)) {
    if light == dark {
        css.push_str(&format!("--{name}:{light};"));
    } else {
        css.push_str(&format!("--{name}:light-dark({light},{dark});"));
    }
}

fn roles(css: &mut String, list: &[(&str, &str, &str)]) {
    for &(name, light, dark) in list {
        variable(css, name, (light, dark));
    }
}

/// `style/palette.css`: `:root { --ink: …; --c-hamas: …; }` for the stylesheets'
/// `var(--…)`: the roles, the timeline's lanes, the factions and the kinds.
pub fn css_variables() -> String {
    let mut css = String::from(":root{color-scheme:light dark;");
    roles(&mut css, &ROLES);
    for (name, light, dark) in LANES {
        variable(&mut css, &format!("c-lane-{name}"), (light, dark));
    }
    for (id, light, dark) in FACTIONS {
        variable(&mut css, &format!("c-{id}"), (light, dark));
    }
    for kind in EntityKind::ALL {
        let pair = Scheme::ALL.map(|s| kind_colour(kind, s));
        variable(
            &mut css,
            &format!("c-{}", kind.as_str()),
            (pair[0], pair[1]),
        );
    }
    css.push('}');
    css
}

/// `style/palette-worker.css`: the roles of [`WORKER_ROLES`].
pub fn worker_css_variables() -> String {
    let mut css = String::from(":root{");
    roles(&mut css, &WORKER_ROLES);
    css.push('}');
    css
}
