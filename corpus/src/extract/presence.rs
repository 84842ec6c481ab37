//! Who the text places at the talks, and who it says led each side: never more than
//! the text says.
//!
//! Being named is not being there: a photo caption, a quotation given in Gaza or a
//! leader who sent a delegation name people who were not at the table. A person is
//! placed at the talks only by a sentence with a cue that says so, and each placement
//! keeps that sentence and cue:
//!
//! - heading a delegation ("the Hamas delegation, led by Saleh al-Arouri", "Fatah
//!   delegates, led by Azzam al-Ahmad"): the only cue that makes a leader;
//! - being in one ("a delegation including ...", "accompanied by ...");
//! - meeting ("met with", "meets", "hosted", "received", "held talks with");
//! - taking part ("taking part in", "attended", "at the ceremony", "chairing");
//! - signing ("the agreement was signed by", "sealing the deal");
//! - speaking in the place of the talks ("Mashaal spoke in Cairo").
//!
//! A sentence with a negation ("was not in Cairo", "never materialized", "skip the
//! meeting"), a future before its cue ("is set to meet") or another place than the
//! talks' ("a delegation to Iran") places no one. A possessive ("Abbas's Fatah") and a
//! name inside a quotation are not a person who is there.

use super::mentions_in;
use crate::model::{
    Entity, EntityIx, EntityKind, Mention, PresenceCue, Present, Quote, SentenceIx, Span,
};
use crate::text::words;

const NEGATIONS: &[&str] = &[
    "not",
    "never",
    "without",
    "boycott",
    "boycotted",
    "boycotting",
    "skip",
    "skipped",
    "absent",
    "absence",
    "refused",
    "declined",
];

/// Words that, shortly before a cue, make it a plan rather than a fact.
const FUTURE: &[&str] = &[
    "will",
    "would",
    "could",
    "expected",
    "due",
    "scheduled",
    "plans",
    "planned",
    "set",
    "hope",
    "hoped",
    "hoping",
    "aims",
    "to",
];

/// How many words a person may stand before or after the cue that places them.
const NEAR_BEFORE: usize = 12;
const NEAR_AFTER: usize = 14;

const DELEGATION: &[&str] = &["delegation", "delegations", "delegates", "delegate", "team"];
const MEETING: &[&str] = &[
    "met", "meet", "meets", "meeting", "hosted", "hosts", "hosting", "received", "receives",
];
const TAKING_PART: &[&str] = &[
    "participated",
    "participating",
    "attended",
    "attending",
    "attends",
    "chaired",
    "chairing",
    "chairs",
];
const SIGNING: &[&str] = &["signed", "signing", "sealing", "sealed", "initialed"];
const DOCUMENTS: &[&str] = &[
    "deal",
    "agreement",
    "declaration",
    "accord",
    "document",
    "pact",
];
const SPEAKING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "spoke",
    "speaking",
    "announced",
];
const VENUES: &[&str] = &["ceremony", "talks", "meeting", "conference", "dialogue"];

/// A sentence as lowercase words with their spans.
struct Words<'a> {
    words: Vec<(String, Span)>,
    mentions: &'a [Mention],
}

impl Words<'_> {
    fn has(&self, list: &[&str]) -> Option<usize> {
        self.words
            .iter()
            .position(|(w, _)| list.contains(&w.as_str()))
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |(w, _)| w.as_str())
    }

    /// Index of the first word of `pair` followed by its second.
    fn pair(&self, a: &[&str], b: &str) -> Option<usize> {
        (0..self.words.len()).find(|&i| a.contains(&self.word(i)) && self.word(i + 1) == b)
    }

    /// The word index a byte offset falls in or after.
    fn index_of(&self, offset: u32) -> usize {
        self.words.partition_point(|(_, s)| s.end <= offset)
    }
}

pub fn extract(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    entities: &[Entity],
    quotes: &[Quote],
    place: Option<EntityIx>,
) -> Vec<Present> {
    let mut out: Vec<Present> = Vec::new();
    for (ix, &sentence) in sentences.iter().enumerate() {
        let base = sentence.start as usize;
        let w = Words {
            // The words of the sentence itself: a cue inside a quotation is someone's
            // words about others ("Haniyeh met them"), not the text's.
            words: words(&text[sentence.range()])
                .into_iter()
                .map(|(s, e)| Span::new(base + s, base + e))
                .filter(|&span| !quoted(quotes, span))
                .map(|span| (text[span.range()].to_lowercase(), span))
                .collect(),
            mentions: mentions_in(mentions, sentence),
        };
        if w.has(NEGATIONS).is_some() || elsewhere(&w, entities, place) {
            continue;
        }
        let people: Vec<Mention> = w
            .mentions
            .iter()
            .copied()
            .filter(|m| entities[m.entity as usize].kind == EntityKind::Person)
            .filter(|m| !quoted(quotes, m.span))
            .filter(|m| !possessive(text, m.span))
            .collect();
        if people.is_empty() {
            continue;
        }
        let mut place_person = |m: &Mention, cue: PresenceCue, leads: Option<EntityIx>| match out
            .iter_mut()
            .find(|p| p.person == m.entity)
        {
            Some(p) if leads.is_some() && p.leads.is_none() => {
                *p = Present {
                    person: m.entity,
                    sentence: ix as SentenceIx,
                    cue,
                    leads,
                }
            }
            Some(_) => {}
            None => out.push(Present {
                person: m.entity,
                sentence: ix as SentenceIx,
                cue,
                leads,
            }),
        };
        if w.has(DELEGATION).is_some() {
            let heads = delegation_heads(text, &w, &people, entities);
            for (head, faction) in &heads {
                place_person(head, PresenceCue::HeadsDelegation, *faction);
            }
            if !heads.is_empty() {
                continue;
            }
            if let Some(at) = w
                .has(&["including", "includes", "included"])
                .or_else(|| w.pair(&["accompanied"], "by"))
            {
                for m in people.iter().filter(|m| w.index_of(m.span.start) > at) {
                    place_person(m, PresenceCue::InDelegation, None);
                }
                continue;
            }
        }
        let cue = cue_of(&w, place);
        if let Some((cue, at)) = cue
            && !planned(&w, at)
        {
            // Near the cue: the people it is about, not a name further on ("hosted
            // the meetings ... around the plan put forward by Donald Trump").
            for m in people.iter().filter(|m| {
                let i = w.index_of(m.span.start);
                i + NEAR_BEFORE >= at && i <= at + NEAR_AFTER
            }) {
                place_person(m, cue, None);
            }
        }
    }
    out
}

/// The cue of a sentence that is not about a delegation, and where it stands.
fn cue_of(w: &Words, place: Option<EntityIx>) -> Option<(PresenceCue, usize)> {
    if let Some(at) = w
        .has(MEETING)
        .or_else(|| w.pair(&["held", "hold", "holds", "holding"], "talks"))
        .or_else(|| w.pair(&["talks"], "with"))
        .or_else(|| w.pair(&["talks"], "between"))
    {
        return Some((PresenceCue::MetWith, at));
    }
    let at_venue = (0..w.words.len()).find(|&i| {
        w.word(i) == "at"
            && (i + 1..(i + 4).min(w.words.len())).any(|k| VENUES.contains(&w.word(k)))
    });
    if let Some(at) = w
        .has(TAKING_PART)
        .or_else(|| w.pair(&["taking", "took", "take", "takes"], "part"))
        .or(at_venue)
    {
        return Some((PresenceCue::TookPart, at));
    }
    if let Some(at) = w.has(SIGNING)
        && w.has(DOCUMENTS).is_some()
    {
        return Some((PresenceCue::Signed, at));
    }
    let there = place.is_some_and(|p| {
        w.mentions
            .iter()
            .any(|m| m.entity == p && w.word(w.index_of(m.span.start).wrapping_sub(1)) == "in")
    });
    match w.has(SPEAKING) {
        Some(at) if there => Some((PresenceCue::SpokeThere, at)),
        _ => None,
    }
}

/// A future or a wish shortly before the cue: "is set to meet", "hoped to coax".
fn planned(w: &Words, cue: usize) -> bool {
    (cue.saturating_sub(3)..cue).any(|i| FUTURE.contains(&w.word(i)))
}

/// "in Iran", "to Tehran": a known place or state other than the talks' own, which
/// puts the sentence somewhere else.
fn elsewhere(w: &Words, entities: &[Entity], place: Option<EntityIx>) -> bool {
    w.mentions.iter().any(|m| {
        let kind = entities[m.entity as usize].kind;
        let before = w.word(w.index_of(m.span.start).wrapping_sub(1));
        matches!(kind, EntityKind::Place | EntityKind::State)
            && Some(m.entity) != place
            && matches!(before, "in" | "to")
    })
}

/// Whether `span` is inside a quotation (quotes are in order and disjoint: a binary
/// search keeps the whole pass linear).
fn quoted(quotes: &[Quote], span: Span) -> bool {
    let i = quotes.partition_point(|q| q.span.start <= span.start);
    i.checked_sub(1)
        .is_some_and(|i| quotes[i].span.contains(span))
}

/// "Abbas's Fatah", "Abbas' aides": the person owns something, and is not said to be
/// anywhere.
fn possessive(text: &str, span: Span) -> bool {
    let after = &text[span.end as usize..];
    after.starts_with(['\'', '\u{2019}'])
}

/// The heads a delegation sentence names, each with the faction whose delegation it is:
/// "the Hamas delegation is led by X", "Fatah delegates, led by X", "X, head of the
/// Fatah delegation", "delegation chief X". A head must be the first name after "led
/// by": in "the Fatah delegation, headed by Jibril Rajoub, and the Hamas delegation,
/// led by Saleh al-Arouri", an unknown Rajoub is no reason to give Fatah to al-Arouri.
fn delegation_heads(
    text: &str,
    w: &Words,
    people: &[Mention],
    entities: &[Entity],
) -> Vec<(Mention, Option<EntityIx>)> {
    let delegations: Vec<usize> = (0..w.words.len())
        .filter(|&i| DELEGATION.contains(&w.word(i)))
        .collect();
    let Some(&first) = delegations.first() else {
        return Vec::new();
    };
    let faction_of = |d: usize, head: &Mention| faction(w, d, head, entities);
    let mut out = Vec::new();
    for at in (0..w.words.len())
        .filter(|&i| matches!(w.word(i), "led" | "headed") && w.word(i + 1) == "by")
    {
        if let Some(head) = first_name_after(text, w, at + 1, people) {
            // The body named just before "led by" ("the Hamas team, headed by"), else
            // the one named with the nearest delegation word before it.
            let near = w.mentions.iter().rev().find(|m| {
                let i = w.index_of(m.span.start);
                let body = entities[m.entity as usize].kind == EntityKind::Organization;
                body && i < at && at - i <= 3
            });
            let d = delegations
                .iter()
                .rev()
                .copied()
                .find(|&d| d < at)
                .unwrap_or(first);
            out.push((
                head,
                near.map(|m| m.entity).or_else(|| faction_of(d, &head)),
            ));
        }
    }
    if !out.is_empty() {
        return out;
    }
    let after = |at: usize| first_name_after(text, w, at, people);
    let before = |at: usize| {
        people
            .iter()
            .copied()
            .rev()
            .find(|m| w.index_of(m.span.start) < at)
    };
    let head = if matches!(w.word(first + 1), "head" | "chief" | "leader") {
        after(first + 1)
    } else if let Some(at) = (0..first).rev().find(|&i| {
        matches!(
            w.word(i),
            "head" | "chief" | "leader" | "heads" | "leads" | "leading" | "heading"
        )
    }) {
        before(at)
    } else {
        None
    };
    head.map(|h| vec![(h, faction_of(first, &h))])
        .unwrap_or_default()
}

/// The first person named after word `at`, if no other name comes first: lowercase
/// words, titles and known bodies may stand between ("led by Fatah's
/// second-in-command, Mahmoud Al-Aloul"), an unknown capitalised name may not.
fn first_name_after(text: &str, w: &Words, at: usize, people: &[Mention]) -> Option<Mention> {
    for (word, span) in w.words.iter().skip(at + 1).take(8) {
        if let Some(m) = people.iter().find(|m| m.span.overlaps(*span)) {
            return Some(*m);
        }
        let known = w.mentions.iter().any(|m| m.span.overlaps(*span));
        let capital = text[span.range()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if capital && !known && !crate::extract::candidates::is_title(word) {
            return None;
        }
    }
    None
}

/// The organization named with the delegation word `d`: "the Hamas delegation",
/// "Fatah's delegation", "delegation of Fatah"; else the head's own faction.
fn faction(w: &Words, d: usize, head: &Mention, entities: &[Entity]) -> Option<EntityIx> {
    let named = w.mentions.iter().find(|m| {
        let i = w.index_of(m.span.start);
        entities[m.entity as usize].kind == EntityKind::Organization
            && (i + 1 == d || (i == d + 2 && w.word(d + 1) == "of"))
    });
    named.map(|m| m.entity).or_else(|| {
        entities[head.entity as usize]
            .faction
            .filter(|&f| entities[f as usize].kind == EntityKind::Organization)
    })
}

#[cfg(test)]
#[path = "presence_tests.rs"]
mod tests;
