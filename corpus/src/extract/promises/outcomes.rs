//! Outcomes: a cue that says what became of a step ("postponed", "never held",
//! "failed to implement", "handed over", "collapsed"), not hedged nor said of the
//! future, whose words name a provision. A collapse is the deal's as a whole: only
//! with a deal as its subject, filed under `other`. A step done "but not" all of it
//! is partly met.

use super::agreement::DEAL_WORDS;
use super::cues::{Cue, CueKind};
use super::{Found, Input, hedges, scope};
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
                provisions.retain(|(p, _)| Some(*p) != input.other);
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

/// "took over the crossings but not security": a step done with a part left out.
fn but_not(found: &Found, cue: &Cue) -> bool {
    let s = &found.sentence;
    (cue.to..s.len()).any(|k| s.word(k) == "but" && s.word(k + 1) == "not")
}
