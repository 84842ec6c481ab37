//! Tests of the label layout: hand-made cases for each rule, and properties
//! (no overlap, every item once, deterministic) on random items and views.

use super::items::{ItemKind, TimelineItem};
use super::layout::*;
use super::measure::{LINE_MAX_PX, text_width};
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
        read: Default::default(),
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
    let l = layout(
        &items,
        &[0, 1, 2, 3],
        &year_2014(1000.0),
        2,
        LabelMode::Wrap,
    );
    let placed: Vec<(usize, u16)> = l.items.iter().map(|i| (i.item, i.row)).collect();
    assert_eq!(placed, [(0, 0), (3, 0)], "far away shares row 0");
    assert_eq!(l.clusters.len(), 1);
    let c = &l.clusters[0];
    assert_eq!(
        (c.items.clone(), c.row, c.label.as_str()),
        (vec![1, 2], 1, "2 events")
    );
    assert_eq!(c.label_width, box_width(&["2 events".into()], LABEL_PX));
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
    let l = layout(&items, &[0, 1], &year_2014(1000.0), 3, LabelMode::Wrap);
    assert!(l.items.iter().all(|i| i.row == 0));
    assert!(l.clusters.is_empty());
}

#[test]
fn at_the_default_zoom_a_long_label_wraps_whole_into_a_box_that_holds_it() {
    let long =
        "Abbas and Mashaal meet in Cairo under Arab League mediation to revive the 2011 pact";
    let items = [
        item("m", "2014-07-01", Lane::Talks, long),
        item("n", "2014-07-03", Lane::Talks, "next"),
    ];
    let l = layout(&items, &[0, 1], &year_2014(1000.0), 3, LabelMode::Wrap);
    let it = l.items.iter().find(|i| i.item == 0).unwrap();
    assert!(!it.truncated);
    assert_eq!(it.display_label(), long, "whole, never cut");
    assert!(it.lines.len() >= 2, "{:?}", it.lines);
    for line in &it.lines {
        let w = text_width(line, LABEL_PX);
        assert!(
            w <= LINE_MAX_PX && w + LABEL_PADDING_PX <= it.label_width,
            "{line}"
        );
    }
    assert_eq!(
        l.row_lines(Lane::Talks)[it.row as usize],
        it.lines.len() as u16
    );
    // A round's label is drawn larger, and measured so.
    let mut round = items[0].clone();
    round.kind = ItemKind::Round;
    let r = layout(&[round], &[0], &year_2014(1000.0), 3, LabelMode::Wrap);
    assert!(r.items[0].label_width > it.label_width);
}

#[test]
fn zoomed_out_long_labels_are_cut_to_the_room_they_have_and_coarse_dates_are_spans() {
    let long = "Egyptian-mediated talks secure a series of Gaza ceasefires";
    // Alone in its lane, the label has all the room it needs.
    let alone = layout(
        &[item("m", "2014-07", Lane::Talks, long)],
        &[0],
        &year_2014(1000.0),
        3,
        LabelMode::Cut,
    );
    assert!(!alone.items[0].truncated);
    assert_eq!(alone.items[0].display_label(), long);
    assert_eq!(alone.items[0].lines.len(), 1);
    // With an item close after it, it is cut to the usual length.
    let items = [
        item("m", "2014-07", Lane::Talks, long),
        item("n", "2014-09", Lane::Talks, "next"),
    ];
    let scale = year_2014(1000.0);
    let l = layout(&items, &[0, 1], &scale, 3, LabelMode::Cut);
    let it = l.items.iter().find(|i| i.item == 0).unwrap();
    assert!(it.truncated);
    assert_eq!(it.display_label(), "Egyptian-mediated talks secure…");
    assert!(it.display_label().chars().count() <= MAX_LABEL_CHARS);
    assert_eq!(it.label_width, box_width(&it.lines, LABEL_PX));
    assert!(
        it.x1 - it.x0 > scale.px_per_day() * 30.0,
        "a month is drawn as a month"
    );
    assert_eq!(it.label_x, it.x1 - 5.0, "a span's text starts past its bar");
    assert_eq!(display_label("short"), ("short".to_string(), false));
}

#[test]
fn labels_stay_in_view_and_items_out_of_view_are_left_out() {
    let items = [
        item("edge", "2014-12-30", Lane::Talks, "near the right edge"),
        item("out", "2016-01-01", Lane::Talks, "not in view"),
        item("year", "2013", Lane::War, "began before the view"),
    ];
    let l = layout(
        &items,
        &[0, 1, 2, 7, 0],
        &year_2014(500.0),
        3,
        LabelMode::Wrap,
    );
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
        LabelMode::Wrap,
    );
    assert_eq!(l.items[0].label_x, 100.0);
}

#[test]
fn bad_input_gives_a_layout_not_a_panic() {
    let items = [
        item("a", "2014-06-01", Lane::War, ""),
        item("b", "2014-06-01", Lane::War, "b"),
    ];
    for mode in [LabelMode::Wrap, LabelMode::Cut] {
        for width in [0.0, f64::NAN, 1e9] {
            let l = layout(&items, &[1, 0, 5], &year_2014(width), 0, mode);
            assert_eq!(l.first_overlap(), None, "{mode:?} {width}");
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
                read: Default::default(),
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
        cut in any::<bool>(),
    ) {
        let mode = if cut { LabelMode::Cut } else { LabelMode::Wrap };
        let scale = TimeScale::new(start, start + span, width);
        let visible: Vec<usize> = (0..items.len()).collect();
        let l = layout(&items, &visible, &scale, max_rows, mode);
        prop_assert_eq!(l.first_overlap(), None);
        prop_assert_eq!(&l, &layout(&items, &visible, &scale, max_rows, mode));

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
            // The box holds every line drawn in it.
            for line in &i.lines {
                prop_assert!(text_width(line, label_px(&items[i.item])) + LABEL_PADDING_PX <= i.label_width + 1e-9);
            }
            // What the chart draws: the label, after "about 2007: " for an uncertain date.
            let drawn = items[i.item].drawn_label();
            let label = drawn.split_whitespace().collect::<Vec<_>>().join(" ");
            let shown = i.display_label();
            if mode == LabelMode::Wrap {
                // Whole, never cut.
                prop_assert!(!i.truncated);
                prop_assert_eq!(&shown, &label);
            } else {
                // One line: whole, or cut (longer than the usual cut only where there was room).
                prop_assert_eq!(i.lines.len(), 1);
                let head = shown.trim_end_matches('…');
                prop_assert!(shown == drawn || (i.truncated && drawn.starts_with(head)));
            }
        }
    }
}
