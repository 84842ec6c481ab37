//! Mentions: aliases, capitals, longest matches, spelling variants, demonyms and
//! surnames.

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

fn person(id: &str, aliases: &[&str]) -> Entity {
    Entity {
        kind: EntityKind::Person,
        ..entity(id, aliases)
    }
}

/// Each mention as `id: words`.
fn found(text: &str) -> Vec<String> {
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
            format!(
                "{}: {}",
                entities[m.entity as usize].id,
                &text[m.span.range()]
            )
        })
        .collect()
}

#[test]
fn resolves_aliases_possessives_and_compounds() {
    assert_eq!(
        found("Mahmoud Abbas' Fatah, Abbas's aides, Hamas-run Gaza, Egyptian-mediated talks"),
        [
            "mahmoud-abbas: Mahmoud Abbas",
            "mahmoud-abbas: Abbas",
            "hamas: Hamas",
            "egypt: Egyptian"
        ]
    );
}

#[test]
fn short_capital_aliases_match_case_sensitively_only() {
    assert_eq!(
        found("the PA and the U.S. told us: pa, US-backed"),
        [
            "palestinian-authority: PA",
            "united-states: U.S.",
            "united-states: US"
        ]
    );
}

#[test]
fn longest_match_wins_and_words_stay_whole() {
    assert_eq!(
        found("The Palestinian Authority's HAMAS; Hamasnik; Egyptians"),
        [
            "palestinian-authority: Palestinian Authority",
            "hamas: HAMAS"
        ]
    );
}

#[test]
fn spelling_variants_are_found_whole_and_marked() {
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

#[test]
fn british_and_american_spellings_of_a_name_are_one() {
    let entities = vec![entity("plo", &["Palestine Liberation Organization"])];
    let m = EntityMatcher::new(&entities);
    let text = "the Palestine Liberation Organisation";
    let found = m.find(text, &Folded::new(text));
    assert_eq!(found.len(), 1);
    assert_eq!(
        &text[found[0].span.range()],
        "Palestine Liberation Organisation"
    );
    assert!(found[0].variant);
}

#[test]
fn a_surname_names_the_person_only_after_the_full_name() {
    let entities = vec![
        person("azzam-al-ahmad", &["Azzam al-Ahmad", "Azzam al-Ahmed"]),
        person("ahmed-yousef", &["Ahmed Yousef"]),
    ];
    let m = EntityMatcher::new(&entities);
    let text = "Al-Ahmed came first. Then Azzam al-Ahmad spoke, and Al-Ahmed left.";
    let found: Vec<(&str, bool)> = m
        .find(text, &Folded::new(text))
        .iter()
        .map(|m| (&text[m.span.range()], m.variant))
        .collect();
    assert_eq!(found, [("Azzam al-Ahmad", false), ("Al-Ahmed", true)]);
}
