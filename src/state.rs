//! The one source of truth for what the page shows: the query string.
//!
//! `AppState` holds the page's `location.search` in a signal, parses it into a typed
//! `ViewState` (and the parameters it had to ignore), computes the filter selection
//! from it, and offers the only way to change the view: a new query string, written
//! with the History API. Back and forward come in through `popstate`. The state is the
//! query string of the one page, so no router is needed (GitHub Pages serves one page).

use leptos::prelude::*;
use views::context::Context;
use views::filter::Selection;
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
    /// What every writer reads: the published corpus, or the corpus with the reader's
    /// own articles merged in (it changes when they add or remove one).
    ctx: RwSignal<&'static Context<'static>>,
    /// The published corpus's context: abridged (the front page's wasm holds no
    /// texts, `embedded::corpus`) until the drawing worker has sent the whole one.
    published: StoredValue<&'static Context<'static>>,
    /// The context the app started with, over the abridged corpus.
    first: &'static Context<'static>,
    /// `location.search`, kept current.
    search: RwSignal<String>,
    /// `location.hash` (`#s12`: a sentence the reader marks and scrolls to).
    pub hash: RwSignal<String>,
    pub state: Memo<ViewState>,
    pub ignored: Memo<Vec<Ignored>>,
    pub selection: Memo<Selection>,
}

/// The query the page's address asks for: its query string, else the state its
/// pretty path names (`read/cairo-2014-09/`, see `views::state::paths`), as a query.
fn location_search(corpus: &corpus::Corpus) -> String {
    let search = window().location().search().unwrap_or_default();
    if search.len() > 1 {
        return search;
    }
    let path = window().location().pathname().unwrap_or_default();
    let root = app_root();
    path.strip_prefix(&root)
        .and_then(|rest| ViewState::from_path(rest, corpus))
        .map(|s| format!("?{}", s.to_query()))
        .unwrap_or_default()
}

/// The app's root path (`/cairo-talks/`): the folder of the page, or of its `<base>`
/// on a pretty path's page. Every link the app follows goes there.
pub fn app_root() -> String {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(".", &base)
        .map(|u| u.pathname())
        .unwrap_or_else(|_| "/".to_string())
}

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

impl AppState {
    pub fn new(context: &'static Context<'static>) -> Self {
        let ctx = RwSignal::new(context);
        let search = RwSignal::new(location_search(context.corpus));
        let hash = RwSignal::new(location_hash());
        // Back and forward.
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            search.set(location_search(ctx.get_untracked().corpus));
            hash.set(location_hash());
        });
        on_cleanup(move || handle.remove());
        let parsed = Memo::new(move |_| {
            let corpus = ctx.get().corpus;
            search.with(|s| ViewState::parse(s.trim_start_matches('?'), corpus))
        });
        let state = Memo::new(move |_| parsed.with(|(s, _)| s.clone()));
        let ignored = Memo::new(move |_| parsed.with(|(_, i)| i.clone()));
        let selection = Memo::new(move |_| {
            let ctx = ctx.get();
            state.with(|s| ctx.select(s))
        });
        AppState {
            ctx,
            published: StoredValue::new(context),
            first: context,
            search,
            hash,
            state,
            ignored,
            selection,
        }
    }

    /// The context, tracked: a region drawn from it is drawn again when it changes.
    pub fn ctx(&self) -> &'static Context<'static> {
        self.ctx.get()
    }

    /// The context now, for an event handler.
    pub fn ctx_now(&self) -> &'static Context<'static> {
        self.ctx.get_untracked()
    }

    /// The corpus now, for an event handler.
    pub fn corpus(&self) -> &'static corpus::Corpus {
        self.ctx.get_untracked().corpus
    }

    /// Every view from now on draws from `ctx` (the reader added or removed an
    /// article: the dialog's worker merged them into the whole corpus).
    pub fn set_ctx(&self, ctx: &'static Context<'static>) {
        self.ctx.set(ctx);
    }

    /// The published corpus's context, the whole one once it has come.
    pub fn published(&self) -> &'static Context<'static> {
        self.published.get_value()
    }

    /// Whether the views drawn here still read abridged articles: a round's details
    /// and a text search then ask for the whole corpus ([`AppState::install_whole`]).
    pub fn abridged(&self) -> bool {
        std::ptr::eq(self.ctx.get_untracked(), self.first)
    }

    /// The whole published corpus has come (from the drawing worker): it replaces
    /// the abridged one, and what is drawn now, unless the reader's articles are
    /// shown (their corpus came whole from the dialog's worker).
    pub fn install_whole(&self, ctx: &'static Context<'static>) {
        let showing_published = std::ptr::eq(self.ctx.get_untracked(), self.published.get_value());
        self.published.set_value(ctx);
        if showing_published {
            self.set_ctx(ctx);
        }
    }

    /// Shows `state`, adding or replacing a history entry.
    pub fn go(&self, state: &ViewState, history: History) {
        self.go_to(state, "", history);
    }

    /// Shows `state` at an anchor of the page (`#s12`: a sentence in the reader).
    pub fn go_to(&self, state: &ViewState, hash: &str, history: History) {
        let query = state.to_query();
        let search = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        self.go_to_url(&search, hash, history);
    }

    /// Goes to a query string and hash of the app's root, as written (a link's): a
    /// pretty path's page goes to the root too, where any state opens.
    pub fn go_to_url(&self, search: &str, hash: &str, history: History) {
        let url = format!("{}{search}{hash}", app_root());
        if let Ok(h) = window().history() {
            let _ = match history {
                History::Push => {
                    h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                }
                History::Replace => {
                    h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                }
            };
        }
        self.search.set(location_search(self.corpus()));
        self.hash.set(location_hash());
    }

    /// Applies `change` to the current state and shows the result.
    pub fn update(&self, history: History, change: impl FnOnce(&mut ViewState)) {
        let current = self.state.get_untracked();
        let mut next = current.clone();
        change(&mut next);
        if next != current {
            self.go(&next, history);
        }
    }

    /// The canonical address of what is shown: what the URL asked for, less what
    /// had to be ignored; its pretty path where it has one (a page of its own), else
    /// the root with the query in canonical order. What copy-link copies.
    pub fn canonical_url(&self) -> String {
        let origin = window().location().origin().unwrap_or_default();
        let root = app_root();
        let (path, query) = self
            .state
            .with_untracked(|s| (s.path(self.corpus()), s.to_query()));
        match path {
            Some(path) => format!("{origin}{root}{path}"),
            None if query.is_empty() => format!("{origin}{root}"),
            None => format!("{origin}{root}?{query}"),
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
