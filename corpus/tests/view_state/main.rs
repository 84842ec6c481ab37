//! The URL codec against the real seeds corpus: worked examples of the rules
//! (`examples`), then properties (round trip, canonical strings) and fuzzing (no panic,
//! known ids only) in `round_trip`.

mod examples;
mod round_trip;

use corpus::date::PartialDate;
use corpus::model::Corpus;
use corpus::view_state::{Ignored, ViewState};
use std::path::Path;
use std::sync::OnceLock;

pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        corpus::seeds::load_dir(&seeds).unwrap_or_else(|e| panic!("seeds do not compile:\n{e}"))
    })
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
