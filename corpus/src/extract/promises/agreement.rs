//! Which catalogued deal a sentence's commitment or outcome belongs to: one its
//! phrases name ("the Mecca accord", "the 2011 deal"); else a deal word with a
//! date and a place ("the deal they signed in Cairo in May 2011") or a date that
//! only one catalogued deal has ("the agreement of October 2017"); else, for a
//! commitment, the deal the article reports (signed up to a day after the
//! article, within [`REPORTED_DAYS`] before it); else none.

use super::sentence::Sentence;
use crate::date::{PartialDate, Precision};
use crate::model::{Agreement, AgreementIx, EventRef};
use crate::text::Span;
use time::Date;

/// How long before an article a deal may be signed and still be the one it reports.
pub(super) const REPORTED_DAYS: i64 = 45;
/// An outcome belongs to the reported deal only if that deal is at least this many
/// days older than the article: a deal signed the same week has no outcomes yet.
const OUTCOME_MIN_DAYS: i64 = 7;

/// Words that say a sentence speaks of a deal.
pub(super) const DEAL_WORDS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "deals",
    "accord",
    "accords",
    "declaration",
    "pact",
    "understanding",
    "understandings",
    "signed",
    "signing",
    "treaty",
    "terms",
    "agreed",
];

/// What the sentence offers to name a deal by.
pub(super) struct Clues<'a> {
    /// Catalogued deals named by a phrase of theirs, with where.
    pub named: Vec<(AgreementIx, Span)>,
    /// Deals whose place (or another name of it) the sentence names.
    pub venues: Vec<AgreementIx>,
    /// The sentence's dated references.
    pub refs: &'a [&'a EventRef],
}

/// The deal a sentence names, if it names one and only one.
pub(super) fn named(s: &Sentence, clues: &Clues, agreements: &[Agreement]) -> Option<AgreementIx> {
    if let Some(&(ix, _)) = clues.named.first() {
        return Some(ix);
    }
    if s.first_deal == s.len() {
        return None;
    }
    let dated = |with_venue: bool| -> Option<AgreementIx> {
        let mut hits = agreements.iter().enumerate().filter(|(i, a)| {
            let ix = *i as AgreementIx;
            (!with_venue || clues.venues.contains(&ix))
                && clues.refs.iter().any(|r| {
                    !r.read.is_counted()
                        && !super::deadline::led_by_due(s, r.span)
                        && falls_in(r.date, a.date)
                })
        });
        let first = hits.next()?;
        hits.next().is_none().then_some(first.0 as AgreementIx)
    };
    dated(true).or_else(|| dated(false))
}

/// A date of the text that names a deal's date: the same at the coarser of the two
/// precisions ("in 2011", "in May 2011", "on May 4, 2011" all name 4 May 2011).
fn falls_in(text: PartialDate, deal: PartialDate) -> bool {
    let p: Precision = text.precision().min(deal.precision());
    text.truncate(p) == deal.truncate(p)
}

/// The catalogued deal the article reports: the latest signed from
/// [`REPORTED_DAYS`] before its date to a day after; for an outcome, only one at
/// least a week old.
pub(super) fn reported(
    agreements: &[Agreement],
    today: Date,
    outcome: bool,
) -> Option<AgreementIx> {
    let latest = if outcome {
        today.checked_sub(time::Duration::days(OUTCOME_MIN_DAYS))?
    } else {
        today.checked_add(time::Duration::days(1))?
    };
    let earliest = today.checked_sub(time::Duration::days(REPORTED_DAYS))?;
    agreements
        .iter()
        .enumerate()
        .filter(|(_, a)| (earliest..=latest).contains(&a.date.first_day()))
        .max_by_key(|(_, a)| a.date.first_day())
        .map(|(i, _)| i as AgreementIx)
}
