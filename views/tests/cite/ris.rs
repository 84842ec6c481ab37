//! RIS read back by `biblib`, and line by line by a strict reader: `biblib` keeps the
//! fields a reference manager maps (type, title, journal, date, link, the rest as
//! extra fields) but drops the access date, so `Y2` is read by the strict reader.

use super::{TRICKY_HEADLINE, TRICKY_SPEAKER, accessed, seed_works, tricky};
use biblib::{CitationParser, RisParser};
use views::cite::dates::Dated;
use views::cite::{Work, notes, ris::ris};

/// The record's tags and values, in order, checking the format on the way: every
/// line `XX  - value` ending in CRLF, `TY` first, `ER` last and empty, nothing after.
fn strict(record: &str) -> Vec<(String, String)> {
    let body = record.strip_suffix("\r\n").expect("ends with CRLF");
    let mut out = Vec::new();
    for line in body.split("\r\n") {
        assert!(
            !line.contains(['\r', '\n']),
            "a bare line break in {line:?}"
        );
        let (tag, value) = line.split_at_checked(6).expect("a tag and its dash");
        let (tag, dash) = tag.split_at(2);
        assert!(
            tag.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
            "{line:?}"
        );
        assert_eq!(dash, "  - ", "{line:?}");
        out.push((tag.to_string(), value.to_string()));
    }
    assert_eq!(out.first().map(|(t, _)| t.as_str()), Some("TY"));
    assert_eq!(out.last(), Some(&("ER".to_string(), String::new())));
    out
}

fn check(work: &Work) {
    let record = ris(work, accessed());
    let tags = strict(&record);
    let value = |tag: &str| tags.iter().find(|(t, _)| t == tag).map(|(_, v)| v.as_str());
    assert_eq!(value("TY"), Some("NEWS"));
    assert_eq!(value("Y2"), Some("2026/12/07"));
    let parsed = RisParser::new().parse(&record).expect("biblib reads it");
    assert_eq!(parsed.len(), 1);
    let c = &parsed[0];
    assert_eq!(c.citation_type, ["Newspaper"]);
    assert_eq!(c.title, views::cite::one_line(work.headline));
    assert_eq!(c.journal.as_deref(), work.outlet_name());
    assert_eq!(c.urls, [work.url]);
    match Dated::of(work.published).date() {
        Some(d) => {
            let date = c.date.as_ref().expect("a date");
            assert_eq!(date.year, i32::from(d.year));
            assert_eq!(date.month, (d.month > 0).then_some(d.month));
            assert_eq!(date.day, (d.day > 0).then_some(d.day));
        }
        None => assert_eq!(c.date, None),
    }
    let extra = |tag: &str| c.extra_fields.get(tag).cloned().unwrap_or_default();
    assert_eq!(extra("N1"), [notes::note(work)]);
    assert_eq!(extra("DB"), ["Cairo Talks"]);
    assert_eq!(extra("ID"), [work.key()]);
}

#[test]
fn every_seed_citation_reads_back() {
    for work in seed_works() {
        check(&work);
    }
}

#[test]
fn quotation_marks_commas_and_line_breaks_stay_on_one_line() {
    let work = tricky();
    check(&work);
    let record = ris(&work, accessed());
    let n1 = (strict(&record).into_iter())
        .find(|(t, _)| t == "N1")
        .map(|(_, v)| v)
        .unwrap();
    assert!(
        n1.contains(&format!(
            "Quoting {TRICKY_SPEAKER}: “We will, \"God willing\", sign it, today”"
        )),
        "{n1}"
    );
    assert!(record.contains(&format!("TI  - {TRICKY_HEADLINE}\r\n")));
}

#[test]
fn an_inferred_date_is_named_in_the_note_and_a_stated_one_is_not() {
    let works = seed_works();
    let inferred = works
        .iter()
        .find(|w| matches!(Dated::of(w.published), Dated::Inferred(_)));
    let n1 = notes::note(inferred.expect("the seeds' dates are inferred"));
    assert!(
        n1.contains("Publication date inferred by the editors, not stated in the text"),
        "{n1}"
    );
    let mut stated = works[0].clone();
    stated.published = super::sourced(
        corpus::PartialDate::day(2014, 9, 24),
        corpus::model::Confidence::Stated,
    );
    assert!(!notes::note(&stated).contains("Publication date"));
    let mut month = works[0].clone();
    month.published = super::sourced(
        corpus::PartialDate::month(2014, 9),
        corpus::model::Confidence::Stated,
    );
    check(&month);
    let mut unknown = works[0].clone();
    unknown.published = super::sourced(None, corpus::model::Confidence::Unknown);
    check(&unknown);
    assert!(!ris(&unknown, accessed()).contains("DA  - "));
}
