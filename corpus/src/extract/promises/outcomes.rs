//! Outcomes: a cue that says what became of a step ("postponed", "never held",
//! "failed to implement", "handed over", "collapsed"), not hedged nor said of the
//! future, whose words name a provision. A collapse is the deal's as a whole: only
//! with a deal as its subject, filed under `other`. A step done "but not" all of it
//! is partly met.

use super::agreement::DEAL_WORDS;
use super::cues::{Cue, CueKind};
use super::{Found, Input, hedges, scope};
use crate::model::EntityKind;
use crate::model::{Outcome, ProvisionIx, SentenceIx, Status};
use crate::text::Span;

/// How many words before a collapse its deal may be named.
const SUBJECT_REACH: usize = 15;

/// The outcomes of one sentence.
pub(super) fn of_sentence(input: &Input, found: &Found, cues: &[Cue]) -> Vec<Outcome> {
    let s = &found.sentence;
    let mut out: Vec<Outcome> = Vec::new();
    for cue in cues {
        let CueKind::Outcome(status, _) = cue.kind else {
            continue;
        };
        if hedges::is_hedged(s, cue) || !hedges::carries_out(s, cue) {
            continue;
        }
        let reach = scope::reach(s, cue);
        let mut provisions = scope::provisions_in(s, reach, &found.provisions, input.other);
        let status = match status {
            Status::Collapsed => {
                // A government or a truce that collapsed is no deal's end the
                // catalogue tracks; only the deal itself is, under `other`.
                provisions = deal_subject(s, cue, input.other).into_iter().collect();
                Status::Collapsed
            }
            Status::Met => {
                provisions.retain(|(p, _)| Some(*p) != input.other && !is_history(found, *p));
                if !by_a_party(input, found, cue) {
                    continue;
                }
                if but_not(found, cue) {
                    Status::Partly
                } else {
                    Status::Met
                }
            }
            other => other,
        };
        let cue_bytes = s.bytes(cue.from, cue.to);
        let deal = found.agreement.or(input.reported_before);
        for (provision, phrase) in provisions {
            if out.iter().any(|o| o.provision == provision) {
                continue;
            }
            out.push(Outcome {
                provision,
                agreement: deal,
                status,
                sentence: found.ix as SentenceIx,
                span: super::cover(cue_bytes, phrase),
            });
        }
    }
    out
}

/// The deal a collapse is said of: a word for a deal in the subject ("a previous
/// agreement between them - signed in Cairo - came to nothing"), under `other`.
fn deal_subject(
    s: &super::sentence::Sentence,
    cue: &Cue,
    other: Option<ProvisionIx>,
) -> Option<(ProvisionIx, Span)> {
    let other = other?;
    let start = cue.from.saturating_sub(SUBJECT_REACH);
    (start..cue.from)
        .find(|&k| {
            DEAL_WORDS.contains(&s.word(k)) && !matches!(s.word(k), "signed" | "signing" | "agreed")
        })
        .map(|k| (other, s.tokens[k]))
}

/// A step done by one of the parties: the subject names a Palestinian faction or
/// body and no state ("the PA assumed control of the crossings"), or the sentence
/// names the deal; not "Israel took over the crossing", which keeps no promise.
fn by_a_party(input: &Input, found: &Found, cue: &Cue) -> bool {
    let s = &found.sentence;
    let subject = s.bytes(scope::subject_start(s, cue.from), cue.from);
    let kinds: Vec<EntityKind> = super::super::mentions_in(input.mentions, subject)
        .iter()
        .filter_map(|m| {
            // A person acts for their faction or state.
            let e = input.entities.get(m.entity as usize)?;
            let party = e.faction.and_then(|f| input.entities.get(f as usize));
            Some(party.unwrap_or(e).kind)
        })
        .collect();
    let deal = s.first_deal < s.len();
    !kinds.contains(&EntityKind::State) && (deal || kinds.contains(&EntityKind::Organization))
        || s.word(cue.from.wrapping_sub(1)) == "been" && deal
}

/// A step done before any deal tracked ("the last elections were held in 2006"):
/// history, not what became of a promise. Named "last" or "previous", or dated in
/// the sentence before the first catalogued deal.
fn is_history(found: &Found, provision: ProvisionIx) -> bool {
    let s = &found.sentence;
    let named_past = found.provisions.iter().any(|(p, span)| {
        *p == provision
            && matches!(
                s.word(s.word_at(span.start).wrapping_sub(1)),
                "last" | "previous"
            )
    });
    named_past
        || found
            .refs
            .iter()
            .any(|r| Some(r.date.last_day()) < found.first_deal)
}

/// "took over the crossings but not security": a step done with a part left out.
fn but_not(found: &Found, cue: &Cue) -> bool {
    let s = &found.sentence;
    s.last_but_not.is_some_and(|k| k > cue.to)
}
