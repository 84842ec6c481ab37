//! Any state over the seeds' ids: every view exports without panicking, each table's
//! CSV has one record per row, and the timeline exports exactly the items it draws.

use super::common::strategies::{article_ids, entity_ids, filters, some_of};
use super::ctx;
use proptest::prelude::*;
use proptest::sample::select;
use views::export::{Source, export};
use views::state::{View, ViewState};
use views::timeline::view::visible;

fn arb_state() -> impl Strategy<Value = ViewState> {
    let f = filters(|ids| some_of(ids, 2), 2005..2030, "[a-zé ]{0,6}");
    let articles = article_ids();
    let others = (
        select(View::ALL.to_vec()),
        prop::option::of(select(articles.clone())),
        some_of(articles.clone(), 3),
        prop::option::of(select(articles)),
        prop::option::of(select(entity_ids())),
    );
    (f, others).prop_map(|(f, (view, article, compare, round, focus))| {
        ViewState {
            view,
            article,
            compare,
            round,
            focus,
            ..f
        }
        .canonical()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_state_exports_and_its_files_hold_every_row(state in arb_state()) {
        let sel = ctx().select(&state);
        let source = Source { url: state.href(), corpus: "v".into() };
        let e = export(ctx(), &state, &sel, source);
        prop_assert!(!e.tables.is_empty());
        for t in &e.tables {
            prop_assert!(t.rows.iter().all(|r| r.len() == t.columns.len()));
            let csv = e.csv(t.name).unwrap();
            // Records end in CRLF; quoted fields may hold line breaks of their own.
            prop_assert!(csv.matches("\r\n").count() > t.rows.len());
        }
        prop_assert!(serde_json::from_str::<serde_json::Value>(&e.json()).is_ok());
        if state.view == View::Timeline {
            prop_assert_eq!(e.tables[0].rows.len(), visible(&ctx().items, &sel).len());
        }
    }
}
