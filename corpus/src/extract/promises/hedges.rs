//! What takes a cue's force away: a hedge or a wish before it ("might", "hopes
//! to", "is expected to"), a proposal or a demand ("Egypt proposed", "called on"),
//! a condition ("if"), a negation ("did not agree to"); a purpose rather than a
//! duty ("the aim is to"); and, for an outcome, a future or a possibility ("could be
//! postponed", "will be handed over").

use super::cues::{Cue, CueKind};
use super::sentence::Sentence;

/// Words that hedge or negate what follows them in their clause.
const HEDGES: &[&str] = &[
    "might",
    "could",
    "can",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "expected",
    "expect",
    "expects",
    "likely",
    "unlikely",
    "possibly",
    "perhaps",
    "try",
    "tries",
    "trying",
    "tried",
    "seek",
    "seeks",
    "seeking",
    "sought",
    "want",
    "wants",
    "wanted",
    "wish",
    "wishes",
    "plan",
    "plans",
    "planned",
    "planning",
    "aim",
    "aims",
    "aimed",
    "proposal",
    "proposals",
    "proposed",
    "propose",
    "proposes",
    "suggest",
    "suggests",
    "suggested",
    "demand",
    "demands",
    "demanded",
    "urge",
    "urges",
    "urged",
    "urging",
    "refused",
    "refuse",
    "refuses",
    "rejected",
    "reject",
    "rejects",
    "not",
    "never",
    "no",
    "yet",
    "failed",
    "if",
    "unless",
    "whether",
    "without",
    "how",
    "ready",
    "willing",
    "offered",
    "offer",
    "offers",
    "would",
    "should",
    "to",
    "be",
];

/// Nouns of purpose before "is to": "the aim is to hold elections" says what is
/// wanted, not what is owed.
const PURPOSES: &[&str] = &[
    "aim",
    "goal",
    "plan",
    "hope",
    "idea",
    "purpose",
    "priority",
    "task",
    "objective",
    "intention",
    "challenge",
    "question",
    "step",
    "focus",
    "mission",
    "job",
    "position",
    "role",
    "stance",
    "view",
    "problem",
];

/// How many words before a cue a hedge reaches, inside the cue's clause.
const REACH: usize = 10;

/// Whether the cue is hedged, negated, conditional or a purpose.
pub(super) fn is_hedged(s: &Sentence, cue: &Cue) -> bool {
    let start = s.clause_start(cue.from);
    let from = cue.from.saturating_sub(REACH).max(start);
    let outcome = matches!(cue.kind, CueKind::Outcome(..));
    let hedge_before = (from..cue.from).any(|k| {
        let w = s.word(k);
        // "may" is a hedge written small; "May" is the month.
        let hedge = HEDGES.contains(&w) || s.original(k) == "may";
        // "to" and "be" hedge an outcome right before it ("to be held", "will be
        // handed over") but not a commitment ("agreed to be bound").
        let only_outcome = matches!(w, "to" | "be" | "would");
        hedge && (!only_outcome || outcome && k + 2 >= cue.from)
    });
    let conditional = s.first_condition < cue.from;
    let negated_after = matches!(s.word(cue.to), "not" | "never" | "no")
        || (s.word(cue.to) == "be" && s.word(cue.to + 1) == "not");
    let purpose = s.word(cue.from) == "is"
        && s.word(cue.from + 1) == "to"
        && PURPOSES.contains(&s.word(cue.from.wrapping_sub(1)));
    hedge_before
        || conditional
        || negated_after
        || purpose
        || sought(s, cue)
        || future_outcome(s, cue)
}

/// Words before a deal named as a noun ("an agreement on elections") that make it
/// a goal: "to reach an agreement on", "talks towards a deal to".
const SOUGHT: &[&str] = &[
    "reach",
    "reaching",
    "toward",
    "towards",
    "discuss",
    "discussed",
    "discussing",
    "negotiate",
    "negotiating",
    "pursue",
    "pursuing",
    "seek",
    "secure",
    "without",
];

fn sought(s: &Sentence, cue: &Cue) -> bool {
    let noun = matches!(
        s.word(cue.from),
        "agreement" | "deal" | "declaration" | "accord"
    );
    noun && (cue.from.saturating_sub(3)..cue.from).any(|k| SOUGHT.contains(&s.word(k)))
}

/// "will be postponed", "may be delayed": an outcome said of the future is none
/// ("May," the month, is no "may").
fn future_outcome(s: &Sentence, cue: &Cue) -> bool {
    matches!(cue.kind, CueKind::Outcome(..))
        && (cue.from.saturating_sub(3)..cue.from)
            .any(|k| matches!(s.word(k), "will" | "shall") || s.original(k) == "may")
}

/// Verbs of carrying a step out: "failed to implement", "has yet to hold". After
/// "failed to" any other verb is no outcome of a promise ("failed to agree" is a
/// failure to promise, "failed to reach a deal" the same).
const CARRY_OUT: &[&str] = &[
    "implement",
    "hold",
    "form",
    "hand",
    "put",
    "carry",
    "honour",
    "honor",
    "deliver",
    "meet",
    "take",
    "transfer",
    "pay",
    "release",
    "reopen",
    "open",
    "apply",
    "enforce",
    "execute",
    "respect",
    "abide",
    "keep",
    "be",
    "complete",
    "finalise",
    "finalize",
    "empower",
    "dissolve",
    "merge",
    "integrate",
    "set",
    "establish",
    "organise",
    "organize",
    "follow",
    "fulfil",
    "fulfill",
    "stick",
];

/// Whether an outcome cue that needs a verb after it ("failed to", "yet to") has
/// one of carrying out.
pub(super) fn carries_out(s: &Sentence, cue: &Cue) -> bool {
    match s.word(cue.to - 1) {
        "to" => CARRY_OUT.contains(&s.word(cue.to)),
        _ => true,
    }
}
