//! Tests of uncertain dates as the timeline draws them: an article compiled from
//! sentences written here in the shapes the date reader counts ("the first … in N
//! years", "N years ago") or gives to the year only ("this year"), then its items in
//! the chart, the list and the detail panel.

use super::chart::{ChartState, timeline_svg};
use super::detail::detail_html;
use super::list::list_html;
use super::view::chart_layout;
use super::{ItemKind, TimeScale, TimelineItem, extent, items};
use crate::state::ViewState;
use corpus::PartialDate;
use corpus::model::{Article, Confidence, Corpus, DateRead, Sourced};

/// One article of the talks of 9 Mar 2021, its sentences written for these tests.
fn compiled(text: &str) -> Corpus {
    let mut a = Article::unannotated("test-2021-03", text);
    a.headline = "Factions meet in Cairo".into();
    a.talks = Sourced {
        value: PartialDate::parse("2021-03-09"),
        confidence: Confidence::Stated,
        note: String::new(),
    };
    corpus::extract::compile(crate::testing::kb().clone(), vec![a])
}

const TEXT: &str = "The delegations met in Cairo on Tuesday. \
    The two rivals have not held a joint rally in 12 years, an official said. \
    Hamas and Fatah last met in the Qatari capital three years ago. \
    A mediator first proposed the plan on March 2, 2016. \
    Egypt sent an envoy to Gaza 10 days ago.";

fn event<'i>(items: &'i [TimelineItem], year: &str) -> (usize, &'i TimelineItem) {
    items
        .iter()
        .enumerate()
        .find(|(_, i)| i.kind == ItemKind::Event && i.date.to_string() == year)
        .unwrap_or_else(|| panic!("no event dated {year} in {items:#?}"))
}

/// The whole extent drawn 1200 px wide, so every item is in view.
fn chart(items: &[TimelineItem]) -> String {
    let scale = TimeScale::full(extent(items), 1200.0);
    let visible: Vec<usize> = (0..items.len()).collect();
    let layout = chart_layout(items, &visible, &scale);
    let chart = ChartState {
        width: 1200.0,
        selected: None,
        tab_stop: None,
        open_cluster: None,
    };
    timeline_svg(items, &layout, &[], &chart, &|_| None)
}

/// The `<g>` of the chart item whose hooks name `id`.
fn drawn<'s>(svg: &'s str, id: &str) -> &'s str {
    let at = svg
        .find(&format!(r#"data-item="{id}""#))
        .unwrap_or_else(|| panic!("{id} is not drawn"));
    let start = svg[..at].rfind("<g ").unwrap();
    let end = at + svg[at..].find("</g>").unwrap();
    &svg[start..end]
}

#[test]
fn a_counted_date_is_a_dashed_band_labelled_about_its_year() {
    let corpus = compiled(TEXT);
    let all = items(&corpus);
    let (_, rally) = event(&all, "2009");
    assert_eq!(rally.read, DateRead::CountedBack);
    assert_eq!(rally.uncertain(), Some("counted"));
    assert_eq!(rally.when(), "about 2009");
    assert!(rally.is_span());
    // Its sentence names no one: the date-only label carries the word itself.
    assert_eq!(rally.label, "Referenced: 2009");
    assert_eq!(rally.drawn_label(), "Referenced: about 2009");
    let svg = chart(&all);
    let g = drawn(&svg, &rally.id);
    assert!(g.contains(r#"data-uncertain="counted""#), "{g}");
    assert!(g.contains(r#"<rect class="span uncertain""#), "{g}");
    assert!(g.contains(r#"aria-label="about 2009: "#), "{g}");
    assert!(
        g.contains("Referenced: about 2009</tspan>"),
        "the word is drawn: {g}"
    );
}

#[test]
fn a_counted_day_is_still_a_band_and_a_stated_day_is_unchanged() {
    let corpus = compiled(TEXT);
    let all = items(&corpus);
    let (_, envoy) = event(&all, "2021-02-27");
    assert_eq!(
        (envoy.uncertain(), envoy.when().as_str()),
        (Some("counted"), "about 27 Feb 2021")
    );
    assert!(envoy.is_span(), "a counted day is a band, not a point");
    let (_, ago) = event(&all, "2018");
    assert_eq!(ago.when(), "about 2018");
    assert_eq!(ago.drawn_label(), format!("about 2018: {}", ago.label));
    assert!(!ago.label.contains("2018"), "{}", ago.label);
    let svg = chart(&all);
    assert!(drawn(&svg, &ago.id).contains(">about 2018: "), "{svg}");
    let band = drawn(&svg, &envoy.id);
    assert!(band.contains(r#"<rect class="span uncertain""#), "{band}");
    assert!(
        !band.contains(r#"width="0""#) && !band.contains(r#"width="2""#),
        "{band}"
    );
    let (_, stated) = event(&all, "2016-03-02");
    assert_eq!(stated.read, DateRead::Stated);
    assert_eq!(stated.uncertain(), None);
    assert_eq!(stated.when(), "2 Mar 2016");
    assert_eq!(stated.drawn_label(), stated.label);
    assert!(!stated.is_span());
    let g = drawn(&svg, &stated.id);
    assert!(!g.contains("data-uncertain"), "{g}");
    assert!(g.contains(r#"<circle class="point""#), "{g}");
    assert!(g.contains(r#"aria-label="2 Mar 2016: "#), "{g}");
}

#[test]
fn a_year_only_date_says_so_and_a_stated_reference_outweighs_a_counted_one() {
    // The same year stated by a second sentence: the item is no longer "about" it.
    let corpus = compiled(&format!("{TEXT} The plan was first drafted in 2009."));
    let all = items(&corpus);
    let (_, year) = event(&all, "2009");
    assert_eq!(year.read, DateRead::Stated);
    assert_eq!(year.uncertain(), Some("year"));
    assert_eq!(year.when(), "2009 (year only)");
    assert!(drawn(&chart(&all), &year.id).contains(r#"data-uncertain="year""#));
}

#[test]
fn the_list_says_it_in_words_and_the_detail_says_how_it_was_read() {
    let corpus = compiled(TEXT);
    let all = items(&corpus);
    let (ix, rally) = event(&all, "2009");
    let state = ViewState::default();
    let visible: Vec<usize> = (0..all.len()).collect();
    let mut list = String::new();
    list_html(&mut list, &corpus, &state, &all, &visible, Some(ix));
    let entry = &list[list.find(&format!(r#"data-item="{}""#, rally.id)).unwrap()..];
    assert!(entry.contains(r#"data-uncertain="counted""#));
    assert!(
        entry.contains(r#"<time datetime="2009">about 2009</time>"#),
        "{entry}"
    );

    let mut detail = String::new();
    detail_html(&mut detail, &corpus, &state, rally);
    assert!(
        detail.contains(r#"<time datetime="2009">about 2009</time>"#),
        "{detail}"
    );
    assert!(
        detail.contains(
            "Read as about 2009: “12 years” counted back from the article&#39;s date, 9 Mar 2021."
        ),
        "{detail}"
    );

    let (_, stated) = event(&all, "2016-03-02");
    let mut plain = String::new();
    detail_html(&mut plain, &corpus, &state, stated);
    assert!(
        !plain.contains("how-read"),
        "a stated date needs no reading: {plain}"
    );
    assert!(!plain.contains("about"), "{plain}");
}
