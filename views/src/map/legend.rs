//! What the map's shapes, colours and line styles mean. The samples are drawn with
//! the same presentation attributes as the map (`edge_style`, the palette), so the
//! legend cannot disagree with the drawing.

use super::svg::edge_style;
use crate::entity::Swatch;
use corpus::model::{EntityKind, RelationKind};
use std::fmt::Write;

/// The colour of the legend's faction and person samples: Hamas', as on the map.
const SAMPLE_FACTION: &str = "hamas";

pub fn legend_html(out: &mut String) {
    let faction = Swatch::Faction(SAMPLE_FACTION).hex();
    let state = Swatch::Kind(EntityKind::State).hex();
    let mediator = Swatch::Kind(EntityKind::Mediator).hex();
    let _ = write!(
        out,
        r##"<details class="map-legend" open><summary>Legend</summary><ul class="legend-list"><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="{faction}"/></svg>Faction or organization</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="5" fill="#fff" stroke="{faction}" stroke-width="2.5"/></svg>Person, in their faction's colour</li><li><svg width="16" height="16" aria-hidden="true"><rect x="2" y="2" width="12" height="12" rx="2" fill="{state}"/></svg>State</li><li><svg width="16" height="16" aria-hidden="true"><path d="M8 1L15 8L8 15L1 8z" fill="{mediator}"/></svg>Mediating body</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="none" stroke="#f59e0b" stroke-width="2" stroke-dasharray="3 2"/></svg>New in this round</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="#ccc" opacity=".4"/></svg>Gone since the previous round</li>"##
    );
    for kind in RelationKind::ALL {
        let (colour, width, dash) = edge_style(kind);
        let _ = write!(
            out,
            r#"<li><svg width="34" height="10" aria-hidden="true"><line x1="2" y1="5" x2="32" y2="5" stroke="{colour}" stroke-width="{width}" stroke-dasharray="{dash}"/></svg>{}</li>"#,
            kind.label()
        );
    }
    out.push_str("</ul></details>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_relation_kind_and_shape_is_explained() {
        let mut out = String::new();
        legend_html(&mut out);
        assert_eq!(out.matches("<li>").count(), 6 + RelationKind::ALL.len());
        for kind in RelationKind::ALL {
            assert!(out.contains(kind.label()), "{}", kind.label());
        }
        assert!(!out.contains("style="));
    }
}
