//! What the timeline shows: one item per round and one per referenced event.
//!
//! Items are built once from the corpus and then only indexed: the scale and the
//! layout take `&[TimelineItem]` plus a list of visible indexes, so a filter change
//! never rebuilds them. The order is fixed here (first day, rounds before events,
//! id) so that "next item" and every layout are deterministic.
//!
//! Choices made here:
//! - A catalogued event is placed by its *catalogue* date, not by the date the text
//!   gives: "in 2011" refers to the Cairo agreement of 4 May 2011, and the curated
//!   date is the more precise one. The references only contribute their articles.
//! - Uncatalogued references have no lane of their own; they are put in
//!   [`Lane::Talks`], since what an article dates without naming a catalogued event
//!   is, in this corpus, about the talks.
//! - "Within 3 days of the talks" is measured between the days each date covers, so
//!   a month reference that contains the talks ("this month") is the round itself.
//! - Uncatalogued references with the same date are merged even within one article
//!   (the same "Thursday" twice is one point); the item keeps the id and the sentence
//!   of the first reference in corpus order.
//! - An uncatalogued reference is labelled by what its sentence says happened
//!   ([`super::ref_label`]: "Egypt invites the Palestinian factions"), else, honestly,
//!   by who the sentence names ("Referenced: Egypt, Hamas") or by its date alone
//!   ("Referenced: 12 Mar 2014"); the detail panel quotes the whole sentence.
//! - An event's date is uncertain when it was counted ("a decade after …": "about
//!   2007") or is known only to its year ("2013 (year only)"); merged references keep
//!   the surest reading, so one that states the date outweighs one that counts it.

use corpus::date::PartialDate;
use corpus::model::{
    Article, Corpus, DateRead, EventIx, EventRef, Lane, Precision, uncertain_label,
};
use std::collections::BTreeMap;

pub use super::same_round::{SAME_ROUND_DAYS, days_apart};

/// Names a generic label of an uncatalogued reference gives, at most.
const REF_LABEL_NAMES: usize = 2;

/// Rounds sort before events that start on the same day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    /// One round of talks: one article.
    Round,
    /// A dated event an article refers to.
    Event,
}

/// One mark on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    /// Article id for rounds; catalogue event id for catalogued events;
    /// `ref-<article-id>-<n>` (n: index in the article's `events`) otherwise.
    pub id: String,
    pub kind: ItemKind,
    /// Start, with its precision kept.
    pub date: PartialDate,
    /// End of a lasting event (a war), if curated.
    pub until: Option<PartialDate>,
    pub lane: Lane,
    /// Round: the headline; event: the catalogue label, or the shortened sentence.
    pub label: String,
    /// Indexes into `corpus.articles` that mention it, ascending; a round: itself.
    pub articles: Vec<usize>,
    pub catalog: Option<EventIx>,
    /// How the date was read: the catalogue's, a round's own, or the text's.
    pub read: DateRead,
}

impl TimelineItem {
    /// Days since 1970 of the first day covered.
    pub fn first_day(&self) -> i32 {
        self.date.first_day_number()
    }

    /// Days since 1970 of the day after the last day covered (`until` included).
    pub fn end_day(&self) -> i32 {
        let own = self.date.end_day_number();
        self.until.map_or(own, |u| u.end_day_number().max(own))
    }

    /// Drawn as a span: known only to a month or a year, lasting several days, or
    /// uncertain.
    pub fn is_span(&self) -> bool {
        self.date.precision() != Precision::Day
            || self.end_day() - self.first_day() > 1
            || self.uncertain().is_some()
    }

    /// Why an event's date is uncertain: `"counted"` (from another date, so only
    /// approximate) or `"year"` (known only to its year); `None` for a round or a
    /// date known to its month or day.
    pub fn uncertain(&self) -> Option<&'static str> {
        match self.kind {
            ItemKind::Round => None,
            _ if self.read.is_counted() => Some("counted"),
            _ if self.date.precision() == Precision::Year => Some("year"),
            _ => None,
        }
    }

    /// The date as shown: "about 2007", "2013 (year only)", "7 Oct 2023".
    pub fn when(&self) -> String {
        match self.kind {
            ItemKind::Round => self.date.label(),
            // The same two rules as `uncertain`, worded by the corpus.
            ItemKind::Event => uncertain_label(self.date, self.read),
        }
    }

    /// The label as the chart draws it: an uncertain date says so in words, before
    /// the label ("about 2007: …"), not only by the dashed band.
    pub fn drawn_label(&self) -> String {
        if self.uncertain().is_none() {
            self.label.clone()
        } else if self.label.trim().is_empty() {
            self.when()
        } else if self.label == date_only_label(&self.date.label()) {
            date_only_label(&self.when())
        } else {
            format!("{}: {}", self.when(), self.label)
        }
    }
}

/// The label of a reference that says nothing else: "Referenced: 12 Mar 2014".
fn date_only_label(when: &str) -> String {
    format!("Referenced: {when}")
}

/// The rounds and the events the articles refer to, in time order.
pub fn items(corpus: &Corpus) -> Vec<TimelineItem> {
    let mut out: Vec<TimelineItem> = Vec::new();
    // BTreeMaps keyed by catalogue index and by date: merging is order-independent.
    let mut catalogued: BTreeMap<EventIx, Vec<usize>> = BTreeMap::new();
    let mut uncatalogued: BTreeMap<PartialDate, TimelineItem> = BTreeMap::new();

    for (ai, article) in corpus.articles.iter().enumerate() {
        let round_date = article.date();
        out.push(TimelineItem {
            id: article.id.clone(),
            kind: ItemKind::Round,
            date: round_date,
            until: None,
            lane: Lane::Talks,
            label: article.headline.clone(),
            articles: vec![ai],
            catalog: None,
            read: DateRead::Stated,
        });
        for (n, r) in article.events.iter().enumerate() {
            if !r.catalog.is_empty() {
                for &e in &r.catalog {
                    // A dangling catalogue index in a corrupt corpus is skipped, not fatal.
                    if corpus.events.get(e as usize).is_some() {
                        catalogued.entry(e).or_default().push(ai);
                    }
                }
                continue;
            }
            if days_apart(r.date, round_date) <= SAME_ROUND_DAYS {
                continue;
            }
            let item = uncatalogued.entry(r.date).or_insert_with(|| TimelineItem {
                id: format!("ref-{}-{n}", article.id),
                kind: ItemKind::Event,
                date: r.date,
                until: None,
                lane: Lane::Talks,
                label: reference_label(corpus, article, n, r),
                articles: Vec::new(),
                catalog: None,
                read: r.read,
            });
            if item.read.is_counted() && !r.read.is_counted() {
                item.read = r.read;
            }
            item.articles.push(ai);
        }
    }

    for (e, articles) in catalogued {
        let event = &corpus.events[e as usize];
        out.push(TimelineItem {
            id: event.id.clone(),
            kind: ItemKind::Event,
            date: event.date,
            until: event.until,
            lane: event.lane,
            label: event.label.clone(),
            articles,
            catalog: Some(e),
            read: DateRead::Catalogue,
        });
    }
    out.extend(uncatalogued.into_values());

    for item in &mut out {
        crate::sort::sort(&mut item.articles);
        item.articles.dedup();
    }
    crate::sort::sort_by(&mut out, |a, b| sort_key(a).cmp(&sort_key(b)));
    out
}

/// The label of uncatalogued reference `n` of `article` (see the module).
fn reference_label(corpus: &Corpus, article: &Article, n: usize, r: &EventRef) -> String {
    if let Some(label) = super::ref_labels::short(corpus, article, n, r) {
        return label;
    }
    let mut names: Vec<&str> = Vec::new();
    for m in super::ref_labels::mentions_in(corpus, article, r) {
        let name = corpus
            .entities
            .get(m.entity as usize)
            .map(|e| e.name.as_str());
        if let Some(name) = name.filter(|n| !names.contains(n)) {
            names.push(name);
        }
    }
    names.truncate(REF_LABEL_NAMES);
    if names.is_empty() {
        date_only_label(&r.date.label())
    } else {
        format!("Referenced: {}", names.join(", "))
    }
}

fn sort_key(item: &TimelineItem) -> (i32, ItemKind, &str) {
    (item.first_day(), item.kind, item.id.as_str())
}

/// Days added on each side of the full extent, so the first and last marks are not
/// drawn on the very edge: 2% of the extent, at least two weeks.
pub fn extent_margin(span_days: f64) -> f64 {
    (span_days * 0.02).max(14.0)
}

/// The full extent in days, margins included: the zoom and pan limits. An empty
/// timeline gets the year 1970, so a scale can always be built.
pub fn extent(items: &[TimelineItem]) -> (f64, f64) {
    let first = items.iter().map(TimelineItem::first_day).min();
    let last = items.iter().map(TimelineItem::end_day).max();
    match (first, last) {
        (Some(first), Some(last)) => {
            let (first, last) = (first as f64, last as f64);
            let margin = extent_margin(last - first);
            (first - margin, last + margin)
        }
        _ => (0.0, 365.0),
    }
}

/// The default view in days: the span of the rounds (the articles' talks), margins
/// included, so an event referred to from long before the first round does not
/// stretch the axis; the full extent when there is no round.
pub fn rounds_extent(items: &[TimelineItem]) -> (f64, f64) {
    let rounds = || items.iter().filter(|i| i.kind == ItemKind::Round);
    let first = rounds().map(TimelineItem::first_day).min();
    let last = rounds().map(TimelineItem::end_day).max();
    match (first, last) {
        (Some(first), Some(last)) => {
            let (first, last) = (first as f64, last as f64);
            let margin = extent_margin(last - first);
            let limits = extent(items);
            (
                (first - margin).max(limits.0),
                (last + margin).min(limits.1),
            )
        }
        _ => extent(items),
    }
}

/// Indexes of the rounds, in time order.
pub fn rounds(items: &[TimelineItem]) -> Vec<usize> {
    (0..items.len())
        .filter(|&i| items[i].kind == ItemKind::Round)
        .collect()
}

/// The visible items in time order (the order of [`items`]), each once; indexes out
/// of range are dropped. Feed it to [`crate::timeline::next_item`].
pub fn time_order(items: &[TimelineItem], visible: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = visible
        .iter()
        .copied()
        .filter(|&i| i < items.len())
        .collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        sort_key(&items[a])
            .cmp(&sort_key(&items[b]))
            .then(a.cmp(&b))
    });
    order.dedup();
    order
}

/// The items that mention any of the given articles: what a filter on articles shows.
pub fn visible_for_articles(items: &[TimelineItem], articles: &[usize]) -> Vec<usize> {
    (0..items.len())
        .filter(|&i| items[i].articles.iter().any(|a| articles.contains(a)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::model::{Article, CatalogEvent, Confidence, EventRef, Sentence, Sourced, Span};

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn article(id: &str, talks: &str, refs: &[(&str, Vec<EventIx>)]) -> Article {
        let text = "A sentence.".to_string();
        Article {
            id: id.into(),
            file: String::new(),
            headline: format!("Headline {id}"),
            place: None,
            talks: Sourced {
                value: Some(date(talks)),
                confidence: Confidence::Stated,
                note: String::new(),
            },
            published: Sourced {
                value: None,
                confidence: Confidence::Unknown,
                note: String::new(),
            },
            outlet: Sourced {
                value: None,
                confidence: Confidence::Unknown,
                note: String::new(),
            },
            wire: Sourced {
                value: None,
                confidence: Confidence::Unknown,
                note: String::new(),
            },
            sentences: vec![Sentence {
                span: Span::new(0, text.len()),
                topics: vec![],
            }],
            text,
            present: vec![],
            commitments: vec![],
            outcomes: vec![],
            mentions: vec![],
            candidates: vec![],
            quotes: vec![],
            events: refs
                .iter()
                .map(|(d, catalog)| EventRef {
                    date: date(d),
                    span: Span::new(0, 1),
                    sentence: 0,
                    catalog: catalog.clone(),
                    dated_by_text: true,
                    read: Default::default(),
                    from: None,
                })
                .collect(),
            relations: vec![],
            framing: vec![],
        }
    }

    fn corpus() -> Corpus {
        let event = |id: &str, d: &str| CatalogEvent {
            id: id.into(),
            label: id.to_uppercase(),
            date: date(d),
            until: None,
            lane: Lane::War,
        };
        Corpus {
            events: vec![event("war", "2010-03"), event("unused", "2009")],
            articles: vec![
                article(
                    "b",
                    "2012-05-10",
                    &[
                        ("2012-05-12", vec![]),
                        ("2011-01-01", vec![]),
                        ("2010", vec![0]),
                    ],
                ),
                article(
                    "a",
                    "2011-06-01",
                    &[
                        ("2011-01-01", vec![]),
                        ("2011-05", vec![]),
                        ("2010-03", vec![0, 9]),
                    ],
                ),
            ],
            ..Corpus::default()
        }
    }

    #[test]
    fn merges_references_and_drops_the_round_itself() {
        let items = items(&corpus());
        let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        // "2012-05-12" is 2 days from its round; "2011-05" is 1 day from "2011-06-01".
        assert_eq!(ids, ["war", "ref-b-1", "a", "b"]);
        assert_eq!(items[0].articles, [0, 1], "both articles refer to the war");
        assert_eq!(
            items[1].articles,
            [0, 1],
            "same date, merged across articles"
        );
        // The sentence names no one and says nothing the label could shorten: the
        // label says only that the text refers to the date.
        assert_eq!(items[1].label, "Referenced: 1 Jan 2011");
        assert!(!ids.contains(&"unused"), "an unreferenced event is no item");
    }

    #[test]
    fn spans_and_extent_follow_precision() {
        let items = items(&corpus());
        assert!(items[0].is_span(), "a month is a span");
        assert!(!items[1].is_span(), "a day is a point");
        let (lo, hi) = extent(&items);
        assert!(lo < date("2010-03").first_day_number() as f64 - 13.0);
        assert!(hi > date("2012-05-10").end_day_number() as f64 + 13.0);
        assert_eq!(extent(&[]), (0.0, 365.0));
        assert_eq!(rounds(&items), [2, 3]);
        assert_eq!(time_order(&items, &[3, 0, 3, 99]), [0, 3]);
        assert_eq!(visible_for_articles(&items, &[1]), [0, 1, 2]);
    }
}
