//! The exports on the real seeds: each view's rows are exactly the ones its filters
//! let through, and the files read back (CSV by a strict RFC 4180 reader, JSON by
//! serde) with the source on every row.

#[path = "../common/mod.rs"]
mod common;
mod compare;
mod files;
mod map;
mod props;
mod read;
mod timeline;

use common::lookup::corpus;
use views::context::Context;
use views::export::{Export, Source, export, version};
use views::state::ViewState;

pub fn ctx() -> &'static Context<'static> {
    static CTX: std::sync::OnceLock<Context<'static>> = std::sync::OnceLock::new();
    CTX.get_or_init(|| Context::new(corpus()))
}

/// The state of a query that must parse without notices.
pub fn state(query: &str) -> ViewState {
    let (state, ignored) = ViewState::parse(query, corpus());
    assert!(ignored.is_empty(), "{query}: {ignored:?}");
    state
}

/// The export of the view `query` names, with its canonical URL.
pub fn exported(query: &str) -> Export {
    let state = state(query);
    let source = Source {
        url: format!("https://example.github.io/cairo-talks/{}", state.href()),
        corpus: version::of_corpus(corpus()),
    };
    export(ctx(), &state, &ctx().select(&state), source)
}

/// A column's text cells of the named table.
pub fn texts(export: &Export, table: &str, column: &str) -> Vec<String> {
    let t = export.tables.iter().find(|t| t.name == table).expect(table);
    t.column(column).into_iter().map(|c| c.plain()).collect()
}
