//! Shared by the views integration tests: the repository's corpus and lookups into it
//! by id, the same file the corpus crate's tests use (one way to read the seeds in
//! both crates), and proptest strategies over its ids.

#![allow(dead_code)] // each test crate uses its own part of this module

#[path = "../../../corpus/tests/common/lookup.rs"]
pub mod lookup;

pub mod kb;
pub mod strategies;
