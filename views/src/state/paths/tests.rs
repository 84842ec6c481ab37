use super::*;
use crate::testing::{ctx, state};

#[test]
fn every_page_state_and_its_path_round_trip() {
    let corpus = ctx().corpus;
    let states = ViewState::with_paths(corpus);
    // Five reader and map pages, four comparisons with the round before.
    assert_eq!(states.iter().filter(|s| s.view == View::Read).count(), 5);
    assert_eq!(states.iter().filter(|s| s.view == View::Compare).count(), 4);
    assert_eq!(
        states.iter().filter(|s| s.view == View::Promises).count(),
        1
    );
    for s in &states {
        let path = s.path(corpus).expect("a page state has a path");
        assert!(path.ends_with('/') && !path.starts_with('/'), "{path}");
        assert_eq!(
            ViewState::from_path(&path, corpus).as_ref(),
            Some(s),
            "{path}"
        );
        let with_index = format!("{path}index.html");
        assert_eq!(ViewState::from_path(&with_index, corpus).as_ref(), Some(s));
        // The query form opens the same state.
        assert_eq!(&state(&s.to_query()), s, "{path}");
    }
}

#[test]
fn each_kind_of_path_names_its_view() {
    let corpus = ctx().corpus;
    let path = |q: &str| state(q).path(corpus);
    assert_eq!(
        path("view=read&a=cairo-2014-09").as_deref(),
        Some("read/cairo-2014-09/")
    );
    assert_eq!(
        path("view=map&round=cairo-2017-11").as_deref(),
        Some("map/cairo-2017-11/")
    );
    assert_eq!(
        path("view=compare&cmp=cairo-2013-01,cairo-2014-09").as_deref(),
        Some("compare/cairo-2014-09/")
    );
    assert_eq!(path("f=hamas").as_deref(), Some("faction/hamas/"));
    assert_eq!(
        path("e=mahmoud-abbas").as_deref(),
        Some("entity/mahmoud-abbas/")
    );
    assert_eq!(path("view=promises").as_deref(), Some("promises/"));
    assert_eq!(
        path("").as_deref(),
        None,
        "the front page is the root itself"
    );
}

#[test]
fn a_state_with_anything_more_has_no_path() {
    let corpus = ctx().corpus;
    for q in [
        "view=read&a=cairo-2014-09&f=hamas",
        "view=map&round=cairo-2017-11&focus=hamas",
        "view=map",
        "view=compare&cmp=cairo-2014-09,cairo-2013-01",
        "view=compare&cmp=cairo-2013-01,cairo-2017-11",
        "view=compare&cmp=cairo-2013-01,cairo-2014-09,cairo-2017-11",
        "f=fatah,hamas",
        "f=hamas&e=mahmoud-abbas",
        "e=mahmoud-abbas&from=2014",
        "f=hamas&sel=cairo-2014-09",
        "q=cairo",
        "view=promises&f=hamas",
    ] {
        assert_eq!(state(q).path(corpus), None, "{q}");
    }
}

#[test]
fn any_other_path_names_nothing_and_never_panics() {
    let corpus = ctx().corpus;
    for p in [
        "",
        "/",
        "index.html",
        "read/",
        "read/no-such-article/",
        "read/cairo-2014-09/more/",
        "map/hamas/",
        "compare/cairo-2013-01/",
        "faction/mahmoud-abbas/",
        "entity/nobody/",
        "timeline/hamas/",
        "read//",
        "é/ü/",
        "../../etc/passwd",
    ] {
        assert_eq!(ViewState::from_path(p, corpus), None, "{p}");
    }
}
