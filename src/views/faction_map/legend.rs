//! What the map's shapes, colours and line styles mean.

use corpus::model::RelationKind;
use leptos::prelude::*;
use views::map::svg::edge_style;

#[component]
pub fn MapLegend() -> impl IntoView {
    let edges: String = RelationKind::ALL
        .into_iter()
        .map(|k| {
            let (colour, width, dash) = edge_style(k);
            format!(
                r#"<li><svg width="34" height="10" aria-hidden="true"><line x1="2" y1="5" x2="32" y2="5" stroke="{colour}" stroke-width="{width}" stroke-dasharray="{dash}"/></svg>{}</li>"#,
                k.label()
            )
        })
        .collect();
    let shapes = r##"<li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="#18703a"/></svg>Faction or organization</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="5" fill="#fff" stroke="#18703a" stroke-width="2.5"/></svg>Person, in their faction's colour</li><li><svg width="16" height="16" aria-hidden="true"><rect x="2" y="2" width="12" height="12" rx="2" fill="#46566b"/></svg>State</li><li><svg width="16" height="16" aria-hidden="true"><path d="M8 1L15 8L8 15L1 8z" fill="#0d766e"/></svg>Mediating body</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="none" stroke="#f59e0b" stroke-width="2" stroke-dasharray="3 2"/></svg>New in this round</li><li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="#ccc" opacity=".4"/></svg>Gone since the previous round</li>"##;
    view! {
        <details class="map-legend" open>
            <summary>"Legend"</summary>
            <ul class="legend-list" inner_html=format!("{shapes}{edges}")></ul>
        </details>
    }
}
