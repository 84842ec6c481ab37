//! Mentions of known entities: every alias of every entity matched at once, as it is
//! spelled and under its spelling key.
//!
//! The exact pass runs over the folded text, so capitalization and accents do not
//! matter, except for all-capitals aliases (`PA`, `PLO`, `US`), which must match
//! exactly: otherwise "us" and "pa" would be mentions. The variant pass runs over the
//! keyed text ([`KeyedText`]) with the keys of people's aliases, so that "Musa Abu
//! Marzuk" and "Mahmud al-Aloul" are found too; it only takes capitalized words, and
//! its hits are marked as variants. Bodies and places are matched as spelled: their
//! keys would meet personal names ("Abdel Fattah" is not Fatah). Where two matches overlap, the longest wins
//! ("Mahmud al-Aloul" over "al-Aloul"), and an exact match wins a tie.
//!
//! A state is also named by its demonyms ("Chinese", "Qatari"), derived from its name
//! by the regular English endings, as the knowledge base spells out by hand for a few
//! ("Egyptian"); an alias of another entity always wins over a derived form.

use super::names::{BREAK, KeyedText, is_all_capitals, name_key};
use crate::model::{Entity, EntityIx, EntityKind, Mention, Span};
use crate::text::{Folded, fold};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

pub struct EntityMatcher {
    automaton: Option<AhoCorasick>,
    aliases: Vec<Alias>,
    /// Keys of the aliases that are not all capitals, and whose they are.
    keys: Option<AhoCorasick>,
    key_owners: Vec<EntityIx>,
    /// The last word of a person's names, by key, when only that person has it and
    /// no alias is that word alone ("Al-Ahmed" after "Azzam al-Ahmad"): matched only
    /// after the person is named in full in the same article.
    surnames: HashMap<String, EntityIx>,
}

struct Alias {
    entity: EntityIx,
    /// Set for all-capitals aliases: the exact spelling the text must have.
    exact: Option<String>,
    /// A spelling the knowledge base does not list ("Organisation" for
    /// "Organization"): its matches are variants.
    variant: bool,
}

impl EntityMatcher {
    pub fn new(entities: &[Entity]) -> Self {
        let mut patterns = Vec::new();
        let mut aliases = Vec::new();
        let mut keys: Vec<(String, EntityIx)> = Vec::new();
        let taken: std::collections::HashSet<String> = entities
            .iter()
            .flat_map(|e| e.aliases.iter().map(|a| fold(a)))
            .collect();
        for (ix, entity) in entities.iter().enumerate() {
            // A state's demonyms are names of it, as the knowledge base spells out for
            // some ("Egyptian"): derived for all, unless an alias already says otherwise.
            let demonyms = match entity.kind {
                EntityKind::State => demonyms(&entity.name),
                _ => Vec::new(),
            };
            let derived = demonyms.into_iter().filter(|d| !taken.contains(&fold(d)));
            for alias in entity.aliases.iter().cloned().chain(derived) {
                let alias = &alias;
                let folded = fold(alias);
                if folded.is_empty() {
                    continue;
                }
                let all_caps = is_all_capitals(alias);
                // British and American spellings of the same word: -isation, -ization.
                if let Some(other) = other_spelling(&folded)
                    && !all_caps
                    && !taken.contains(&other)
                {
                    patterns.push(other);
                    aliases.push(Alias {
                        entity: ix as EntityIx,
                        exact: None,
                        variant: true,
                    });
                }
                patterns.push(folded);
                aliases.push(Alias {
                    entity: ix as EntityIx,
                    exact: all_caps.then(|| alias.clone()),
                    variant: false,
                });
                // Keys are for people's names: the names of bodies and places are
                // spelled one way in English, and their keys meet personal names
                // ("Fattah" in "Abdel Fattah el-Sisi" keys as "Fatah").
                let key = name_key(alias);
                let person = entity.kind == EntityKind::Person;
                if person && !all_caps && !key.is_empty() && !key.contains(BREAK) {
                    keys.push((key, ix as EntityIx));
                }
            }
        }
        keys.sort_unstable();
        keys.dedup();
        let key_owners = keys.iter().map(|(_, e)| *e).collect();
        let surnames = surnames(entities, &keys);
        EntityMatcher {
            automaton: automaton(&patterns),
            aliases,
            keys: automaton(keys.iter().map(|(k, _)| k)),
            key_owners,
            surnames,
        }
    }

    /// Every mention in `text`, in order, none overlapping.
    pub fn find(&self, text: &str, folded: &Folded) -> Vec<Mention> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut found: Vec<Mention> = automaton
            .find_overlapping_iter(&folded.text)
            .filter(|m| folded.is_whole_word(m.start(), m.end()))
            .filter_map(|m| {
                let alias = &self.aliases[m.pattern().as_usize()];
                let span = folded.original(m.start(), m.end());
                let exact_ok = alias
                    .exact
                    .as_ref()
                    .is_none_or(|exact| text.get(span.range()) == Some(exact.as_str()));
                exact_ok.then_some(Mention {
                    entity: alias.entity,
                    span,
                    variant: alias.variant,
                })
            })
            .collect();
        let keyed = KeyedText::new(text);
        if let Some(keys) = &self.keys {
            found.extend(
                keys.find_overlapping_iter(&keyed.text)
                    .filter(|m| keyed.all_capitalized(m.start(), m.end()))
                    .filter_map(|m| {
                        let span: Span = keyed.original(m.start(), m.end())?;
                        Some(Mention {
                            entity: self.key_owners[m.pattern().as_usize()],
                            span,
                            variant: true,
                        })
                    }),
            );
        }
        // Longest first at each start, an exact match before a variant of the same
        // span, then keep what does not overlap a kept match.
        found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.variant));
        let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
        for m in found {
            match kept.last_mut() {
                Some(last) if last.span.overlaps(m.span) => {
                    if m.span.end - m.span.start > last.span.end - last.span.start {
                        *last = m;
                    }
                }
                _ => kept.push(m),
            }
        }
        self.add_surnames(&keyed, &mut kept);
        kept
    }
}

impl EntityMatcher {
    /// Later mentions of people by a surname the knowledge base does not list as an
    /// alias: each needs the person named before it in the article.
    fn add_surnames(&self, keyed: &KeyedText, kept: &mut Vec<Mention>) {
        if self.surnames.is_empty() {
            return;
        }
        let mut first_named: HashMap<EntityIx, u32> = HashMap::new();
        for m in kept.iter() {
            first_named.entry(m.entity).or_insert(m.span.start);
        }
        let mut added = Vec::new();
        for (key, span, capital) in keyed.words() {
            let Some(&person) = self.surnames.get(key) else {
                continue;
            };
            let after_full_name = first_named.get(&person).is_some_and(|&at| at < span.start);
            if capital && after_full_name && !super::overlaps_any(kept, span) {
                added.push(Mention {
                    entity: person,
                    span,
                    variant: true,
                });
            }
        }
        if !added.is_empty() {
            kept.extend(added);
            kept.sort_by_key(|m| m.span.start);
        }
    }
}

/// Surname keys: the last word of each person's aliases of two words or more, when
/// no other person's name ends the same way and no alias of anyone is that word.
fn surnames(entities: &[Entity], alias_keys: &[(String, EntityIx)]) -> HashMap<String, EntityIx> {
    let mut owners: HashMap<String, Option<EntityIx>> = HashMap::new();
    for (ix, e) in entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        for alias in &e.aliases {
            let key = name_key(alias);
            let Some((_, last)) = key.rsplit_once(' ') else {
                continue;
            };
            if last.chars().count() < 3 || last.contains(BREAK) {
                continue;
            }
            let owner = owners
                .entry(last.to_string())
                .or_insert(Some(ix as EntityIx));
            if *owner != Some(ix as EntityIx) {
                *owner = None;
            }
        }
    }
    let aliases: std::collections::HashSet<&str> =
        alias_keys.iter().map(|(k, _)| k.as_str()).collect();
    owners
        .into_iter()
        .filter_map(|(k, owner)| Some((k, owner?)))
        .filter(|(k, _)| !aliases.contains(k.as_str()))
        .collect()
}

/// The other spelling of a folded alias with -isation or -ization in it.
fn other_spelling(folded: &str) -> Option<String> {
    if folded.contains("isation") {
        Some(folded.replace("isation", "ization"))
    } else if folded.contains("ization") {
        Some(folded.replace("ization", "isation"))
    } else {
        None
    }
}

/// The demonyms of a state's one-word name, by the regular English endings: China →
/// Chinese, Qatar → Qatari(s), Iran → Iranian(s), Algeria → Algerian(s). Forms no text
/// uses ("Egypti") cost nothing; a name ending in -e or -y ("Palestine", "Turkey") has
/// irregular ones and gets none.
fn demonyms(name: &str) -> Vec<String> {
    if name.contains(' ') || !name.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    match name.chars().last() {
        Some('a') => {
            let stem = &name[..name.len() - 1];
            let mut forms = vec![format!("{name}n"), format!("{name}ns")];
            if stem.ends_with('n') {
                forms.push(format!("{stem}ese"));
            }
            forms
        }
        Some(c) if !"eiouy".contains(c) => vec![
            format!("{name}i"),
            format!("{name}is"),
            format!("{name}ian"),
            format!("{name}ians"),
        ],
        _ => Vec::new(),
    }
}

fn automaton<P: AsRef<[u8]>>(patterns: impl IntoIterator<Item = P>) -> Option<AhoCorasick> {
    let patterns: Vec<P> = patterns.into_iter().collect();
    (!patterns.is_empty()).then(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("alias automaton within size limits")
    })
}

#[cfg(test)]
#[path = "mentions_tests.rs"]
mod tests;
