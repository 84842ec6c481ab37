//! Surnames: the later, shorter names of people named in full earlier.
//!
//! Wire copy names a person in full once ("Azzam al-Ahmad", "Benjamin Netanyahu") and
//! then by surname ("Al-Ahmad", "Netanyahu"), not always spelled the same ("Marzuk"
//! after "Moussa Abu Marzouk"). A bare surname resolves to the one person named before
//! it whose name, or any alias of whose entity, ends with it under the spelling key of
//! `extract::names`; when two people share it, it resolves to no one. Names the
//! knowledge base lacks (uncurated candidates of two words or more) are indexed too,
//! so their surnames name them.

use crate::extract::names::name_key;
use crate::model::{Entity, EntityIx, EntityKind, Mention, Span};
use crate::text::fold;
use std::collections::HashMap;

/// Surnames of the people an article has named so far: `ahmad` → Azzam al-Ahmad,
/// `netanyahu` → the uncurated "Benjamin Netanyahu".
#[derive(Debug, Default)]
pub(super) struct Surnames {
    by_key: HashMap<String, Hits>,
}

/// The people one surname can stand for.
#[derive(Debug, Default)]
struct Hits {
    /// In text order: where the person was named, who, and who as compared.
    named: Vec<(u32, Person, Identity)>,
    /// The index of the first hit naming someone other than the first: up to it, the
    /// surname is unambiguous. Kept so that a lookup is a binary search.
    first_other: usize,
}

/// A person a surname can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Person {
    Entity(EntityIx),
    /// A full name the knowledge base lacks (an uncurated candidate), by its span.
    Name(Span),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Identity {
    Entity(EntityIx),
    Name(String),
}

/// The form surnames are compared in: the spelling key of names (`extract::names`),
/// without a possessive, so that `Al-Ahmad's`, `al-Ahmed` and `Ahmad` compare equal,
/// and so do `Marzuk` and `Marzouk`.
pub(super) fn surname_key(word: &str) -> String {
    let bare = word
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .trim_end_matches(['\'', '\u{2019}']);
    name_key(bare)
}

impl Surnames {
    /// Indexes every person mention by the last word of the words matched, of the
    /// entity's name and of its aliases; and every uncurated name of two words or
    /// more by its last word.
    pub fn new(text: &str, mentions: &[Mention], candidates: &[Span], entities: &[Entity]) -> Self {
        let mut by_key: HashMap<String, Vec<(u32, Person, Identity)>> = HashMap::new();
        let mut add = |name: &str, at: u32, who: Person, id: Identity| {
            if let Some(last) = name.split_whitespace().last() {
                by_key
                    .entry(surname_key(last))
                    .or_default()
                    .push((at, who, id));
            }
        };
        let mut indexed: Vec<bool> = vec![false; entities.len()];
        for m in mentions {
            let Some(e) = entities.get(m.entity as usize) else {
                continue;
            };
            if e.kind != EntityKind::Person {
                continue;
            }
            let (who, id) = (Person::Entity(m.entity), Identity::Entity(m.entity));
            add(
                text.get(m.span.range()).unwrap_or(""),
                m.span.start,
                who,
                id.clone(),
            );
            // An entity's own names need indexing once, at its first mention.
            if !std::mem::replace(&mut indexed[m.entity as usize], true) {
                add(&e.name, m.span.start, who, id.clone());
                e.aliases
                    .iter()
                    .for_each(|a| add(a, m.span.start, who, id.clone()));
            }
        }
        for &c in candidates {
            // A candidate run across a comma ("Executive Committee, Jibreel Al-Rajoub")
            // names the person after it.
            let full = text.get(c.range()).unwrap_or("");
            let cut = full.rfind(',').map_or(0, |i| i + 1);
            let lead = full[cut..].len() - full[cut..].trim_start().len();
            let name = full[cut..].trim();
            let span = Span::new(
                c.start as usize + cut + lead,
                c.start as usize + cut + lead + name.len(),
            );
            if name.split_whitespace().count() >= 2 {
                add(
                    name,
                    span.start,
                    Person::Name(span),
                    Identity::Name(fold(name)),
                );
            }
        }
        let by_key = by_key
            .into_iter()
            .map(|(key, mut named)| {
                named.sort_by_key(|h| h.0);
                let first_other = named
                    .iter()
                    .position(|h| h.2 != named[0].2)
                    .unwrap_or(named.len());
                (key, Hits { named, first_other })
            })
            .collect();
        Surnames { by_key }
    }

    /// The one person named before `offset` whose name ends with `word`.
    pub fn lookup(&self, word: &str, offset: u32) -> Option<Person> {
        let hits = self.by_key.get(&surname_key(word))?;
        let before = hits.named.partition_point(|h| h.0 < offset);
        (before > 0 && before <= hits.first_other).then(|| hits.named[0].1)
    }
}
