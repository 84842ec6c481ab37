//! Commitments: a cue that binds ("agreed to", "is to", "pledged", "under the deal
//! ... will", "a December 1 deadline"), not hedged, whose words name a provision.
//! One commitment per provision its object names.

use super::agreement::DEAL_WORDS;
use super::cues::{Cue, CueKind, Strength};
use super::{Found, Input, deadline, hedges, parties, scope};
use crate::model::{Commitment, SentenceIx};

/// The commitments of one sentence.
pub(super) fn of_sentence(input: &Input, found: &Found, cues: &[Cue]) -> Vec<Commitment> {
    let s = &found.sentence;
    let mut out: Vec<Commitment> = Vec::new();
    for cue in cues {
        let CueKind::Commitment(strength) = cue.kind else {
            continue;
        };
        if hedges::is_hedged(s, cue) || !binds(found, cue, strength) {
            continue;
        }
        let cue_bytes = s.bytes(cue.from, cue.to);
        let reach = match strength {
            // "the December 1 deadline for the handover": what is due follows.
            Strength::Deadline => s.bytes(cue.to, s.clause_end(cue.from)),
            _ => scope::reach(s, cue),
        };
        let provisions = scope::provisions_in(s, reach, &found.provisions, input.other);
        let deadline = deadline::of(
            s,
            &found.refs,
            reach,
            cue_bytes,
            strength == Strength::Deadline,
            input.today,
        );
        if provisions.is_empty() || strength == Strength::Deadline && deadline.date().is_none() {
            continue;
        }
        let deal = found.agreement.or(input.reported);
        let by = parties::subject(s, cue.from, input.mentions, input.entities);
        for (provision, phrase) in provisions {
            if out.iter().any(|c| c.provision == provision) {
                continue;
            }
            out.push(Commitment {
                provision,
                by: by.clone(),
                agreement: deal,
                deadline,
                sentence: found.ix as SentenceIx,
                span: super::cover(cue_bytes, phrase),
            });
        }
    }
    out
}

/// Whether a cue binds in its sentence: a strong one or "deadline" (which needs a
/// date that names it, checked with its deadline); "will" or "calls for" only after
/// a word for a deal.
fn binds(found: &Found, cue: &Cue, strength: Strength) -> bool {
    let s = &found.sentence;
    match strength {
        Strength::Strong | Strength::Deadline => true,
        Strength::UnderDeal => (0..cue.from).any(|k| DEAL_WORDS.contains(&s.word(k))),
    }
}
