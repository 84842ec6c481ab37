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

pub struct EntityMatcher {
    automaton: Option<AhoCorasick>,
    aliases: Vec<Alias>,
    /// Keys of the aliases that are not all capitals, and whose they are.
    keys: Option<AhoCorasick>,
    key_owners: Vec<EntityIx>,
}

struct Alias {
    entity: EntityIx,
    /// Set for all-capitals aliases: the exact spelling the text must have.
    exact: Option<String>,
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
                patterns.push(folded);
                aliases.push(Alias {
                    entity: ix as EntityIx,
                    exact: all_caps.then(|| alias.clone()),
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
        EntityMatcher {
            automaton: automaton(&patterns),
            aliases,
            keys: automaton(keys.iter().map(|(k, _)| k)),
            key_owners,
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
                    variant: false,
                })
            })
            .collect();
        if let Some(keys) = &self.keys {
            let keyed = KeyedText::new(text);
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
        kept
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
mod tests {
    use super::*;
    use crate::model::EntityKind;

    fn entity(id: &str, aliases: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            name: aliases[0].into(),
            kind: EntityKind::Organization,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            faction: None,
            roles: vec![],
            description: String::new(),
        }
    }

    fn found(text: &str) -> Vec<(String, &str)> {
        let entities = vec![
            entity("hamas", &["Hamas"]),
            entity("palestinian-authority", &["Palestinian Authority", "PA"]),
            entity("mahmoud-abbas", &["Mahmoud Abbas", "Abbas"]),
            entity("egypt", &["Egypt", "Egyptian"]),
            entity("united-states", &["United States", "US", "U.S."]),
        ];
        let m = EntityMatcher::new(&entities);
        m.find(text, &Folded::new(text))
            .into_iter()
            .map(|m| {
                (
                    entities[m.entity as usize].id.clone(),
                    &text[m.span.range()],
                )
            })
            .collect()
    }

    #[test]
    fn resolves_aliases_possessives_and_compounds() {
        assert_eq!(
            found("Mahmoud Abbas' Fatah, Abbas's aides, Hamas-run Gaza, Egyptian-mediated talks"),
            [
                ("mahmoud-abbas".into(), "Mahmoud Abbas"),
                ("mahmoud-abbas".into(), "Abbas"),
                ("hamas".into(), "Hamas"),
                ("egypt".into(), "Egyptian"),
            ]
        );
    }

    #[test]
    fn short_capital_aliases_match_case_sensitively_only() {
        assert_eq!(
            found("the PA and the U.S. told us: pa, US-backed"),
            [
                ("palestinian-authority".into(), "PA"),
                ("united-states".into(), "U.S."),
                ("united-states".into(), "US"),
            ]
        );
    }

    #[test]
    fn longest_match_wins_and_words_stay_whole() {
        assert_eq!(
            found("The Palestinian Authority's HAMAS; Hamasnik; Egyptians"),
            [
                ("palestinian-authority".into(), "Palestinian Authority"),
                ("hamas".into(), "HAMAS")
            ]
        );
    }

    #[test]
    fn spelling_variants_are_found_whole_and_marked() {
        let person = |id: &str, aliases: &[&str]| Entity {
            kind: EntityKind::Person,
            ..entity(id, aliases)
        };
        let entities = vec![
            person("mahmoud-al-aloul", &["Mahmoud al-Aloul", "Al-Aloul"]),
            person("moussa-abu-marzouk", &["Moussa Abu Marzouk", "Abu Marzouk"]),
            entity("hamas", &["Hamas"]),
        ];
        let m = EntityMatcher::new(&entities);
        let text = "Fatah envoy Mahmud al-Aloul met Musa Abu Marzuk; Abu Marzouk and \
                    al-Aloul spoke. Hama is not Hamas, and musa abu marzuk is not a name.";
        let found: Vec<(&str, &str, bool)> = m
            .find(text, &Folded::new(text))
            .into_iter()
            .map(|m| {
                (
                    entities[m.entity as usize].id.as_str(),
                    &text[m.span.range()],
                    m.variant,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("mahmoud-al-aloul", "Mahmud al-Aloul", true),
                ("moussa-abu-marzouk", "Musa Abu Marzuk", true),
                ("moussa-abu-marzouk", "Abu Marzouk", false),
                ("mahmoud-al-aloul", "al-Aloul", false),
                ("hamas", "Hamas", false),
            ]
        );
    }

    #[test]
    fn a_state_is_named_by_its_regular_demonyms() {
        assert_eq!(demonyms("China"), ["Chinan", "Chinans", "Chinese"]);
        assert!(demonyms("Qatar").contains(&"Qatari".to_string()));
        assert!(demonyms("Iran").contains(&"Iranians".to_string()));
        assert!(demonyms("Palestine").is_empty());
        assert!(demonyms("United States").is_empty());
        let mut china = entity("china", &["China"]);
        china.kind = EntityKind::State;
        let entities = vec![china, entity("chinese-embassy", &["Chinese"])];
        let m = EntityMatcher::new(&entities);
        let text = "China and the Chinese";
        let ids: Vec<&str> = m
            .find(text, &Folded::new(text))
            .iter()
            .map(|m| entities[m.entity as usize].id.as_str())
            .collect();
        // "Chinese" is another entity's alias here, so it is not China's demonym.
        assert_eq!(ids, ["china", "chinese-embassy"]);
    }

    #[test]
    fn only_peoples_names_are_matched_by_their_key() {
        let mut aloul = entity("mahmoud-al-aloul", &["Mahmoud al-Aloul"]);
        aloul.kind = EntityKind::Person;
        let entities = vec![entity("fatah", &["Fatah"]), aloul];
        let m = EntityMatcher::new(&entities);
        let text = "Abdel Fattah el-Sisi met Fatah's Mahmud al-Aloul.";
        let found: Vec<&str> = m
            .find(text, &Folded::new(text))
            .iter()
            .map(|m| &text[m.span.range()])
            .collect();
        assert_eq!(found, ["Fatah", "Mahmud al-Aloul"]);
    }
}
