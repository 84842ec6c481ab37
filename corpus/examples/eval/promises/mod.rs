//! Issue 22's promises, scored: the hand-counted commitments and outcomes of
//! `promises/<id>.toml` (beside each tier's `gold/`; the rules are in
//! `tests/fixtures/unseen/ANNOTATION.md`, "Commitments and outcomes") against what the
//! extractor put in `Article::commitments` and `Article::outcomes`.
//!
//! Apart from `gold.rs` and `score.rs` one level up because the unit is another: a
//! promise is located by its sentence, not counted per entity or found by its words.
//! `gold.rs` here reads and locates the hand counts, `score.rs` compares.

pub mod gold;
pub mod score;

use corpus::model::{SentenceIx, Status};

/// A commitment (a party agreed, pledged or is bound to take a step) or an outcome
/// (what a sentence says became of one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Commitment,
    Outcome,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Commitment => "commitment",
            Kind::Outcome => "outcome",
        }
    }
}

/// One commitment or outcome, hand-counted or extracted, in the terms they are
/// compared in: the sentence, and ids and dates as the gold files write them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promise {
    pub kind: Kind,
    pub sentence: SentenceIx,
    /// A provision's id: `elections`, `gaza-handover`, ...
    pub provision: String,
    /// An agreement's id (`cairo-2017-10`), when the text says which deal.
    pub agreement: Option<String>,
    /// A commitment's deadline, `YYYY[-MM[-DD]]`.
    pub deadline: Option<String>,
    /// The deadline was counted from another date ("within a year" of the signing).
    pub counted: bool,
    /// An outcome's status; `None` for a commitment.
    pub status: Option<Status>,
    /// How a difference names it: the gold's `words`, or the start of the sentence.
    pub shown: String,
}
