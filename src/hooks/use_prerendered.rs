//! The view a pretty path's page came with (`views::site::pages`), adopted as the
//! front page's timeline is: the map, the comparison and the reader are drawn by the
//! worker, and until its first drawing arrives the view region keeps what the page
//! shows (the same writers drew it at build time) instead of a loading state, so
//! nothing flashes, shifts or loses focus while the worker starts.

use leptos::prelude::*;
use views::state::{View, ViewState};
use web_sys::Element;

#[derive(Clone, Copy)]
pub struct Prerendered {
    /// The state the page was drawn for (as its query) and the view region's markup,
    /// until the worker's first drawing replaces it.
    kept: StoredValue<Option<(String, String)>>,
}

impl Prerendered {
    /// What to draw for `state` while the worker has not answered (`waiting`): the
    /// page's own drawing, if it was made for this state; once the worker has
    /// answered, never again.
    pub fn adopt(&self, state: &ViewState, waiting: bool) -> Option<String> {
        if !waiting {
            self.kept.set_value(None);
            return None;
        }
        let query = state.to_query();
        self.kept.with_value(|k| {
            k.as_ref()
                .filter(|(q, _)| *q == query)
                .map(|(_, html)| html.clone())
        })
    }
}

/// The drawing `host` (the view region) holds now, for `state`, if it is a view the
/// worker draws and the page is one of those `make site` writes (its `<main>` names
/// the view).
pub fn use_prerendered(host: &Element, state: &ViewState) -> Prerendered {
    let drawn = host
        .query_selector("main[data-view]")
        .ok()
        .flatten()
        .filter(|m| m.get_attribute("data-view").as_deref() == Some(state.view.as_str()));
    let kept = match drawn {
        Some(main) if state.view != View::Timeline => Some((state.to_query(), main.outer_html())),
        _ => None,
    };
    Prerendered {
        kept: StoredValue::new(kept),
    }
}
