//! The proposal round trip: the repository's seeds copied to a temporary folder, the
//! proposal's text and TOML added as its instructions say, and `make report`'s own
//! loader must accept them unchanged and find the article as the reader gave it.

use super::*;
use crate::yours::article::extract;
use corpus::extract::edits::{LinkedAlias, NewEntity, apply};
use corpus::extract::{KnowledgeBase, Matchers};
use std::path::{Path, PathBuf};

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

fn published() -> &'static Corpus {
    corpus::seeds::repository()
}

/// The knowledge base with `edits` applied, as the worker extracts with it.
fn kb_with(edits: &KbEdits) -> KnowledgeBase {
    let (mut kb, _) = corpus::seeds::SeedFiles::read_dir(&seeds_dir())
        .and_then(|s| s.check())
        .unwrap();
    apply(&mut kb.entities, edits);
    kb
}

const TEXT: &str = "Hamas and Fatah sign a \"unity\" pledge in Beijing\n\
    Chinese Foreign Minister Wang Yi hosted Hamas and Fatah in Beijing on Tuesday, \
    July 23, 2024. Hamas official Abu al-Walid said the talks were \"positive\". \
    Wang Yi's deputy, Li Ming of Xinhua Agency, attended.\n";

fn edits() -> KbEdits {
    KbEdits {
        aliases: vec![LinkedAlias {
            entity: "khaled-mashaal".into(),
            alias: "Abu al-Walid".into(),
        }],
        entities: vec![
            NewEntity {
                name: "Xinhua Agency".into(),
                kind: EntityKind::Media,
                faction: Some("china".into()),
            },
            NewEntity {
                name: "Wang Yi".into(),
                kind: EntityKind::Person,
                faction: Some("china".into()),
            },
            // Made, but not named by this article: not proposed with it.
            NewEntity {
                name: "Zhai Jun".into(),
                kind: EntityKind::Person,
                faction: None,
            },
        ],
    }
}

fn draft() -> Draft {
    Draft {
        text: TEXT.into(),
        talks: "2024-07-23".into(),
        published: "".into(),
        outlet: "The \"Daily\" \\ Star\nof Beirut".into(),
        place: "cairo".into(),
    }
}

/// A copy of the repository's seeds in a fresh temporary folder.
fn copy_of_seeds(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cairo-talks-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    for sub in ["", "articles"] {
        for entry in std::fs::read_dir(seeds_dir().join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    dir
}

fn append(path: &Path, more: &str) {
    let mut text = std::fs::read_to_string(path).unwrap();
    text.push('\n');
    text.push_str(more);
    std::fs::write(path, text).unwrap();
}

#[test]
fn make_report_takes_the_proposal_unchanged() {
    let edits = edits();
    let kb = kb_with(&edits);
    let article = extract(&draft(), &kb, &Matchers::new(&kb));
    let proposal = seeds_snippet(&draft(), &article, &edits, published());
    assert_eq!(proposal.file, format!("articles/{}.txt", article.id));
    assert_eq!(proposal.text_file_name(), format!("{}.txt", article.id));

    let dir = copy_of_seeds("yours-proposal");
    std::fs::write(dir.join(&proposal.file), &proposal.text).unwrap();
    append(&dir.join("articles.toml"), &proposal.articles_toml);
    append(&dir.join("entities.toml"), &proposal.entities_toml);
    let loaded = corpus::seeds::load_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let corpus = loaded.unwrap_or_else(|e| panic!("{e}\n\n{}", proposal.toml()));

    // A corpus id, not the browser's.
    assert_eq!(proposal.id, "cairo-2024-07");
    assert!(corpus.article(&article.id).is_none());
    let a = corpus.article(&proposal.id).expect("the proposed article");
    assert_eq!(a.file, proposal.file);
    assert_eq!(a.text, TEXT);
    assert_eq!(a.talks.value, article.talks.value);
    // Written out with its year in the text: stated.
    assert_eq!(a.talks.confidence, Confidence::Stated);
    // Not given: the talks' date, inferred, and said so.
    assert_eq!(a.published.value, a.talks.value);
    assert_eq!(a.published.confidence, Confidence::Inferred);
    assert_eq!(
        a.outlet.value.as_deref(),
        Some("The \"Daily\" \\ Star\nof Beirut")
    );
    assert_eq!(a.outlet.confidence, Confidence::Inferred);
    assert_eq!(a.place.map(|p| corpus.entity(p).id.as_str()), Some("cairo"));
    // The reader's entities named by the article, under seed ids, with their faction.
    let wang = corpus.entity_ix("wang-yi").expect("Wang Yi proposed");
    assert_eq!(corpus.entity(wang).faction, corpus.entity_ix("china"));
    assert!(a.mentions_entity(wang));
    assert!(corpus.entity_ix("xinhua-agency").is_some());
    assert!(corpus.entity_ix("zhai-jun").is_none());
    // The linked alias is a comment for the editors, not an entry.
    assert!(
        proposal
            .entities_toml
            .contains("#   khaled-mashaal: add \"Abu al-Walid\" to its aliases"),
        "{}",
        proposal.entities_toml
    );
    assert!(corpus::report::text(&corpus).contains(&proposal.id));
}

#[test]
fn the_download_says_where_each_part_goes() {
    let edits = edits();
    let kb = kb_with(&edits);
    let article = extract(&draft(), &kb, &Matchers::new(&kb));
    let toml = seeds_snippet(&draft(), &article, &edits, published()).toml();
    let articles = toml.find("# --- seeds/articles.toml ---").unwrap();
    let entities = toml.find("# --- seeds/entities.toml ---").unwrap();
    assert!(articles < entities);
    assert!(toml.contains(&format!("seeds/articles/{}.txt", article.id)));
    assert!(toml.contains("write one before merging"));
    // Without entities of the reader's, no entities part.
    let plain = Draft {
        text: "Hamas and Fatah met in Cairo on Thursday.".into(),
        talks: "2026-03-12".into(),
        ..Draft::default()
    };
    let kb = kb_with(&KbEdits::default());
    let article = extract(&plain, &kb, &Matchers::new(&kb));
    let p = seeds_snippet(&plain, &article, &KbEdits::default(), published());
    assert_eq!(p.entities_toml, "");
    assert!(!p.toml().contains("entities.toml"));
    assert!(
        p.articles_toml
            .contains("outlet = { confidence = \"unknown\", note = \"Not given.\" }")
    );
    assert!(!p.articles_toml.contains("place ="));
    assert_eq!(p.id, "talks-2026-03");
    // An id the corpus has is numbered.
    let in_cairo = Draft {
        place: "cairo".into(),
        talks: "2014-09-20".into(),
        ..plain
    };
    let article = extract(&in_cairo, &kb, &Matchers::new(&kb));
    let p = seeds_snippet(&in_cairo, &article, &KbEdits::default(), published());
    assert_eq!(p.id, "cairo-2014-09-2");
}

#[test]
fn a_name_the_knowledge_base_uses_as_an_id_gets_another() {
    // "Cairo" as a person, say a journalist's pen name: its id cannot be `cairo`.
    let edits = KbEdits {
        aliases: vec![],
        entities: vec![NewEntity {
            name: "Gaza Kid".into(),
            kind: EntityKind::Person,
            faction: None,
        }],
    };
    let kb = kb_with(&edits);
    let mut article = extract(&draft(), &kb, &Matchers::new(&kb));
    // As if the article named it.
    let ix = kb.entities.len() as u16 - 1;
    article.mentions.push(corpus::model::Mention {
        entity: ix,
        span: corpus::model::Span::new(0, 5),
        variant: false,
    });
    let mut published = published().clone();
    published.entities[0].id = "gaza-kid".into();
    let p = seeds_snippet(&draft(), &article, &edits, &published);
    assert!(
        p.entities_toml.contains("id = \"gaza-kid-2\""),
        "{}",
        p.entities_toml
    );
}

#[test]
fn strings_are_escaped_as_toml_reads_them() {
    assert_eq!(quoted("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
    let parsed: toml::Value =
        toml::from_str(&format!("x = {}", quoted("é \"q\" \\ \t\r\n\u{7f}"))).unwrap();
    assert_eq!(parsed["x"].as_str(), Some("é \"q\" \\ \t\r\n\u{7f}"));
}
