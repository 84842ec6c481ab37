//! CSL-JSON read back by serde: into the item type it was written from, and as plain
//! JSON for the names CSL processors look for.

use super::{TRICKY_HEADLINE, TRICKY_WORDS, accessed, seed_works, tricky};
use views::cite::csl::{CslItem, csl_json, item};
use views::cite::{Work, one_line};

fn check(work: &Work) -> serde_json::Value {
    let json = csl_json(work, accessed());
    let back: Vec<CslItem> = serde_json::from_str(&json).expect("an array of items");
    assert_eq!(back, [item(work, accessed())]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let it = &value[0];
    assert_eq!(it["type"], "article-newspaper");
    assert_eq!(it["id"], work.key());
    assert_eq!(it["title"], one_line(work.headline));
    assert_eq!(it["URL"], work.url);
    assert_eq!(
        it["accessed"]["date-parts"],
        serde_json::json!([[2026, 12, 7]])
    );
    match work.outlet_name() {
        Some(o) => assert_eq!(it["container-title"], o),
        None => assert!(it.get("container-title").is_none()),
    }
    value
}

#[test]
fn every_seed_citation_reads_back() {
    for work in seed_works() {
        let value = check(&work);
        let d = work.published.value.expect("the seeds' dates are known");
        let parts = &value[0]["issued"]["date-parts"][0];
        assert_eq!(parts[0], i64::from(d.year));
        assert!(value[0]["note"].as_str().unwrap().contains("inferred"));
    }
}

#[test]
fn quotation_marks_and_line_breaks_survive_as_json_strings() {
    let work = tricky();
    let value = check(&work);
    assert_eq!(value[0]["title"], TRICKY_HEADLINE);
    let note = value[0]["note"].as_str().unwrap();
    assert!(note.contains(&one_line(TRICKY_WORDS)), "{note}");
    assert!(csl_json(&work, accessed()).contains("\\\"God willing\\\""));
}

#[test]
fn an_unknown_date_leaves_issued_out() {
    let mut work = seed_works()[0].clone();
    work.published = super::sourced(None, corpus::model::Confidence::Unknown);
    let value = check(&work);
    assert!(value[0].get("issued").is_none());
}
