//! BibTeX read back by `biblatex`: the entry type chosen per entry, every field
//! decoded to the text it was written from, braces balanced whatever the headline.

use super::{TRICKY_HEADLINE, TRICKY_SPEAKER, URL, accessed, seed_works, tricky};
use biblatex::{Bibliography, ChunksExt, EntryType};
use views::cite::bibtex::{bibtex, key};
use views::cite::dates::Dated;
use views::cite::{Work, notes, one_line};

/// The entry as `biblatex` reads it, checked against the work it was written from.
fn check(work: &Work) -> biblatex::Entry {
    let src = bibtex(work, accessed());
    let bib = Bibliography::parse(&src).unwrap_or_else(|e| panic!("{e:?} in\n{src}"));
    assert_eq!(bib.len(), 1, "{src}");
    let entry = bib
        .get(&key(work))
        .unwrap_or_else(|| panic!("no key in\n{src}"))
        .clone();
    let field = |name: &str| entry.get(name).map(|c| c.format_verbatim());
    assert_eq!(
        field("title").as_deref(),
        Some(one_line(work.headline).as_str()),
        "{src}"
    );
    match work.outlet_name() {
        Some(outlet) => {
            assert_eq!(entry.entry_type, EntryType::Article);
            assert_eq!(field("entrysubtype").as_deref(), Some("newspaper"));
            assert_eq!(field("journaltitle").as_deref(), Some(outlet));
        }
        None => {
            assert_eq!(entry.entry_type, EntryType::Online);
            assert_eq!(field("organization").as_deref(), Some("Cairo Talks"));
        }
    }
    match Dated::of(work.published).date() {
        Some(d) => {
            assert_eq!(field("date"), Some(d.to_string()));
            assert!(entry.date().is_ok(), "biblatex reads the date: {src}");
        }
        None => assert_eq!(field("date"), None),
    }
    assert_eq!(field("url").as_deref(), Some(work.url));
    assert_eq!(field("urldate").as_deref(), Some("2026-12-07"));
    let mut facts = notes::notes(work);
    if work.quotation.is_some() {
        assert_eq!(field("addendum"), facts.pop());
    }
    assert_eq!(field("note"), Some(facts.join(" ")));
    entry
}

#[test]
fn every_seed_citation_reads_back() {
    for work in seed_works() {
        check(&work);
    }
}

#[test]
fn braces_percent_and_ampersand_in_a_headline_are_escaped() {
    let work = tricky();
    check(&work);
    let src = bibtex(&work, accessed());
    assert!(
        src.contains(r"Hamas \& Fatah \{agree\} on 100\% of"),
        "{src}"
    );
    // The headline's case is protected by one more pair of braces.
    let title = src
        .lines()
        .find(|l| l.trim_start().starts_with("title"))
        .unwrap();
    assert!(title.contains("= {{Hamas"), "{title}");
    // Braces balance: nothing the text holds can close the entry early.
    let depth = src.chars().try_fold(0i32, |d, c| {
        let d = d + match c {
            '{' => 1,
            '}' => -1,
            _ => 0,
        };
        (d >= 0).then_some(d)
    });
    // Escaped braces count too, but they come in pairs in this headline.
    assert_eq!(depth, Some(0), "{src}");
    assert!(src.contains(TRICKY_SPEAKER), "non-ASCII is kept as UTF-8");
    assert!(TRICKY_HEADLINE.contains('%'));
}

#[test]
fn an_article_without_a_known_outlet_is_online_and_keys_are_distinct() {
    let works = seed_works();
    let unknown = works.iter().find(|w| w.outlet_name().is_none());
    let entry = check(unknown.expect("cairo-2025-10's outlet is not established"));
    assert_eq!(entry.entry_type, EntryType::Online);
    let mut keys: Vec<String> = works.iter().map(key).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(
        keys.len(),
        works.len(),
        "a key per article and per quotation"
    );
    assert!(keys.iter().all(|k| k.starts_with("cairotalks:")));
    // A link with braces or spaces stays one verbatim field.
    let odd = Work {
        url: "https://x.org/a b/{c}",
        ..works[0].clone()
    };
    let src = bibtex(&odd, accessed());
    let bib = Bibliography::parse(&src).expect("parses");
    let url = bib
        .get(&key(&odd))
        .unwrap()
        .get("url")
        .unwrap()
        .format_verbatim();
    assert_eq!(url, "https://x.org/a%20b/%7Bc%7D");
    assert_ne!(URL, url);
}
