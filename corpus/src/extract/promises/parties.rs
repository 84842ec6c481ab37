//! Who made a commitment: the factions, states and bodies the text names as the
//! subject of its cue, in the cue's clause before it ("Hamas and Fatah agreed
//! to"); a person stands for the faction or state the knowledge base gives them.
//! No one when the clause names no one ("the two sides agreed").

use super::scope::subject_start;
use super::sentence::Sentence;
use crate::model::{Entity, EntityIx, EntityKind, Mention};

/// Words that end who reports and start what they report: the subject of "agreed"
/// in "an Egyptian official said the factions had agreed" is after "said".
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "added",
    "stated",
];

/// Words before a name that make it a place or a partner, not a subject: "met in
/// China and agreed", "talks with Israel".
const NOT_SUBJECT: &[&str] = &[
    "in", "at", "from", "to", "with", "by", "of", "for", "on", "under", "near", "via",
];

/// The parties named between the subject's start and the cue, each once, in order.
pub(super) fn subject(
    s: &Sentence,
    cue_from: usize,
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<EntityIx> {
    let start = subject_start(s, cue_from);
    let start = (start..cue_from)
        .rev()
        .find(|&k| REPORTING.contains(&s.word(k)))
        .map_or(start, |k| k + 1);
    let span = s.bytes(start, cue_from);
    let mut out = Vec::new();
    for m in super::super::mentions_in(mentions, span) {
        let Some(entity) = entities.get(m.entity as usize) else {
            continue;
        };
        let before = s.word(s.word_at(m.span.start).wrapping_sub(1));
        if NOT_SUBJECT.contains(&before) {
            continue;
        }
        let party = match entity.kind {
            EntityKind::Organization | EntityKind::State | EntityKind::Mediator => Some(m.entity),
            EntityKind::Person => entity.faction,
            EntityKind::Media | EntityKind::Place => None,
        };
        if let Some(p) = party
            && !out.contains(&p)
        {
            out.push(p);
        }
    }
    out
}
