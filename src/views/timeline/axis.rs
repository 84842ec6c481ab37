//! The time axis: ticks computed by the natively tested scale, drawn as SVG.

use corpus::timeline::TimeScale;
use leptos::prelude::*;

/// Minimum distance between two tick labels, in pixels.
const TICK_SPACING_PX: f64 = 64.0;

#[component]
pub fn Axis(scale: Memo<TimeScale>, height: Signal<f64>) -> impl IntoView {
    move || {
        let h = height.get();
        scale
            .get()
            .ticks(TICK_SPACING_PX)
            .into_iter()
            .map(|t| {
                view! {
                    <g class="tick" class:major=t.major transform=format!("translate({:.1},0)", t.x)>
                        <line y1="22" y2=format!("{h:.0}")></line>
                        <text y="14" text-anchor="middle">{t.label}</text>
                    </g>
                }
            })
            .collect_view()
    }
}
