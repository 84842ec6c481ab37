//! The people in view: who the text has named, and what a definite description
//! ("the Fatah official") stands for.
//!
//! Pronouns reach back to a speaker only when nobody else has been named since, and a
//! definite description stands for a person named just before only when that person
//! is the one of its party in view; both questions are asked of one list of the
//! people named outside quotation marks, in text order. Every look is bounded, so a
//! text crowded with names costs no more than a short one.

use super::marks::Quotation;
use super::resolve::{Kb, Who};
use crate::model::{Entity, EntityIx, EntityKind, Mention, Span};
use crate::text::words;

/// Bounds every look through the list: past this many names the text is too busy to
/// carry a speaker over or to tell whom a description means.
const MAX_NAMES_SCANNED: usize = 64;

/// How far back, in bytes, a description looks for "an official" that it would
/// stand for rather than a named person.
const MAX_DESCRIPTION_LOOKBACK: usize = 1_500;

/// The people an article names outside quotation marks, in text order: curated
/// persons by entity, and uncurated names of two words or more (single capitalized
/// words are as often outlets and places: "TASS", "Moscow").
#[derive(Debug, Default)]
pub(super) struct People {
    at: Vec<(Span, Option<EntityIx>)>,
}

impl People {
    pub fn new(
        text: &str,
        outside: &[Mention],
        candidates: &[Span],
        quotations: &[Quotation],
        entities: &[Entity],
    ) -> Self {
        let quoted = |s: Span| {
            let i = quotations.partition_point(|q| q.outer.start <= s.start);
            i.checked_sub(1)
                .is_some_and(|i| quotations[i].outer.contains(s))
        };
        let is_person = |e: EntityIx| {
            entities
                .get(e as usize)
                .is_some_and(|x| x.kind == EntityKind::Person)
        };
        let mut at: Vec<(Span, Option<EntityIx>)> = outside
            .iter()
            .filter(|m| is_person(m.entity))
            .map(|m| (m.span, Some(m.entity)))
            .collect();
        at.extend(
            candidates
                .iter()
                .filter(|c| !quoted(**c))
                .filter(|c| {
                    text.get(c.range())
                        .is_some_and(|w| w.split_whitespace().count() >= 2)
                })
                .map(|&c| (c, None)),
        );
        at.sort_unstable();
        People { at }
    }

    /// The people named from `from` to `to`, nearest first, at most the bound.
    fn back_from(&self, from: u32, to: u32) -> impl Iterator<Item = &(Span, Option<EntityIx>)> {
        let end = self.at.partition_point(|p| p.0.start < to);
        let start = self.at[..end].partition_point(|p| p.0.start < from);
        self.at[start..end].iter().rev().take(MAX_NAMES_SCANNED)
    }

    /// Whether someone other than `speaker` is named from `from` to `to`.
    pub fn other_than(&self, speaker: Option<EntityIx>, from: u32, to: u32) -> bool {
        let end = self.at.partition_point(|p| p.0.start < to);
        let start = self.at[..end].partition_point(|p| p.0.start < from);
        let named = &self.at[start..end];
        named.len() > MAX_NAMES_SCANNED || named.iter().any(|p| p.1.is_none() || p.1 != speaker)
    }

    /// Whether everyone named from `from` to `to` is `entity` or the words `words`.
    pub fn only(&self, entity: Option<EntityIx>, words: Span, from: u32, to: u32) -> bool {
        let end = self.at.partition_point(|p| p.0.start < to);
        let start = self.at[..end].partition_point(|p| p.0.start < from);
        let named = &self.at[start..end];
        named.len() <= MAX_NAMES_SCANNED
            && named
                .iter()
                .all(|p| p.0.overlaps(words) || (p.1.is_some() && p.1 == entity))
    }

    /// The person a definite description stands for: `the Fatah official` (party
    /// `party`, head word at `head`) is the one person of that party named from
    /// `from` up to it, unless someone was introduced by the same role without a
    /// name ("a Fatah official"), whom the description would then mean.
    pub fn described(
        &self,
        kb: &Kb,
        text: &str,
        from: u32,
        party: EntityIx,
        head: Span,
    ) -> Option<Who> {
        let role = text.get(head.range())?.to_lowercase();
        let look = (head.start as usize)
            .saturating_sub(MAX_DESCRIPTION_LOOKBACK)
            .max(from as usize);
        let before = text.get(look..head.start as usize).unwrap_or("");
        let ws = words(before);
        let introduced = ws.iter().enumerate().any(|(k, &(s, e))| {
            before[s..e].to_lowercase() == role
                && ws[k.saturating_sub(3)..k]
                    .iter()
                    .any(|&(s, e)| matches!(&before[s..e].to_lowercase()[..], "a" | "an"))
        });
        if introduced {
            return None;
        }
        let mut found: Option<(EntityIx, Span)> = None;
        for &(span, e) in self.back_from(from, head.start) {
            let Some(e) = e else { continue };
            let of_party = kb.entities.get(e as usize).and_then(|x| x.faction) == Some(party);
            match found {
                _ if !of_party => {}
                Some((f, _)) if f != e => return None,
                Some(_) => {}
                None => found = Some((e, span)),
            }
        }
        found.map(|(entity, words)| Who::Named { entity, words })
    }
}
