//! Quotation attribution, sentence by sentence: the shapes of real wire copy that a
//! nearest-name rule gets wrong, and negatives whose right answer is "unattributed".
//!
//! Each case is run through the whole extractor with the real knowledge base, as a
//! new article would be. The sentences are written for these tests; the names are the
//! knowledge base's, sometimes spelled as other outlets spell them.
//!
//! Expected speakers: a knowledge-base id; `~words` for a speaker the knowledge base
//! does not name (the words that describe them); `-` for unattributed (a reporting
//! frame whose speaker is not certain); `term` for quoted words nobody speaks.

mod cases;
#[path = "../common/mod.rs"]
mod common;

use cases::CASES;

use corpus::model::{Article, AttributionRule};

fn article(text: &str) -> Article {
    common::extract_text(text)
}

/// Each quotation's speaker, in the notation of the module doc.
fn speakers(text: &str) -> Vec<String> {
    let (kb, _, _) = common::real_kb();
    let a = article(text);
    a.quotes
        .iter()
        .map(|q| match (q.speaker, q.speaker_span, q.rule) {
            (Some(e), _, _) => kb.entities[e as usize].id.clone(),
            (None, Some(w), _) => format!("~{}", a.slice(w)),
            (None, None, AttributionRule::Term) => "term".into(),
            (None, None, _) => "-".into(),
        })
        .collect()
}

#[test]
fn every_case_is_attributed_as_a_reader_would() {
    assert!(CASES.len() >= 40);
    let mut wrong = Vec::new();
    for (text, expected) in CASES {
        let found = speakers(text);
        if found != *expected {
            wrong.push(format!(
                "{text}\n  expected {expected:?}\n  found    {found:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases wrong:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

#[test]
fn each_speaker_records_the_rule_that_found_it() {
    let labels = |text: &str| -> Vec<String> {
        article(text)
            .quotes
            .iter()
            .map(|q| q.rule.label())
            .collect()
    };
    let cases: &[(&str, &[&str])] = &[
        (
            "Naim dismissed the plan as \"a mirage\".",
            &["subject of dismissed … as"],
        ),
        ("\"It is over,\" said the source.", &["named after said"]),
        (
            "\"It is over,\" according to Naim.",
            &["named after according to"],
        ),
        (
            "\"Unity first,\" said a statement by Hamas.",
            &["issuer of the statement"],
        ),
        (
            "\"We agree,\" Naim said. \"Fully.\"",
            &["subject of said", "continues the quotation before"],
        ),
        (
            "Naim spoke. \"We agree,\" he told AFP.",
            &["pronoun subject of told"],
        ),
        (
            "Abbas and Haniyeh said they were \"close\".",
            &["first of the joint subjects of said"],
        ),
        (
            "The plan was rejected as \"a trap\" by Naim.",
            &["agent (by …) of rejected"],
        ),
        ("The \"committee\" met.", &["quoted term, nobody's words"]),
        ("\"We agree,\" he said.", &["unattributed"]),
    ];
    for (text, want) in cases {
        assert_eq!(labels(text), *want, "{text}");
    }
}
