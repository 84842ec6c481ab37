//! Who made a commitment: the factions, states and bodies the text names as the
//! subject of its cue, in the cue's clause before it ("Hamas and Fatah agreed
//! to"); a person stands for the faction or state the knowledge base gives them.
//! No one when the clause names no one ("the two sides agreed").

use super::sentence::Sentence;
use crate::model::{Entity, EntityIx, EntityKind, Mention};

/// The parties named between the clause's start and the cue, each once, in order.
pub(super) fn subject(
    s: &Sentence,
    cue_from: usize,
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<EntityIx> {
    let span = s.bytes(s.clause_start(cue_from), cue_from);
    let mut out = Vec::new();
    for m in super::super::mentions_in(mentions, span) {
        let Some(entity) = entities.get(m.entity as usize) else {
            continue;
        };
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
