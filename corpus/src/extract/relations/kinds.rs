//! The readers, one per kind of relation: given a cue and the sentence it is in, which
//! entities the relation holds between (see the table in `mod.rs`).
//!
//! Grouped in one file because they are one decision each over the same
//! [`Sentence`] helpers, and reading them side by side shows how the kinds differ.

use super::sentence::{Mediation, Sentence};
use crate::model::{EntityIx, EntityKind, Mention, Relation, RelationKind, Span};

impl Sentence<'_> {
    pub(super) fn rivalry(&self, out: &mut Vec<Relation>) {
        // Persons do not count here: "Abbas' Fatah" names Fatah already.
        let orgs: Vec<EntityIx> = self
            .mentions
            .iter()
            .filter(|m| self.kind(m.entity) == EntityKind::Organization)
            .map(|m| m.entity)
            .fold(Vec::new(), |mut v, e| {
                if !v.contains(&e) {
                    v.push(e);
                }
                v
            });
        for (i, &a) in orgs.iter().enumerate() {
            for &b in &orgs[i + 1..] {
                self.push(out, RelationKind::Rivalry, a, b);
            }
        }
    }

    /// "Islamic Jihad, an ally of Hamas": the party right after the cue and the nearest
    /// organization before it (a state only if no organization comes before).
    pub(super) fn alliance(&self, cue: Span, out: &mut Vec<Relation>) {
        let Some(target) = self
            .after(cue)
            .iter()
            .find(|m| self.kind(m.entity).is_party())
            .filter(|m| {
                // At most three words between (read no further than a fourth).
                self.text[cue.end as usize..m.span.start as usize]
                    .split_whitespace()
                    .nth(3)
                    .is_none()
            })
        else {
            return;
        };
        let before = self.before(cue).iter().rev();
        let source = before
            .clone()
            .filter_map(|m| self.organization(m))
            .find(|&o| o != target.entity)
            .or_else(|| {
                before
                    .map(|m| m.entity)
                    .find(|&e| e != target.entity && self.kind(e).is_party())
            });
        if let Some(source) = source {
            self.push(out, RelationKind::Alliance, source, target.entity);
        }
    }

    /// "Egyptian-mediated talks", "Elaraby held mediation talks between Fatah and Hamas".
    pub(super) fn mediation(&self, cue: Span, out: &mut Vec<Relation>) {
        // Disjoint mentions have distinct ends: one ending a byte before the cue is
        // among the last two that end before it.
        let compound = self.before(cue).iter().rev().take(2).rev().find(|m| {
            m.span.end + 1 == cue.start && self.text[m.span.end as usize..].starts_with('-')
        });
        // Most specific first: "X-mediated", a mediating body's envoy, the body itself,
        // then the state named nearest the cue ("Egyptian mediators").
        let m = self.mediation.get_or_init(|| {
            let envoy = self.mentions.iter().find(|m| {
                self.kind(m.entity) == EntityKind::Person
                    && self.entities[m.entity as usize]
                        .faction
                        .is_some_and(|f| self.kind(f) == EntityKind::Mediator)
            });
            let body = || {
                self.mentions
                    .iter()
                    .find(|m| self.kind(m.entity) == EntityKind::Mediator)
            };
            Mediation {
                envoy_or_body: envoy.or_else(body).map(|m| m.entity),
                states: (self.mentions.iter())
                    .filter(|m| self.kind(m.entity) == EntityKind::State)
                    .copied()
                    .collect(),
                parties: self.organizations(self.span),
            }
        });
        // The nearest state is next to the cue in the sorted list; a tie goes to the
        // one before it.
        let state = || {
            let i = m.states.partition_point(|s| s.span.start < cue.start);
            let before = i.checked_sub(1).map(|j| m.states[j]);
            let distance = |s: &Mention| s.span.start.abs_diff(cue.start);
            match (before, m.states.get(i)) {
                (Some(b), Some(a)) if distance(a) < distance(&b) => Some(a.entity),
                (b, a) => b.or(a.copied()).map(|s| s.entity),
            }
        };
        let mediator = compound
            .map(|c| c.entity)
            .or(m.envoy_or_body)
            .or_else(state);
        let Some(mediator) = mediator else { return };
        let mediator_side = self.entities[mediator as usize].faction;
        for &party in &m.parties {
            if Some(party) != mediator_side {
                self.push(out, RelationKind::Mediation, mediator, party);
            }
        }
    }

    /// "Hamas is blacklisted as a terrorist group by both Israel and the U.S."
    pub(super) fn designation(&self, cue: Span, out: &mut Vec<Relation>) {
        let Some(designated) = self
            .before(cue)
            .iter()
            .rev()
            .find_map(|m| self.organization(m))
        else {
            return;
        };
        let rest = &self.text[cue.end as usize..self.span.end as usize];
        let Some(by) = rest.find(" by ") else { return };
        let from = cue.end + by as u32;
        // What a later " by " names for the same body, an earlier one named already.
        let mut read = self.designations.borrow_mut();
        if read.iter().any(|&(d, f)| d == designated && f <= from) {
            return;
        }
        read.push((designated, from));
        let after_by = self.mentions.partition_point(|m| m.span.start < from);
        for m in &self.mentions[after_by..] {
            if self.kind(m.entity) == EntityKind::State {
                self.push(out, RelationKind::Designation, m.entity, designated);
            }
        }
    }

    /// A war cue with a state and an organization both named in one sentence (a
    /// person does not stand for their faction here: "an offensive ... a victory by
    /// Abbas" is no war on Fatah).
    pub(super) fn war(&self, out: &mut Vec<Relation>) {
        // Each entity once, in order of first mention: pairing every mention of a
        // sentence that names Israel and Hamas fifty times would only repeat pairs.
        let named = |kind: EntityKind| -> Vec<EntityIx> {
            let mut out = Vec::new();
            for m in self.mentions.iter().filter(|m| self.kind(m.entity) == kind) {
                if !out.contains(&m.entity) {
                    out.push(m.entity);
                }
            }
            out
        };
        let states = named(EntityKind::State);
        for org in named(EntityKind::Organization) {
            for &state in &states {
                self.push(out, RelationKind::War, state, org);
            }
        }
    }

    /// "... the DFLP and the PFLP — both factions within the PLO".
    pub(super) fn within(&self, cue: Span, out: &mut Vec<Relation>) {
        let Some(container) = self
            .after(cue)
            .iter()
            .find(|m| self.kind(m.entity) == EntityKind::Organization)
            .map(|m| m.entity)
        else {
            return;
        };
        // The members are in the clause before the cue, or in the one before that when
        // the cue's own clause names none ("— both factions within").
        // Only the last two clause bounds before the cue matter: read back to them.
        let head = &self.text[self.span.start as usize..cue.start as usize];
        let mut bounds: Vec<usize> = head
            .char_indices()
            .rev()
            .filter(|&(_, c)| matches!(c, ',' | ';' | '\u{2014}' | '\u{2013}' | '('))
            .map(|(i, _)| self.span.start as usize + i)
            .take(2)
            .collect();
        bounds.reverse();
        let clause = |k: usize| -> Span {
            let end = if k == 0 {
                cue.start as usize
            } else {
                bounds[bounds.len() - k]
            };
            let start = bounds
                .len()
                .checked_sub(k + 1)
                .map_or(self.span.start as usize, |j| bounds[j]);
            Span::new(start, end)
        };
        let mut members = self.organizations(clause(0));
        if members.is_empty() && !bounds.is_empty() {
            members = self.organizations(clause(1));
        }
        for member in members {
            self.push(out, RelationKind::Membership, member, container);
        }
    }
}
