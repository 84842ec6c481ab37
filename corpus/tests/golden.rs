//! Golden tests: concrete facts the extractor must find in the five seed articles.

mod common;

use common::lookup::{article, corpus, entity};
use corpus::model::{Article, EventRef, Precision, RelationKind};

fn speakers(a: &Article) -> Vec<&str> {
    a.quotes
        .iter()
        .filter_map(|q| q.speaker)
        .map(|s| corpus().entity(s).id.as_str())
        .collect()
}

fn event_dates(a: &Article, words: &str) -> Vec<(String, Precision)> {
    a.events
        .iter()
        .filter(|r| a.slice(r.span) == words)
        .map(|r| (r.date.to_string(), r.date.precision()))
        .collect()
}

fn mention_count(a: &Article, id: &str) -> usize {
    a.mentions.iter().filter(|m| m.entity == entity(id)).count()
}

/// The first dated reference written `words`.
fn event_ref<'a>(a: &'a Article, words: &str) -> &'a EventRef {
    a.events
        .iter()
        .find(|r| a.slice(r.span) == words)
        .unwrap_or_else(|| panic!("no {words:?} in {}", a.id))
}

fn has_relation(a: &Article, kind: RelationKind, x: &str, y: &str) -> bool {
    let (x, y) = (entity(x), entity(y));
    a.relations.iter().any(|r| {
        r.kind == kind
            && ((r.source == x && r.target == y)
                || (kind.is_symmetric() && r.source == y && r.target == x))
    })
}

#[test]
fn the_five_articles_are_ordered_by_the_date_of_their_talks() {
    let ids: Vec<&str> = corpus().articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "cairo-2013-01",
            "cairo-2014-09",
            "cairo-2017-11",
            "cairo-2024-10",
            "cairo-2025-10"
        ]
    );
    assert_eq!(article("cairo-2017-11").date().to_string(), "2017-11-21");
}

#[test]
fn quotes_in_2014_are_attributed_to_risheq_and_abu_marzouk() {
    let who = speakers(article("cairo-2014-09"));
    assert!(who.contains(&"izzat-risheq"), "{who:?}");
    assert!(who.contains(&"moussa-abu-marzouk"), "{who:?}");
}

#[test]
fn pronoun_speakers_resolve_to_the_person_just_named() {
    let who = speakers(article("cairo-2017-11"));
    assert_eq!(who, ["wasel-abu-yousef", "bassem-naim", "salah-al-aruri"]);
    let elaraby = speakers(article("cairo-2013-01"));
    assert_eq!(
        elaraby,
        ["nabil-elaraby", "nabil-elaraby", "khaled-mashaal"]
    );
}

#[test]
fn an_unnamed_speaker_keeps_the_words_that_describe_them() {
    let a = article("cairo-2025-10");
    let first = &a.quotes[0];
    assert_eq!(first.speaker, None);
    assert_eq!(first.speaker_span.map(|s| a.slice(s)), Some("the source"));
}

#[test]
fn hamas_run_is_a_mention_of_hamas() {
    let a = article("cairo-2014-09");
    let at = a.text.find("Hamas-run").unwrap() as u32;
    let m = a
        .mentions
        .iter()
        .find(|m| m.span.start == at)
        .expect("a mention at Hamas-run");
    assert_eq!(corpus().entity(m.entity).id, "hamas");
    assert_eq!(a.slice(m.span), "Hamas");
}

#[test]
fn possessives_and_compound_adjectives_are_mentions() {
    let a = article("cairo-2014-09");
    let slices: Vec<(&str, &str)> = a
        .mentions
        .iter()
        .map(|m| (corpus().entity(m.entity).id.as_str(), a.slice(m.span)))
        .collect();
    assert!(slices.contains(&("mahmoud-abbas", "Mahmoud Abbas")));
    assert!(slices.contains(&("egypt", "Egyptian")), "Egyptian-mediated");
    assert_eq!(
        mention_count(a, "palestinian-authority"),
        2,
        "the Palestinian Authority, the Palestinian Authority's"
    );
}

#[test]
fn short_capital_aliases_match_only_in_capitals() {
    let a = article("cairo-2017-11");
    let pa = mention_count(a, "palestinian-authority");
    assert_eq!(pa, 7, "Palestinian Authority (PA) and six PA");
    let us = mention_count(a, "united-states");
    assert_eq!(us, 1, "the U.S.; 'us' never matches");
}

#[test]
fn explicit_dates_resolve_to_their_day() {
    assert_eq!(
        event_dates(article("cairo-2024-10"), "Oct. 7, 2023"),
        [("2023-10-07".to_string(), Precision::Day)]
    );
    assert_eq!(
        event_dates(article("cairo-2014-09"), "July 8"),
        [("2014-07-08".to_string(), Precision::Day)]
    );
    assert_eq!(
        event_dates(article("cairo-2013-01"), "May 2011"),
        [("2011-05".to_string(), Precision::Month)]
    );
}

#[test]
fn last_month_in_2017_is_october_2017_and_names_the_deal() {
    let a = article("cairo-2017-11");
    let r = event_ref(a, "last month");
    assert_eq!(r.date.to_string(), "2017-10");
    assert_eq!(
        corpus().event_ref_label(a, r),
        "Fatah and Hamas sign a reconciliation deal in Cairo"
    );
}

#[test]
fn weekdays_resolve_around_the_publication_date() {
    let a = article("cairo-2017-11");
    assert_eq!(event_dates(a, "Tuesday")[0].0, "2017-11-21");
    assert_eq!(event_dates(a, "Thursday")[0].0, "2017-11-23");
    assert_eq!(
        event_dates(article("cairo-2014-09"), "Tuesday")[0].0,
        "2014-09-23"
    );
}

#[test]
fn islamic_jihad_is_an_ally_of_hamas_in_2025() {
    assert!(has_relation(
        article("cairo-2025-10"),
        RelationKind::Alliance,
        "islamic-jihad",
        "hamas"
    ));
}

#[test]
fn relations_that_feed_the_faction_map() {
    use RelationKind::*;
    let stated = [
        ("cairo-2013-01", Rivalry, "hamas", "fatah"),
        ("cairo-2013-01", Mediation, "nabil-elaraby", "hamas"),
        ("cairo-2013-01", Leadership, "khaled-mashaal", "hamas"),
        ("cairo-2017-11", Designation, "israel", "hamas"),
        ("cairo-2017-11", Designation, "united-states", "hamas"),
        ("cairo-2017-11", Alliance, "hamas", "iran"),
        ("cairo-2024-10", Membership, "khalil-al-hayya", "hamas"),
        ("cairo-2024-10", War, "israel", "hamas"),
        ("cairo-2025-10", Membership, "pflp", "plo"),
    ];
    for (id, kind, x, y) in stated {
        assert!(
            has_relation(article(id), kind, x, y),
            "{id}: {kind:?} {x} {y}"
        );
    }
    // An offensive and a diplomatic victory by Abbas in one sentence is no war on Fatah.
    assert!(!has_relation(
        article("cairo-2013-01"),
        War,
        "israel",
        "fatah"
    ));
}

#[test]
fn affiliations_keep_the_role_words_of_the_text() {
    let a = article("cairo-2014-09");
    let bseiso = a
        .relations
        .iter()
        .find(|r| r.source == entity("sakher-bseiso"))
        .expect("Bseiso's affiliation");
    assert_eq!(bseiso.target, entity("fatah"));
    assert_eq!(
        bseiso.role.as_deref(),
        Some("Fatah central committee member")
    );
    assert_eq!(
        a.sentence_text(bseiso.sentence).split_whitespace().next(),
        Some("Sakher")
    );
}

#[test]
fn catalogued_events_are_linked_by_date_and_cue() {
    let a = article("cairo-2013-01");
    let november = event_ref(a, "November");
    let ids: Vec<&str> = november
        .catalog
        .iter()
        .map(|&e| corpus().events[e as usize].id.as_str())
        .collect();
    assert_eq!(ids, ["gaza-war-2012", "un-observer-state-2012"]);
}

#[test]
fn topics_are_found_per_sentence() {
    let a = article("cairo-2014-09");
    let salaries = corpus().topic_ix("salaries").unwrap();
    let hits: Vec<&str> = a
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.topics.contains(&salaries))
        .map(|(i, _)| a.sentence_text(i as u16))
        .collect();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].contains("non-payment of salaries"));
}

#[test]
fn terrorist_framing_occurs_only_in_2017() {
    let terrorist = corpus()
        .framing
        .iter()
        .position(|t| t.id == "terrorist")
        .unwrap() as u16;
    for a in &corpus().articles {
        let n = a.framing.iter().filter(|h| h.term == terrorist).count();
        assert_eq!(n > 0, a.id == "cairo-2017-11", "{}: {n}", a.id);
    }
}

#[test]
fn an_unknown_name_in_a_new_article_becomes_an_uncurated_candidate() {
    // The seeds' own names are all curated; a new article brings new people.
    let dir = tempdir_with_extra_article();
    let c = corpus::seeds::load_dir(&dir).unwrap();
    let a = c.article("cairo-test-new").unwrap();
    let names: Vec<&str> = a.candidates.iter().map(|c| a.slice(c.span)).collect();
    assert_eq!(
        names,
        ["Jibril Rajoub", "Mujahideen Brigades", "Ahmed al-Bardawil"]
    );
    for seed in &corpus().articles {
        assert!(
            seed.candidates.is_empty(),
            "{}: {:?}",
            seed.id,
            seed.candidates
        );
    }
}

/// A copy of seeds/ plus one article with names no one has curated.
fn tempdir_with_extra_article() -> std::path::PathBuf {
    let seeds = common::seeds_dir();
    let dir = std::env::temp_dir().join(format!("cairo-talks-golden-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    for entry in std::fs::read_dir(&seeds).unwrap().flatten() {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
    }
    for entry in std::fs::read_dir(seeds.join("articles")).unwrap().flatten() {
        std::fs::copy(entry.path(), dir.join("articles").join(entry.file_name())).unwrap();
    }
    std::fs::write(
        dir.join("articles/new.txt"),
        "Fatah official Jibril Rajoub met Hamas leaders in Cairo on Monday. \
         Members of the Mujahideen Brigades and Ahmed al-Bardawil were not present.",
    )
    .unwrap();
    let mut toml = std::fs::read_to_string(dir.join("articles.toml")).unwrap();
    toml.push_str(
        "\n[[article]]\nid = \"cairo-test-new\"\nfile = \"articles/new.txt\"\nheadline = \"Test\"\n\
         talks = { value = \"2026-01-05\", confidence = \"stated\" }\n\
         published = { value = \"2026-01-05\", confidence = \"stated\" }\n\
         outlet = { confidence = \"unknown\" }\nwire = { confidence = \"unknown\" }\n",
    );
    std::fs::write(dir.join("articles.toml"), toml).unwrap();
    dir
}
