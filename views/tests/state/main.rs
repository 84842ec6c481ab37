//! The URL codec against the real seeds corpus: worked examples of the rules
//! (`examples`), then properties (round trip, canonical strings) and fuzzing (no panic,
//! known ids only) in `round_trip`.

mod examples;
mod round_trip;
mod yours;

use corpus::date::PartialDate;
use corpus::model::Corpus;
use views::state::{Ignored, ViewState};

pub fn corpus() -> &'static Corpus {
    corpus::seeds::repository()
}

pub fn parse(q: &str) -> (ViewState, Vec<Ignored>) {
    ViewState::parse(q, corpus())
}

pub fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap()
}

pub fn keys(ignored: &[Ignored]) -> Vec<&str> {
    ignored.iter().map(|i| i.key.as_str()).collect()
}
