//! Presence on sentences in the shapes of wire copy: each cue, and each way a named
//! person is not at the talks.

use super::*;
use crate::extract::{EntityMatcher, quotes};
use crate::text::{Folded, sentences};

fn person(id: &str, aliases: &[&str], faction: Option<EntityIx>) -> Entity {
    Entity {
        id: id.into(),
        name: aliases[0].into(),
        kind: EntityKind::Person,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        faction,
        roles: vec![],
        description: String::new(),
    }
}

fn body(id: &str, name: &str, kind: EntityKind) -> Entity {
    Entity {
        kind,
        faction: None,
        ..person(id, &[name], None)
    }
}

fn entities() -> Vec<Entity> {
    vec![
        body("hamas", "Hamas", EntityKind::Organization),
        body("fatah", "Fatah", EntityKind::Organization),
        body("cairo", "Cairo", EntityKind::Place),
        body("iran", "Iran", EntityKind::State),
        body("gaza", "Gaza", EntityKind::Place),
        person("haniyeh", &["Ismail Haniyeh", "Haniyeh"], Some(0)),
        person("aruri", &["Salah al-Aruri", "al-Aruri"], Some(0)),
        person("ahmad", &["Azzam al-Ahmad", "al-Ahmad"], Some(1)),
        person("abbas", &["Mahmoud Abbas", "Abbas"], Some(1)),
        person("naim", &["Bassem Naim", "Naim"], Some(0)),
        person("morsi", &["Mohamed Morsi", "Morsi"], None),
    ]
}

/// `person cue` (and `leads faction` for a delegation head) for each person placed
/// at talks held in Cairo: "aruri heads-delegation leads hamas", "naim took-part".
fn present(text: &str) -> Vec<String> {
    let entities = entities();
    let spans = sentences(text);
    let mentions = EntityMatcher::new(&entities).find(text, &Folded::new(text));
    let quotes = quotes::extract(text, &spans, &mentions, &[], &entities);
    extract(text, &spans, &mentions, &entities, &quotes, Some(2))
        .into_iter()
        .map(|p| {
            let id = |ix: EntityIx| entities[ix as usize].id.as_str();
            match p.leads {
                Some(f) => format!("{} {} leads {}", id(p.person), p.cue.as_str(), id(f)),
                None => format!("{} {}", id(p.person), p.cue.as_str()),
            }
        })
        .collect()
}

#[test]
fn delegation_heads_are_the_only_leaders() {
    assert_eq!(
        present("The Hamas delegation is led by Salah al-Aruri, Naim said."),
        ["aruri heads-delegation leads hamas"]
    );
    assert_eq!(
        present("Fatah delegates, led by Azzam al-Ahmad, seek approval from Mahmoud Abbas."),
        ["ahmad heads-delegation leads fatah"]
    );
    assert_eq!(
        present("Azzam al-Ahmad, head of the Fatah delegation, spoke."),
        ["ahmad heads-delegation leads fatah"]
    );
    // An unknown first head does not give its faction to the next one.
    assert_eq!(
        present(
            "The Fatah delegation, headed by Jibril Rajoub, and the Hamas delegation, \
             led by Salah al-Aruri, met."
        ),
        ["aruri heads-delegation leads hamas"]
    );
    // A team, and the body named right before "headed by".
    assert_eq!(
        present(
            "The Fatah delegation, led by Azzam al-Ahmad, and the Hamas team, headed by \
             Salah al-Aruri, met."
        ),
        [
            "ahmad heads-delegation leads fatah",
            "aruri heads-delegation leads hamas"
        ]
    );
    // A delegation chief without a faction word leads his own faction's.
    assert_eq!(
        present("According to delegation chief Azzam al-Ahmad, details follow."),
        ["ahmad heads-delegation leads fatah"]
    );
}

#[test]
fn meeting_taking_part_signing_and_speaking_there_place_people() {
    assert_eq!(
        present("Azzam al-Ahmad meets with Salah al-Aruri at a hotel in Cairo."),
        ["ahmad met-with", "aruri met-with"]
    );
    assert_eq!(
        present("\"We agree,\" said Abbas, who was speaking at the ceremony."),
        ["abbas took-part"]
    );
    assert_eq!(
        present("The agreement was signed by Azzam al-Ahmad and Ismail Haniyeh."),
        ["ahmad signed", "haniyeh signed"]
    );
    assert_eq!(
        present("Haniyeh spoke in Cairo on Tuesday night."),
        ["haniyeh spoke-there"]
    );
    assert_eq!(
        present("Naim, a Hamas official taking part in the talks, left."),
        ["naim took-part"]
    );
}

#[test]
fn being_named_is_not_being_there() {
    for text in [
        // A caption, a quotation given elsewhere, a trip elsewhere.
        "Ismail Haniyeh and Salah al-Aruri (archive)",
        "\"No,\" Bassem Naim told AFP in Gaza.",
        "Hamas sent a delegation to Iran, where Salah al-Aruri spoke.",
        // Absent, a plan, a possessive, a name inside a quotation.
        "Although he was not in Cairo, Mr Abbas welcomed the deal.",
        "He hoped to coax Abbas into a meeting with Morsi, but it never happened.",
        "Abbas is set to meet Morsi on Monday.",
        "Leaders of Mahmoud Abbas's Fatah met Hamas.",
        "A delegation of officials accompanies Abbas during his visit.",
        "Naim said: \"Haniyeh met them.\"",
        "Egypt hosted the meetings as part of a wider push to build consensus around \
         the long-term ceasefire plan put forward by its president Mohamed Morsi.",
    ] {
        assert_eq!(present(text), [] as [&str; 0], "{text}");
    }
}

#[test]
fn a_later_delegation_head_replaces_an_earlier_placement() {
    let p = present(
        "Azzam al-Ahmad met Hamas officials. The Fatah delegation was led by Azzam al-Ahmad.",
    );
    assert_eq!(p, ["ahmad heads-delegation leads fatah"]);
}
