//! One sentence as the relation readers see it: its mentions, the entities they
//! name, and the helpers every reader shares (which organization a mention stands
//! for, the mentions before or after a cue, adding a relation once).
//!
//! Apart from the readers so that the per-kind rules in `kinds.rs` read as rules, and
//! the state shared between cues of one sentence (what mediation read, which bodies
//! are already designated) is declared in one place.

use crate::extract::mentions_in;
use crate::model::{
    Entity, EntityIx, EntityKind, Mention, Relation, RelationKind, SentenceIx, Span,
};
use std::cell::{OnceCell, RefCell};

pub(super) struct Sentence<'a> {
    pub(super) text: &'a str,
    pub(super) mentions: &'a [Mention],
    pub(super) entities: &'a [Entity],
    pub(super) index: SentenceIx,
    pub(super) span: Span,
    /// What mediation reads of the whole sentence, read once however many cues.
    pub(super) mediation: OnceCell<Mediation>,
    /// The bodies designated so far, with where the " by " read for each starts.
    pub(super) designations: RefCell<Vec<(EntityIx, u32)>>,
}

pub(super) struct Mediation {
    /// A mediating body's envoy, else the body itself.
    pub(super) envoy_or_body: Option<EntityIx>,
    pub(super) states: Vec<Mention>,
    pub(super) parties: Vec<EntityIx>,
}

impl Sentence<'_> {
    pub(super) fn kind(&self, ix: EntityIx) -> EntityKind {
        self.entities[ix as usize].kind
    }

    /// The organization a mention stands for: itself, or a person's faction.
    pub(super) fn organization(&self, m: &Mention) -> Option<EntityIx> {
        match self.kind(m.entity) {
            EntityKind::Organization => Some(m.entity),
            EntityKind::Person => self.entities[m.entity as usize]
                .faction
                .filter(|&f| self.kind(f) == EntityKind::Organization),
            _ => None,
        }
    }

    /// The sentence's mentions that end before the cue starts (mentions are sorted and
    /// disjoint, so their ends are sorted too).
    pub(super) fn before(&self, cue: Span) -> &[Mention] {
        &self.mentions[..self.mentions.partition_point(|m| m.span.end <= cue.start)]
    }

    /// The sentence's mentions that start after the cue ends.
    pub(super) fn after(&self, cue: Span) -> &[Mention] {
        &self.mentions[self.mentions.partition_point(|m| m.span.start < cue.end)..]
    }

    pub(super) fn organizations(&self, in_span: Span) -> Vec<EntityIx> {
        let mut out = Vec::new();
        let candidates = mentions_in(self.mentions, in_span);
        for m in candidates.iter().filter(|m| in_span.contains(m.span)) {
            if let Some(o) = self.organization(m)
                && !out.contains(&o)
            {
                out.push(o);
            }
        }
        out
    }

    pub(super) fn push(
        &self,
        out: &mut Vec<Relation>,
        kind: RelationKind,
        source: EntityIx,
        target: EntityIx,
    ) {
        if source == target {
            return;
        }
        let same = |r: &&Relation| {
            r.kind == kind
                && r.sentence == self.index
                && ((r.source == source && r.target == target)
                    || (kind.is_symmetric() && r.source == target && r.target == source))
        };
        // Relations are found sentence by sentence: only this sentence's can repeat.
        let repeated = out
            .iter()
            .rev()
            .take_while(|r| r.sentence == self.index)
            .any(|r| same(&r));
        if !repeated {
            out.push(Relation {
                kind,
                source,
                target,
                sentence: self.index,
                role: None,
            });
        }
    }
}
