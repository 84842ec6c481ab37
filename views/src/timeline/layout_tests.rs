//! Tests of the label layout: hand-made cases for each rule, and properties
//! (no overlap, every item once, deterministic) on random items and views.

use super::items::{ItemKind, TimelineItem};
use super::layout::*;
use super::scale::TimeScale;
use corpus::date::PartialDate;
use corpus::model::Lane;
use proptest::prelude::*;

fn item(id: &str, date: &str, lane: Lane, label: &str) -> TimelineItem {
    TimelineItem {
        id: id.into(),
        kind: ItemKind::Event,
        date: PartialDate::parse(date).unwrap(),
        until: None,
        lane,
        label: label.into(),
        articles: vec![0],
        catalog: None,
    }
}

fn year_2014(width: f64) -> TimeScale {
    let d = |s: &str| PartialDate::parse(s).unwrap().first_day_number() as f64;
    TimeScale::new(d("2014-01-01"), d("2015-01-01"), width)
}

#[test]
fn crowded_items_stack_then_cluster_in_the_last_row() {
    let items = [
        item("a", "2014-06-01", Lane::War, "aaaaaaaaaa"),
        item("b", "2014-06-02", Lane::War, "bbbbbbbbbb"),
        item("c", "2014-06-03", Lane::War, "cccccccccc"),
        item("far", "2014-12-01", Lane::War, "ffffffffff"),
    ];
    let l = layout(&items, &[0, 1, 2, 3], &year_2014(1000.0), 2, 7.0);
    let placed: Vec<(usize, u16)> = l.items.iter().map(|i| (i.item, i.row)).collect();
    assert_eq!(placed, [(0, 0), (3, 0)], "far away shares row 0");
    assert_eq!(l.clusters.len(), 1);
    let c = &l.clusters[0];
    assert_eq!(
        (c.items.clone(), c.row, c.label.as_str()),
        (vec![1, 2], 1, "2 events")
    );
    assert_eq!(c.label_width, 8.0 * 7.0 + LABEL_PADDING_PX);
    assert_eq!(l.cluster_of(2), Some(0));
    assert_eq!(l.rows(Lane::War), 2);
    assert_eq!(l.rows(Lane::Talks), 0);
    assert_eq!(l.first_overlap(), None);
}

#[test]
fn lanes_stack_independently() {
    let items = [
        item("a", "2014-06-01", Lane::War, "same place"),
        item("b", "2014-06-01", Lane::Deadline, "same place"),
    ];
    let l = layout(&items, &[0, 1], &year_2014(1000.0), 3, 7.0);
    assert!(l.items.iter().all(|i| i.row == 0));
    assert!(l.clusters.is_empty());
}

#[test]
fn long_labels_use_the_room_they_have_and_coarse_dates_are_spans() {
    let long = "Egyptian-mediated talks secure a series of Gaza ceasefires";
    // Alone in its lane, the label has all the room it needs.
    let alone = layout(
        &[item("m", "2014-07", Lane::Talks, long)],
        &[0],
        &year_2014(1000.0),
        3,
        6.0,
    );
    assert!(!alone.items[0].truncated);
    assert_eq!(alone.items[0].display_label, long);
    // With an item close after it, it is cut to the usual length.
    let items = [
        item("m", "2014-07", Lane::Talks, long),
        item("n", "2014-09", Lane::Talks, "next"),
    ];
    let scale = year_2014(1000.0);
    let l = layout(&items, &[0, 1], &scale, 3, 6.0);
    let it = l.items.iter().find(|i| i.item == 0).unwrap();
    assert!(it.truncated);
    assert_eq!(it.display_label, "Egyptian-mediated talks secure a series…");
    assert!(it.display_label.chars().count() <= MAX_LABEL_CHARS);
    assert_eq!(it.label_width, 40.0 * 6.0 + LABEL_PADDING_PX);
    assert!(
        it.x1 - it.x0 > scale.px_per_day() * 30.0,
        "a month is drawn as a month"
    );
    assert_eq!(it.label_x, it.x0, "a span's label starts at its start");
    assert_eq!(display_label("short"), ("short".to_string(), false));
}

#[test]
fn labels_stay_in_view_and_items_out_of_view_are_left_out() {
    let items = [
        item("edge", "2014-12-30", Lane::Talks, "near the right edge"),
        item("out", "2016-01-01", Lane::Talks, "not in view"),
        item("year", "2013", Lane::War, "began before the view"),
    ];
    let l = layout(&items, &[0, 1, 2, 7, 0], &year_2014(500.0), 3, 7.0);
    let ids: Vec<usize> = l.items.iter().map(|i| i.item).collect();
    assert_eq!(
        ids,
        [0],
        "out of view, out of range, a year ending before 2014"
    );
    // Near the right edge a label reads leftwards and ends at its own mark.
    let edge = &l.items[0];
    assert!(edge.x0 <= 500.0);
    assert_eq!(edge.label_x + edge.label_width, edge.x0);
    let spanning = [item("y", "2014", Lane::War, "the whole year")];
    let l = layout(
        &spanning,
        &[0],
        &year_2014(500.0).pan(100.0, (0.0, 1e5)),
        3,
        7.0,
    );
    assert_eq!(l.items[0].label_x, 100.0);
}

#[test]
fn bad_input_gives_a_layout_not_a_panic() {
    let items = [
        item("a", "2014-06-01", Lane::War, ""),
        item("b", "2014-06-01", Lane::War, "b"),
    ];
    for cw in [f64::NAN, -3.0, f64::INFINITY, 0.0] {
        for width in [0.0, f64::NAN, 1e9] {
            let l = layout(&items, &[1, 0, 5], &year_2014(width), 0, cw);
            assert_eq!(l.first_overlap(), None, "{cw} {width}");
            assert!(
                l.boxes()
                    .iter()
                    .all(|b| b.x.is_finite() && b.width.is_finite())
            );
            assert_eq!(
                l.items.len() + l.clusters.iter().map(|c| c.items.len()).sum::<usize>(),
                2
            );
        }
    }
}

fn arb_item() -> impl Strategy<Value = TimelineItem> {
    (
        2000i16..2030,
        0u8..=12,
        0u8..=28,
        0usize..4,
        any::<bool>(),
        "[a-z ]{0,70}",
        proptest::option::of(0i32..400),
    )
        .prop_map(|(y, m, d, lane, round, label, until)| {
            let date = match (m, d) {
                (0, _) => PartialDate::year(y),
                (m, 0) => PartialDate::month(y, m).unwrap(),
                (m, d) => PartialDate::day(y, m, d).unwrap(),
            };
            let until = until.map(|n| {
                let end = corpus::date::date_from_day_number(date.first_day_number() + n);
                PartialDate::from_date(end)
            });
            TimelineItem {
                id: label.clone(),
                kind: if round {
                    ItemKind::Round
                } else {
                    ItemKind::Event
                },
                date,
                until,
                lane: Lane::ALL[lane],
                label,
                articles: vec![],
                catalog: None,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn labels_never_overlap_and_every_item_is_shown_once(
        items in proptest::collection::vec(arb_item(), 0..60),
        start in 10_900.0f64..22_000.0,
        span in 1.0f64..12_000.0,
        width in 0.0f64..3000.0,
        max_rows in 0u16..5,
        char_width in 0.0f64..12.0,
    ) {
        let scale = TimeScale::new(start, start + span, width);
        let visible: Vec<usize> = (0..items.len()).collect();
        let l = layout(&items, &visible, &scale, max_rows, char_width);
        prop_assert_eq!(l.first_overlap(), None);
        prop_assert_eq!(&l, &layout(&items, &visible, &scale, max_rows, char_width));

        let mut seen: Vec<usize> = l.items.iter().map(|i| i.item).collect();
        for c in &l.clusters {
            prop_assert!(c.items.len() >= 2);
            prop_assert!(c.items.iter().all(|&i| items[i].lane == c.lane));
            prop_assert!(c.row < l.rows(c.lane));
            seen.extend(&c.items);
        }
        seen.sort_unstable();
        let expected: Vec<usize> = visible
            .into_iter()
            .filter(|&i| {
                let x0 = scale.x(items[i].first_day() as f64);
                let x1 = if items[i].is_span() { scale.x(items[i].end_day() as f64) } else { x0 };
                in_view(x0, x1, scale.width)
            })
            .collect();
        prop_assert_eq!(seen, expected);
        for i in &l.items {
            prop_assert!(i.row < max_rows.max(1) && i.row < l.rows(i.lane));
            prop_assert!(i.x1 >= i.x0 && i.label_x.is_finite() && i.label_x >= 0.0);
            // Whole, or cut (longer than the usual cut only where there was room).
            let label = &items[i.item].label;
            let head = i.display_label.trim_end_matches('…');
            prop_assert!(i.display_label == *label || (i.truncated && label.starts_with(head)));
            prop_assert!(i.truncated || i.display_label.chars().count() <= MAX_LABEL_CHARS || i.display_label == *label);
        }
    }
}
