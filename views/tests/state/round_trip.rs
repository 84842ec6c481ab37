//! Properties over states built from the real corpus' ids, and fuzzing with garbage.

use super::common::strategies::{article_ids, date_in, entity_ids, filters, some_of};
use super::{corpus, parse};
use proptest::prelude::*;
use proptest::sample::select;
use views::state::{Ignored, KEYS, Known, MAX_QUERY_CHARS, View, ViewState};

/// A view state naming only ids of the real corpus, in no particular order.
fn arb_state() -> impl Strategy<Value = ViewState> {
    let articles = article_ids();
    let mut items = articles.clone();
    items.extend(corpus().events.iter().map(|e| e.id.clone()));
    let filters = filters(|ids| some_of(ids, 3), 1990..2035, "\\PC{0,230}");
    let others = (
        select(View::ALL.to_vec()),
        prop::option::of(select(articles.clone())),
        some_of(articles.clone(), 5),
        prop::option::of(select(entity_ids())),
        prop::option::of(select(articles)),
        prop::option::of((date_in(1990..2035), date_in(1990..2035))),
        prop::option::of(select(items)),
    );
    (filters, others).prop_map(|(f, (view, a, cmp, fo, r, w, sel))| ViewState {
        view,
        article: a,
        compare: cmp,
        focus: fo,
        round: r,
        window: w,
        selected: sel,
        ..f
    })
}

/// Query strings made of real keys, real ids and garbage in any mix.
fn arb_query() -> impl Strategy<Value = String> {
    let mut words: Vec<String> = KEYS.iter().map(|k| k.to_string()).collect();
    words.extend(entity_ids());
    words.extend(article_ids());
    words.extend(
        [
            "%zz",
            "%FF%FE",
            "%",
            "%C3",
            "=",
            "==",
            "&",
            ",",
            "..",
            "+",
            "%2C",
            "?",
            "2014",
            "2012..2026-03",
            "0-9",
            "12-4000",
            "20x4",
            "é",
            "\u{0301}",
            "🇵🇸",
            "\u{202E}",
            "",
        ]
        .map(String::from),
    );
    let piece = prop_oneof![
        4 => select(words),
        1 => "\\PC{0,12}",
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|p| p.concat())
}

fn assert_sane(q: &str) {
    let c = corpus();
    let (state, ignored) = ViewState::parse(q, c);
    assert!(state.factions.iter().all(|id| c.is_faction(id)));
    assert!(state.entities.iter().all(|id| c.is_entity(id)));
    assert!(state.topics.iter().all(|id| c.is_topic(id)));
    assert!(state.compare.iter().all(|id| c.is_article(id)));
    for id in [&state.article, &state.round].into_iter().flatten() {
        assert!(c.is_article(id));
    }
    assert!(state.focus.iter().all(|id| c.is_entity(id)));
    assert!(
        state
            .selected
            .iter()
            .all(|id| c.is_article(id) || c.is_event(id))
    );
    if let Some(h) = &state.highlight {
        assert!(c.fits_article(&h.article, h.span));
        assert_eq!(state.article.as_ref(), Some(&h.article));
    }
    assert!(state.query.chars().count() <= MAX_QUERY_CHARS);
    assert_eq!(
        state.clone().canonical(),
        state,
        "parse returns canonical states"
    );
    for i in &ignored {
        assert!(i.key.chars().count() <= Ignored::MAX_SHOWN + 1);
        assert!(i.value.chars().count() <= Ignored::MAX_SHOWN + 1);
    }
    // Whatever came in, what goes out reads back silently and identically.
    let out = state.to_query();
    assert_eq!(ViewState::parse(&out, c), (state, vec![]));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn known_states_round_trip_without_notices(s in arb_state()) {
        let q = s.to_query();
        let (back, ignored) = ViewState::parse(&q, corpus());
        prop_assert!(ignored.is_empty(), "{q}: {ignored:?}");
        prop_assert_eq!(&back, &s.clone().canonical());
        prop_assert_eq!(back.to_query(), q.clone());
        prop_assert_eq!(ViewState::parse(&format!("?{q}"), corpus()).0, back);
    }

    #[test]
    fn to_query_is_canonical(s in arb_state()) {
        let canonical = s.clone().canonical();
        prop_assert_eq!(canonical.clone().canonical(), canonical.clone());
        prop_assert_eq!(s.to_query(), canonical.to_query());
        // Key order is fixed and every key is written at most once.
        let q = s.to_query();
        let written: Vec<usize> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| KEYS.iter().position(|k| p.split('=').next() == Some(*k)).unwrap())
            .collect();
        prop_assert!(written.windows(2).all(|w| w[0] < w[1]), "{}", q);
    }

    #[test]
    fn mixed_garbage_never_panics_and_names_only_known_ids(q in arb_query()) {
        assert_sane(&q);
    }

    #[test]
    fn any_string_never_panics(q in any::<String>()) {
        assert_sane(&q);
    }
}

#[test]
fn ten_thousand_characters_of_garbage_are_survived() {
    let samples = [
        "%zz&%FF%FE=%FF&f=".repeat(600),
        "=".repeat(10_000),
        format!("f={}", "hamas,nonsense,".repeat(700)),
        format!("q={}", "%E2%80%AE".repeat(1_200)),
        "cmp=cairo-2013-01,".repeat(600),
        "&".repeat(10_000),
        "é,".repeat(5_000),
    ];
    for q in &samples {
        assert!(q.len() >= 10_000, "{}", q.len());
        assert_sane(q);
    }
    let (state, ignored) = parse(&samples[2]);
    assert_eq!(state.factions, ["hamas"]);
    assert_eq!(ignored.len(), 700);
}
