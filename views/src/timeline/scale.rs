//! A linear time scale from days (since 1970) to pixels, with zoom, pan and the
//! visible window as URL dates.
//!
//! Days are `f64` so that zooming and dragging are continuous; calendar work (ticks,
//! the window) goes through `time::Date` via [`corpus::date`]. Every constructor and
//! operation sanitizes its input (NaN, infinities, zero width, inverted ranges), so
//! the view can be driven straight from wheel and pointer events without checks and
//! never produces NaN. Ticks live in [`super::ticks`]; this file is the geometry.
//!
//! Choices made here:
//! - `pan(dx)` moves the content by `dx` pixels, as a drag does: a positive `dx`
//!   shows earlier days.
//! - A zoom factor of 0 zooms out to the limits, +inf zooms in to the 7-day minimum,
//!   NaN or a negative factor leaves the span as it is.
//! - Invalid limits (NaN, empty) fall back to the scale's own range.

use corpus::date::{PartialDate, date_from_day_number};
use corpus::model::Precision;
use time::Date;

/// The narrowest view zooming allows, in days.
pub const MIN_VISIBLE_DAYS: f64 = 7.0;

/// Views shorter than this (days) put day-precise dates in the URL.
const WINDOW_DAYS_FOR_DAY: f64 = 92.0;
/// Views shorter than this (days) put month-precise dates in the URL.
const WINDOW_DAYS_FOR_MONTH: f64 = 5.0 * 365.25;

/// The days `time::Date` can represent: every day is clamped into them, so every
/// conversion back to a calendar date succeeds.
pub(crate) const DAY_MIN: f64 = (Date::MIN.to_julian_day() - 2_440_588) as f64;
pub(crate) const DAY_MAX: f64 = (Date::MAX.to_julian_day() - 2_440_588) as f64;

/// The visible range `[start, end)` in days and the width it is drawn in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// First visible day (fractional).
    pub start: f64,
    /// End of the visible range (fractional day), always more than `start`.
    pub end: f64,
    /// Drawing width in pixels, >= 0.
    pub width: f64,
}

fn finite_or(v: f64, fallback: f64) -> f64 {
    if v.is_finite() { v } else { fallback }
}

fn clamp_day(day: f64) -> f64 {
    finite_or(day, 0.0).clamp(DAY_MIN, DAY_MAX)
}

/// `v` within `[lo, hi]`; unlike `f64::clamp` it never panics (lo > hi gives hi).
fn bound(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// Limits as a valid range of at least a day, or `fallback` when they are not one.
fn sanitize_limits(limits: (f64, f64), fallback: (f64, f64)) -> (f64, f64) {
    let (lo, hi) = (clamp_day(limits.0), clamp_day(limits.1));
    if limits.0.is_finite() && limits.1.is_finite() && hi - lo >= 1.0 {
        (lo, hi)
    } else {
        fallback
    }
}

/// A span made at least a week (or the whole limits) and at most the limits.
fn clamp_span(span: f64, limits: (f64, f64)) -> f64 {
    let full = limits.1 - limits.0;
    bound(finite_or(span, full), MIN_VISIBLE_DAYS.min(full), full)
}

/// A range of `span` days starting at `start`, its span clamped, shifted to lie
/// inside the limits.
fn clamp_range(start: f64, span: f64, limits: (f64, f64)) -> (f64, f64) {
    let span = clamp_span(span, limits);
    let start = bound(finite_or(start, limits.0), limits.0, limits.1 - span);
    (start, start + span)
}

impl TimeScale {
    /// A scale over `[start_day, end_day)`; inverted ends are swapped, a range under
    /// one day is widened to one day, a bad width becomes 0.
    pub fn new(start_day: f64, end_day: f64, width_px: f64) -> Self {
        let width = if width_px.is_finite() && width_px > 0.0 {
            width_px
        } else {
            0.0
        };
        let a = clamp_day(start_day);
        let b = clamp_day(finite_or(end_day, a + 1.0));
        let (mut start, mut end) = if a <= b { (a, b) } else { (b, a) };
        if end - start < 1.0 {
            end = (start + 1.0).min(DAY_MAX);
            start = end - 1.0;
        }
        TimeScale { start, end, width }
    }

    /// The full extent of `limits` drawn in `width_px`: the initial view.
    pub fn full(limits: (f64, f64), width_px: f64) -> Self {
        Self::new(limits.0, limits.1, width_px)
    }

    /// Visible days.
    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// Pixels per day; 0 when nothing is drawn.
    pub fn px_per_day(&self) -> f64 {
        if self.width > 0.0 && self.span() > 0.0 {
            self.width / self.span()
        } else {
            0.0
        }
    }

    /// The x of a day (may lie outside `0..=width` for days out of view).
    pub fn x(&self, day: f64) -> f64 {
        (clamp_day(finite_or(day, self.start)) - self.start) * self.px_per_day()
    }

    /// The day drawn at `x`; the start for a zero width.
    pub fn day_at(&self, x: f64) -> f64 {
        let ppd = self.px_per_day();
        if ppd > 0.0 {
            clamp_day(self.start + finite_or(x, 0.0) / ppd)
        } else {
            self.start
        }
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the day under `anchor_x` fixed, then
    /// clamps to at least a week and at most, and inside, `limits`.
    pub fn zoom(&self, factor: f64, anchor_x: f64, limits: (f64, f64)) -> Self {
        // Public fields may hold anything: work on a sanitized copy.
        let s = Self::new(self.start, self.end, self.width);
        let limits = sanitize_limits(limits, (s.start, s.end));
        let factor = if factor.is_nan() || factor < 0.0 {
            1.0
        } else {
            factor
        };
        // A zero or infinite factor gives an infinite or zero span; clamp_span bounds it.
        let span = clamp_span(s.span() / factor, limits);
        let frac = if s.width > 0.0 {
            bound(finite_or(anchor_x, s.width / 2.0), 0.0, s.width) / s.width
        } else {
            0.5
        };
        let anchor_day = s.start + frac * s.span();
        let (start, end) = clamp_range(anchor_day - frac * span, span, limits);
        TimeScale {
            start,
            end,
            width: s.width,
        }
    }

    /// Moves the content by `dx_px` pixels (a drag: positive shows earlier days),
    /// kept inside `limits`.
    pub fn pan(&self, dx_px: f64, limits: (f64, f64)) -> Self {
        let s = Self::new(self.start, self.end, self.width);
        let limits = sanitize_limits(limits, (s.start, s.end));
        let ppd = s.px_per_day();
        // Bounded so an absurd drag cannot overflow to infinity (Date spans ~7.3M days).
        let days = if ppd > 0.0 {
            bound(finite_or(dx_px, 0.0) / ppd, -1e8, 1e8)
        } else {
            0.0
        };
        let (start, end) = clamp_range(s.start - days, s.span(), limits);
        TimeScale {
            start,
            end,
            width: s.width,
        }
    }

    /// The same range drawn in another width (a resize).
    pub fn with_width(&self, width_px: f64) -> Self {
        Self::new(self.start, self.end, width_px)
    }

    /// The visible range as dates for the URL: day precision under about three
    /// months, month precision under five years, else years. `to` is the last day
    /// (partly) visible, so [`TimeScale::from_window`] gives back a range containing
    /// this one.
    pub fn window(&self) -> (PartialDate, PartialDate) {
        let precision = if self.span() < WINDOW_DAYS_FOR_DAY {
            Precision::Day
        } else if self.span() < WINDOW_DAYS_FOR_MONTH {
            Precision::Month
        } else {
            Precision::Year
        };
        let first = self.start.floor();
        let last = (self.end.ceil() - 1.0).max(first);
        let date = |d: f64| {
            PartialDate::from_date(date_from_day_number(clamp_day(d) as i32)).truncate(precision)
        };
        (date(first), date(last))
    }

    /// The scale for a URL window: from the first day of `from` to the last of `to`
    /// (either order), clamped like a zoom to `limits`.
    pub fn from_window(from: PartialDate, to: PartialDate, width: f64, limits: (f64, f64)) -> Self {
        let start = from.first_day_number().min(to.first_day_number()) as f64;
        let end = from.end_day_number().max(to.end_day_number()) as f64;
        let base = Self::new(start, end, width);
        let limits = sanitize_limits(limits, (base.start, base.end));
        let (start, end) = clamp_range(base.start, base.span(), limits);
        TimeScale {
            start,
            end,
            width: base.width,
        }
    }
}
