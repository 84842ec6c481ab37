//! Which provisions a cue governs: the provision phrases in the words it reaches,
//! after it for a commitment ("agreed to form a unity government"), on its step's
//! side for an outcome ("the elections were postponed", "failed to hold elections").

use super::cues::{Cue, CueKind, Side};
use super::sentence::Sentence;
use crate::model::ProvisionIx;
use crate::text::Span;

/// How many words after a cue its object may run to.
const AFTER_REACH: usize = 22;
/// How many words before an outcome cue its subject may start.
const BEFORE_REACH: usize = 14;
/// How many words after "long-delayed" its noun stands.
const ADJECTIVE_REACH: usize = 4;
/// How many words before "scheduled", or a passive "is to be", the thing named may
/// start.
const SUBJECT_REACH: usize = 5;

/// Words that end a cue's object: a new clause, a report of who said it, a
/// relative clause, a clause of time or cause.
const OBJECT_ENDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "according",
    "which",
    "who",
    "when",
    "because",
    "since",
    "amid",
    "amidst",
    "after",
    "despite",
    "as",
    "adding",
    "added",
    "if",
    "unless",
];

/// The byte range a cue's step may be named in.
pub(super) fn reach(s: &Sentence, cue: &Cue) -> Span {
    match cue.kind {
        CueKind::Commitment(_) => {
            let end = object_end(s, cue.to, AFTER_REACH);
            s.bytes(commitment_start(s, cue), end)
        }
        CueKind::Outcome(_, side) => match side_of(s, cue, side) {
            Side::Before => s.bytes(subject_start(s, cue.from), cue.from),
            _ if s.word(cue.from) == "long-delayed" => {
                s.bytes(cue.to, (cue.to + ADJECTIVE_REACH).min(s.len()))
            }
            _ => s.bytes(cue.to, object_end(s, cue.to, AFTER_REACH)),
        },
    }
}

/// Where a commitment's object may start: after its cue, taking in the cue's last
/// word when it leads the object ("agreed *to talks*"); before it, the thing
/// scheduled ("a new government scheduled to start work") and the subject of a
/// passive ("the new government is to be formed", "elections will be held").
fn commitment_start(s: &Sentence, cue: &Cue) -> usize {
    let subject = s.word(cue.from) == "scheduled" || s.word(cue.to) == "be";
    if subject {
        return s
            .clause_start(cue.from)
            .max(cue.from.saturating_sub(SUBJECT_REACH));
    }
    match s.word(cue.to - 1) {
        "to" | "for" | "on" => cue.to - 1,
        _ => cue.to,
    }
}

/// A cue of either voice read by the word before it: "was postponed" is passive.
fn side_of(s: &Sentence, cue: &Cue, side: Side) -> Side {
    match side {
        Side::Voice => {
            let before = s.word(cue.from.wrapping_sub(1));
            let passive = matches!(
                before,
                "was"
                    | "were"
                    | "been"
                    | "be"
                    | "is"
                    | "are"
                    | "repeatedly"
                    | "again"
                    | "indefinitely"
            );
            // "the postponed elections": an adjective before its noun.
            let adjective = matches!(before, "the" | "a" | "long" | "repeatedly-");
            if passive && !adjective {
                Side::Before
            } else {
                Side::After
            }
        }
        other => other,
    }
}

/// Where a cue's object ends: at a clause that is no part of it, within `most` words.
fn object_end(s: &Sentence, from: usize, most: usize) -> usize {
    let limit = (from + most).min(s.len());
    (from..limit)
        .find(|&k| {
            k > from && hard_break(s, k)
                || OBJECT_ENDS.contains(&s.word(k))
                || DISCUSSION.contains(&s.word(k))
                || is_cue_word(s, k)
        })
        .unwrap_or(limit)
}

/// Verbs of talking about a step rather than taking it: "agreed to discuss the
/// crossings" promises talks, not the crossings, so the object ends there.
const DISCUSSION: &[&str] = &[
    "discuss",
    "discussing",
    "debate",
    "study",
    "studying",
    "consider",
    "considering",
    "examine",
    "review",
    "explore",
    "exploring",
];

/// A break that commas do not make: a semicolon, a colon, a dash, a parenthesis or a
/// word that opens a clause ("but"). A comma may run on through a list ("to form a
/// government, hold elections and ...").
fn hard_break(s: &Sentence, k: usize) -> bool {
    let gap = &s.text[s.tokens[k - 1].end as usize..s.tokens[k].start as usize];
    s.breaks_before(k) && !(gap.trim() == "," || gap.trim() == ",\"")
        || matches!(
            s.word(k),
            "but" | "while" | "although" | "whereas" | "however"
        )
}

/// A word that starts another cue's claim: the object of "agreed to" does not run
/// into "but the vote was postponed".
fn is_cue_word(s: &Sentence, k: usize) -> bool {
    matches!(
        s.word(k),
        "postponed" | "delayed" | "collapsed" | "failed" | "never" | "yet"
    )
}

/// Words that may stand between a clause's start and its verb without being its
/// subject: "..., was sworn in", "..., has since been postponed".
const AUXILIARIES: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "since",
    "then",
    "later",
    "eventually",
    "finally",
    "also",
    "again",
    "repeatedly",
    "indefinitely",
];

/// Where an outcome's subject starts: its clause; the clause before when the cue
/// opens its own (the subject stands before a clause set off by commas: "a cabinet
/// backed by both, which dominates the PA, was unveiled") or the clause is a
/// relative one ("elections, which were never held").
pub(super) fn subject_start(s: &Sentence, cue_from: usize) -> usize {
    let floor = cue_from.saturating_sub(BEFORE_REACH);
    let mut start = s.clause_start(cue_from);
    let no_subject = |start: usize| (start..cue_from).all(|k| AUXILIARIES.contains(&s.word(k)));
    while start > floor && (no_subject(start) || matches!(s.word(start), "which" | "that" | "who"))
    {
        start = s.clause_start(start - 1);
    }
    start.max(floor)
}

/// The provisions named inside `reach`, each once, in order of their first phrase;
/// the catch-all `other` only when no other provision is named there. A phrase
/// followed by "'s" names who acts ("the unity government's return to Gaza"), and
/// one followed by "to" and its remit ("a government to govern Gaza") names the
/// step alone: what the remit names is not a step of its own.
pub(super) fn provisions_in(
    s: &Sentence,
    reach: Span,
    found: &[(ProvisionIx, Span)],
    other: Option<ProvisionIx>,
) -> Vec<(ProvisionIx, Span)> {
    let inside: Vec<(ProvisionIx, Span)> = found
        .iter()
        .copied()
        .filter(|(_, span)| reach.contains(*span) && !possessor(s, *span))
        .collect();
    let remit_from = inside
        .iter()
        .find(|(p, span)| Some(*p) != other && followed_by_to(s, *span))
        .map(|(_, span)| span.end)
        .or_else(|| topic_from(s, reach, &inside, other));
    let mut out: Vec<(ProvisionIx, Span)> = Vec::new();
    for (p, span) in &inside {
        let in_remit = remit_from.is_some_and(|end| span.start >= end);
        if !in_remit && !out.iter().any(|(q, _)| q == p) {
            out.push((*p, *span));
        }
    }
    if out.iter().any(|(p, _)| Some(*p) != other) {
        out.retain(|(p, _)| Some(*p) != other);
    }
    out
}

fn possessor(s: &Sentence, span: Span) -> bool {
    let after = &s.text[span.end as usize..];
    after.starts_with("'s") || after.starts_with("\u{2019}s")
}

fn followed_by_to(s: &Sentence, span: Span) -> bool {
    let k = s.word_at(span.end);
    s.word(k) == "to" && !matches!(s.word(k + 1), "the" | "a" | "an" | "gaza" | "be")
}

/// "to resume talks next month on cementing a ceasefire": after the first step, a
/// word of topic ("on", "about", "over") starts what it is about, not a second step
/// (unless "and" joins one first).
fn topic_from(
    s: &Sentence,
    reach: Span,
    inside: &[(ProvisionIx, Span)],
    other: Option<ProvisionIx>,
) -> Option<u32> {
    let (_, first) = inside.iter().find(|(p, _)| Some(*p) != other)?;
    let end = s.word_at(reach.end);
    (s.word_at(first.end)..end)
        .take_while(|&k| !matches!(s.word(k), "and" | "as"))
        .find(|&k| {
            matches!(
                s.word(k),
                "on" | "about" | "over" | "regarding" | "concerning"
            )
        })
        .map(|k| s.tokens[k].start)
}
