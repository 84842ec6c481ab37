//! The repository's corpus (`corpus::seeds::repository()`, compiled once per test
//! binary) and lookups into it by id: a test names what it checks by id, and an id
//! that is not there fails the test with that id.
//!
//! Shared by the integration tests of `corpus` and of `views` (which include this
//! file from `views/tests/common/`), so both crates read the seeds one way.

#![allow(dead_code)] // each test crate uses its own part of this module

use corpus::model::{Article, Corpus, EntityIx, TopicIx};

pub fn corpus() -> &'static Corpus {
    corpus::seeds::repository()
}

pub fn article(id: &str) -> &'static Article {
    found("article", id, corpus().article(id))
}

/// The article's index in `Corpus::articles`: a round, a column.
pub fn article_ix(id: &str) -> usize {
    found("article", id, corpus().article_ix(id))
}

pub fn entity(id: &str) -> EntityIx {
    found("entity", id, corpus().entity_ix(id))
}

pub fn topic(id: &str) -> TopicIx {
    found("topic", id, corpus().topic_ix(id))
}

fn found<T>(what: &str, id: &str, lookup: Option<T>) -> T {
    lookup.unwrap_or_else(|| panic!("no {what} {id}"))
}
