//! Speakers carried over from earlier text: pronouns and continuing quotations.
//!
//! A pronoun stands for someone named before; which one is decided by structure, in
//! this order, and the first rule that applies decides:
//!
//! 1. In a clause hanging from an earlier one (`X speaks … in which he announced`,
//!    `Hamas rejected what it called`), the subject of the sentence's main clause.
//! 2. The speaker of the latest attributed quotation, when that speaker can be the
//!    pronoun (a person for he/she, a body or group for it/they), if it ends in this
//!    or the previous sentence (`"…," Naim said. "…," he added.`).
//! 3. The person who is the subject of the previous sentence (curated or not:
//!    `Netanyahu condemned the deal. "…," he said.`; or described by a role: `A
//!    spokesperson for Abbas said …. "…," he said.` is the spokesperson, not Abbas).
//! 4. The latest speaker of rule 2 a few sentences back, if no other person has been
//!    named since.
//! 5. The one person named in the previous sentence and this one up to the verb.
//!
//! Otherwise the pronoun is unresolved and the quotation unattributed: a second person
//! in view is a reason to say nothing rather than guess the nearest. "I" and "we"
//! outside quotation marks are never resolved.
//!
//! A quotation with no frame of its own continues the one before when it opens its
//! sentence, that quotation closed the previous sentence, and nobody else was named
//! in between.

use super::grammar::Pronoun;
use super::people::People;
use super::resolve::{Kb, Resolved, Who};
use super::tokens::Kind;
use super::unit::Unit;
use crate::model::{EntityIx, EntityKind, SentenceIx, Span};

/// What the previous unit leaves for the next one to refer back to.
#[derive(Debug, Clone, Default)]
pub(super) struct Behind {
    pub last_sentence: Option<SentenceIx>,
    /// Its text.
    pub span: Option<Span>,
    /// The subject of its main clause, and whether that is a person described by a
    /// role ("A spokesperson for Abbas").
    pub main: Option<Who>,
    pub main_is_role: bool,
    /// The first two distinct people named in it, outside quotation marks, with the
    /// words of a mention.
    pub persons: Vec<(EntityIx, Span)>,
    /// Its last quotation, if the unit ends with it and its frame: the people named
    /// after it, other than its speaker, break a continuation.
    pub last_quote: Option<usize>,
    pub persons_after_last_quote: Vec<EntityIx>,
}

/// The latest quotation with a speaker, and where its frame ends.
#[derive(Debug, Clone, Copy)]
pub(super) struct Latest {
    pub quote: usize,
    pub speaker: Option<EntityIx>,
    pub ends_in: SentenceIx,
    /// The end of the unit it is framed in.
    pub unit_end: u32,
}

/// How many sentences back a pronoun may reach for the latest speaker when nobody
/// else has been named since.
pub(super) const QUIET_REACH: SentenceIx = 3;

/// How a pronoun resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Antecedent {
    Speaker(Who),
    /// The speaker of an earlier quotation, by index.
    Quote(usize),
    None,
}

pub(super) struct PronounContext<'a> {
    pub kb: &'a Kb<'a>,
    pub unit: &'a Unit,
    pub main: Who,
    pub main_is_role: bool,
    /// Token range of the unit's main subject.
    pub main_end: usize,
    pub behind: &'a Behind,
    pub latest: Option<Latest>,
    pub people: &'a People,
    pub text: &'a str,
    /// Where the few sentences a description or a pronoun may reach back to start.
    pub window_start: u32,
}

impl PronounContext<'_> {
    /// A person: a curated one, a name the knowledge base lacks, or one described by
    /// a role (`is_role`).
    fn is_person(&self, who: Who, is_role: bool) -> bool {
        match who {
            Who::Named { entity, .. } => self.kb.kind(entity) == Some(EntityKind::Person),
            Who::Uncurated { .. } => true,
            Who::Unnamed { .. } => is_role,
            _ => false,
        }
    }

    fn is_body(&self, who: Who) -> bool {
        matches!(who, Who::Named { entity, .. }
            if self.kb.kind(entity).is_some_and(|k| k.is_party() || k == EntityKind::Media))
    }

    /// The person a definite description resolved by `resolve` stands for.
    pub fn described(&self, found: &Resolved) -> Option<Who> {
        let (party, head) = found.definite?;
        self.people
            .described(self.kb, self.text, self.window_start, party, head)
    }

    /// Whether the latest speaker ends in this unit's sentence or the one before (two
    /// before, through a sentence whose subject is the same pronoun).
    fn adjacent(&self, l: &Latest) -> bool {
        let chained = matches!(self.behind.main, Some(Who::Pronoun(Pronoun::Singular)));
        l.ends_in.saturating_add(if chained { 2 } else { 1 }) >= self.unit.first_sentence
    }

    /// The latest speaker, if it ends in this unit's sentence or the one before, or
    /// a few sentences before with nobody else named until token `at`.
    fn latest_in_reach(&self, at: usize) -> Option<Latest> {
        let first = self.unit.first_sentence;
        // "He stressed …. "…," he said.": a sentence whose subject is the same pronoun
        // keeps the referent one sentence further.
        self.latest.filter(|l| {
            let offset = self.unit.tokens.get(at).map_or(u32::MAX, |t| t.span.start);
            self.adjacent(l)
                || (l.ends_in.saturating_add(QUIET_REACH) >= first
                    && !self.people.other_than(l.speaker, l.unit_end, offset))
        })
    }

    /// The antecedent of pronoun `p`, the subject of the verb at token `at`.
    pub fn resolve(&self, p: Pronoun, subordinate: bool, at: usize) -> Antecedent {
        match p {
            Pronoun::FirstPerson => Antecedent::None,
            Pronoun::Singular => {
                if subordinate
                    && self.main_end <= at
                    && self.is_person(self.main, self.main_is_role)
                {
                    return Antecedent::Speaker(self.main);
                }
                let person = |e: Option<EntityIx>| {
                    e.is_none_or(|e| self.kb.kind(e) == Some(EntityKind::Person))
                };
                let latest = self.latest_in_reach(at).filter(|l| person(l.speaker));
                if let Some(l) = latest.filter(|l| self.adjacent(l)) {
                    return Antecedent::Quote(l.quote);
                }
                // A person who is the subject of the sentence before comes before a
                // speaker further back: "A source close to Fatah said …. He argued".
                let behind = self.behind;
                if let Some(main) = behind
                    .main
                    .filter(|&w| self.is_person(w, behind.main_is_role))
                {
                    return Antecedent::Speaker(main);
                }
                if let Some(l) = latest {
                    return Antecedent::Quote(l.quote);
                }
                self.only_person_in_view(at)
            }
            Pronoun::Body => {
                if subordinate && self.main_end <= at && self.is_body(self.main) {
                    return Antecedent::Speaker(self.main);
                }
                let body = |e: Option<EntityIx>| {
                    e.is_none_or(|e| self.kb.kind(e) != Some(EntityKind::Person))
                };
                let latest = self.latest_in_reach(at).filter(|l| body(l.speaker));
                if let Some(l) = latest.filter(|l| self.adjacent(l)) {
                    return Antecedent::Quote(l.quote);
                }
                match (self.behind.main.filter(|&w| self.is_body(w)), latest) {
                    (Some(main), _) => Antecedent::Speaker(main),
                    (None, Some(l)) => Antecedent::Quote(l.quote),
                    (None, None) => Antecedent::None,
                }
            }
        }
    }

    /// The one person named in the previous unit and in this one before token `at`.
    fn only_person_in_view(&self, at: usize) -> Antecedent {
        let unit = self.unit;
        if unit.second_person_at.is_some_and(|i| i < at) {
            return Antecedent::None;
        }
        let here = unit.first_person.filter(|p| p.0 < at).map(|p| (p.1, p.2));
        let mut seen: Option<(EntityIx, Span)> = None;
        for (e, words) in self.behind.persons.iter().copied().chain(here) {
            if seen.is_some_and(|(s, _)| s != e) {
                return Antecedent::None;
            }
            seen = Some((e, words));
        }
        match seen {
            Some((entity, words)) => Antecedent::Speaker(Who::Named { entity, words }),
            None => Antecedent::None,
        }
    }
}

/// Whether the quotation `quote`, opening unit `unit` without a frame of its own,
/// continues the previous unit's last quotation; returns that quotation's index.
pub(super) fn continues(unit: &Unit, behind: &Behind, latest: Option<Latest>) -> Option<usize> {
    let last = behind.last_quote?;
    let latest = latest.filter(|l| l.quote == last)?;
    let adjacent = behind
        .last_sentence
        .is_some_and(|s| s.saturating_add(1) == unit.first_sentence);
    let interrupted = behind
        .persons_after_last_quote
        .iter()
        .any(|&p| Some(p) != latest.speaker);
    (adjacent && !interrupted).then_some(last)
}

/// A quotation that is its unit's whole sentence (four words or more, nothing but
/// punctuation around it) right after a sentence of the same paragraph whose subject
/// is a person and which names no one else: that person ("Rajoub was upbeat. "We are
/// confident …""). Anything less clear is left a quoted term.
pub(super) fn introduced(
    unit: &Unit,
    text: &str,
    quote: Span,
    behind: &Behind,
    people: &People,
) -> Option<Who> {
    let alone = unit.tokens.iter().skip(1).all(|t| t.kind == Kind::Other)
        && text.get(quote.range())?.split_whitespace().count() >= 4;
    let first = unit.tokens.first()?.span.start;
    let span = behind.span?;
    let same_paragraph = behind
        .last_sentence
        .is_some_and(|s| s.saturating_add(1) == unit.first_sentence)
        && !text.get(span.end as usize..first as usize)?.contains('\n');
    let (who, entity, words) = match behind.main? {
        w @ Who::Named { entity, words } => (w, Some(entity), words),
        w @ Who::Uncurated { words, .. } => (w, None, words),
        _ => return None,
    };
    let alone_named = people.only(entity, words, span.start, span.end);
    (alone && same_paragraph && alone_named).then_some(who)
}
