//! Bad input never panics the add-an-article path: whatever a reader pastes, drops or
//! has in their browser's storage, the checks, the date guess, the extraction in the
//! worker, the merge into the corpus, the dialog's markup and the proposal all return.
//! Property tests with adversarial text: pieces of the extractor's vocabulary, odd
//! Unicode, control characters and real article text with those spliced in.

mod common;

use common::kb::kb_bytes;
use corpus::extract::KbEdits;
use corpus::extract::edits::NewEntity;
use corpus::model::{Corpus, EntityKind};
use proptest::prelude::*;
use views::context::Context;
use views::state::ViewState;
use views::yours::form::{FormUi, Status, form_html};
use views::yours::jobs::{Extractor, YoursAnswer, decode_article};
use views::yours::{Draft, article, check, check_bytes, merge::merge, propose::seeds_snippet};

fn published() -> &'static Corpus {
    corpus::seeds::repository()
}

#[rustfmt::skip]
const PIECES: &[&str] = &[
    " ", "\n", "\n\n", "\r\n", "\t", ".", ". ", ",", ":", "—", "–", " - ", "\"", "“", "”", "(",
    ")", "Hamas", "Fatah", "Mahmoud Abbas", "Cairo", "CAIRO, ", "Oct. 12, 2017", "(Reuters)",
    "met", "talks", "will", "on Thursday", "yesterday", "Published: 2021-02-08 16:43",
    "November 24, 2011 18:49", "Wang Yi", "Foreign Minister", "said", "2007", "31", "9999",
    "0000-00-00", "é\u{301}", "\u{301}", "غزة", "\u{202e}", "👨‍👩‍👧", "\u{feff}", "\0", "\u{7}",
    "\u{10ffff}", "<script>", "&amp;", "'", "\\",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat()),
        "\\PC{0,400}",
        any::<String>(),
    ]
}

fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("2026-03-12".to_string()),
        Just("cairo".to_string()),
        prop::collection::vec(prop::sample::select(PIECES), 0..6).prop_map(|p| p.concat()),
        any::<String>(),
    ]
}

fn draft() -> impl Strategy<Value = Draft> {
    (text(), field(), field(), field(), field()).prop_map(
        |(text, talks, published, outlet, place)| Draft {
            text,
            talks,
            published,
            outlet,
            place,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn files_and_drafts_are_checked_without_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), d in draft()) {
        if let Ok(text) = check_bytes(&bytes) {
            prop_assert!(!text.trim().is_empty());
        }
        for p in check(&d, published()) {
            prop_assert!(!p.message().is_empty());
        }
        let _ = article::headline(&d.text);
        let _ = corpus::extract::guess_dates(&d.text, corpus::PartialDate::parse(&d.published));
    }

    #[test]
    fn the_dialog_draws_any_draft_escaped(d in draft()) {
        let ctx = Context::new(published());
        let ui = FormUi {
            open: true,
            problems: check(&d, published()),
            draft: d,
            status: Status::Failed("<b>".into()),
            ..FormUi::default()
        };
        let html = form_html(&ctx, &ViewState::default(), &ui);
        prop_assert!(html.starts_with(r#"<div class="yours-dialog""#) && html.ends_with("</div>"));
        prop_assert!(!html.contains("<script>") && !html.contains("<b>"));
    }
}

proptest! {
    // Extraction is the slow part: fewer cases.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn what_the_worker_reads_merges_proposes_and_draws(text in text(), talks in field()) {
        let d = Draft {
            text,
            talks: if talks.is_empty() { "2026-03-12".into() } else { talks },
            place: "cairo".into(),
            ..Draft::default()
        };
        let edits = KbEdits {
            aliases: vec![],
            entities: vec![NewEntity { name: "Wang Yi".into(), kind: EntityKind::Person, faction: Some("china".into()) }],
        };
        let mut x = Extractor::new(kb_bytes());
        match x.extract(published(), &d, &edits) {
            YoursAnswer::Extracted(e) => {
                let a = decode_article(&e.article).expect("the worker's article decodes");
                let merged = merge(published(), &edits, vec![a.clone()]);
                prop_assert!(merged.refused.is_empty(), "{:?}", merged.refused);
                let ctx = merged.context();
                let ui = FormUi {
                    open: true,
                    draft: d.clone(),
                    status: Status::Extracted { id: a.id.clone() },
                    uncurated: e.uncurated.clone(),
                    curating: Some(0),
                    ..FormUi::default()
                };
                let _ = form_html(&ctx, &ViewState::default(), &ui);
                let p = seeds_snippet(&d, &a, &edits, published());
                prop_assert!(p.articles_toml.starts_with("[[article]]\n"));
            }
            YoursAnswer::Refused(problems) => prop_assert!(!problems.is_empty()),
            other => prop_assert!(false, "{other:?}"),
        }
    }
}

/// A reader's article, once merged, is in every view and marked as theirs wherever a
/// view names it: the timeline (chart and list), its detail, the reader's list and
/// page, the map's round picker and the comparison.
#[test]
fn an_article_of_yours_is_in_every_view_and_marked_there() {
    use views::compare::view::{CompareUi, compare_view_html, comparison};
    use views::map::model::MapModel;
    use views::map::view::{MapUi, view_html};
    use views::read::view::{ReadUi, read_html};
    use views::timeline::view::{TimelineUi, timeline_html};
    use views::yours::{LABEL, mark_html};

    let d = Draft {
        text: "CAIRO (Reuters) - Hamas and Fatah officials met in Cairo on Thursday \
               under Egyptian mediation. \"We agreed to keep talking,\" Fatah's Azzam \
               al-Ahmad said after the meeting."
            .into(),
        talks: "2026-03-12".into(),
        place: "cairo".into(),
        ..Draft::default()
    };
    let mut x = Extractor::new(kb_bytes());
    let YoursAnswer::Extracted(e) = x.extract(published(), &d, &KbEdits::default()) else {
        panic!("the draft is refused")
    };
    let a = decode_article(&e.article).unwrap();
    let merged = merge(published(), &KbEdits::default(), vec![a.clone()]);
    let ctx = merged.context();
    let marked = |html: &str, what: &str| {
        assert!(html.contains(&mark_html()), "{what} has no mark");
    };
    let worded = |html: &str, what: &str| {
        assert!(
            html.contains(&format!("({LABEL})")),
            "{what} does not say so"
        );
    };
    let draw = |query: &str| {
        let (state, _) = ViewState::parse(query, ctx.corpus);
        let sel = ctx.select(&state);
        (state, sel)
    };

    let (state, sel) = draw("");
    let both = timeline_html(
        ctx.corpus,
        &ctx.items,
        &state,
        &sel,
        &TimelineUi::prerender(),
    );
    worded(&both, "the timeline's chart");
    marked(&both, "the timeline's list");
    assert!(both.contains(r#"class="tl-item lane-talks round yours"#));

    let (state, sel) = draw("view=read");
    marked(
        &read_html(&ctx, &state, &sel, &ReadUi::default()),
        "the reader's list",
    );
    let (state, sel) = draw(&format!("view=read&a={}", a.id));
    let page = read_html(&ctx, &state, &sel, &ReadUi::default());
    marked(&page, "the reader's page");
    assert!(page.contains("headline taken from the text's first line"));

    let (state, sel) = draw("view=map");
    let model = MapModel::new(ctx.corpus, ctx.anchors(), &state, &sel);
    worded(
        &view_html(ctx.corpus, &state, &model, &MapUi::default()),
        "the map's round picker",
    );

    let (state, sel) = draw(&format!("view=compare&cmp={},cairo-2017-11", a.id));
    let cmp = comparison(&ctx, &state);
    let html = compare_view_html(&ctx, &state, &sel, &cmp, &CompareUi::default());
    marked(&html, "the comparison");
    worded(&html, "the comparison's picker");
    // The published articles are not marked.
    assert_eq!(html.matches(&mark_html()).count(), 1);
}
