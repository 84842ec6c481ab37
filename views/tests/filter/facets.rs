//! Each facet on the five real articles, with results checked by hand against the
//! extraction report (`corpus report seeds/`).

use super::{corpus, ids_where, index, passing, run};
use corpus::model::EntityKind;
use corpus::text::fold;
use std::collections::BTreeSet;
use views::filter::{SearchIndex, select};
use views::state::ViewState;

const ALL: [&str; 5] = [
    "cairo-2013-01",
    "cairo-2014-09",
    "cairo-2017-11",
    "cairo-2024-10",
    "cairo-2025-10",
];

#[test]
fn without_filters_everything_referenced_passes() {
    let c = corpus();
    let sel = run("view=map&a=cairo-2014-09");
    assert_eq!(passing(&sel), ALL);
    assert!(sel.sentences.iter().all(Vec::is_empty));
    assert!(sel.query_hits.iter().all(Vec::is_empty));
    assert!(sel.relations.iter().flatten().all(|&r| r));
    for (a, r) in c.articles.iter().zip(&sel.relations) {
        assert_eq!(a.relations.len(), r.len());
    }
    // Events: exactly the catalogue entries some article refers to.
    let referenced: BTreeSet<usize> = c
        .articles
        .iter()
        .flat_map(|a| &a.events)
        .flat_map(|r| r.catalog.iter().map(|&k| k as usize))
        .collect();
    let passed: BTreeSet<usize> = (0..c.events.len()).filter(|&k| sel.events[k]).collect();
    assert_eq!(passed, referenced);
    assert!(passed.len() > 10 && passed.len() <= c.events.len());
    // Entities: exactly the mentioned ones; a curated but unmentioned one does not pass.
    let mentioned: BTreeSet<u16> = c
        .articles
        .iter()
        .flat_map(|a| &a.mentions)
        .map(|m| m.entity)
        .collect();
    let shown: BTreeSet<u16> = (0..c.entities.len() as u16)
        .filter(|&x| sel.entities[x as usize])
        .collect();
    assert_eq!(shown, mentioned);
}

#[test]
fn factions_are_an_or_and_count_their_people() {
    assert_eq!(passing(&run("f=islamic-jihad")), ["cairo-2025-10"]);
    assert_eq!(passing(&run("f=plo")), ["cairo-2017-11", "cairo-2025-10"]);
    assert_eq!(
        passing(&run("f=islamic-jihad,palestinian-authority")),
        [
            "cairo-2013-01",
            "cairo-2014-09",
            "cairo-2017-11",
            "cairo-2024-10",
            "cairo-2025-10"
        ]
    );
    // Without its own mentions of the PLO, the 2017 article still counts for the PLO
    // through Wasel Abu Yousef, a PLO official; the same article stripped of him too
    // does not.
    let mut c = corpus().clone();
    let plo = c.entity_ix("plo").unwrap();
    let wasel = c.entity_ix("wasel-abu-yousef").unwrap();
    assert_eq!(c.entity(wasel).kind, EntityKind::Person);
    let i = c.article_ix("cairo-2017-11").unwrap();
    c.articles[i].mentions.retain(|m| m.entity != plo);
    let (state, _) = ViewState::parse("f=plo", &c);
    let sel = select(&c, &SearchIndex::new(&c), &state);
    assert!(sel.articles[i]);
    c.articles[i].mentions.retain(|m| m.entity != wasel);
    let sel = select(&c, &SearchIndex::new(&c), &state);
    assert!(!sel.articles[i]);
}

#[test]
fn entities_are_an_and() {
    assert_eq!(passing(&run("e=khaled-mashaal")), ["cairo-2013-01"]);
    assert_eq!(passing(&run("e=hamas,iran")), ["cairo-2017-11"]);
    assert_eq!(passing(&run("e=gaza,rafah-crossing")), ["cairo-2024-10"]);
    assert!(passing(&run("e=khaled-mashaal,iran")).is_empty());
    // Entities that pass are those of the passing article only.
    let c = corpus();
    let sel = run("e=khaled-mashaal");
    let shown = ids_where(&c.entities, &sel.entities, |e| e.id.as_str());
    let mut expected: Vec<&str> = c.articles[0]
        .entity_set()
        .into_iter()
        .map(|x| c.entity(x).id.as_str())
        .collect();
    expected.sort_by_key(|id| c.entity_ix(id));
    assert_eq!(shown, expected);
}

#[test]
fn topics_are_an_or_and_mark_their_sentences() {
    let c = corpus();
    assert_eq!(passing(&run("t=salaries")), ["cairo-2014-09"]);
    let sel = run("t=un-status,iran-ties");
    assert_eq!(passing(&sel), ["cairo-2013-01", "cairo-2017-11"]);
    let wanted = [c.topic_ix("un-status"), c.topic_ix("iran-ties")].map(Option::unwrap);
    for (a, marked) in c.articles.iter().zip(&sel.sentences) {
        let expected: Vec<u16> = (0..a.sentences.len() as u16)
            .filter(|&s| {
                a.sentences[s as usize]
                    .topics
                    .iter()
                    .any(|t| wanted.contains(t))
            })
            .collect();
        assert_eq!(marked, &expected, "{}", a.id);
    }
    assert!(!sel.sentences[2].is_empty());
}

#[test]
fn dates_overlap_the_range_at_their_own_precision() {
    assert_eq!(
        passing(&run("from=2014&to=2024-12")),
        ["cairo-2014-09", "cairo-2017-11", "cairo-2024-10"]
    );
    assert_eq!(passing(&run("from=2025-10-23")), ["cairo-2025-10"]);
    assert_eq!(passing(&run("to=2013")), ["cairo-2013-01"]);
    assert_eq!(passing(&run("to=2013-01-10")), ["cairo-2013-01"]);
    assert!(!passing(&run("from=2013-01-11")).contains(&"cairo-2013-01"));
    // The day before and the day after are outside, on both ends of the range.
    assert!(passing(&run("to=2013-01-09")).is_empty());
    assert!(passing(&run("from=2025-10-24")).is_empty());
}

#[test]
fn events_need_a_passing_article_and_a_date_in_range() {
    let c = corpus();
    let sel = run("from=2014-08-20&to=2014-09-30");
    assert_eq!(passing(&sel), ["cairo-2014-09"]);
    let events = ids_where(&c.events, &sel.events, |e| e.id.as_str());
    // The 2014 war ran until 26 August, so it overlaps; October's talks do not, and
    // events referred to only by articles outside the range do not pass.
    assert_eq!(
        events,
        [
            "gaza-war-2014",
            "cairo-ceasefire-talks-2014",
            "gaza-ceasefire-2014",
            "truce-talks-agreed-2014"
        ]
    );
    let sel = run("e=rafah-crossing");
    let events = ids_where(&c.events, &sel.events, |e| e.id.as_str());
    assert!(events.contains(&"hamas-takes-gaza-2007"));
    assert!(!events.contains(&"gaza-war-2014"));
}

#[test]
fn the_query_folds_case_and_accents_and_maps_hits_back() {
    let c = corpus();
    let sel = run("q=%C3%89GYPTIAN+Official");
    for (a, hits) in c.articles.iter().zip(&sel.query_hits) {
        for h in hits {
            assert_eq!(fold(a.slice(*h)), "egyptian official", "{}", a.id);
        }
    }
    assert_eq!(passing(&sel), ["cairo-2013-01"]);
    assert_eq!(sel.query_hits[0].len(), 2);
    assert_eq!(sel.sentences[0].len(), 2);
    // A typographic apostrophe in the text matches a straight one in the query, and the
    // highlight covers the original (multi-byte) characters.
    let sel = run("q=gaza's+border");
    assert_eq!(passing(&sel), ["cairo-2017-11"]);
    let a = &c.articles[2];
    assert_eq!(sel.query_hits[2].len(), 1);
    assert_eq!(a.slice(sel.query_hits[2][0]), "Gaza\u{2019}s border");
    let s = sel.sentences[2][0];
    assert!(a.sentence_text(s).contains("Gaza\u{2019}s border"));
}

#[test]
fn the_query_also_finds_entities_by_alias() {
    let c = corpus();
    // The 2013 text spells him "Mashaal"; "Meshaal" is one of his aliases.
    assert!(!c.articles[0].text.to_lowercase().contains("meshaal"));
    let sel = run("q=MESHAAL");
    assert_eq!(passing(&sel), ["cairo-2013-01"]);
    let a = &c.articles[0];
    let highlighted: Vec<&str> = sel.query_hits[0].iter().map(|h| a.slice(*h)).collect();
    assert_eq!(highlighted.len(), 6);
    assert!(
        highlighted.iter().all(|h| h.contains("Mashaal")),
        "{highlighted:?}"
    );
    assert!(!sel.sentences[0].is_empty());
    // The literal "Egypt" of "Egyptian" and the mention "Egyptian" (an alias of Egypt),
    // or the mention "Egyptian intelligence" (whose name contains the query), make one
    // highlight each, not two overlapping ones.
    let sel = run("q=egypt");
    let a = &c.articles[1];
    let texts: Vec<&str> = sel.query_hits[1].iter().map(|h| a.slice(*h)).collect();
    assert_eq!(
        texts,
        [
            "Egyptian",
            "Egyptian",
            "Egypt",
            "Egyptian intelligence",
            "Egyptian"
        ]
    );
    // A query that folds to nothing is no filter at all.
    let sel = run("q=%CC%81");
    assert_eq!(passing(&sel), ALL);
    assert!(sel.query_hits.iter().all(Vec::is_empty));
}

#[test]
fn relations_need_their_article_a_selected_faction_and_a_selected_entity() {
    let c = corpus();
    let sel = run("f=hamas&e=iran");
    assert_eq!(passing(&sel), ["cairo-2017-11"]);
    let a = &c.articles[2];
    let kept: Vec<(&str, &str, &str)> = a
        .relations
        .iter()
        .zip(&sel.relations[2])
        .filter(|(_, p)| **p)
        .map(|(r, _)| {
            let id = |x| c.entity(x).id.as_str();
            (r.kind.as_str(), id(r.source), id(r.target))
        })
        .collect();
    assert_eq!(
        kept,
        [("alliance", "hamas", "iran"), ("alliance", "hamas", "iran")]
    );
    assert!(sel.relations[0].iter().all(|p| !p));
    // A person counts for the faction: Mashaal leads Hamas in 2013.
    let sel = run("f=hamas&e=khaled-mashaal");
    let a = &c.articles[0];
    let kept: Vec<&str> = a
        .relations
        .iter()
        .zip(&sel.relations[0])
        .filter(|(_, p)| **p)
        .map(|(r, _)| c.entity(r.source).id.as_str())
        .collect();
    assert_eq!(kept, ["khaled-mashaal"]);
}

#[test]
fn hand_built_states_with_unknown_ids_match_nothing() {
    let c = corpus();
    let state = ViewState {
        entities: vec!["hamas".into(), "nobody".into()],
        ..ViewState::default()
    };
    assert_eq!(select(c, index(), &state).article_count(), 0);
    let state = ViewState {
        topics: vec!["nothing".into()],
        ..ViewState::default()
    };
    assert_eq!(select(c, index(), &state).article_count(), 0);
}

#[test]
fn an_index_built_for_another_corpus_is_not_trusted() {
    let c = corpus();
    let other = views::filter::synth::scaled(c, 12);
    let stale = SearchIndex::new(&other);
    assert!(!stale.fits(c) && index().fits(c));
    let (state, _) = ViewState::parse("q=egyptian&t=elections", c);
    assert_eq!(select(c, &stale, &state), select(c, index(), &state));
}
