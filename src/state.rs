//! The one source of truth for what the page shows: the query string.
//!
//! `AppState` parses the current URL into a typed `ViewState` (and the parameters it
//! had to ignore), computes the filter selection from it, and offers the only way to
//! change the view: navigating to a new query string. Components read it from context
//! and never keep a private copy.

use corpus::Corpus;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use std::rc::Rc;
use views::filter::{SearchIndex, Selection, select};
use views::state::{Ignored, ViewState};

/// Whether a change adds a history entry (a new view, a chip) or replaces the current
/// one (typing, sliders, panning), so Back undoes meaningful steps only.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum History {
    Push,
    Replace,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub corpus: &'static Corpus,
    pub state: Memo<ViewState>,
    pub ignored: Memo<Vec<Ignored>>,
    pub selection: Memo<Selection>,
    /// The page's path (the GitHub Pages sub-path), for building absolute links.
    pub pathname: Memo<String>,
    /// The router's navigate function, captured while the router context is at hand
    /// (event handlers run outside it).
    navigate: StoredValue<NavigateFn, LocalStorage>,
}

type NavigateFn = Rc<dyn Fn(&str, NavigateOptions)>;

impl AppState {
    /// Reads the URL through the router; call once, inside `<Router>`.
    pub fn new(corpus: &'static Corpus, index: &'static SearchIndex) -> Self {
        let location = use_location();
        let navigate = use_navigate();
        let navigate: NavigateFn = Rc::new(move |url: &str, options| navigate(url, options));
        let parsed = Memo::new(move |_| {
            location
                .search
                .with(|search| ViewState::parse(search.trim_start_matches('?'), corpus))
        });
        let state = Memo::new(move |_| parsed.with(|(s, _)| s.clone()));
        let ignored = Memo::new(move |_| parsed.with(|(_, i)| i.clone()));
        let selection = Memo::new(move |_| state.with(|s| select(corpus, index, s)));
        AppState {
            corpus,
            state,
            ignored,
            selection,
            pathname: location.pathname,
            navigate: StoredValue::new_local(navigate),
        }
    }

    /// The relative link that opens `state`: "?view=map&f=hamas", or "./" for the
    /// default view (a bare "?" would keep the current query in some browsers).
    pub fn href(state: &ViewState) -> String {
        let query = state.to_query();
        if query.is_empty() {
            "./".to_string()
        } else {
            format!("?{query}")
        }
    }

    /// The link that opens the current state changed by `change`.
    pub fn href_with(&self, change: impl FnOnce(&mut ViewState)) -> String {
        let mut next = self.state.get_untracked();
        change(&mut next);
        Self::href(&next)
    }

    /// Shows `state`, adding or replacing a history entry.
    pub fn go(&self, state: &ViewState, history: History) {
        self.go_to(state, "", history);
    }

    /// Shows `state` at an anchor of the page (`#s12`: a sentence in the reader).
    pub fn go_to(&self, state: &ViewState, hash: &str, history: History) {
        let query = state.to_query();
        let path = self.pathname.get_untracked();
        let url = if query.is_empty() {
            format!("{path}{hash}")
        } else {
            format!("{path}?{query}{hash}")
        };
        let navigate = self.navigate.get_value();
        navigate(
            &url,
            NavigateOptions {
                // The path is already absolute, base included.
                resolve: false,
                replace: history == History::Replace,
                scroll: false,
                ..Default::default()
            },
        );
    }

    /// Applies `change` to the current state and shows the result.
    pub fn update(&self, history: History, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        if next != self.state.get_untracked() {
            self.go(&next, history);
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Where an entity named in a text leads: the same view, filtered by that entity.
pub fn entity_filter_href(state: &ViewState, id: &str) -> String {
    let mut next = state.clone();
    if !next.entities.iter().any(|e| e == id) {
        next.toggle_entity(id);
    }
    AppState::href(&next)
}

/// Where a date in a text leads: the timeline with that item selected.
pub fn timeline_item_href(state: &ViewState, id: &str) -> String {
    let mut next = state.clone();
    next.view = views::state::View::Timeline;
    next.selected = Some(id.to_string());
    AppState::href(&next)
}
