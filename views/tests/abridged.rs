//! The front page's wasm holds the corpus abridged (`Corpus::abridged`): the timeline,
//! the shell and the filters must draw and select from it exactly what they do from
//! the whole corpus, or the app's first drawing would differ from the prerendered page
//! (drawn at build time) and the filters would give other results than the views the
//! worker draws from the whole corpus.

use views::context::Context;
use views::page::prerender;
use views::state::ViewState;

fn both() -> (Context<'static>, Context<'static>) {
    let whole = corpus::seeds::repository();
    let abridged: &'static corpus::Corpus = Box::leak(Box::new(whole.abridged()));
    (Context::new(whole), Context::new(abridged))
}

#[test]
fn the_front_page_is_drawn_the_same_from_either() {
    let (whole, abridged) = both();
    let (a, b) = (prerender(&whole), prerender(&abridged));
    assert_eq!(a.header, b.header);
    assert_eq!(a.filters, b.filters);
    assert_eq!(a.view, b.view);
    assert_eq!(whole.items, abridged.items);
}

#[test]
fn every_filter_but_the_text_selects_the_same_from_either() {
    let (whole, abridged) = both();
    for query in [
        "",
        "f=hamas",
        "f=fatah,islamic-jihad",
        "e=mahmoud-abbas",
        "e=khaled-mashaal&f=hamas",
        "t=elections",
        "t=security-control&from=2014&to=2024-12",
        "from=2017",
        "view=map&f=hamas&round=cairo-2017-11",
    ] {
        let (state, ignored) = ViewState::parse(query, whole.corpus);
        assert!(ignored.is_empty(), "{query}: {ignored:?}");
        let (x, y) = (whole.select(&state), abridged.select(&state));
        assert_eq!(x.articles, y.articles, "{query}");
        assert_eq!(x.events, y.events, "{query}");
        assert_eq!(x.entities, y.entities, "{query}");
    }
}
