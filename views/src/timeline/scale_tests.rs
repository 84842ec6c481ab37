//! Tests of the time scale: the mapping, zoom and pan with their clamps, the URL
//! window (absurd input has its own test), and properties on random views.

use super::scale::*;
use crate::state::{format_window, parse_window};
use corpus::date::PartialDate;
use proptest::prelude::*;

fn day(s: &str) -> f64 {
    PartialDate::parse(s).unwrap().first_day_number() as f64
}

const LIMITS: (f64, f64) = (12_000.0, 21_000.0);

fn finite(s: &TimeScale) -> bool {
    s.start.is_finite() && s.end.is_finite() && s.width.is_finite() && s.end > s.start
}

#[test]
fn maps_days_to_pixels_and_back() {
    let s = TimeScale::new(day("2014-01-01"), day("2015-01-01"), 730.0);
    assert_eq!(s.x(day("2014-01-01")), 0.0);
    assert_eq!(s.x(day("2014-07-02")), 364.0);
    assert_eq!(s.day_at(364.0), day("2014-07-02"));
    assert_eq!(s.x(day("2015-01-01")), 730.0);
}

#[test]
fn zoom_keeps_the_anchor_day_fixed() {
    let s = TimeScale::new(day("2010-01-01"), day("2020-01-01"), 1000.0);
    let anchor_day = s.day_at(250.0);
    let z = s.zoom(4.0, 250.0, LIMITS);
    assert!((z.day_at(250.0) - anchor_day).abs() < 1e-6);
    assert!((z.span() - s.span() / 4.0).abs() < 1e-6);
    let back = z.zoom(0.25, 250.0, LIMITS);
    assert!((back.start - s.start).abs() < 1e-6 && (back.end - s.end).abs() < 1e-6);
}

#[test]
fn zoom_clamps_to_a_week_and_to_the_limits() {
    let s = TimeScale::new(day("2014-01-01"), day("2015-01-01"), 800.0);
    let inward = s.zoom(f64::INFINITY, 400.0, LIMITS);
    assert_eq!(inward.span(), MIN_VISIBLE_DAYS);
    let out = s.zoom(0.0, 400.0, LIMITS);
    assert_eq!((out.start, out.end), LIMITS);
    let near_edge = TimeScale::new(LIMITS.0, LIMITS.0 + 100.0, 800.0).zoom(0.5, 0.0, LIMITS);
    assert_eq!(
        near_edge.start, LIMITS.0,
        "zooming out at the edge stays inside"
    );
    assert_eq!(s.zoom(f64::NAN, 400.0, LIMITS), s);
    assert_eq!(s.zoom(-3.0, 400.0, LIMITS), s);
}

#[test]
fn pan_moves_like_a_drag_and_stops_at_the_limits() {
    let s = TimeScale::new(15_000.0, 15_100.0, 1000.0);
    let dragged = s.pan(100.0, LIMITS);
    assert_eq!((dragged.start, dragged.end), (14_990.0, 15_090.0));
    let far = s.pan(-1e12, LIMITS);
    assert_eq!((far.start, far.end), (LIMITS.1 - 100.0, LIMITS.1));
    let back = s.pan(1e12, LIMITS);
    assert_eq!(back.start, LIMITS.0);
}

#[test]
fn absurd_input_never_gives_nan_or_infinity() {
    let bad = [
        0.0,
        -1.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        1e300,
        -1e300,
    ];
    for &a in &bad {
        for &b in &bad {
            let s = TimeScale::new(a, b, a);
            assert!(finite(&s), "new({a}, {b}) = {s:?}");
            for &f in &bad {
                assert!(finite(&s.zoom(f, b, (a, b))), "zoom {f} {b}");
                assert!(finite(&s.zoom(f, 10.0, LIMITS)), "zoom {f}");
                assert!(finite(&s.pan(f, (b, a))), "pan {f}");
                assert!(s.x(f).is_finite() && s.day_at(f).is_finite());
            }
            let w = s.window();
            assert!(w.0 <= w.1);
        }
    }
    let zero = TimeScale::new(100.0, 200.0, 0.0);
    assert_eq!(zero.x(150.0), 0.0);
    assert_eq!(zero.day_at(50.0), 100.0);
    assert!(finite(&zero.zoom(2.0, 10.0, LIMITS)) && finite(&zero.pan(5.0, LIMITS)));
}

#[test]
fn window_precision_follows_the_visible_span() {
    let w = |a: &str, b: &str| {
        let s = TimeScale::new(day(a), day(b), 800.0);
        format_window(s.window())
    };
    assert_eq!(w("2014-09-20", "2014-10-01"), "2014-09-20..2014-09-30");
    assert_eq!(w("2014-03-15", "2016-02-10"), "2014-03..2016-02");
    assert_eq!(w("2006-01-25", "2025-10-24"), "2006..2025");
}

#[test]
fn windows_parse_and_come_back_from_the_url() {
    let (from, to) = parse_window("2014-03..2016-02").unwrap();
    let s = TimeScale::from_window(from, to, 800.0, LIMITS);
    assert_eq!((s.start, s.end), (day("2014-03-01"), day("2016-03-01")));
    assert_eq!(format_window(s.window()), "2014-03..2016-02");
    let swapped = TimeScale::from_window(to, from, 800.0, LIMITS);
    assert_eq!(swapped, s);
    // Out of the limits: clamped like a zoom, never empty.
    let (a, b) = parse_window("1900..1901").unwrap();
    let clamped = TimeScale::from_window(a, b, 800.0, LIMITS);
    assert_eq!(clamped.start, LIMITS.0);
    let tiny = TimeScale::from_window(to, to, 800.0, (0.0, 1e5));
    assert_eq!(tiny.span(), 29.0, "February 2016 has 29 days");
    for bad in [
        "",
        "2014",
        "2014..",
        "..2014",
        "2014..20x5",
        "2014-13..2015",
    ] {
        assert_eq!(parse_window(bad).ok(), None, "{bad}");
    }
}

proptest! {
    #[test]
    fn zoom_and_pan_stay_inside_the_limits_and_keep_the_anchor(
        start in 0.0f64..30_000.0,
        span in 1.0f64..20_000.0,
        width in 0.0f64..3000.0,
        factor in 0.01f64..100.0,
        anchor in 0.0f64..1.0,
        dx in -5000.0f64..5000.0,
        limit_span in 1.0f64..40_000.0,
    ) {
        let limits = (start - 100.0, start - 100.0 + limit_span);
        let s = TimeScale::new(start, start + span, width);
        for moved in [s.zoom(factor, anchor * width, limits), s.pan(dx, limits)] {
            prop_assert!(moved.start >= limits.0 - 1e-6 && moved.end <= limits.1 + 1e-6);
            prop_assert!(moved.span() >= MIN_VISIBLE_DAYS.min(limit_span) - 1e-6);
            prop_assert_eq!(moved.width, s.width);
        }
        let inside = TimeScale::new(limits.0, limits.1, width).zoom(factor, anchor * width, limits);
        let z = inside.zoom(factor, anchor * width, limits);
        let unclamped = inside.span() / factor;
        if width > 0.0 && unclamped >= MIN_VISIBLE_DAYS && unclamped <= limit_span
            && z.start > limits.0 && z.end < limits.1
        {
            let x = anchor * width;
            prop_assert!((z.day_at(x) - inside.day_at(x)).abs() < 1e-6);
        }
    }
}
