//! Promises (issue 22): what a round of talks agreed, and what later sentences say
//! became of it.
//!
//! Two curated lists, held by the corpus like its catalogue of events and referred to
//! by index: the [`Provision`]s (the kinds of step a deal promises: elections, a unity
//! government, the Gaza handover...) and the [`Agreement`]s (each deal, with its place
//! and date). Two annotations, found by extraction, each in one sentence: a
//! [`Commitment`] (a party agreed, pledged or is bound to take a step) and an
//! [`Outcome`] (what became of one, with a [`Status`]). A status is only ever what a
//! sentence says: where no outcome is found the views say "no report in these
//! articles", never "broken".

use super::reading::Anchor;
use super::{EntityIx, SentenceIx};
use crate::date::PartialDate;
use crate::text::Span;
use serde::{Deserialize, Serialize};

pub type ProvisionIx = u16;
pub type AgreementIx = u16;

/// A kind of step a deal promises (`seeds/provisions.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provision {
    /// `elections`, `unity-government`, `gaza-handover`, ...
    pub id: String,
    /// How it is shown: "Elections".
    pub label: String,
}

/// An agreement or round a commitment can belong to (`seeds/agreements.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    /// Venue, year and month of the signing: `cairo-2017-10`.
    pub id: String,
    /// How it is shown: "Cairo agreement".
    pub label: String,
    /// Where it was signed, as shown: "Cairo".
    pub place: String,
    /// When it was signed or announced, at the precision known.
    pub date: PartialDate,
}

/// When a commitment is due, at the precision the text supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Deadline {
    /// The text gives the date: "by December 1", "by the end of 2011". A date without
    /// its year is resolved as the dates code resolves it, and is still stated.
    Stated(PartialDate),
    /// Counted from another date by a duration: "within six months" of a dated
    /// signing. Approximate, drawn as uncertain.
    Inferred { date: PartialDate, from: Anchor },
    /// No deadline stated.
    None,
}

impl Deadline {
    /// The date due, if any.
    pub fn date(self) -> Option<PartialDate> {
        match self {
            Deadline::Stated(date) | Deadline::Inferred { date, .. } => Some(date),
            Deadline::None => None,
        }
    }

    pub fn is_inferred(self) -> bool {
        matches!(self, Deadline::Inferred { .. })
    }
}

/// A sentence that states that a party agreed, pledged or is bound to take a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    pub provision: ProvisionIx,
    /// Who promised it, as the text names them; empty when it names no one.
    pub by: Vec<EntityIx>,
    /// The deal it belongs to, when the text says (or it is the deal the article
    /// reports); a later article may report a commitment of an earlier deal.
    pub agreement: Option<AgreementIx>,
    pub deadline: Deadline,
    pub sentence: SentenceIx,
    /// The words that carry it, inside its sentence: the cue ("agreed to") through
    /// the provision's phrase.
    pub span: Span,
}

/// What a sentence says became of a commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// It was done: "handed over the crossings", "elections were held".
    Met,
    /// Part of it was done: "took over the crossings but not security".
    Partly,
    /// Put off to a later date: "postponed", "delayed", "the deadline was extended".
    Postponed,
    /// It did not happen, as of the article: "never held", "failed to", "has yet to".
    Missed,
    /// The deal as a whole fell apart.
    Collapsed,
    /// The parties disagree whether it was done.
    Disputed,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Met,
        Status::Partly,
        Status::Postponed,
        Status::Missed,
        Status::Collapsed,
        Status::Disputed,
    ];

    /// The report's and the gold files' word: "met", "partly", ...
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Partly => "partly",
            Status::Postponed => "postponed",
            Status::Missed => "missed",
            Status::Collapsed => "collapsed",
            Status::Disputed => "disputed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// How the views say it: "met", "partly met", ...
    pub fn label(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Partly => "partly met",
            Status::Postponed => "postponed",
            Status::Missed => "missed",
            Status::Collapsed => "collapsed",
            Status::Disputed => "disputed",
        }
    }
}

/// A sentence that says what became of a commitment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub provision: ProvisionIx,
    /// The deal whose step it reports, when the text says which.
    pub agreement: Option<AgreementIx>,
    pub status: Status,
    pub sentence: SentenceIx,
    /// The words that carry it, inside its sentence: the cue ("postponed").
    pub span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AnchorKind;

    #[test]
    fn statuses_have_distinct_words_and_parse_back() {
        let words: std::collections::BTreeSet<_> = Status::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(words.len(), Status::ALL.len());
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::Partly.label(), "partly met");
        assert_eq!(Status::parse("broken"), None);
    }

    #[test]
    fn a_deadline_gives_its_date_and_whether_it_was_counted() {
        let day = PartialDate::parse("2017-12-01").unwrap();
        assert_eq!(Deadline::Stated(day).date(), Some(day));
        let from = Anchor {
            kind: AnchorKind::Sentence,
            date: PartialDate::parse("2011-05-04").unwrap(),
        };
        let counted = Deadline::Inferred { date: day, from };
        assert!(counted.is_inferred() && !Deadline::Stated(day).is_inferred());
        assert_eq!(Deadline::None.date(), None);
    }
}
