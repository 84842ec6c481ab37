//! Relations between bodies, each evidenced by the sentence that states it:
//!
//! | kind        | cue in the sentence                 | between                              |
//! |-------------|-------------------------------------|--------------------------------------|
//! | rivalry     | rival, rift, split, schism, tension | every two Palestinian organizations  |
//! | alliance    | ally of X, ties with X              | X and the nearest organization before|
//! | mediation   | X-mediated, mediator, supervision   | the mediator and each organization   |
//! | designation | blacklisted, terrorist group ... by | each state after "by" and the body   |
//! | war         | war, offensive, military campaign   | each state and each organization     |
//! | membership  | both factions within X, member of X | the organizations of the clause and X|
//!
//! A person named as a party stands for the organization they belong to.

use super::{PhraseMatcher, mentions_in};
use crate::model::{
    Entity, EntityIx, EntityKind, Mention, Relation, RelationKind, SentenceIx, Span,
};
use crate::text::Folded;
use std::cell::{OnceCell, RefCell};
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cue {
    Rivalry,
    Alliance,
    Mediation,
    Designation,
    War,
    Within,
}

const CUES: &[(Cue, &str)] = &[
    (Cue::Rivalry, "rival*"),
    (Cue::Rivalry, "rift"),
    (Cue::Rivalry, "split"),
    (Cue::Rivalry, "schism"),
    (Cue::Rivalry, "divided"),
    (Cue::Rivalry, "division*"),
    (Cue::Rivalry, "differences"),
    (Cue::Rivalry, "tension*"),
    (Cue::Rivalry, "feud*"),
    (Cue::Rivalry, "conflict with"),
    (Cue::Alliance, "ally of"),
    (Cue::Alliance, "allies of"),
    (Cue::Alliance, "allied with"),
    (Cue::Alliance, "alliance with"),
    (Cue::Alliance, "ties with"),
    (Cue::Mediation, "mediat*"),
    (Cue::Mediation, "supervision"),
    (Cue::Mediation, "brokered"),
    (Cue::Designation, "blacklisted"),
    (Cue::Designation, "designated"),
    (Cue::Designation, "terrorist group"),
    (Cue::Designation, "terrorist organization"),
    (Cue::Designation, "terror group"),
    (Cue::War, "war"),
    (Cue::War, "offensive"),
    (Cue::War, "military campaign"),
    (Cue::War, "air raids"),
    (Cue::War, "airstrike*"),
    (Cue::Within, "within"),
    (Cue::Within, "member of"),
    (Cue::Within, "members of"),
];

fn cue_matcher() -> &'static PhraseMatcher {
    static MATCHER: OnceLock<PhraseMatcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        PhraseMatcher::new(
            CUES.iter()
                .enumerate()
                .map(|(i, (_, p))| (i as u16, p.to_string())),
        )
    })
}

pub fn extract(
    text: &str,
    folded: &Folded,
    sentences: &[Span],
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<Relation> {
    let cues = cue_matcher().find(folded);
    let mut out = Vec::new();
    for (ix, &sentence) in sentences.iter().enumerate() {
        // The cues are sorted by start: take those starting in the sentence.
        let from = cues.partition_point(|(_, s)| s.start < sentence.start);
        let to = cues.partition_point(|(_, s)| s.start < sentence.end);
        let here: Vec<(Cue, Span)> = cues[from..to.max(from)]
            .iter()
            .filter(|(_, s)| sentence.contains(*s))
            .map(|&(i, s)| (CUES[i as usize].0, s))
            .collect();
        if here.is_empty() {
            continue;
        }
        let s = Sentence {
            text,
            mentions: mentions_in(mentions, sentence),
            entities,
            index: ix as SentenceIx,
            span: sentence,
            mediation: OnceCell::new(),
            designations: RefCell::new(Vec::new()),
        };
        // Rivalry and war read the whole sentence, not the cue's place in it: a second
        // cue of theirs could only repeat what the first found.
        let (mut rivalry_read, mut war_read) = (false, false);
        for (cue, at) in here {
            match cue {
                Cue::Rivalry if !std::mem::replace(&mut rivalry_read, true) => s.rivalry(&mut out),
                Cue::War if !std::mem::replace(&mut war_read, true) => s.war(&mut out),
                Cue::Rivalry | Cue::War => {}
                Cue::Alliance => s.alliance(at, &mut out),
                Cue::Mediation => s.mediation(at, &mut out),
                Cue::Designation => s.designation(at, &mut out),
                Cue::Within => s.within(at, &mut out),
            }
        }
    }
    out
}

struct Sentence<'a> {
    text: &'a str,
    mentions: &'a [Mention],
    entities: &'a [Entity],
    index: SentenceIx,
    span: Span,
    /// What mediation reads of the whole sentence, read once however many cues.
    mediation: OnceCell<Mediation>,
    /// The bodies designated so far, with where the " by " read for each starts.
    designations: RefCell<Vec<(EntityIx, u32)>>,
}

struct Mediation {
    /// A mediating body's envoy, else the body itself.
    envoy_or_body: Option<EntityIx>,
    states: Vec<Mention>,
    parties: Vec<EntityIx>,
}

impl Sentence<'_> {
    fn kind(&self, ix: EntityIx) -> EntityKind {
        self.entities[ix as usize].kind
    }

    /// The organization a mention stands for: itself, or a person's faction.
    fn organization(&self, m: &Mention) -> Option<EntityIx> {
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
    fn before(&self, cue: Span) -> &[Mention] {
        &self.mentions[..self.mentions.partition_point(|m| m.span.end <= cue.start)]
    }

    /// The sentence's mentions that start after the cue ends.
    fn after(&self, cue: Span) -> &[Mention] {
        &self.mentions[self.mentions.partition_point(|m| m.span.start < cue.end)..]
    }

    fn organizations(&self, in_span: Span) -> Vec<EntityIx> {
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

    fn push(
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

    fn rivalry(&self, out: &mut Vec<Relation>) {
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
    fn alliance(&self, cue: Span, out: &mut Vec<Relation>) {
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
    fn mediation(&self, cue: Span, out: &mut Vec<Relation>) {
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
    fn designation(&self, cue: Span, out: &mut Vec<Relation>) {
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
    fn war(&self, out: &mut Vec<Relation>) {
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
    fn within(&self, cue: Span, out: &mut Vec<Relation>) {
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
