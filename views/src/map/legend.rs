//! What the map's shapes, colours and line styles mean, over the drawing's top left
//! corner, open on a desktop and folded on a phone. The samples are drawn with the
//! same presentation attributes as the map (`edge_stroke`, the palette, in the same
//! scheme), so the legend cannot disagree with the drawing; each sample's words are
//! in the ink beside it.

use super::svg::edge_stroke;
use crate::entity::Swatch;
use crate::palette::{Scheme, edge_colour, role};
use corpus::model::{EntityKind, RelationKind};
use std::fmt::Write;

/// The colour of the legend's faction and person samples: Hamas', as on the map.
const SAMPLE_FACTION: &str = "hamas";

pub fn legend_html(out: &mut String, scheme: Scheme, open: bool) {
    let faction = Swatch::Faction(SAMPLE_FACTION).hex(scheme);
    let state = Swatch::Kind(EntityKind::State).hex(scheme);
    let mediator = Swatch::Kind(EntityKind::Mediator).hex(scheme);
    let (paper, new, context) = (
        role("paper", scheme),
        role("new", scheme),
        role("context", scheme),
    );
    let _ = write!(
        out,
        r##"<details class="map-legend"{open}><summary>Legend</summary><ul class="legend-list"><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="{faction}"/></svg>Faction or organization</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="5" fill="{paper}" stroke="{faction}" stroke-width="2.5"/></svg>Person, in their faction's colour</li><li><svg width="16" height="16" aria-hidden="true"><rect x="2" y="2" width="12" height="12" rx="2" fill="{state}"/></svg>State</li><li><svg width="16" height="16" aria-hidden="true"><path d="M8 1L15 8L8 15L1 8z" fill="{mediator}"/></svg>Mediating body</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="none" stroke="{new}" stroke-width="2" stroke-dasharray="3 2"/></svg>New in this round</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="{paper}" stroke="{context}" stroke-width="2" stroke-dasharray="3 2"/></svg>Gone since the previous round</li>"##,
        open = if open { " open" } else { "" },
    );
    for kind in RelationKind::ALL {
        let arrow = if kind.is_symmetric() {
            String::new()
        } else {
            format!(
                r#"<path d="M26 1L34 5L26 9z" fill="{}"/>"#,
                edge_colour(kind, scheme)
            )
        };
        let _ = write!(
            out,
            r#"<li><svg width="36" height="10" aria-hidden="true"><line x1="2" y1="5" x2="28" y2="5"{stroke}/>{arrow}</svg>{label}</li>"#,
            stroke = edge_stroke(kind, edge_colour(kind, scheme)),
            label = kind.label(),
        );
    }
    out.push_str(r#"</ul><p class="hint">Click or Enter on a node to focus it; hover or focus a line for its evidence, click it to read the sentence; + − and arrows zoom and pan, or pinch and drag.</p></details>"#);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_relation_kind_and_shape_is_explained() {
        let mut out = String::new();
        legend_html(&mut out, Scheme::Light, true);
        assert_eq!(out.matches("<li>").count(), 6 + RelationKind::ALL.len());
        for kind in RelationKind::ALL {
            assert!(out.contains(kind.label()), "{}", kind.label());
            assert!(out.contains(&edge_stroke(kind, edge_colour(kind, Scheme::Light))));
        }
        // Directed kinds show their arrowhead.
        assert_eq!(out.matches("M26 1L34 5L26 9z").count(), 4);
        assert!(!out.contains("style="));
        assert!(out.starts_with(r#"<details class="map-legend" open>"#));
    }

    #[test]
    fn the_dark_legend_is_drawn_in_the_dark_palette() {
        let mut out = String::new();
        legend_html(&mut out, Scheme::Dark, false);
        assert!(out.starts_with(r#"<details class="map-legend">"#));
        assert!(out.contains(edge_colour(RelationKind::Rivalry, Scheme::Dark)));
        assert!(!out.contains(edge_colour(RelationKind::Alliance, Scheme::Light)));
    }
}
