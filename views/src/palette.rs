//! The colours of factions and kinds, defined once. `style/palette.css` holds them as
//! CSS variables for the HTML views (a test keeps it equal to [`css_variables`]); the
//! SVG markup uses them as presentation attributes, so an exported map keeps its
//! colours outside the page. Which colour an entity gets is [`crate::entity::Swatch`].

use corpus::model::EntityKind;

/// Faction colours by organization id; organizations not listed use `OTHER`.
const FACTIONS: [(&str, &str); 7] = [
    ("hamas", "#18703a"),
    ("fatah", "#a04a06"),
    ("palestinian-authority", "#1d4ed8"),
    ("plo", "#b3261e"),
    ("islamic-jihad", "#3b3b45"),
    ("dflp", "#7a2bc4"),
    ("pflp", "#b3185d"),
];
const OTHER: &str = "#5b5b66";

pub fn kind_colour(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::State => "#46566b",
        EntityKind::Mediator => "#0d766e",
        EntityKind::Media => "#6b7280",
        EntityKind::Place => "#7a6a58",
        EntityKind::Person | EntityKind::Organization => OTHER,
    }
}

pub fn faction_colour(id: &str) -> &'static str {
    FACTIONS
        .iter()
        .find(|(f, _)| *f == id)
        .map_or(OTHER, |(_, c)| c)
}

/// `:root { --c-hamas: ...; }` for the stylesheet's `var(--c-...)`.
pub fn css_variables() -> String {
    let mut css = String::from(":root{");
    for (id, colour) in FACTIONS {
        css.push_str(&format!("--c-{id}:{colour};"));
    }
    for kind in EntityKind::ALL {
        css.push_str(&format!("--c-{}:{};", kind.as_str(), kind_colour(kind)));
    }
    css.push('}');
    css
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_stylesheet_holds_the_palette() {
        let css = include_str!("../../style/palette.css");
        let expected = format!(
            "/* The palette of views/src/palette.rs as CSS variables; a test keeps the two equal. */\n{}\n",
            super::css_variables()
        );
        assert_eq!(
            css, expected,
            "style/palette.css must be exactly:\n{expected}"
        );
    }
}
