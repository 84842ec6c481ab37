//! The URL codec against the real seeds corpus: worked examples of the rules
//! (`examples`), then properties (round trip, canonical strings) and fuzzing (no panic,
//! known ids only) in `round_trip`.

#[path = "../common/mod.rs"]
mod common;
mod examples;
mod highlight;
mod round_trip;
mod yours;

pub use common::lookup::corpus;

use corpus::date::PartialDate;
use views::state::{Ignored, ViewState};

pub fn parse(q: &str) -> (ViewState, Vec<Ignored>) {
    ViewState::parse(q, corpus())
}

pub fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap()
}

/// What was ignored, as (key, value) pairs.
pub fn pairs(ignored: &[Ignored]) -> Vec<(&str, &str)> {
    ignored
        .iter()
        .map(|i| (i.key.as_str(), i.value.as_str()))
        .collect()
}

pub fn keys(ignored: &[Ignored]) -> Vec<&str> {
    ignored.iter().map(|i| i.key.as_str()).collect()
}
