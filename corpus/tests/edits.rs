//! The reader's edits to the knowledge base (`corpus::extract::edits`) on the real
//! knowledge base: a linked alias becomes a mention, a new entity gets an id no
//! curated entity has, an ambiguous name is refused, and indices stay; and the
//! knowledge base's own encoding and fingerprint. Here rather than beside the
//! modules, since the real knowledge base is read by `seeds`, above them (modules
//! depend downwards only, tests included).

mod common;

use corpus::extract::edits::{
    KbEdits, LinkedAlias, NewEntity, YOURS_PREFIX, apply, check_alias, check_entity, local_entities,
};
use corpus::extract::{KnowledgeBase, Matchers, extract_article};
use corpus::model::{Article, EntityKind};

fn kb() -> KnowledgeBase {
    common::real_kb().0.clone()
}

fn extract(kb: &KnowledgeBase, text: &str) -> Article {
    let input = Article::unannotated("yours-test", text);
    extract_article(kb, &Matchers::new(kb), input)
}

const TEXT: &str = "Chinese Foreign Minister Wang Yi hosted the meeting in Beijing. \
                    Hamas chief Abu al-Walid thanked him for his efforts.";

#[test]
fn a_linked_alias_makes_the_name_a_mention_of_that_entity() {
    let mut kb = kb();
    let before = extract(&kb, TEXT);
    let named =
        |a: &corpus::model::Article, s: &str| a.candidates.iter().any(|c| a.slice(c.span) == s);
    assert!(named(&before, "Abu al-Walid"), "{:?}", before.candidates);
    let edits = KbEdits {
        aliases: vec![LinkedAlias {
            entity: "khaled-mashaal".into(),
            alias: "  Abu   al-Walid ".into(),
        }],
        entities: vec![],
    };
    assert!(apply(&mut kb.entities, &edits).is_empty());
    let after = extract(&kb, TEXT);
    assert!(!named(&after, "Abu al-Walid"));
    let mashaal = kb
        .entities
        .iter()
        .position(|e| e.id == "khaled-mashaal")
        .unwrap();
    assert!(
        after
            .mentions
            .iter()
            .any(|m| m.entity as usize == mashaal && after.slice(m.span) == "Abu al-Walid"),
        "{:?}",
        after.mentions
    );
}

#[test]
fn a_new_entity_is_appended_under_an_id_no_curated_entity_has() {
    let mut kb = kb();
    let n = kb.entities.len();
    let edits = KbEdits {
        aliases: vec![],
        entities: vec![
            NewEntity {
                name: "Wang Yi".into(),
                kind: EntityKind::Person,
                faction: Some("china".into()),
            },
            // The same name again: a second entity, with an id of its own.
            NewEntity {
                name: "Wang Yi".into(),
                kind: EntityKind::Person,
                faction: Some("mahmoud-abbas".into()),
            },
        ],
    };
    apply(&mut kb.entities, &edits);
    assert_eq!(kb.entities.len(), n + 2);
    let (a, b) = (&kb.entities[n], &kb.entities[n + 1]);
    assert_eq!(
        (a.id.as_str(), b.id.as_str()),
        ("yours-wang-yi", "yours-wang-yi-2")
    );
    assert!(
        kb.entities[..n]
            .iter()
            .all(|e| !e.id.starts_with(YOURS_PREFIX))
    );
    assert_eq!(
        a.faction.map(|f| kb.entities[f as usize].id.as_str()),
        Some("china")
    );
    // A person is no faction: left out rather than kept wrong.
    assert_eq!(b.faction, None);
    let article = extract(&kb, TEXT);
    assert!(article.mentions.iter().any(|m| m.entity as usize >= n));
    assert_eq!(local_entities(&kb.entities[..n], &edits), kb.entities[n..]);
}

#[test]
fn ambiguous_names_are_refused_with_a_reason() {
    let kb = kb();
    let e = &kb.entities;
    assert!(
        check_alias(e, "china", "Abu Mazen")
            .unwrap_err()
            .contains("Mahmoud Abbas")
    );
    // Another spelling of a known name is that name.
    assert!(check_alias(e, "china", "Mahmud Abas").is_err());
    assert!(check_alias(e, "nobody", "Zhai Jun").is_err());
    assert!(check_alias(e, "china", " ").is_err());
    assert!(check_alias(e, "china", &"x".repeat(200)).is_err());
    assert!(check_alias(e, "mahmoud-abbas", "Abu Mazen").is_ok());
    let person = |name: &str, faction: Option<&str>| NewEntity {
        name: name.into(),
        kind: EntityKind::Person,
        faction: faction.map(Into::into),
    };
    assert!(check_entity(e, &person("Wang Yi", Some("china"))).is_ok());
    assert!(check_entity(e, &person("Wang Yi", None)).is_ok());
    assert!(
        check_entity(e, &person("hamas", None))
            .unwrap_err()
            .contains("link it")
    );
    assert!(check_entity(e, &person("Wang Yi", Some("cairo"))).is_err());
    assert!(check_entity(e, &person("Wang Yi", Some("nobody"))).is_err());
    assert!(check_entity(e, &person("", None)).is_err());
}

#[test]
fn an_alias_that_became_ambiguous_is_skipped_and_indices_stay() {
    let mut entities = kb().entities;
    let edits = KbEdits {
        aliases: vec![LinkedAlias {
            entity: "china".into(),
            alias: "Hamas".into(),
        }],
        entities: vec![NewEntity {
            name: "".into(),
            kind: EntityKind::Media,
            faction: None,
        }],
    };
    let n = entities.len();
    let skipped = apply(&mut entities, &edits);
    assert_eq!(skipped.len(), 1);
    assert_eq!(entities.len(), n + 1);
    assert_eq!(entities[n].id, "yours-entity");
}

#[test]
fn the_knowledge_base_round_trips_and_has_the_fingerprint_of_its_corpus() {
    let (kb, _, inputs) = common::real_kb();
    assert_eq!(KnowledgeBase::decode(&kb.encode()).as_ref(), Ok(kb));
    assert!(KnowledgeBase::decode(&[0xff; 3]).is_err());
    let corpus = corpus::extract::compile(kb.clone(), inputs.clone());
    assert_eq!(kb.fingerprint(), corpus.kb_fingerprint());
    let mut other = kb.clone();
    other.entities.swap(0, 1);
    assert_ne!(other.fingerprint(), kb.fingerprint());
}
