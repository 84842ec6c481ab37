//! The four views. Each reads the shared state from context and renders; none keeps
//! its own copy of the filters.

pub mod compare;
pub mod faction_map;
pub mod reader;
pub mod timeline;

use crate::state::use_app;
use leptos::prelude::*;
use views::state::View;

/// Whichever view the URL names.
#[component]
pub fn CurrentView() -> impl IntoView {
    let app = use_app();
    let view = Memo::new(move |_| app.state.with(|s| s.view));
    move || match view.get() {
        View::Read => view! { <reader::ReaderView/> }.into_any(),
        View::Timeline => view! { <timeline::TimelineView/> }.into_any(),
        View::Map => view! { <faction_map::FactionMapView/> }.into_any(),
        View::Compare => view! { <compare::CompareView/> }.into_any(),
    }
}
