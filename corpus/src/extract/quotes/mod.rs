//! Direct quotations and their speakers: the right person, or an honest
//! "unattributed", never the nearest name.
//!
//! A misattributed quotation is the worst error the app can make, so attribution reads
//! the structure of the sentence, not distances:
//!
//! - [`marks`] pairs quotation marks; [`unit`] groups sentences that a quotation runs
//!   across and lists the reporting cues of each group, from the one lexicon in
//!   [`crate::reporting`];
//! - [`frame`] decides which cue frames a quotation (the one right after it, else the
//!   nearest before it in its sentence);
//! - [`subject`] finds the cue's subject, reading past appositions, relative clauses
//!   and parentheticals (`Hassan Rashad, who received X, Y and Z, said` is Rashad's);
//! - [`resolve`] turns the subject's words into a speaker (a person, a body, a
//!   statement's issuer, a name the knowledge base lacks, an unnamed source), and
//!   [`surnames`] a bare surname into the person named in full earlier;
//! - [`carry`] resolves pronouns and continuing quotations through the text before.
//!
//! Every quotation records the [`AttributionRule`] that produced its speaker, or why it
//! has none (one byte or two in the blob; the reader shows its label):
//!
//! | rule | shape |
//! |---|---|
//! | `SubjectOf(verb)` | `X said "…"`, `"…," X told Y`, `X called Z "…"`, `X dismissed Z as "…"` |
//! | `AfterVerb(verb)` | `"…," said X` |
//! | `Joint(verb)` | `X and Y said "…"`: the first named speaks |
//! | `According` | `"…," according to X` (an outlet there is a source, not a speaker; a pronoun, `according to him`, leaves the words unattributed) |
//! | `Statement` | `a statement by X said`, `an Egyptian statement said`: the issuer |
//! | `Pronoun(verb)` | `"…," he said`: see [`carry`] |
//! | `Agent(verb)` | `was dismissed as "…" by X` |
//! | `Continuation` | `"…," X said. "…"` and `"…," X said, "…"` |
//! | `Introduced` | `X was upbeat. "…"`: a bare quotation after a sentence about one person |
//! | `Unattributed` | a cue reports the words, the structure leaves the speaker uncertain |
//! | `Term` | nothing reports the words: a quoted term |
//!
//! Outlets are speakers only as the subject of a verb (`Al-Qahera News reported that
//! …`), never as a listener (`told AFP`) or a source (`according to AFP`). A place
//! never speaks ("Cairo says").
//!
//! The cost is linear in the text: each unit is tokenized once, each cue's subject is
//! read once and at most a bounded number of tokens back.

mod carry;
mod frame;
mod grammar;
mod marks;
mod people;
mod resolve;
mod subject;
mod surnames;
mod tokens;
mod unit;

#[cfg(test)]
mod tests;

use crate::model::{AttributionRule, Entity, EntityKind, Mention, Quote, SentenceIx, Span};
use carry::{Behind, Latest, PronounContext};
use frame::{Outcome, Reader};
use marks::Quotation;
use people::People;
use resolve::{Kb, Who};
use surnames::Surnames;
use tokens::Kind;

/// Every quotation of `text`, with its speaker and the rule that found it.
/// `candidates` are the spans of names the knowledge base lacks (sorted): such a name
/// can be a speaker and the antecedent of a pronoun.
pub fn extract(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    candidates: &[Span],
    entities: &[Entity],
) -> Vec<Quote> {
    let quotations = marks::quotations(text);
    let sentence_of = |offset: u32| {
        sentences
            .partition_point(|s| s.end <= offset)
            .min(sentences.len().saturating_sub(1)) as SentenceIx
    };
    let mut quotes: Vec<Quote> = quotations
        .iter()
        .map(|q| Quote {
            span: q.inner,
            speaker: None,
            speaker_span: None,
            speaker_faction: None,
            sentence: sentence_of(q.inner.start),
            rule: AttributionRule::Term,
        })
        .collect();
    if quotations.is_empty() || sentences.is_empty() {
        return quotes;
    }
    // A name inside quotation marks never speaks the words around it. Quotations are
    // sorted and disjoint: only the last one starting at or before a mention can hold it.
    let outside: Vec<Mention> = mentions
        .iter()
        .copied()
        .filter(|m| {
            let before = quotations.partition_point(|q| q.outer.start <= m.span.start);
            !before
                .checked_sub(1)
                .is_some_and(|i| quotations[i].outer.contains(m.span))
        })
        .collect();
    let surnames = Surnames::new(text, mentions, candidates, entities);
    let kb = Kb {
        entities,
        surnames: &surnames,
        candidates,
    };
    let people = People::new(text, &outside, candidates, &quotations, entities);
    let indexed: Vec<(usize, Quotation)> = quotations.iter().copied().enumerate().collect();
    let groups = unit::group(sentences, &quotations);
    // Only units with a quotation, and those just before one, need reading.
    let quoted: Vec<bool> = groups
        .iter()
        .map(|&(a, b)| {
            let (start, end) = (sentences[a].start, sentences[b].end);
            let i = quotations.partition_point(|q| q.outer.start < start);
            quotations.get(i).is_some_and(|q| q.outer.start < end)
        })
        .collect();

    let mut behind = Behind::default();
    let mut latest: Option<Latest> = None;
    for (g, &range) in groups.iter().enumerate() {
        if !quoted[g] && !quoted.get(g + 1).copied().unwrap_or(false) {
            behind = Behind::default();
            continue;
        }
        let is_person = |e: u16| kb.kind(e) == Some(EntityKind::Person);
        let unit = unit::build(text, sentences, range, &indexed, &outside, is_person);
        let main_range = resolve::main_subject(&unit);
        let window_start = sentences
            .get(range.0.saturating_sub(carry::QUIET_REACH as usize))
            .map_or(0, |s| s.start);
        // Names joined by "and" are no antecedent for "he": the main subject is nobody;
        // "The Fatah official" is the Fatah person just named, if there is one.
        let found = resolve::phrase(&kb, &unit, main_range.clone(), None);
        let described = found
            .definite
            .and_then(|(party, head)| people.described(&kb, text, window_start, party, head));
        let main = match (found, described) {
            (f, _) if f.joint => Who::Nobody,
            (_, Some(who)) => who,
            (f, None) => f.who,
        };
        let main_is_role = described.is_none() && resolve::singular_role(&unit, main_range.clone());
        if quoted[g] {
            let pronouns = PronounContext {
                kb: &kb,
                unit: &unit,
                main,
                main_is_role,
                main_end: main_range.end,
                behind: &behind,
                latest,
                people: &people,
                text,
                window_start,
            };
            let mut reader = Reader::new(&kb, &unit, text, &quotations, pronouns);
            for (at, token) in unit.tokens.iter().enumerate() {
                let Kind::Quote(q) = token.kind else { continue };
                let mut outcome = reader.attribute(at, q, latest);
                if outcome == Outcome::Term
                    && at == 0
                    && let Some(from) = carry::continues(&unit, &behind, latest)
                {
                    outcome = Outcome::Carried(from, AttributionRule::Continuation);
                }
                if outcome == Outcome::Term
                    && at == 0
                    && let Some(who) =
                        carry::introduced(&unit, text, quotations[q].inner, &behind, &people)
                {
                    outcome = Outcome::Speaker(who, AttributionRule::Introduced);
                }
                apply(&mut quotes, q, outcome, entities);
                if quotes[q].has_speaker() {
                    latest = Some(Latest {
                        quote: q,
                        speaker: quotes[q].speaker,
                        ends_in: unit.last_sentence,
                        unit_end: sentences[range.1].end,
                    });
                }
            }
        }
        behind = leave_behind(&unit, main, main_is_role, &quotes, &kb);
    }
    quotes
}

/// Writes an outcome into quotation `q`.
fn apply(quotes: &mut [Quote], q: usize, outcome: Outcome, entities: &[Entity]) {
    let (speaker, speaker_span, speaker_faction, rule) = match outcome {
        Outcome::Speaker(Who::Named { entity, words }, rule) => {
            let faction = match entities.get(entity as usize) {
                Some(e) if e.kind == EntityKind::Person => e.faction,
                Some(e) if e.kind.is_party() => Some(entity),
                _ => None,
            };
            (Some(entity), Some(words), faction, rule)
        }
        Outcome::Speaker(
            Who::Unnamed { words, faction } | Who::Uncurated { words, faction },
            rule,
        ) => (None, Some(words), faction, rule),
        Outcome::Carried(from, rule) => match quotes.get(from) {
            Some(p) if p.has_speaker() => (p.speaker, p.speaker_span, p.speaker_faction, rule),
            _ => (None, None, None, AttributionRule::Unattributed),
        },
        Outcome::Speaker(..) | Outcome::Unattributed => {
            (None, None, None, AttributionRule::Unattributed)
        }
        Outcome::Term => (None, None, None, AttributionRule::Term),
    };
    if let Some(quote) = quotes.get_mut(q) {
        quote.speaker = speaker;
        quote.speaker_span = speaker_span;
        quote.speaker_faction = speaker_faction;
        quote.rule = rule;
    }
}

/// What a unit leaves for the next to refer back to.
fn leave_behind(
    unit: &unit::Unit,
    main: Who,
    main_is_role: bool,
    quotes: &[Quote],
    kb: &Kb,
) -> Behind {
    let person = |m: &&Mention| kb.kind(m.entity) == Some(EntityKind::Person);
    // The first two people named: a third changes nothing for the rules that read them.
    let mut persons: Vec<(u16, Span)> = Vec::new();
    for m in unit.mention_of.iter().flatten().filter(person) {
        let full = persons.len() >= 2;
        match persons.iter_mut().find(|(e, _)| *e == m.entity) {
            Some(slot) => slot.1 = m.span,
            None if !full => persons.push((m.entity, m.span)),
            None => break,
        }
    }
    let last_at = unit
        .tokens
        .iter()
        .rposition(|t| matches!(t.kind, Kind::Quote(_)));
    let last_quote = last_at.and_then(|at| match unit.tokens[at].kind {
        Kind::Quote(q) => Some(q),
        _ => None,
    });
    let speaker = last_quote
        .and_then(|q| quotes.get(q))
        .and_then(|q| q.speaker);
    let persons_after_last_quote = last_at
        .map(|at| {
            unit.mention_of[at..]
                .iter()
                .flatten()
                .filter(person)
                .map(|m| m.entity)
                .filter(|&e| Some(e) != speaker)
                .collect()
        })
        .unwrap_or_default();
    Behind {
        last_sentence: Some(unit.last_sentence),
        span: unit.span(0..unit.tokens.len()),
        main: Some(main),
        main_is_role,
        persons,
        last_quote,
        persons_after_last_quote,
    }
}
