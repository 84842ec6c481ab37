//! Which reporting cue frames a quotation, and who that cue's speaker is.
//!
//! A quotation is framed, in this order of preference, by
//!
//! 1. a cue right after it (`"…," Naim said`, `"…," said the source`, `"…,"
//!    according to X`), when the quotation ends open (a comma, `?`, `!` or a dash) and
//!    only a subject stands between it and the cue;
//! 2. the nearest cue before it in its unit (`X called the plan "a mirage"`), unless a
//!    semicolon closes that clause first;
//! 3. otherwise nothing: with a cue elsewhere in the unit the words are reported but
//!    their speaker is not certain (unattributed); with none they are a quoted term,
//!    unless they continue the quotation before.
//!
//! Each cue's speaker is computed once per unit, in text order, because a verb that
//! shares its subject (`and pledged`, `, saying`) takes the one of the cue before.
//! "According to" an outlet is sourcing, not speech: such a cue frames nothing.
//! "According to him" frames the words but names nobody: the rule `According` says
//! the speaker is named after the cue, and a pronoun's antecedent would be carried
//! from elsewhere under that label, so the words stay unattributed.

use super::carry::{Antecedent, Latest, PronounContext};
use super::marks::Quotation;
use super::resolve::{Kb, Resolved, Who, phrase};
use super::subject::{self, Subject};
use super::tokens::Kind;
use super::unit::{CueKind, Unit};
use crate::model::{AttributionRule, EntityKind};
use crate::reporting::{self, VerbIx};

/// How far after a quotation its frame's verb may stand, in tokens.
const MAX_TAIL: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// A speaker named or described here (`Who::Named`, `Unnamed` or `Uncurated`).
    Speaker(Who, AttributionRule),
    /// The speaker of an earlier quotation, by index.
    Carried(usize, AttributionRule),
    Unattributed,
    Term,
}

pub(super) struct Reader<'a> {
    pub kb: &'a Kb<'a>,
    pub unit: &'a Unit,
    pub text: &'a str,
    pub quotations: &'a [Quotation],
    pub pronouns: PronounContext<'a>,
    /// Per cue, once computed: its outcome, or `None` when it frames nothing.
    outcomes: Vec<Option<Option<Outcome>>>,
    /// Cues before this index are computed.
    computed: usize,
}

impl<'a> Reader<'a> {
    pub fn new(
        kb: &'a Kb<'a>,
        unit: &'a Unit,
        text: &'a str,
        quotations: &'a [Quotation],
        pronouns: PronounContext<'a>,
    ) -> Self {
        Reader {
            kb,
            unit,
            text,
            quotations,
            pronouns,
            outcomes: vec![None; unit.cues.len()],
            computed: 0,
        }
    }

    /// The frame of quotation `quote`, the token at `at`.
    pub fn attribute(&mut self, at: usize, quote: usize, latest: Option<Latest>) -> Outcome {
        self.pronouns.latest = latest;
        if let Some(found) = self.tail(at, quote) {
            return found;
        }
        let unit = self.unit;
        // Cues are in text order: binary searches keep many quotations linear.
        let before = unit.cues.partition_point(|c| c.at < at).checked_sub(1);
        if let Some(ci) = before
            && !self.semicolon_between(unit.cues[ci].at, at)
            && let Some(found) = self.outcome(ci)
        {
            return found;
        }
        if unit.cues.is_empty() {
            Outcome::Term
        } else {
            Outcome::Unattributed
        }
    }

    /// A cue right after the quotation at token `at`.
    fn tail(&mut self, at: usize, quote: usize) -> Option<Outcome> {
        let t = &self.unit.tokens;
        let mut k = at + 1;
        let comma = t.get(k).is_some_and(|x| x.kind == Kind::Comma);
        if comma {
            k += 1;
        }
        let open = self
            .quotations
            .get(quote)
            .is_some_and(|q| q.ends_open(self.text));
        if !(comma || open) {
            return None;
        }
        let ci = self.unit.cues.partition_point(|c| c.at < k);
        let cue = *self.unit.cues.get(ci)?;
        if cue.at >= k + MAX_TAIL || (k..cue.at).any(|i| t[i].is_boundary()) {
            return None;
        }
        // ", saying …" goes on from the clause before; "…, but X said" is a new one;
        // "…," X was quoted as saying' is a frame.
        let opens_clause = cue.at > k
            && self
                .unit
                .word(k)
                .is_some_and(|w| super::grammar::CLAUSE_OPENERS.contains(&w));
        let participle = self.unit.word(cue.at).is_some_and(reporting::is_participle)
            && cue.at.checked_sub(1).and_then(|p| self.unit.word(p)) != Some("as");
        if opens_clause || participle {
            return None;
        }
        // `"…," said the source`, but not `"…", said nothing`: after a verb right
        // behind the quotation, a subject must follow (a name, a determiner, a
        // pronoun), else the verb belongs to a clause around the quotation.
        let after = match cue.kind {
            CueKind::According => cue.at + 2,
            CueKind::Verb(_) => cue.at + 1,
        };
        if cue.at == k && !self.subject_follows(after) {
            return None;
        }
        self.outcome(ci)
    }

    /// Whether the token at `i` can open a subject: a name, a capitalized word, a
    /// determiner or a pronoun.
    fn subject_follows(&self, i: usize) -> bool {
        let unit = self.unit;
        unit.mention_of.get(i).copied().flatten().is_some()
            || unit.tokens.get(i).is_some_and(|t| t.capitalized())
            || unit.word(i).is_some_and(|w| {
                super::grammar::DETERMINERS.contains(&w) || super::grammar::pronoun(w).is_some()
            })
    }

    fn semicolon_between(&self, from: usize, to: usize) -> bool {
        let s = &self.unit.semicolons_before;
        s.get(to).zip(s.get(from)).is_some_and(|(b, a)| b > a)
    }

    /// The outcome of cue `ci`, computing every cue before it first.
    fn outcome(&mut self, ci: usize) -> Option<Outcome> {
        while self.computed <= ci {
            let found = self.compute(self.computed);
            self.outcomes[self.computed] = Some(found);
            self.computed += 1;
        }
        self.outcomes[ci].flatten()
    }

    fn compute(&self, ci: usize) -> Option<Outcome> {
        let unit = self.unit;
        let cue = unit.cues[ci];
        let verb = match cue.kind {
            CueKind::According => {
                let np = subject::after(unit, cue.at + 2);
                let found = phrase(self.kb, unit, np, None);
                match found.who {
                    Who::Named { entity, .. }
                        if self.kb.kind(entity) == Some(EntityKind::Media) =>
                    {
                        return None;
                    }
                    // "according to him": the rule would claim a name after the cue that
                    // the text does not give; a pronoun here is resolved by no rule.
                    Who::Pronoun(_) => return Some(Outcome::Unattributed),
                    _ => {}
                }
                return Some(self.speaker(found, AttributionRule::According, false, cue.at));
            }
            CueKind::Verb(v) => v,
        };
        Some(match subject::before(unit, cue.at) {
            Subject::Phrase {
                np,
                apposition,
                subordinate,
            } => {
                let found = phrase(self.kb, unit, np, apposition);
                let rule = phrase_rule(&found, verb, AttributionRule::SubjectOf(verb));
                self.speaker(found, rule, subordinate, cue.at)
            }
            Subject::Shared => self.shared(ci, verb),
            Subject::Passive => self.agent(cue.at, verb),
            Subject::Inverted => {
                let inverts = reporting::entry(verb).is_some_and(|e| e.inverts);
                if !inverts {
                    return Some(Outcome::Unattributed);
                }
                let np = subject::after(unit, cue.at + 1);
                let found = phrase(self.kb, unit, np, None);
                let rule = phrase_rule(&found, verb, AttributionRule::AfterVerb(verb));
                self.speaker(found, rule, false, cue.at)
            }
            Subject::Unclear => Outcome::Unattributed,
        })
    }

    /// `and pledged`, `, saying`: the speaker of the cue before, else the unit's main
    /// subject, under this verb's rule.
    fn shared(&self, ci: usize, verb: VerbIx) -> Outcome {
        let rule = AttributionRule::SubjectOf(verb);
        let before = ci
            .checked_sub(1)
            .and_then(|k| self.outcomes.get(k).copied().flatten().flatten());
        match before {
            Some(Outcome::Speaker(who, AttributionRule::Pronoun(_))) => {
                Outcome::Speaker(who, AttributionRule::Pronoun(verb))
            }
            Some(Outcome::Speaker(who, _)) => Outcome::Speaker(who, rule),
            Some(Outcome::Carried(q, r)) => Outcome::Carried(q, r),
            Some(other) => other,
            // The main subject, when it is someone: "The talks …, insisting" is no one.
            None => match self.pronouns.main {
                who @ (Who::Named { .. } | Who::Uncurated { .. }) => Outcome::Speaker(who, rule),
                who @ Who::Unnamed { .. } if self.pronouns.main_is_role => {
                    Outcome::Speaker(who, rule)
                }
                _ => Outcome::Unattributed,
            },
        }
    }

    /// `was dismissed as "…" by X`: the words after the first "by" past the verb.
    fn agent(&self, at: usize, verb: VerbIx) -> Outcome {
        let unit = self.unit;
        let by = (at + 1..unit.tokens.len())
            .take(MAX_TAIL)
            .take_while(|&i| unit.tokens[i].kind != Kind::Stop)
            .find(|&i| unit.word(i) == Some(super::grammar::AGENT));
        match by {
            Some(b) => {
                let np = subject::after(unit, b + 1);
                let found = phrase(self.kb, unit, np, None);
                self.speaker(found, AttributionRule::Agent(verb), false, at)
            }
            None => Outcome::Unattributed,
        }
    }

    /// The outcome for a resolved subject, resolving a pronoun through the text before.
    fn speaker(
        &self,
        found: Resolved,
        rule: AttributionRule,
        subordinate: bool,
        at: usize,
    ) -> Outcome {
        let verb_rule = match rule {
            AttributionRule::SubjectOf(v)
            | AttributionRule::AfterVerb(v)
            | AttributionRule::Agent(v) => AttributionRule::Pronoun(v),
            other => other,
        };
        match found.who {
            // "The Fatah official said": the one Fatah person just named, if any.
            Who::Unnamed { .. } if let Some(who) = self.pronouns.described(&found) => {
                Outcome::Speaker(who, rule)
            }
            who @ (Who::Named { .. } | Who::Unnamed { .. } | Who::Uncurated { .. }) => {
                Outcome::Speaker(who, rule)
            }
            Who::Pronoun(p) => match self.pronouns.resolve(p, subordinate, at) {
                Antecedent::Speaker(who) => Outcome::Speaker(who, verb_rule),
                Antecedent::Quote(q) => Outcome::Carried(q, verb_rule),
                Antecedent::None => Outcome::Unattributed,
            },
            Who::Nobody => Outcome::Unattributed,
        }
    }
}

/// The rule for a speaker read from a phrase next to `verb`: the issuer of a
/// statement, the first of joint subjects, or else `plain` (subject of, named after).
fn phrase_rule(found: &Resolved, verb: VerbIx, plain: AttributionRule) -> AttributionRule {
    if found.statement {
        AttributionRule::Statement
    } else if found.joint {
        AttributionRule::Joint(verb)
    } else {
        plain
    }
}
