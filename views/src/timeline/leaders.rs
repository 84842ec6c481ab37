//! Who led each side in a round, as the article names them: the head of a faction's
//! delegation where the text says so ("The Hamas delegation is led by..."), otherwise
//! the faction's most-mentioned person in the article. Shown with the round on the
//! timeline and in its details.

use corpus::model::{Article, Corpus, EntityIx, EntityKind, RelationKind};

/// A faction and the person who speaks or leads for it in one round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leader {
    pub faction: EntityIx,
    pub person: EntityIx,
    /// The text names them as the head of the delegation.
    pub heads_delegation: bool,
}

/// The leaders per Palestinian organization named in `article`, most-mentioned
/// faction first.
pub fn round_leaders(corpus: &Corpus, article: &Article) -> Vec<Leader> {
    let count = |e: EntityIx| article.mentions.iter().filter(|m| m.entity == e).count();
    let people: Vec<EntityIx> = article
        .entity_set()
        .into_iter()
        .filter(|&e| corpus.entity(e).kind == EntityKind::Person)
        .collect();
    let mut factions: Vec<EntityIx> = Vec::new();
    for &p in &people {
        if let Some(f) = corpus.entity(p).faction
            && corpus.entity(f).kind == EntityKind::Organization
            && !factions.contains(&f)
        {
            factions.push(f);
        }
    }
    crate::sort::sort_by_key(&mut factions, |&f| std::cmp::Reverse(count(f)));
    factions
        .into_iter()
        .filter_map(|faction| {
            let head = article.relations.iter().find(|r| {
                r.kind == RelationKind::Membership
                    && r.target == faction
                    && r.role.as_deref().is_some_and(|x| x.contains("delegation"))
            });
            if let Some(r) = head {
                return Some(Leader {
                    faction,
                    person: r.source,
                    heads_delegation: true,
                });
            }
            // The first-mentioned wins a tie: max_by_key keeps the last, so reverse.
            people
                .iter()
                .rev()
                .filter(|&&p| corpus.entity(p).faction == Some(faction))
                .max_by_key(|&&p| count(p))
                .map(|&person| Leader {
                    faction,
                    person,
                    heads_delegation: false,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> &'static Corpus {
        corpus::seeds::repository()
    }

    fn names(corpus: &Corpus, id: &str) -> Vec<(String, String, bool)> {
        let article = corpus.article(id).unwrap();
        round_leaders(corpus, article)
            .into_iter()
            .map(|l| {
                (
                    corpus.entity(l.faction).id.clone(),
                    corpus.entity(l.person).id.clone(),
                    l.heads_delegation,
                )
            })
            .collect()
    }

    #[test]
    fn the_text_names_the_heads_of_the_2024_delegations() {
        let c = seeds();
        let leaders = names(c, "cairo-2024-10");
        assert!(
            leaders.contains(&("hamas".into(), "khalil-al-hayya".into(), true)),
            "{leaders:?}"
        );
        assert!(
            leaders.contains(&("fatah".into(), "mahmoud-al-aloul".into(), true)),
            "{leaders:?}"
        );
    }

    #[test]
    fn without_a_delegation_the_most_named_person_speaks_for_a_faction() {
        let c = seeds();
        let leaders = names(c, "cairo-2013-01");
        assert_eq!(leaders[0].1, "khaled-mashaal");
        assert!(leaders.contains(&("fatah".into(), "mahmoud-abbas".into(), false)));
    }
}
