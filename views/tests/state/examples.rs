//! Worked examples of the parsing rules documented on `ViewState::parse`.

use super::{corpus, date, keys, pairs, parse};
use corpus::model::Span;
use views::state::{Highlight, Ignored, KEYS, Known, MAX_QUERY_CHARS, View, ViewState};

#[test]
fn three_bad_values_leave_the_default_state_and_three_notices() {
    let (state, ignored) = parse("?f=nonsense&a=missing&from=20x4");
    assert_eq!(state, ViewState::default());
    assert_eq!(keys(&ignored), ["f", "a", "from"]);
    let values: Vec<&str> = ignored.iter().map(|i| i.value.as_str()).collect();
    assert_eq!(values, ["nonsense", "missing", "20x4"]);
    assert!(ignored.iter().all(|i| !i.reason.is_empty()));
}

#[test]
fn the_map_view_round_trips() {
    let (state, ignored) = parse("?view=map");
    assert!(ignored.is_empty());
    assert_eq!(state.view, View::Map);
    assert_eq!(state.to_query(), "view=map");
    assert_eq!(state.to_search(), "?view=map");
    // The default view is left out of the link.
    let (timeline, ignored) = parse("view=timeline");
    assert!(ignored.is_empty());
    assert_eq!(timeline, ViewState::default());
    assert_eq!(timeline.to_query(), "");
    assert_eq!(timeline.to_search(), "");
}

#[test]
fn percent_encoded_queries_decode_accents_and_plus_signs() {
    let (state, ignored) = parse("q=s%C3%A9curit%C3%A9");
    assert!(ignored.is_empty());
    assert_eq!(state.query, "sécurité");
    let (state, _) = parse("q=+unity+government+");
    assert_eq!(state.query, "unity government");
    // Characters that mean something in a query string survive the round trip.
    let tricky = ViewState {
        query: "a+b & c,d=é%".into(),
        ..ViewState::default()
    };
    assert_eq!(tricky.to_query(), "q=a%2Bb+%26+c%2Cd%3D%C3%A9%25");
    assert_eq!(parse(&tricky.to_query()).0, tricky);
}

#[test]
fn bad_list_items_are_dropped_one_by_one() {
    let (state, ignored) = parse("f=hamas,nonsense,fatah,mahmoud-abbas,,hamas&t=elections,x");
    assert_eq!(state.factions, ["fatah", "hamas"]);
    assert_eq!(state.topics, ["elections"]);
    let dropped = pairs(&ignored);
    assert_eq!(
        dropped,
        [("f", "nonsense"), ("f", "mahmoud-abbas"), ("t", "x")]
    );
    // A person is an entity but not a faction, and the notice says so.
    assert!(ignored[1].reason.contains("organization"), "{}", ignored[1]);
}

#[test]
fn repeated_keys_merge_lists_and_the_last_single_value_wins() {
    let (state, ignored) =
        parse("f=hamas&e=gaza&f=fatah&a=cairo-2013-01&a=nope&a=cairo-2014-09&view=map&view=map");
    assert_eq!(state.factions, ["fatah", "hamas"]);
    assert_eq!(state.entities, ["gaza"]);
    assert_eq!(state.article.as_deref(), Some("cairo-2014-09"));
    assert_eq!(state.view, View::Map);
    // The unknown id, then the replaced value; the repeated identical view is silent.
    assert_eq!(keys(&ignored), ["a", "a"]);
    assert_eq!(ignored[0].value, "nope");
    assert_eq!(ignored[1].value, "cairo-2013-01");
    // A bad later value does not clear a good earlier one.
    let (state, _) = parse("from=2014&from=2014-13");
    assert_eq!(state.from, Some(date("2014")));
}

#[test]
fn a_reversed_range_drops_to_and_says_so() {
    let (state, ignored) = parse("from=2020&to=2014-06");
    assert_eq!((state.from, state.to), (Some(date("2020")), None));
    assert_eq!(keys(&ignored), ["to"]);
    assert_eq!(ignored[0].value, "2014-06");
    // A month inside the year it ends in is not reversed.
    let (state, ignored) = parse("from=2014-06&to=2014");
    assert!(ignored.is_empty());
    assert_eq!(state.to, Some(date("2014")));
}

#[test]
fn compare_keeps_order_skips_repeats_and_stops_at_three() {
    let (state, ignored) =
        parse("cmp=cairo-2025-10,cairo-2013-01,cairo-2025-10&cmp=cairo-2014-09,cairo-2017-11");
    assert_eq!(
        state.compare,
        ["cairo-2025-10", "cairo-2013-01", "cairo-2014-09"]
    );
    assert_eq!(keys(&ignored), ["cmp"]);
    assert_eq!(ignored[0].value, "cairo-2017-11");
    assert_eq!(
        state.to_query(),
        "cmp=cairo-2025-10,cairo-2013-01,cairo-2014-09"
    );
}

#[test]
fn window_selection_focus_and_round_parse_and_check_ids() {
    let (state, ignored) =
        parse("window=2012..2026-03&sel=gaza-war-2014&focus=mahmoud-abbas&round=cairo-2017-11");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(state.window, Some((date("2012"), date("2026-03"))));
    assert_eq!(state.selected.as_deref(), Some("gaza-war-2014"));
    assert_eq!(state.focus.as_deref(), Some("mahmoud-abbas"));
    assert_eq!(state.round.as_deref(), Some("cairo-2017-11"));
    let (state, ignored) =
        parse("window=2026..2012&window=2012&sel=cairo-2013-01&sel=hamas&focus=x&round=hamas");
    assert_eq!(state.window, None);
    assert_eq!(state.selected.as_deref(), Some("cairo-2013-01"));
    assert_eq!(
        keys(&ignored),
        ["window", "window", "sel", "focus", "round"]
    );
}

#[test]
fn a_full_state_writes_its_keys_in_the_fixed_order() {
    let state = ViewState {
        view: View::Compare,
        factions: vec!["hamas".into(), "fatah".into(), "hamas".into()],
        entities: vec!["khaled-mashaal".into()],
        topics: vec!["security-control".into(), "elections".into()],
        from: Some(date("2014")),
        to: Some(date("2024-12")),
        query: "  salaries ".into(),
        article: Some("cairo-2014-09".into()),
        highlight: Some(Highlight::new("cairo-2014-09", Span { start: 0, end: 9 })),
        compare: vec!["cairo-2013-01".into(), "cairo-2025-10".into()],
        focus: Some("mahmoud-abbas".into()),
        round: Some("cairo-2017-11".into()),
        window: Some((date("2012"), date("2026-03"))),
        selected: Some("cairo-2024-10".into()),
        provision: Some("elections".into()),
    };
    let q = state.to_query();
    assert_eq!(
        q,
        "view=compare&f=fatah,hamas&e=khaled-mashaal&t=elections,security-control\
         &from=2014&to=2024-12&q=salaries&a=cairo-2014-09&s=0-9&cmp=cairo-2013-01,cairo-2025-10\
         &focus=mahmoud-abbas&round=cairo-2017-11&window=2012..2026-03&sel=cairo-2024-10\
         &p=elections"
    );
    let order: Vec<&str> = q.split('&').filter_map(|p| p.split('=').next()).collect();
    assert_eq!(order, KEYS);
    // The seeds list no provisions yet: a corpus that lists the one named.
    let mut known = corpus().clone();
    known.provisions.push(corpus::model::Provision {
        id: "elections".into(),
        label: "Elections".into(),
    });
    let (back, ignored) = ViewState::parse(&q, &known);
    assert!(ignored.is_empty());
    assert_eq!(back, state.canonical());
}

#[test]
fn unknown_keys_are_reported_and_stray_separators_are_not() {
    let (state, ignored) = parse("&&=&==&view=read&utm_source=x&F=hamas&junk");
    assert_eq!(state.view, View::Read);
    let dropped = pairs(&ignored);
    // `==` is an empty key with the value `=`; `junk` is a key without a value.
    assert_eq!(
        dropped,
        [("", "="), ("utm_source", "x"), ("F", "hamas"), ("junk", "")]
    );
}

#[test]
fn long_queries_are_cut_and_reported() {
    let long = "é".repeat(MAX_QUERY_CHARS + 50);
    let (state, ignored) = parse(&format!("q={long}"));
    assert_eq!(state.query.chars().count(), MAX_QUERY_CHARS);
    assert_eq!(keys(&ignored), ["q"]);
    // The notice shows a shortened value, not a 250-character one.
    assert_eq!(ignored[0].value.chars().count(), Ignored::MAX_SHOWN + 1);
    assert!(ignored[0].to_string().starts_with("q=éé"));
}

#[test]
fn filters_clear_without_touching_the_rest_and_toggles_keep_order() {
    let (mut state, _) = parse("view=read&a=cairo-2014-09&t=elections&q=abbas&from=2014");
    assert!(state.has_filters());
    state.clear_filters();
    assert!(!state.has_filters());
    assert_eq!(state.to_query(), "view=read&a=cairo-2014-09");
    state.toggle_faction("hamas");
    state.toggle_faction("fatah");
    state.toggle_faction("plo");
    assert_eq!(state.factions, ["fatah", "hamas", "plo"]);
    state.toggle_faction("hamas");
    assert_eq!(state.factions, ["fatah", "plo"]);
    state.toggle_entity("gaza");
    state.toggle_topic("salaries");
    state.toggle_topic("elections");
    assert_eq!(state.topics, ["elections", "salaries"]);
    assert!(state.has_filters());
    for id in [
        "cairo-2013-01",
        "cairo-2014-09",
        "cairo-2017-11",
        "cairo-2024-10",
    ] {
        state.toggle_compare(id);
    }
    assert_eq!(
        state.compare,
        ["cairo-2014-09", "cairo-2017-11", "cairo-2024-10"]
    );
}

#[test]
fn views_have_words_and_labels() {
    for v in View::ALL {
        assert_eq!(View::parse(v.as_str()), Some(v));
    }
    assert_eq!(View::Map.label(), "Faction map");
    assert_eq!(View::ALL.len(), 5);
    assert_eq!(View::parse("promises"), Some(View::Promises));
    assert_eq!(View::Promises.label(), "Promises");
    assert_eq!(View::parse("Map"), None);
    assert_eq!(View::default(), View::Timeline);
}

#[test]
fn the_corpus_knows_its_factions_and_events() {
    let c = corpus();
    assert!(c.is_faction("hamas") && !c.is_faction("mahmoud-abbas") && !c.is_faction("egypt"));
    assert!(c.is_entity("mahmoud-abbas") && c.is_topic("salaries"));
    assert!(c.is_article("cairo-2017-11") && c.is_event("gaza-war-2014"));
    assert!(!c.is_event("cairo-2017-11") && !c.is_article(""));
}
