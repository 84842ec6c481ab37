//! From the words naming a speaker to who the speaker is.
//!
//! A noun phrase speaks through its head: the last word of its core, the part before
//! its first preposition (`a spokesman for Hamas` is a spokesman, `a statement by the
//! Popular Front` a statement). The head is then
//!
//! - a mention of a person, a faction, a state, a mediating body or an outlet: that
//!   entity speaks (`Hamas official Izzat Risheq`, `Abbas aide Azzam al-Ahmad`; a place
//!   never speaks: "Cairo says" is not quoted speech);
//! - a statement noun: the body or person named in it issued the words;
//! - a capitalized word the knowledge base does not know: a surname of a person named
//!   earlier in the article (`Al-Ahmad`, `Marzuk`) when exactly one such person
//!   exists, else a name the knowledge base lacks (an uncurated candidate), kept as
//!   words;
//! - a role or another noun: an unnamed speaker kept as words, with the party named in
//!   them, unless a bare apposition names the person (`its deputy leader, Salah
//!   al-Aruri,`).
//!
//! Names joined by "and" (`Abbas and Mashaal said`) speak together: the first named
//! is the speaker and the rule says the words were joint; `X or Y` is nobody.

use super::grammar::{
    DETERMINERS, PREPOSITIONS, Pronoun, TITLE_WORDS, between_subject_and_verb, pronoun,
};
use super::surnames::{Person, Surnames};
use super::unit::Unit;
use crate::model::{Entity, EntityIx, EntityKind, Span};
use crate::reporting::{ROLE_NOUNS, STATEMENT_NOUNS};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Who {
    /// A curated entity; `words` are the words that name it here.
    Named {
        entity: EntityIx,
        words: Span,
    },
    /// Someone the knowledge base does not name: "a Hamas official", "Hazem Qassem".
    Unnamed {
        words: Span,
        faction: Option<EntityIx>,
    },
    /// A name the knowledge base lacks, found as an uncurated candidate: "Wang Yi".
    Uncurated {
        words: Span,
        faction: Option<EntityIx>,
    },
    Pronoun(Pronoun),
    Nobody,
}

/// A speaker, and whether the words came from a statement or from several speakers
/// at once (`who` is then the first named).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Resolved {
    pub who: Who,
    pub statement: bool,
    pub joint: bool,
    /// For a definite description of a person by role and party ("The Fatah
    /// official"): the party and the role word, for the caller to resolve against
    /// the people in view.
    pub definite: Option<(EntityIx, Span)>,
}

impl Resolved {
    fn plain(who: Who) -> Self {
        Resolved {
            who,
            statement: false,
            joint: false,
            definite: None,
        }
    }
}

/// What resolving needs besides the unit.
pub(super) struct Kb<'a> {
    pub entities: &'a [Entity],
    pub surnames: &'a Surnames,
    /// Spans of the names the knowledge base lacks (uncurated candidates), sorted.
    pub candidates: &'a [Span],
}

impl Kb<'_> {
    /// The uncurated candidate name that overlaps `words`, if any.
    pub fn candidate_at(&self, words: Span) -> Option<Span> {
        let i = self.candidates.partition_point(|c| c.end <= words.start);
        self.candidates
            .get(i)
            .filter(|c| c.overlaps(words))
            .copied()
    }

    pub fn kind(&self, e: EntityIx) -> Option<EntityKind> {
        self.entities.get(e as usize).map(|x| x.kind)
    }

    fn is_party(&self, e: EntityIx) -> bool {
        self.kind(e).is_some_and(EntityKind::is_party)
    }

    /// The first party named in tokens `r` of `unit`.
    pub fn party_in(&self, unit: &Unit, r: Range<usize>) -> Option<EntityIx> {
        r.filter_map(|i| unit.mention_of.get(i).copied().flatten())
            .map(|m| m.entity)
            .find(|&e| self.is_party(e))
    }
}

/// Who the words `np` of `unit` name, with an apposition that may name them.
pub(super) fn phrase(
    kb: &Kb,
    unit: &Unit,
    np: Range<usize>,
    apposition: Option<Range<usize>>,
) -> Resolved {
    let words: Vec<usize> = np
        .clone()
        .filter(|&i| unit.word(i).is_some() && !unit.nested[i])
        .collect();
    let Some(&last) = words.last() else {
        return Resolved::plain(Who::Nobody);
    };
    let lower = |i: usize| unit.word(i).unwrap_or("");
    let all = unit.span(words[0]..last + 1);
    if words.len() == 1
        && let Some(p) = pronoun(lower(last))
    {
        return Resolved::plain(Who::Pronoun(p));
    }
    let outside_names = |i: &usize| unit.mention_of[*i].is_none();
    let title = |i: usize| TITLE_WORDS.contains(&lower(i)) || ROLE_NOUNS.contains(&lower(i));
    // "Abbas and Mashaal said": names joined by "and" speak together; "PA President
    // and Fatah leader Mahmoud Abbas" joins two titles of one person.
    let ends_name = |k: usize| {
        unit.mention_of[words[k]].is_some()
            || (unit.tokens[words[k]].capitalized() && !title(words[k]))
    };
    let joins: Vec<usize> = (1..words.len())
        .filter(|&k| {
            outside_names(&words[k]) && matches!(lower(words[k]), "and" | "or") && ends_name(k - 1)
        })
        .collect();
    if !joins.is_empty() {
        return joint(kb, unit, &words, &joins, all);
    }
    let core_end = words
        .iter()
        .skip(1)
        .find(|&&i| outside_names(&i) && PREPOSITIONS.contains(&lower(i)))
        .copied()
        .unwrap_or(np.end);
    let mut core: Vec<usize> = words.iter().copied().filter(|&i| i < core_end).collect();
    while core.len() > 1
        && core
            .last()
            .is_some_and(|&i| outside_names(&i) && between_subject_and_verb(lower(i)))
    {
        core.pop();
    }
    // A phrase cut short after "the" names no one.
    let Some(&head) = core.last().filter(|&&h| !DETERMINERS.contains(&lower(h))) else {
        return Resolved::plain(Who::Nobody);
    };
    let faction = kb
        .party_in(unit, np.clone())
        .or_else(|| apposition.clone().and_then(|a| kb.party_in(unit, a)));

    if let Some(m) = unit.mention_of[head] {
        return Resolved::plain(match kb.kind(m.entity) {
            Some(EntityKind::Place) | None => Who::Nobody,
            Some(_) => Who::Named {
                entity: m.entity,
                words: m.span,
            },
        });
    }
    let head_word = lower(head);
    if STATEMENT_NOUNS.contains(&head_word) {
        // The issuer: named after the noun ("by the Popular Front"), else in it ("an
        // Egyptian statement").
        let issuer = (core_end..np.end)
            .rev()
            .filter_map(|i| unit.mention_of[i])
            .find(|m| kb.is_party(m.entity) || kb.kind(m.entity) == Some(EntityKind::Person))
            .or_else(|| {
                core.iter()
                    .rev()
                    .filter_map(|&i| unit.mention_of[i])
                    .find(|m| kb.is_party(m.entity))
            });
        let who = match (issuer, all) {
            (Some(m), _) => Who::Named {
                entity: m.entity,
                words: m.span,
            },
            (None, Some(words)) => Who::Unnamed { words, faction },
            (None, None) => Who::Nobody,
        };
        return Resolved {
            statement: true,
            ..Resolved::plain(who)
        };
    }
    if unit.tokens[head].capitalized() && !title(head) && !head_word.ends_with("'s") {
        match kb.surnames.lookup(head_word, unit.tokens[head].span.start) {
            Some(Person::Entity(entity)) => {
                return Resolved::plain(Who::Named {
                    entity,
                    words: unit.tokens[head].span,
                });
            }
            // The full name, so that every quotation of this person reads the same.
            Some(Person::Name(words)) => {
                return Resolved::plain(Who::Uncurated { words, faction });
            }
            None => {}
        }
        // A name the knowledge base lacks: the candidate name it is part of, within
        // the phrase ("the Foreign Ministry"), else its capitalized words after any
        // title ("Fatah spokesman Osama Qawasmi").
        let run_start = core
            .iter()
            .rev()
            .take_while(|&&i| unit.tokens[i].capitalized() && outside_names(&i))
            .last()
            .copied()
            .unwrap_or(head);
        let head_span = unit.tokens[head].span;
        let who = match kb.candidate_at(head_span) {
            Some(c) => {
                let start = unit.tokens[run_start].span.start.max(c.start);
                Who::Uncurated {
                    words: Span {
                        start,
                        end: head_span.end.min(c.end).max(start),
                    },
                    faction,
                }
            }
            None => {
                let start = (run_start..=head)
                    .find(|&i| !title(i) && unit.word(i).is_some())
                    .unwrap_or(head);
                match unit.span(start..head + 1) {
                    Some(words) => Who::Unnamed { words, faction },
                    None => Who::Nobody,
                }
            }
        };
        return Resolved::plain(who);
    }
    // A role: a bare apposition may name the person.
    if let Some(a) = apposition {
        let named = phrase(kb, unit, a, None).who;
        let person = match named {
            Who::Named { entity, .. } => kb.kind(entity) == Some(EntityKind::Person),
            Who::Uncurated { .. } => true,
            _ => false,
        };
        if person {
            return Resolved::plain(named);
        }
    }
    // "The Fatah official": definite, a singular role, a party; sources stay unnamed,
    // and so does a phrase that goes on indefinite ("the source, a Hamas official").
    let indefinite = words
        .iter()
        .any(|&w| matches!(lower(w), "a" | "an" | "another" | "source" | "sources"));
    let definite = (lower(words[0]) == "the"
        && singular_role(unit, head..head + 1)
        && !indefinite
        && !matches!(head_word, "source" | "sources"))
    .then_some(faction.map(|f| (f, unit.tokens[head].span)))
    .flatten();
    Resolved {
        definite,
        ..Resolved::plain(match all {
            Some(words) => Who::Unnamed { words, faction },
            None => Who::Nobody,
        })
    }
}

/// Names joined by "and" (`words[k]` for `k` in `joins`): the first speaks for all of
/// them when every part names someone; "Hamas and Fatah officials" are officials of
/// no one side; "X or Y" is nobody.
fn joint(kb: &Kb, unit: &Unit, words: &[usize], joins: &[usize], all: Option<Span>) -> Resolved {
    let last = words[words.len() - 1];
    if ROLE_NOUNS.contains(&unit.word(last).unwrap_or("")) {
        return Resolved::plain(match all {
            Some(words) => Who::Unnamed {
                words,
                faction: None,
            },
            None => Who::Nobody,
        });
    }
    if joins.iter().any(|&k| unit.word(words[k]) == Some("or")) {
        return Resolved::plain(Who::Nobody);
    }
    let mut from = 0;
    let mut first = None;
    for &end in joins.iter().chain(std::iter::once(&words.len())) {
        let part = match (words.get(from), words.get(end - 1)) {
            (Some(&a), Some(&b)) if from < end => a..b + 1,
            _ => return Resolved::plain(Who::Nobody),
        };
        match phrase(kb, unit, part, None).who {
            who @ (Who::Named { .. } | Who::Uncurated { .. }) => {
                first.get_or_insert(who);
            }
            _ => return Resolved::plain(Who::Nobody),
        }
        from = end + 1;
    }
    Resolved {
        joint: true,
        ..Resolved::plain(first.unwrap_or(Who::Nobody))
    }
}

/// Whether tokens `r` end on a singular role or title ("A spokesperson", "The
/// president"): a person a pronoun can stand for, though unnamed.
pub(super) fn singular_role(unit: &Unit, r: Range<usize>) -> bool {
    let last = r.clone().rfind(|&i| unit.word(i).is_some());
    last.and_then(|i| unit.word(i))
        .is_some_and(|w| (ROLE_NOUNS.contains(&w) || TITLE_WORDS.contains(&w)) && !w.ends_with('s'))
}

/// The subject that opens a unit's main clause, as tokens: after an introductory
/// phrase, the run of names, titles, determiners and possessives it starts with
/// (`Prime Minister Rami Hamdallah` in `Prime Minister Rami Hamdallah speaks …`).
pub(super) fn main_subject(unit: &Unit) -> Range<usize> {
    use super::grammar::{CLAUSE_OPENERS, DETERMINERS, INTRO_WORDS};
    let t = &unit.tokens;
    let mut start = 0;
    let opens_intro = unit
        .word(0)
        .is_some_and(|w| INTRO_WORDS.contains(&w) || CLAUSE_OPENERS.contains(&w));
    if opens_intro
        && unit.mention_of[0].is_none()
        && let Some(comma) = t.iter().take(20).position(|x| x.separates())
    {
        start = comma + 1;
    }
    let mut end = start;
    while let Some(x) = t.get(end) {
        let fits = match unit.word(end) {
            // "Abbas and Haniyeh met": the run takes both, and names no one.
            Some("and") => end > start && t.get(end + 1).is_some_and(|n| n.capitalized()),
            Some(w) => {
                x.capitalized()
                    || unit.mention_of[end].is_some()
                    || TITLE_WORDS.contains(&w)
                    || ROLE_NOUNS.contains(&w)
                    || DETERMINERS.contains(&w)
                    || w.ends_with("'s")
            }
            None => x.kind == super::tokens::Kind::Other && end > start,
        };
        if !fits {
            break;
        }
        end += 1;
    }
    start..end
}
