//! The citations read back by parsers: RIS by `biblib` (and a strict reader of the
//! format's lines, for what `biblib` does not keep), BibTeX by `biblatex`, CSL-JSON by
//! serde; and the lines. Every article and quotation of the seeds, and a hand-made
//! one whose headline and quotation hold every character that needs escaping.

mod bibtex;
#[path = "../common/mod.rs"]
mod common;
mod csl;
mod lines;
mod ris;

use common::lookup::{article, corpus};
use corpus::model::{Confidence, Sourced, Span};
use views::cite::{Quotation, Work};

/// The access date every test passes.
pub fn accessed() -> time::Date {
    time::Date::from_calendar_date(2026, time::Month::December, 7).expect("a real day")
}

pub const URL: &str = "https://example.github.io/cairo-talks/?view=read&a=x&q=caf%C3%A9";

/// Every article of the seeds, and every quotation of each.
pub fn seed_works() -> Vec<Work<'static>> {
    let c = corpus();
    let mut out = Vec::new();
    for a in &c.articles {
        out.push(Work::article(a, URL));
        out.extend(a.quotes.iter().map(|q| Work::quotation(c, a, q, URL)));
    }
    out
}

pub const TRICKY_HEADLINE: &str =
    "Hamas & Fatah {agree} on 100% of \"unity\", $5 #1 a_b ^ ~ \\ end";
pub const TRICKY_WORDS: &str = "We will, \"God willing\",\nsign it, today";
pub const TRICKY_SPEAKER: &str = "Ṣāliḥ al-ʿĀrūrī";

/// A quotation of cairo-2014-09 under a headline and with words that need escaping
/// in every format, by a speaker whose name is not ASCII.
pub fn tricky() -> Work<'static> {
    let a = article("cairo-2014-09");
    Work {
        headline: TRICKY_HEADLINE,
        quotation: Some(Quotation {
            words: TRICKY_WORDS,
            span: Span::new(0, 9),
            speaker: TRICKY_SPEAKER,
            attributed: true,
            sentence: a.sentences[3].span,
        }),
        ..Work::article(a, URL)
    }
}

/// A fact of the given confidence, for works whose provenance a test changes.
pub fn sourced<T>(value: Option<T>, confidence: Confidence) -> &'static Sourced<T>
where
    T: 'static,
{
    Box::leak(Box::new(Sourced {
        value,
        confidence,
        note: "the editors' reason".to_string(),
    }))
}
