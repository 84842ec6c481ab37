//! Who belongs to or leads what, read from the text's own appositions:
//!
//! - before a name: "Hamas official Izzat Risheq", "PA chairman and Fatah leader
//!   Mahmoud Abbas", "Arab League Secretary-General Nabil Elaraby";
//! - after a name: "Sakher Bseiso, a Fatah central committee member", "Wasel Abu
//!   Yousef, a senior official in the Palestine Liberation Organization";
//! - delegations: "the Fatah delegation was led by ..., Mahmoud Al-Aloul";
//! - leadership: "the Palestinian Authority, led by Abbas", "the Abbas-led PA".
//!
//! Each becomes a membership or leadership relation from the person to the body, with
//! the role words as they stand in the text and the sentence as evidence.

use super::mentions_in;
use crate::model::{Entity, EntityKind, Mention, Quote, Relation, RelationKind, SentenceIx, Span};

/// Words that can make up a role: "politburo member", "intelligence chief".
const ROLE_WORDS: &[&str] = &[
    "official",
    "officials",
    "member",
    "members",
    "politburo",
    "political",
    "bureau",
    "leader",
    "chief",
    "deputy",
    "president",
    "chairman",
    "head",
    "secretary-general",
    "secretary",
    "central",
    "committee",
    "party",
    "media",
    "senior",
    "top",
    "spokesman",
    "spokeswoman",
    "intelligence",
    "negotiator",
    "second-in-command",
    "minister",
    "prime",
    "foreign",
    "diplomat",
    "commander",
    "founder",
    "representative",
    "envoy",
    "ambassador",
    "executive",
    "general",
    "vice",
    "co-founder",
    "security",
    "military",
];

/// Words a role phrase may contain between role words and names.
const CONNECTORS: &[&str] = &["and", "of", "in", "the", "a", "an"];

/// Role words that make a membership a leadership.
const LEADING: &[&str] = &[
    "leader",
    "chief",
    "president",
    "chairman",
    "head",
    "secretary-general",
];

pub fn extract(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    entities: &[Entity],
    _quotes: &[Quote],
) -> Vec<Relation> {
    let mut out: Vec<Relation> = Vec::new();
    for (ix, &sentence) in sentences.iter().enumerate() {
        let items = items(text, sentence, mentions_in(mentions, sentence));
        let ix = ix as SentenceIx;
        for (k, item) in items.iter().enumerate() {
            let Item::Name(person) = *item else { continue };
            if entities[person.entity as usize].kind != EntityKind::Person {
                continue;
            }
            let before = chain_before(text, &items, k);
            let after = chain_after(text, &items, k);
            for chain in [before, after].into_iter().flatten() {
                add_roles(text, &items, chain, (k, person), entities, ix, &mut out);
            }
            led(text, &items, k, person, entities, ix, &mut out);
        }
        delegation(text, &items, entities, ix, &mut out);
    }
    out
}

/// A sentence as a row of names (mentions) and plain words.
#[derive(Debug, Clone, Copy)]
enum Item {
    Name(Mention),
    Word(Span),
}

impl Item {
    fn span(self) -> Span {
        match self {
            Item::Name(m) => m.span,
            Item::Word(s) => s,
        }
    }
}

fn items(text: &str, sentence: Span, mentions: &[Mention]) -> Vec<Item> {
    let mut out = Vec::new();
    let base = sentence.start as usize;
    let mut next_mention = mentions.iter().peekable();
    for (s, e) in crate::text::words(&text[sentence.range()]) {
        let span = Span::new(base + s, base + e);
        while let Some(m) = next_mention.peek() {
            if m.span.end <= span.start {
                out.push(Item::Name(**m));
                next_mention.next();
            } else {
                break;
            }
        }
        if !out.last().is_some_and(|i: &Item| i.span().overlaps(span))
            && !super::overlaps_any(mentions, span)
        {
            out.push(Item::Word(span));
        }
    }
    out.extend(next_mention.map(|m| Item::Name(*m)));
    out
}

/// Whether only white space (after a possessive mark) separates two items.
fn touching(text: &str, left: Span, right: Span) -> bool {
    let gap = &text[left.end as usize..right.start as usize];
    let gap = gap
        .strip_prefix("'s")
        .or_else(|| gap.strip_prefix("\u{2019}s"))
        .or_else(|| gap.strip_prefix('\''))
        .unwrap_or(gap);
    !gap.is_empty() && gap.chars().all(char::is_whitespace)
}

/// A mention used as a modifier in a compound ("Qatar-based", "Hamas-run") names no
/// membership.
fn is_compound_modifier(text: &str, m: Mention) -> bool {
    text[m.span.end as usize..].starts_with('-')
}

fn word_at(text: &str, item: Item) -> Option<String> {
    match item {
        Item::Word(s) => Some(text[s.range()].to_lowercase()),
        Item::Name(_) => None,
    }
    .filter(|w: &String| !w.is_empty() && !text.is_empty())
}

fn role_item(text: &str, item: Item, entities: &[Entity]) -> bool {
    match item {
        Item::Name(m) => {
            entities[m.entity as usize].kind.is_party() && !is_compound_modifier(text, m)
        }
        Item::Word(_) => word_at(text, item)
            .is_some_and(|w| ROLE_WORDS.contains(&w.as_str()) || CONNECTORS.contains(&w.as_str())),
    }
}

/// Item range (inclusive) of the role phrase right before the name at `k`.
fn chain_before(text: &str, items: &[Item], k: usize) -> Option<(usize, usize)> {
    let mut start = k;
    while start > 0 && touching(text, items[start - 1].span(), items[start].span()) {
        start -= 1;
    }
    (start < k).then(|| (start, k - 1))
}

/// Item range (inclusive) of the apposition after the name at `k`: ", a ... member".
fn chain_after(text: &str, items: &[Item], k: usize) -> Option<(usize, usize)> {
    let next = items.get(k + 1)?;
    let gap = &text[items[k].span().end as usize..next.span().start as usize];
    if gap.trim() != "," {
        return None;
    }
    let mut end = k + 1;
    while end + 1 < items.len() && touching(text, items[end].span(), items[end + 1].span()) {
        end += 1;
    }
    Some((k + 1, end))
}

/// Turns a role phrase into relations from `person` to each body it names.
fn add_roles(
    text: &str,
    items: &[Item],
    (from, to): (usize, usize),
    (person_at, person): (usize, Mention),
    entities: &[Entity],
    sentence: SentenceIx,
    out: &mut Vec<Relation>,
) {
    // Keep the run of role items nearest the name; trim connectors at its ends.
    let (mut a, mut b) = (from, to);
    if from > person_at {
        // After the name: read forward until a non-role item.
        b = a;
        while b < to && role_item(text, items[b + 1], entities) {
            b += 1;
        }
        if !role_item(text, items[a], entities) {
            return;
        }
    } else {
        // Before the name: read backward until a non-role item.
        a = b;
        while a > from && role_item(text, items[a - 1], entities) {
            a -= 1;
        }
        if !role_item(text, items[b], entities) {
            return;
        }
    }
    let is_connector =
        |i: usize| word_at(text, items[i]).is_some_and(|w| CONNECTORS.contains(&w.as_str()));
    while a < b && is_connector(a) {
        a += 1;
    }
    while b > a && is_connector(b) {
        b -= 1;
    }
    let phrase = &items[a..=b];
    let words: Vec<String> = phrase.iter().filter_map(|&i| word_at(text, i)).collect();
    let has_role = words.iter().any(|w| ROLE_WORDS.contains(&w.as_str()));
    if !has_role {
        return;
    }
    let leads = words.iter().any(|w| LEADING.contains(&w.as_str()))
        && !words.iter().any(|w| w == "deputy" || w == "vice");
    let role = text[phrase[0].span().start as usize..phrase[phrase.len() - 1].span().end as usize]
        .to_string();
    for item in phrase {
        if let Item::Name(body) = *item
            && entities[body.entity as usize].kind.is_party()
            && !is_compound_modifier(text, body)
        {
            push(
                out,
                Relation {
                    kind: if leads {
                        RelationKind::Leadership
                    } else {
                        RelationKind::Membership
                    },
                    source: person.entity,
                    target: body.entity,
                    sentence,
                    role: Some(role.clone()),
                },
            );
        }
    }
}

/// "the Palestinian Authority, led by Abbas" and "the Abbas-led Palestinian Authority".
fn led(
    text: &str,
    items: &[Item],
    k: usize,
    person: Mention,
    entities: &[Entity],
    sentence: SentenceIx,
    out: &mut Vec<Relation>,
) {
    let party = |i: usize| match items.get(i) {
        Some(Item::Name(m)) if entities[m.entity as usize].kind.is_party() => Some(*m),
        _ => None,
    };
    let word = |i: usize| items.get(i).and_then(|&it| word_at(text, it));
    let mut target = None;
    // "<body>, led by <person>"
    if k >= 3 && word(k - 1).as_deref() == Some("by") && word(k - 2).as_deref() == Some("led") {
        target = party(k - 3);
    }
    // "<person>-led <body>"
    if text[person.span.end as usize..].starts_with("-led") {
        target = target.or_else(|| party(k + 2).or_else(|| party(k + 1)));
    }
    if let Some(body) = target {
        push(
            out,
            Relation {
                kind: RelationKind::Leadership,
                source: person.entity,
                target: body.entity,
                sentence,
                role: Some("leader".into()),
            },
        );
    }
}

/// "The Hamas delegation is led by Khalil Al-Hayya".
fn delegation(
    text: &str,
    items: &[Item],
    entities: &[Entity],
    sentence: SentenceIx,
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| items.get(i).and_then(|&it| word_at(text, it));
    for (d, _) in items
        .iter()
        .enumerate()
        .filter(|(i, _)| word(*i).as_deref() == Some("delegation"))
    {
        let Some(Item::Name(body)) = d.checked_sub(1).and_then(|i| items.get(i)).copied() else {
            continue;
        };
        if !entities[body.entity as usize].kind.is_party() {
            continue;
        }
        let led_by = (d + 1..items.len().saturating_sub(1))
            .find(|&i| word(i).as_deref() == Some("led") && word(i + 1).as_deref() == Some("by"));
        let Some(led_by) = led_by else { continue };
        let leader = items[led_by + 2..].iter().find_map(|i| match i {
            Item::Name(m) if entities[m.entity as usize].kind == EntityKind::Person => Some(*m),
            _ => None,
        });
        if let Some(leader) = leader {
            let body_name = &entities[body.entity as usize].name;
            push(
                out,
                Relation {
                    kind: RelationKind::Membership,
                    source: leader.entity,
                    target: body.entity,
                    sentence,
                    role: Some(format!("head of the {body_name} delegation")),
                },
            );
        }
    }
}

fn push(out: &mut Vec<Relation>, relation: Relation) {
    // Relations are found sentence by sentence: only this sentence's can repeat.
    let duplicate = out
        .iter()
        .rev()
        .take_while(|r| r.sentence == relation.sentence)
        .any(|r| {
            r.kind == relation.kind && r.source == relation.source && r.target == relation.target
        });
    if !duplicate && relation.source != relation.target {
        out.push(relation);
    }
}
