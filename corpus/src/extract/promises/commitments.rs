//! Commitments: a cue that binds ("agreed to", "is to", "pledged", "under the deal
//! ... will", "a December 1 deadline"), not hedged, whose words name a provision.
//! One commitment per provision its object names.

use super::agreement::DEAL_WORDS;
use super::cues::{Cue, CueKind, Strength};
use super::{Found, Input, deadline, hedges, parties, scope};
use crate::model::{Commitment, Deadline, EntityIx, EntityKind, SentenceIx};
use crate::text::Span;

/// The commitments of one sentence.
pub(super) fn of_sentence(input: &Input, found: &Found, cues: &[Cue]) -> Vec<Commitment> {
    let s = &found.sentence;
    let mut out: Vec<Commitment> = Vec::new();
    for cue in cues {
        let CueKind::Commitment(strength) = cue.kind else {
            continue;
        };
        let by = parties::subject(s, cue.from, input.mentions, input.entities);
        if hedges::is_hedged(s, cue) || !binds(input, found, cue, strength, &by) {
            continue;
        }
        let cue_bytes = s.bytes(cue.from, cue.to);
        let reach = match strength {
            // "the December 1 deadline for the handover": what is due follows.
            Strength::Deadline => s.bytes(cue.to, s.clause_end(cue.from)),
            _ => scope::reach(s, cue),
        };
        let provisions = scope::provisions_in(s, reach, &found.provisions, input.other);
        let deal = found
            .agreement
            .or_else(|| factional(input, &by).then_some(input.reported?));
        for (i, &(provision, phrase)) in provisions.iter().enumerate() {
            // Each step's own date: after it, up to the next step ("a government
            // within five weeks and elections within a year"); for the first step,
            // else between the cue and it ("agree to May 2012 elections").
            let next = provisions.get(i + 1).map_or(reach.end, |p| p.1.start);
            let after = Span {
                start: phrase.end,
                end: next.max(phrase.end),
            };
            let before = Span {
                start: reach.start,
                end: phrase.start.max(reach.start),
            };
            let deadline_cue = strength == Strength::Deadline;
            let due =
                |within| deadline::of(s, &found.refs, within, cue_bytes, deadline_cue, input.today);
            let deadline = match due(after) {
                Deadline::None if i == 0 => due(before),
                d => d,
            };
            let unnamed = strength == Strength::Deadline && deadline.date().is_none();
            if unnamed || out.iter().any(|c| c.provision == provision) {
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

/// Whether a commitment may be the reported deal's: the catalogue holds deals among
/// the Palestinian factions, so not one that names only states or others as its
/// parties ("Israel and the Palestinians agreed on a truce").
fn factional(input: &Input, by: &[EntityIx]) -> bool {
    by.is_empty()
        || by.iter().any(|&e| {
            input
                .entities
                .get(e as usize)
                .is_some_and(|e| e.kind == EntityKind::Organization)
        })
}

/// Whether a cue binds in its sentence: a strong one or "deadline" (which needs a
/// date that names it, checked with its deadline); "will" or "calls for" only after
/// a word for a deal. "agree" alone, in the present, is an opinion ("analysts agree
/// that ...") unless a faction is its subject ("Hamas and Fatah agree unity
/// government").
fn binds(input: &Input, found: &Found, cue: &Cue, strength: Strength, by: &[EntityIx]) -> bool {
    let s = &found.sentence;
    let bare_present = cue.to - cue.from == 1 && matches!(s.word(cue.from), "agree" | "agrees");
    match strength {
        Strength::Strong if bare_present => factional(input, by) && !by.is_empty(),
        Strength::Strong | Strength::Deadline => true,
        // "the deal calls for": the deal is the subject, in the cue's clause; a
        // faction that "calls for" a step demands it.
        Strength::UnderDeal if !is_modal(s.word(cue.from)) => {
            let clause = s.clause_start(cue.from)..cue.from;
            // "the deal does not include X, but it does include Y": "it" is the deal.
            let pronoun = clause.clone().any(|k| matches!(s.word(k), "it" | "which"));
            clause.clone().any(|k| DEAL_WORDS.contains(&s.word(k)))
                || pronoun && s.first_deal < clause.start
        }
        Strength::UnderDeal => s.first_deal < cue.from,
    }
}

/// "will", "would", "shall": bound by a deal named anywhere before them ("under
/// the agreement, Hamas will ...").
fn is_modal(word: &str) -> bool {
    matches!(word, "will" | "would" | "shall")
}
