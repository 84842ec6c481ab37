//! The filter bar shared by every view. Each control writes the URL; nothing here
//! keeps filter state of its own except text being typed.

use crate::components::active_filters::ActiveFilters;
use crate::components::date_range::DateRange;
use crate::components::entity_picker::EntityPicker;
use crate::components::faction_chips::FactionChips;
use crate::components::search_box::SearchBox;
use crate::components::topic_chips::TopicChips;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn FilterBar() -> impl IntoView {
    let app = use_app();
    // Open on wide screens; on a phone the filters fold away until asked for.
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 700.0);
    let count = move || {
        app.state.with(|s| {
            s.factions.len()
                + s.entities.len()
                + s.topics.len()
                + usize::from(s.from.is_some())
                + usize::from(s.to.is_some())
                + usize::from(!s.query.is_empty())
        })
    };
    view! {
        <section class="filter-bar" aria-label="Filters">
            <details class="filter-controls" open=wide>
                <summary>
                    "Filters"
                    {move || match count() {
                        0 => String::new(),
                        n => format!(" ({n} active)"),
                    }}
                </summary>
                <div class="filter-grid">
                    <SearchBox/>
                    <EntityPicker/>
                    <DateRange/>
                    <FactionChips/>
                    <TopicChips/>
                </div>
            </details>
            <ActiveFilters/>
        </section>
    }
}
