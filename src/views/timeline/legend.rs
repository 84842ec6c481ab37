//! What the shapes and lanes of the timeline mean.

use corpus::model::Lane;
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    let lanes = Lane::ALL
        .map(|lane| {
            view! {
                <li class=format!("legend-lane lane-{}", lane.as_str())>
                    <span class="swatch" aria-hidden="true"></span>
                    {lane.label()}
                </li>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <ul class="timeline-legend" aria-label="Legend">
            <li class="legend-round"><span class="swatch" aria-hidden="true"></span>"Round of talks (an article)"</li>
            <li class="legend-span"><span class="swatch" aria-hidden="true"></span>"Known to a month or a year, or lasting: a span"</li>
            {lanes}
        </ul>
    }
}
