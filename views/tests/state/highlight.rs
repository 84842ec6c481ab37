//! The `s` key: a span of the open article highlighted in the reader. Worked examples
//! of its rules, then the round trip over real sentences and quotations.

use super::common::strategies::filters;
use super::{corpus, keys, parse};
use corpus::model::Span;
use proptest::prelude::*;
use views::state::links::highlight_href;
use views::state::{Highlight, Known, View, ViewState};

fn article(id: &str) -> &'static corpus::model::Article {
    super::common::lookup::article(id)
}

#[test]
fn a_quotations_sentence_opens_highlighted() {
    let a = article("cairo-2014-09");
    let quote = &a.quotes[0];
    let sentence = a.sentences[quote.sentence as usize].span;
    let href = highlight_href(&ViewState::default(), &a.id, sentence);
    let (state, ignored) = parse(&href);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(state.view, View::Read);
    let h = state.highlight.as_ref().expect("kept");
    assert_eq!((h.article.as_str(), h.span), (a.id.as_str(), sentence));
    assert_eq!(h.sentences(a), [quote.sentence]);
    assert_eq!(state.to_search(), href);
}

#[test]
fn a_span_without_its_article_or_off_its_text_is_dropped_with_a_reason() {
    let a = article("cairo-2014-09");
    let len = a.text.len();
    let cases = [
        ("s=0-9".to_string(), "no article open"),
        ("a=nope&s=0-9".to_string(), "no article open"),
        (format!("a={}&s=0-{}", a.id, len + 1), "not on a sentence"),
        (format!("a={}&s=9-0", a.id), "empty"),
        (format!("a={}&s=x", a.id), "not a byte range"),
        (format!("a={}&s=-4", a.id), "not a byte range"),
    ];
    for (q, reason) in &cases {
        let (state, ignored) = parse(q);
        assert_eq!(state.highlight, None, "{q}");
        let notice = ignored.iter().find(|i| i.key == "s").expect(q);
        assert!(notice.reason.contains(reason), "{q}: {notice}");
    }
    // Inside a multi-byte character: find one in a real text, or skip if none is.
    if let Some((at, c)) = (corpus().articles.iter())
        .flat_map(|a| a.text.char_indices().map(move |(i, c)| (a, i, c)))
        .find(|(_, _, c)| c.len_utf8() > 1)
        .map(|(a, i, c)| ((a, i), c))
    {
        let (a, i) = at;
        let q = format!("a={}&s={}-{}", a.id, i + 1, i + c.len_utf8() + 20);
        assert_eq!(keys(&parse(&q).1), ["s"], "{q}");
    }
}

#[test]
fn the_last_valid_span_wins_and_is_checked_against_the_last_article() {
    let (state, ignored) = parse("a=cairo-2014-09&s=0-9&s=0-20&a=cairo-2013-01");
    // `a` was replaced; the span is read against cairo-2013-01, where it fits too.
    assert_eq!(keys(&ignored), ["s", "a"]);
    assert_eq!(ignored[0].value, "0-9");
    let h = state.highlight.expect("kept");
    assert_eq!(
        (h.article.as_str(), h.span),
        ("cairo-2013-01", Span::new(0, 20))
    );
}

#[test]
fn a_state_that_opens_another_article_drops_the_span() {
    let state = ViewState {
        view: View::Read,
        article: Some("cairo-2013-01".into()),
        highlight: Some(Highlight::new("cairo-2014-09", Span::new(0, 9))),
        ..ViewState::default()
    };
    assert_eq!(state.clone().canonical().highlight, None);
    assert_eq!(state.to_query(), "view=read&a=cairo-2013-01");
}

/// A real article and a span of it: one of its sentences, a quotation's words, or
/// any sub-range of a sentence cut on character boundaries.
fn arb_highlight() -> impl Strategy<Value = Highlight> {
    let n = corpus().articles.len();
    (
        0..n,
        any::<prop::sample::Index>(),
        any::<(u16, u16)>(),
        0..3u8,
    )
        .prop_map(|(ai, pick, (x, y), how)| {
            let a = &corpus().articles[ai];
            let sentence = a.sentences[pick.index(a.sentences.len())].span;
            let span = match how {
                0 => sentence,
                1 if !a.quotes.is_empty() => a.quotes[pick.index(a.quotes.len())].span,
                _ => sub_range(&a.text, sentence, x, y),
            };
            Highlight::new(&a.id, span)
        })
}

/// A non-empty part of `within` whose ends fall on character boundaries.
fn sub_range(text: &str, within: Span, x: u16, y: u16) -> Span {
    let bounds: Vec<u32> = (within.start..=within.end)
        .filter(|&i| text.is_char_boundary(i as usize))
        .collect();
    let i = x as usize % (bounds.len() - 1);
    let j = i + 1 + y as usize % (bounds.len() - 1 - i);
    Span {
        start: bounds[i],
        end: bounds[j],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn highlights_round_trip_without_notices(
        h in arb_highlight(),
        f in filters(|ids| prop::collection::vec(prop::sample::select(ids), 0..=1), 2010..2026, "[a-z ]{0,8}"),
    ) {
        let state = ViewState {
            view: View::Read,
            article: Some(h.article.clone()),
            highlight: Some(h.clone()),
            ..f
        };
        let q = state.to_query();
        let (back, ignored) = ViewState::parse(&q, corpus());
        prop_assert!(ignored.is_empty(), "{q}: {ignored:?}");
        prop_assert_eq!(&back, &state.clone().canonical());
        prop_assert_eq!(back.highlight.as_ref(), Some(&h));
        prop_assert_eq!(back.to_query(), q);
    }

    #[test]
    fn any_range_on_any_article_is_kept_only_where_it_fits(
        ai in 0..5usize, start in 0u32..4000, len in 0u32..400,
    ) {
        let id = &corpus().articles[ai % corpus().articles.len()].id;
        let q = format!("a={id}&s={start}-{}", start + len);
        let (state, ignored) = ViewState::parse(&q, corpus());
        let span = Span { start, end: start + len };
        match state.highlight {
            Some(h) => prop_assert!(corpus().fits_article(&h.article, h.span) && h.span == span),
            None => prop_assert_eq!(keys(&ignored), ["s"]),
        }
    }
}
