//! The promises tracker (issue 22): what each agreement promised, and what later
//! sentences report became of it, provision by provision.
//!
//! - [`model`]: the matrix over the articles that pass the filters: rows are the
//!   curated provisions that some commitment or outcome names, in their curated
//!   order; columns the agreements those name, in date order, then one for sentences
//!   that name no deal; a cell holds the commitments (with their deadlines) and the
//!   outcomes by status, each traced to its sentence;
//! - [`words`]: a row's sentence, a cell's state and a deadline in words;
//! - [`html`]: the view's markup.
//!
//! A status is only what a sentence says: a cell with a commitment and no outcome
//! says "no report in these articles", never "broken". A deadline has passed when
//! its whole date lies before the newest article's date in the corpus (the whole
//! corpus: the filters do not move it), and such a cell says "deadline passed, no
//! report in these articles".

pub mod html;
pub mod model;
pub mod words;

pub use model::{Cell, CellState, Column, Promises, Row, Source, passed};

#[cfg(test)]
mod fixture;
#[cfg(test)]
mod html_tests;
#[cfg(test)]
mod tests;
