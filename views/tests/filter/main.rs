//! The filters against the real seeds corpus: each facet on worked examples
//! (`facets`), then an independent, naive implementation of the lead's semantics as an
//! oracle over random states, the offset map against `Folded`, and the generated
//! thousand-article corpus (`oracle`).

#[path = "../common/mod.rs"]
mod common;
mod facets;
mod oracle;

pub use common::lookup::corpus;

use std::sync::OnceLock;
use views::filter::{SearchIndex, Selection, select};
use views::state::ViewState;

pub fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(corpus()))
}

/// The selection for a query string, which must parse without notices.
pub fn run(query: &str) -> Selection {
    let (state, ignored) = ViewState::parse(query, corpus());
    assert!(ignored.is_empty(), "{query}: {ignored:?}");
    select(corpus(), index(), &state)
}

/// Ids of the passing articles.
pub fn passing(sel: &Selection) -> Vec<&'static str> {
    sel.passing()
        .map(|i| corpus().articles[i].id.as_str())
        .collect()
}

pub fn ids_where<'a, T>(
    list: &'a [T],
    flags: &[bool],
    id: impl Fn(&'a T) -> &'a str,
) -> Vec<&'a str> {
    assert_eq!(
        list.len(),
        flags.len(),
        "flags must be parallel to the list"
    );
    list.iter()
        .zip(flags)
        .filter(|(_, f)| **f)
        .map(|(x, _)| id(x))
        .collect()
}
