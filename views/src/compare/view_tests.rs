//! The comparison view's markup on the real seeds: what the e2e spec and a reader
//! rely on (test ids, order, links, tabs, escaping, roles, no inline style).

use super::view::{CompareUi, Layout, compare_html};
use crate::context::Context;
use crate::state::ViewState;
use crate::testing::ctx;
use corpus::Corpus;

fn draw_in(ctx: &Context, query: &str, ui: &CompareUi) -> String {
    let (state, ignored) = ViewState::parse(query, ctx.corpus);
    assert!(ignored.is_empty(), "{ignored:?}");
    compare_html(ctx, &state, &ctx.select(&state), ui)
}

fn draw(query: &str, ui: &CompareUi) -> String {
    draw_in(ctx(), query, ui)
}

const TWO: &str = "view=compare&cmp=cairo-2014-09,cairo-2017-11";
const THREE: &str = "view=compare&cmp=cairo-2013-01,cairo-2014-09,cairo-2017-11";

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The `data-article` of each element with test id `testid`, in document order.
fn articles_of(html: &str, testid: &str) -> Vec<String> {
    let marker = format!(r#"data-testid="{testid}""#);
    html.match_indices(&marker)
        .filter_map(|(at, _)| {
            let end = at + html[at..].find('>')?;
            let tag = &html[at..end];
            let start = tag.find(r#"data-article=""#)? + 14;
            Some(tag[start..start + tag[start..].find('"')?].to_string())
        })
        .collect()
}

/// The part of `html` from the element with `marker` to the next topic row or, for
/// the last row, to the panels.
fn row<'h>(html: &'h str, marker: &str) -> &'h str {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let rest = &html[at..];
    let end = rest
        .find(r#"data-testid="topic-row""#)
        .or_else(|| rest.find(r#"class="compare-panel""#))
        .unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn two_columns_in_the_order_of_the_link() {
    let html = draw(TWO, &CompareUi::default());
    assert_eq!(
        articles_of(&html, "compare-column"),
        ["cairo-2014-09", "cairo-2017-11"]
    );
    let back = draw(
        "view=compare&cmp=cairo-2017-11,cairo-2014-09",
        &CompareUi::default(),
    );
    assert_eq!(
        articles_of(&back, "compare-column"),
        ["cairo-2017-11", "cairo-2014-09"]
    );
    // Two chosen, room for a third.
    assert_eq!(count(&html, r#"data-testid="compare-select""#), 3);
    assert!(html.contains(r#"class="compare-heads columns-2""#));
    assert!(html.contains(r#"class="compare-grid columns-2""#));
}

#[test]
fn the_security_control_row_has_both_articles_and_the_panels_their_facts() {
    let html = draw(TWO, &CompareUi::default());
    let security = row(&html, r#"data-topic="security-control""#);
    for article in ["cairo-2014-09", "cairo-2017-11"] {
        let cell = format!(r#"<div class="cell" data-article="{article}""#);
        let at = security.find(&cell).unwrap_or_else(|| panic!("{article}"));
        assert!(security[at..].contains(r#"class="sentence"#));
    }
    // Framing: "terrorist" only in 2017.
    assert!(html.contains(r#"data-testid="framing-counts""#));
    assert!(
        html.contains(r#"<td data-article="cairo-2014-09" data-term="terrorist" data-count="0">"#)
    );
    assert!(!html.contains(r#"data-article="cairo-2017-11" data-term="terrorist" data-count="0""#));
    // Voices: Risheq under Hamas in 2014, Naim under Hamas in 2017.
    assert_eq!(
        articles_of(&html, "voices"),
        ["cairo-2014-09", "cairo-2017-11"]
    );
    let voices_2017 = &html[html
        .find(r#"data-testid="voices" data-article="cairo-2017-11""#)
        .unwrap()..];
    let hamas = &voices_2017[voices_2017.find(r#"data-faction="hamas""#).unwrap()..];
    assert!(hamas[..hamas.find("</div>").unwrap()].contains(r#"data-entity="bassem-naim""#));
    // A mention links to this view filtered by its entity.
    assert!(html.contains(
        r#"href="?view=compare&amp;e=hamas&amp;cmp=cairo-2014-09,cairo-2017-11" data-testid="mention" data-entity="hamas""#
    ), "{html}");
}

#[test]
fn a_three_way_matrix_has_three_counts_per_topic_in_shades() {
    let html = draw(THREE, &CompareUi::default());
    assert_eq!(count(&html, r#"data-testid="compare-column""#), 3);
    let start = html.find(r#"data-testid="compare-matrix""#).unwrap();
    let matrix = &html[start..start + html[start..].find("</table>").unwrap()];
    let body = &matrix[matrix.find("<tbody>").unwrap()..];
    let rows: Vec<&str> = body.split("<tr ").skip(1).collect();
    assert!(rows.len() > 3);
    for r in &rows {
        assert_eq!(r.matches("<td ").count(), 3, "{r}");
    }
    assert!(
        matrix.contains(r#"class="shade-5""#),
        "the largest count is darkest"
    );
    assert!(matrix.contains(r#"data-count="0">"#), "a zero has no shade");
    // Tables scroll inside their own box, which a keyboard can reach.
    assert_eq!(
        count(
            &html,
            r#"<div class="table-scroll" tabindex="0" role="region""#
        ),
        2
    );
}

#[test]
fn fewer_than_two_articles_ask_for_more() {
    for query in ["view=compare", "view=compare&cmp=cairo-2014-09"] {
        let html = draw(query, &CompareUi::default());
        assert!(html.contains("Pick two or three articles to compare."));
        assert_eq!(count(&html, r#"data-testid="compare-select""#), 2);
        assert_eq!(count(&html, r#"data-testid="compare-column""#), 0);
    }
}

#[test]
fn a_narrow_screen_shows_tabs_and_only_the_chosen_column() {
    let narrow = |tab| CompareUi {
        narrow: true,
        tab,
        ..CompareUi::default()
    };
    let html = draw(TWO, &narrow(0));
    assert_eq!(count(&html, r#"role="tab""#), 2);
    assert!(html.contains(r#"id="compare-tab-0" aria-selected="true""#));
    assert!(
        html.contains(r#"id="compare-tabpanel" role="tabpanel" aria-labelledby="compare-tab-0""#)
    );
    let security = row(&html, r#"data-topic="security-control""#);
    assert!(security.contains(r#"data-article="cairo-2014-09""#));
    assert!(!security.contains(r#"data-article="cairo-2017-11""#));
    // A tab beyond the columns (one was removed) shows the last one.
    let html = draw(TWO, &narrow(7));
    assert!(html.contains(r#"id="compare-tab-1" aria-selected="true""#));
    let security = row(&html, r#"data-topic="security-control""#);
    assert!(security.contains(r#"<div class="cell" data-article="cairo-2017-11""#));
    assert!(!security.contains(r#"<div class="cell" data-article="cairo-2014-09""#));
    // The columns come first; the choice of articles folds under them.
    let tabs = html.find(r#"role="tab""#).unwrap();
    let choice = html.find(r#"<details class="compare-choice">"#).unwrap();
    assert!(tabs < choice && choice < html.find(r#"data-testid="compare-select""#).unwrap());
    let wide = draw(TWO, &CompareUi::default());
    assert!(!wide.contains("compare-choice"));
    assert!(
        wide.find(r#"data-testid="compare-select""#) < wide.find(r#"data-testid="compare-column""#)
    );
}

#[test]
fn full_texts_scroll_in_their_own_boxes_and_sync_by_default() {
    let full = CompareUi {
        layout: Layout::FullTexts,
        ..CompareUi::default()
    };
    let html = draw(TWO, &full);
    assert_eq!(count(&html, r#"<div class="full-text" data-article="#), 2);
    assert!(html.contains(r#"data-article="cairo-2014-09" tabindex="0" role="region""#));
    assert!(html.contains(r#"<input type="checkbox" checked data-hit="sync">"#));
    assert!(
        html.contains(
            r#"<input type="radio" name="compare-layout" checked data-hit="full-texts">"#
        )
    );
    assert!(!html.contains(r#"data-testid="topic-row""#));
    let off = draw(
        TWO,
        &CompareUi {
            sync: false,
            ..full.clone()
        },
    );
    assert!(off.contains(r#"<input type="checkbox" data-hit="sync">"#));
    // One text on a phone: nothing to synchronize.
    let phone = draw(
        TWO,
        &CompareUi {
            narrow: true,
            tab: 1,
            ..full
        },
    );
    assert_eq!(
        count(
            &phone,
            r#"<div class="full-text" data-article="cairo-2017-11""#
        ),
        1
    );
    assert_eq!(count(&phone, r#"class="full-text""#), 1);
    assert!(!phone.contains(r#"data-hit="sync""#));
}

#[test]
fn the_hovered_entity_is_outlined_everywhere_and_only_it() {
    let html = draw(
        TWO,
        &CompareUi {
            hovered: Some("izzat-risheq".into()),
            ..CompareUi::default()
        },
    );
    let hovered = count(&html, " hovered\"");
    let risheq = count(&html, r#"data-entity="izzat-risheq""#);
    assert!(hovered > 1, "in the text and among the entities: {hovered}");
    // Every outlined element is a mention or a chip of Risheq.
    for (at, _) in html.match_indices(" hovered\"") {
        let end = at + html[at..].find('>').unwrap();
        assert!(html[at..end].contains(r#"data-entity="izzat-risheq""#));
    }
    assert!(hovered <= risheq);
    assert_eq!(count(&draw(TWO, &CompareUi::default()), " hovered\""), 0);
}

#[test]
fn no_inline_style_and_no_role_an_element_does_not_allow() {
    let uis = [
        CompareUi::default(),
        CompareUi {
            layout: Layout::FullTexts,
            ..CompareUi::default()
        },
        CompareUi {
            narrow: true,
            ..CompareUi::default()
        },
        CompareUi {
            narrow: true,
            layout: Layout::FullTexts,
            ..CompareUi::default()
        },
    ];
    for ui in &uis {
        for query in [
            TWO,
            THREE,
            "view=compare&cmp=cairo-2024-10,cairo-2025-10&t=security-control",
        ] {
            let html = draw(query, ui);
            assert!(!html.contains("style="), "{query} {ui:?}");
            assert!(!html.contains("<style"));
            assert!(!html.contains("<aside"));
            // ARIA in HTML: each role written, on the element it is written on.
            for (at, _) in html.match_indices(" role=\"") {
                let open = html[..at].rfind('<').unwrap();
                let tag = html[open + 1..].split([' ', '>']).next().unwrap();
                let role = html[at + 7..].split('"').next().unwrap();
                let allowed = match tag {
                    "div" => ["radiogroup", "tablist", "tabpanel", "region"].contains(&role),
                    "button" => role == "tab",
                    _ => false,
                };
                assert!(allowed, "role={role} on <{tag}>");
            }
        }
    }
}

#[test]
fn text_from_the_corpus_is_escaped() {
    let mut corpus: Corpus = corpus::seeds::repository().clone();
    corpus.articles[0].headline = r#"<script>alert("x")</script> & co"#.into();
    corpus.articles[0].outlet.value = Some("<b>Outlet</b>".into());
    let corpus: &'static Corpus = Box::leak(Box::new(corpus));
    let ctx = Context::new(corpus);
    let query = format!(
        "view=compare&cmp={},{}",
        corpus.articles[0].id, corpus.articles[1].id
    );
    for narrow in [false, true] {
        let html = draw_in(
            &ctx,
            &query,
            &CompareUi {
                narrow,
                ..CompareUi::default()
            },
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"));
    }
}

#[test]
fn the_same_state_draws_the_same_markup() {
    let ui = CompareUi::default();
    assert_eq!(draw(THREE, &ui), draw(THREE, &ui));
}
