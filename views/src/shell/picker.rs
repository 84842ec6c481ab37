//! The entity picker's suggestions: names and aliases matching what is typed, accent-
//! and case-insensitive, best first (a name that starts with the text, then a word
//! that does, then anywhere), leaving out entities already filtered by.

use corpus::Corpus;
use corpus::model::EntityIx;
use corpus::text::fold;

/// Suggestions shown at most.
pub const MAX_SUGGESTIONS: usize = 8;

pub fn suggestions(corpus: &Corpus, typed: &str, chosen: &[String]) -> Vec<EntityIx> {
    let needle = fold(typed.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, &str, EntityIx)> = corpus
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| !chosen.contains(&e.id))
        .filter_map(|(ix, e)| {
            let rank = e
                .aliases
                .iter()
                .chain(std::iter::once(&e.name))
                .filter_map(|alias| {
                    let alias = fold(alias);
                    match alias.find(&needle) {
                        Some(0) => Some(0),
                        Some(i) if alias.as_bytes()[i - 1] == b' ' => Some(1),
                        Some(_) => Some(2),
                        None => None,
                    }
                })
                .min()?;
            Some((rank, e.name.as_str(), ix as EntityIx))
        })
        .collect();
    crate::sort::sort(&mut hits);
    hits.into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, ix)| ix)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{ctx, entity};

    #[test]
    fn an_alias_finds_its_entity_and_chosen_ones_are_left_out() {
        let c = ctx().corpus;
        let meshaal = entity("khaled-mashaal");
        assert_eq!(suggestions(c, "meshaal", &[]).first(), Some(&meshaal));
        assert!(!suggestions(c, "meshaal", &["khaled-mashaal".into()]).contains(&meshaal));
        assert!(suggestions(c, "   ", &[]).is_empty());
        assert!(suggestions(c, "a", &[]).len() <= MAX_SUGGESTIONS);
    }

    #[test]
    fn a_name_that_starts_with_the_text_comes_before_one_that_contains_it() {
        let c = ctx().corpus;
        let list = suggestions(c, "ham", &[]);
        assert_eq!(c.entity(list[0]).id, "hamas");
    }
}
