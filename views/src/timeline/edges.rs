//! What lies outside the visible window, and the controls that reach it: "◀ 4
//! earlier events" at the chart's left edge, "2 later events ▶" at its right, with
//! the zoom buttons between. The default window is the span of the rounds
//! ([`super::items::rounds_extent`]), so an event referred to from decades before the
//! first round is reached by "Earlier", not by stretching the axis.
//!
//! "Earlier" and "Later" pan by at least a pan step ([`crate::pan_zoom::PAN_STEP`])
//! and far enough to bring the nearest item beyond the edge into view (inset like
//! [`super::nav::ensure_visible`]), keeping the zoom; the app calls [`reveal`].

use super::hit::TimelineHit;
use super::layout::in_view;
use super::{ItemKind, TimeScale, TimelineItem};
use crate::hit::Hit;
use std::fmt::Write;

/// The shown items (indexes) whose marks lie wholly before or after the view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outside {
    pub earlier: Vec<usize>,
    pub later: Vec<usize>,
}

/// Which of `shown` lie before and after `scale`'s window.
pub fn outside(items: &[TimelineItem], shown: &[usize], scale: &TimeScale) -> Outside {
    let mut out = Outside::default();
    for &i in shown.iter().filter(|&&i| i < items.len()) {
        let item = &items[i];
        let x0 = scale.x(item.first_day() as f64);
        let x1 = if item.is_span() {
            scale.x(item.end_day() as f64).max(x0)
        } else {
            x0
        };
        if in_view(x0, x1, scale.width) {
            continue;
        }
        if x0 < 0.0 {
            out.earlier.push(i);
        } else {
            out.later.push(i);
        }
    }
    out
}

/// The view after "Earlier" (`dir` < 0) or "Later" (`dir` > 0): panned by at least
/// `step` of its span, and far enough that the nearest of `beyond` (the items
/// outside on that side) is in view; inside `limits`, the zoom kept.
pub fn reveal(
    items: &[TimelineItem],
    beyond: &[usize],
    scale: &TimeScale,
    dir: i8,
    step: f64,
    limits: (f64, f64),
) -> TimeScale {
    let s = TimeScale::new(scale.start, scale.end, scale.width);
    let inset = s.span() * 0.05;
    let mut days = s.span() * step.clamp(0.0, 1.0);
    if dir < 0 {
        let nearest = beyond
            .iter()
            .map(|&i| items[i].end_day() as f64 - 1.0)
            .fold(f64::NAN, f64::max);
        if nearest.is_finite() {
            days = days.max(s.start - nearest + inset);
        }
        days = -days;
    } else {
        let nearest = beyond
            .iter()
            .map(|&i| items[i].first_day() as f64)
            .fold(f64::NAN, f64::min);
        if nearest.is_finite() {
            days = days.max(nearest - s.end + inset);
        }
    }
    // `pan` moves the content: a positive shift shows earlier days.
    s.pan(-days * s.px_per_day(), limits)
}

/// "3 earlier events", "1 later round", "4 earlier items" (rounds and events).
pub fn count_label(items: &[TimelineItem], members: &[usize], side: &str) -> String {
    let rounds = members
        .iter()
        .filter(|&&i| items[i].kind == ItemKind::Round)
        .count();
    let n = members.len();
    let what = match (rounds, n) {
        (0, 1) => "event",
        (0, _) => "events",
        (r, 1) if r == n => "round",
        (r, _) if r == n => "rounds",
        (_, _) => "items",
    };
    format!("{n} {side} {what}")
}

/// The row above the chart: "◀ N earlier …" at the left edge, the zoom buttons and
/// the window's dates in the middle, "N later … ▶" at the right edge.
pub fn controls_html(
    out: &mut String,
    items: &[TimelineItem],
    outside: &Outside,
    scale: &TimeScale,
    default_view: bool,
) {
    let side = |members: &[usize], word: &str, fallback: &str| {
        if members.is_empty() {
            fallback.to_string()
        } else {
            count_label(items, members, word)
        }
    };
    let (from, to) = scale.window();
    let _ = write!(
        out,
        r#"<div class="timeline-controls" role="toolbar" aria-label="Zoom and pan"><button type="button" class="edge earlier"{e}><span aria-hidden="true">◀ </span>{el}</button><span class="zoom"><button type="button" aria-label="Zoom in"{zi}>+</button><button type="button" aria-label="Zoom out"{zo}>−</button><button type="button"{rounds}{pressed_r}>The rounds</button><button type="button"{all}>Show all</button></span><span class="window-range" aria-live="polite">{from} – {to}</span><button type="button" class="edge later"{l}>{ll}<span aria-hidden="true"> ▶</span></button></div>"#,
        e = TimelineHit::Pan(-1).attr(),
        el = side(&outside.earlier, "earlier", "Earlier"),
        zi = TimelineHit::ZoomIn.attr(),
        zo = TimelineHit::ZoomOut.attr(),
        rounds = TimelineHit::ShowRounds.attr(),
        pressed_r = if default_view {
            r#" aria-pressed="true""#
        } else {
            r#" aria-pressed="false""#
        },
        all = TimelineHit::ShowAll.attr(),
        from = from.label(),
        to = to.label(),
        l = TimelineHit::Pan(1).attr(),
        ll = side(&outside.later, "later", "Later"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::PartialDate;
    use corpus::model::Lane;

    fn item(date: &str, kind: ItemKind) -> TimelineItem {
        TimelineItem {
            id: date.into(),
            kind,
            date: PartialDate::parse(date).unwrap(),
            until: None,
            lane: Lane::Talks,
            label: date.into(),
            articles: vec![0],
            catalog: None,
            read: Default::default(),
        }
    }

    fn day(s: &str) -> f64 {
        PartialDate::parse(s).unwrap().first_day_number() as f64
    }

    /// Events long before the first round, a round, an event, a round far after.
    fn items() -> [TimelineItem; 5] {
        [
            item("1964", ItemKind::Event),
            item("2006-01-25", ItemKind::Event),
            item("2013-01-10", ItemKind::Round),
            item("2019", ItemKind::Event),
            item("2030-05-01", ItemKind::Round),
        ]
    }

    /// 2012 to 2025, 1000 px wide.
    fn view() -> TimeScale {
        TimeScale::new(day("2012-01-01"), day("2026-01-01"), 1000.0)
    }

    #[test]
    fn counts_what_lies_beyond_each_edge() {
        let items = items();
        let scale = view();
        let all: Vec<usize> = (0..items.len()).collect();
        let o = outside(&items, &all, &scale);
        assert_eq!((o.earlier.clone(), o.later.clone()), (vec![0, 1], vec![4]));
        assert_eq!(
            count_label(&items, &o.earlier, "earlier"),
            "2 earlier events"
        );
        assert_eq!(count_label(&items, &o.later, "later"), "1 later round");
        assert_eq!(count_label(&items, &[1, 4], "later"), "2 later items");
        // Filtered out is not counted.
        assert_eq!(outside(&items, &[1], &scale).earlier, [1]);
    }

    #[test]
    fn earlier_brings_the_nearest_item_in_and_keeps_the_zoom() {
        let items = items();
        let limits = (day("1963-01-01"), day("2027-01-01"));
        let scale = view();
        let o = outside(&items, &[0, 1, 2], &scale);
        let moved = reveal(&items, &o.earlier, &scale, -1, 0.2, limits);
        assert!(
            (moved.span() - scale.span()).abs() < 1e-6,
            "the zoom is kept"
        );
        let x = moved.x(day("2006-01-25"));
        assert!(x > 0.0 && x < 1000.0, "2006 in view at {x}");
        assert_eq!(
            outside(&items, &[0, 1, 2], &moved).earlier,
            [0],
            "1964 still earlier"
        );
        // Nothing beyond: one pan step.
        let step = reveal(&items, &[], &scale, 1, 0.2, (limits.0, day("2040-01-01")));
        assert!((step.start - scale.start - 0.2 * scale.span()).abs() < 1e-6);
        // Never past the limits.
        let far = reveal(&items, &[0], &moved, -1, 0.2, limits);
        assert!(far.start >= limits.0 - 1e-9);
    }
}
