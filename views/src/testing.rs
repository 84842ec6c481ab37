//! What the writers' unit tests share: the context built once on the real seeds, a
//! view state parsed from a query string that must be clean, the knowledge base the
//! add-an-article tests extract with, and lookups by id (the
//! integration tests' own, `corpus/tests/common/lookup.rs`). A test that names an id
//! the seeds lack fails there, not in a puzzling assertion later.

use crate::context::Context;
use crate::state::ViewState;

#[path = "../../corpus/tests/common/lookup.rs"]
mod lookup;
pub use lookup::entity;

#[path = "../tests/common/kb.rs"]
mod kb;
pub use kb::{kb, kb_bytes};

/// The context of the real seeds (`corpus::seeds::repository()`), built once.
pub fn ctx() -> &'static Context<'static> {
    static CTX: std::sync::OnceLock<Context<'static>> = std::sync::OnceLock::new();
    CTX.get_or_init(|| Context::new(corpus::seeds::repository()))
}

/// The view state of a query string on the real seeds; nothing in it may be ignored.
pub fn state(query: &str) -> ViewState {
    let (state, ignored) = ViewState::parse(query, ctx().corpus);
    assert!(ignored.is_empty(), "{query}: {ignored:?}");
    state
}
