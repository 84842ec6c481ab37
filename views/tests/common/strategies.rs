//! Proptest strategies over the real seeds' ids, shared by the filter oracle
//! (`tests/filter/oracle.rs`) and the URL round trip (`tests/state/round_trip.rs`).

use super::lookup::corpus;
use corpus::date::PartialDate;
use corpus::model::EntityKind;
use proptest::prelude::*;
use proptest::sample::select;
use std::ops::Range;
use views::state::ViewState;

/// A date in `years`, known to the year, the month or the day.
pub fn date_in(years: Range<i16>) -> impl Strategy<Value = PartialDate> {
    (years, 0u8..=12, 0u8..=28).prop_map(|(y, m, d)| match (m, d) {
        (0, _) => PartialDate::year(y),
        (m, 0) => PartialDate::month(y, m).unwrap(),
        (m, d) => PartialDate::day(y, m, d).unwrap(),
    })
}

/// The ids of the organizations: what `f=` takes.
pub fn faction_ids() -> Vec<String> {
    let orgs = corpus().entities.iter();
    let orgs = orgs.filter(|e| e.kind == EntityKind::Organization);
    orgs.map(|e| e.id.clone()).collect()
}

pub fn entity_ids() -> Vec<String> {
    corpus().entities.iter().map(|e| e.id.clone()).collect()
}

pub fn topic_ids() -> Vec<String> {
    corpus().topics.iter().map(|t| t.id.clone()).collect()
}

pub fn article_ids() -> Vec<String> {
    corpus().articles.iter().map(|a| a.id.clone()).collect()
}

/// Up to `max` ids of `ids`, in any order, repeats allowed.
pub fn some_of(ids: Vec<String>, max: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(select(ids), 0..=max)
}

/// The filters of a view state over the real ids (factions, entities, topics, a
/// date range in `years` in either order, and a query from `query`), the rest
/// default; the lists are drawn by `list`, which says how long and how often empty.
pub fn filters<L: Strategy<Value = Vec<String>>>(
    list: impl Fn(Vec<String>) -> L,
    years: Range<i16>,
    query: impl Strategy<Value = String>,
) -> impl Strategy<Value = ViewState> {
    let lists = (list(faction_ids()), list(entity_ids()), list(topic_ids()));
    let dates = (
        prop::option::of(date_in(years.clone())),
        prop::option::of(date_in(years)),
    );
    (lists, dates, query).prop_map(|((f, e, t), (from, to), q)| ViewState {
        factions: f,
        entities: e,
        topics: t,
        from,
        to,
        query: q,
        ..ViewState::default()
    })
}
