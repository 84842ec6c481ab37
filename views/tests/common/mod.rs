//! Shared by the views integration tests: the repository's corpus and lookups into it
//! by id, the same file the corpus crate's tests use (one way to read the seeds in
//! both crates).

#[path = "../../../corpus/tests/common/lookup.rs"]
pub mod lookup;
