//! Calendar-aligned axis ticks for a [`TimeScale`], at any zoom.
//!
//! The unit is the finest of day, week, month, quarter, year, 5 years, decade (and,
//! for absurd ranges only, multiples of decades) whose *shortest* interval is at
//! least `min_spacing_px` wide: February, not the average month, decides, so two
//! ticks are never closer than asked. Boundaries are calendar ones (1 January, the
//! 1st of a month, Mondays), found through `time::Date`, never by adding 30 days.
//!
//! Major ticks mark the next coarser boundary (months when showing days or weeks,
//! years when showing months, decades when showing years) with a label of their own.
//! Minor ticks that land on a major are replaced by it; minor ticks closer than the
//! spacing to a major (a Monday next to the 1st) are dropped, so the spacing
//! guarantee covers the merged list.
//!
//! Labels: "2010s" for decades, "2014" for years, "Sep" for months with "2014" on
//! the majors, "24 Sep" for days and weeks with "Sep 2014" on the majors. When no
//! major precedes the first tick, that tick carries the context ("Sep 2014",
//! "24 Sep 2014"), so a view inside one year still says which year.

use super::scale::{DAY_MAX, DAY_MIN, TimeScale};
use corpus::date::{date_from_day_number, day_number, month_name};
use time::{Date, Month};

/// A mark on the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Days since 1970.
    pub day: i32,
    pub x: f64,
    pub label: String,
    /// A coarser boundary than the unit (a year start when showing months).
    pub major: bool,
}

/// The interval between ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickUnit {
    Day,
    /// Mondays.
    Week,
    Month,
    /// January, April, July, October.
    Quarter,
    /// Every n years, on multiples of n: 1, 5, 10 (decades), then 20, 50, 100...
    Years(i32),
}

/// Fine to coarse: the calendar's units, then steps of years.
const CALENDAR_UNITS: [TickUnit; 4] = [
    TickUnit::Day,
    TickUnit::Week,
    TickUnit::Month,
    TickUnit::Quarter,
];

/// Steps of years for [`TickUnit::Years`], fine to coarse; past a century they only
/// keep absurd ranges cheap.
const YEAR_STEPS: [i32; 12] = [1, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/// No unit is chosen that would put more ticks than this in view.
const MAX_TICKS: f64 = 1000.0;

impl TickUnit {
    /// The shortest interval this unit can have, in days.
    fn min_days(self) -> f64 {
        match self {
            TickUnit::Day => 1.0,
            TickUnit::Week => 7.0,
            TickUnit::Month => 28.0,
            TickUnit::Quarter => 89.0,
            TickUnit::Years(n) => 365.0 * n as f64,
        }
    }

    /// The coarser unit whose boundaries are major ticks.
    fn major(self) -> TickUnit {
        match self {
            TickUnit::Day | TickUnit::Week => TickUnit::Month,
            TickUnit::Month | TickUnit::Quarter => TickUnit::Years(1),
            TickUnit::Years(n) if n < 10 => TickUnit::Years(10),
            TickUnit::Years(n) => TickUnit::Years(n.saturating_mul(10)),
        }
    }

    /// The label of a tick of this unit; `context` adds the coarser part.
    fn label(self, date: Date, context: bool) -> String {
        let month = &month_name(date.month() as u8)[..3];
        match self {
            TickUnit::Day | TickUnit::Week if context => {
                format!("{} {month} {}", date.day(), date.year())
            }
            TickUnit::Day | TickUnit::Week => format!("{} {month}", date.day()),
            TickUnit::Month | TickUnit::Quarter if context => format!("{month} {}", date.year()),
            TickUnit::Month | TickUnit::Quarter => month.to_string(),
            TickUnit::Years(10) => format!("{}s", date.year()),
            TickUnit::Years(_) => date.year().to_string(),
        }
    }

    /// The label of a major tick marking a boundary of this (coarser) unit.
    fn major_label(self, date: Date) -> String {
        match self {
            TickUnit::Month => format!("{} {}", &month_name(date.month() as u8)[..3], date.year()),
            TickUnit::Years(n) if n >= 100 => format!("{}s", date.year()),
            _ => date.year().to_string(),
        }
    }

    /// Boundaries of this unit within `[lo, hi]` (day numbers), in order.
    fn boundaries(self, lo: i32, hi: i32) -> Vec<i32> {
        let mut out = Vec::new();
        let Some(first) = self.first_boundary(lo) else {
            return out;
        };
        let mut date = first;
        while day_number(date) <= hi && (out.len() as f64) < MAX_TICKS * 2.0 {
            out.push(day_number(date));
            match self.after(date) {
                Some(next) => date = next,
                None => break,
            }
        }
        out
    }

    /// The first boundary on or after day `lo`.
    fn first_boundary(self, lo: i32) -> Option<Date> {
        let d = date_from_day_number(lo);
        let candidate = match self {
            TickUnit::Day => Some(d),
            // 1970-01-05, day 4, was a Monday.
            TickUnit::Week => Some(date_from_day_number(lo + (4 - lo).rem_euclid(7))),
            TickUnit::Month => Date::from_calendar_date(d.year(), d.month(), 1).ok(),
            TickUnit::Quarter => {
                let m = (d.month() as u8 - 1) / 3 * 3 + 1;
                Date::from_calendar_date(d.year(), Month::try_from(m).ok()?, 1).ok()
            }
            TickUnit::Years(n) => {
                // The multiple below the first representable year falls back to the next.
                let y = d.year().div_euclid(n) * n;
                Date::from_calendar_date(y, Month::January, 1)
                    .or_else(|_| Date::from_calendar_date(y + n, Month::January, 1))
                    .ok()
            }
        }?;
        if day_number(candidate) >= lo {
            Some(candidate)
        } else {
            self.after(candidate)
        }
    }

    /// The next boundary; `None` past the last representable date.
    fn after(self, date: Date) -> Option<Date> {
        let add_months = |months: u8| {
            let total = date.month() as u8 - 1 + months;
            let year = date.year() + (total / 12) as i32;
            Date::from_calendar_date(year, Month::try_from(total % 12 + 1).ok()?, 1).ok()
        };
        match self {
            TickUnit::Day => date.next_day(),
            TickUnit::Week => date.checked_add(time::Duration::days(7)),
            TickUnit::Month => add_months(1),
            TickUnit::Quarter => add_months(3),
            TickUnit::Years(n) => {
                Date::from_calendar_date(date.year().checked_add(n)?, Month::January, 1).ok()
            }
        }
    }
}

impl TimeScale {
    /// The unit [`TimeScale::ticks`] uses for this spacing; `None` for a zero width.
    pub fn tick_unit(&self, min_spacing_px: f64) -> Option<TickUnit> {
        let ppd = self.px_per_day();
        if ppd <= 0.0 {
            return None;
        }
        let spacing = if min_spacing_px.is_finite() {
            min_spacing_px.max(0.0)
        } else {
            0.0
        };
        let fits =
            |u: &TickUnit| u.min_days() * ppd >= spacing && self.span() / u.min_days() <= MAX_TICKS;
        let years = YEAR_STEPS.map(TickUnit::Years);
        let coarsest = years[years.len() - 1];
        Some(
            CALENDAR_UNITS
                .into_iter()
                .chain(years)
                .find(fits)
                .unwrap_or(coarsest),
        )
    }

    /// Calendar-aligned ticks in view, in order, never closer than `min_spacing_px`.
    pub fn ticks(&self, min_spacing_px: f64) -> Vec<Tick> {
        let Some(unit) = self.tick_unit(min_spacing_px) else {
            return Vec::new();
        };
        let spacing = min_spacing_px.max(0.0);
        let lo = self.start.ceil().clamp(DAY_MIN, DAY_MAX) as i32;
        let hi = self.end.floor().clamp(DAY_MIN, DAY_MAX) as i32;
        let major_unit = unit.major();
        let majors: Vec<Tick> = major_unit
            .boundaries(lo, hi)
            .into_iter()
            .map(|day| Tick {
                day,
                x: self.x(day as f64),
                label: major_unit.major_label(date_from_day_number(day)),
                major: true,
            })
            .collect();
        let near_major = |x: f64| majors.iter().any(|m| (m.x - x).abs() < spacing);
        let mut ticks: Vec<Tick> = unit
            .boundaries(lo, hi)
            .into_iter()
            .map(|day| (day, self.x(day as f64)))
            .filter(|&(day, x)| !majors.iter().any(|m| m.day == day) && !near_major(x))
            .map(|(day, x)| Tick {
                day,
                x,
                label: String::new(),
                major: false,
            })
            .chain(majors.iter().cloned())
            .collect();
        crate::sort::sort_by_key(&mut ticks, |t| t.day);
        for (i, t) in ticks.iter_mut().enumerate() {
            if !t.major {
                t.label = unit.label(date_from_day_number(t.day), i == 0);
            }
        }
        ticks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::date::PartialDate;
    use proptest::prelude::*;

    fn day(s: &str) -> f64 {
        PartialDate::parse(s).unwrap().first_day_number() as f64
    }

    fn labels(ticks: &[Tick]) -> Vec<&str> {
        ticks.iter().map(|t| t.label.as_str()).collect()
    }

    #[test]
    fn a_century_shows_decades() {
        let s = TimeScale::new(day("1950-01-01"), day("2050-01-01"), 1000.0);
        assert_eq!(s.tick_unit(80.0), Some(TickUnit::Years(10)));
        let ticks = s.ticks(80.0);
        assert_eq!(ticks.len(), 11);
        assert_eq!(ticks[0].label, "1950s");
        assert!(
            ticks[5].major && ticks[5].label == "2000s",
            "{:?}",
            ticks[5]
        );
        assert_eq!(ticks[10].label, "2050s");
    }

    #[test]
    fn two_years_show_quarters_or_months_with_the_years_as_majors() {
        let s = TimeScale::new(day("2014-03-10"), day("2016-03-10"), 1000.0);
        assert_eq!(s.tick_unit(60.0), Some(TickUnit::Quarter));
        assert_eq!(
            labels(&s.ticks(60.0)),
            [
                "Apr 2014", "Jul", "Oct", "2015", "Apr", "Jul", "Oct", "2016"
            ]
        );
        assert_eq!(s.tick_unit(30.0), Some(TickUnit::Month));
        let months = s.ticks(30.0);
        assert_eq!(months.len(), 24);
        for t in &months {
            let date = date_from_day_number(t.day);
            assert_eq!(date.day(), 1, "months start on the 1st");
            assert_eq!(t.major, date.month() == Month::January);
        }
    }

    #[test]
    fn ten_days_show_days() {
        let s = TimeScale::new(day("2014-09-20"), day("2014-09-30"), 1000.0);
        assert_eq!(s.tick_unit(60.0), Some(TickUnit::Day));
        let ticks = s.ticks(60.0);
        assert_eq!(ticks.len(), 11);
        assert_eq!(
            ticks[0].label, "20 Sep 2014",
            "the first tick says the year"
        );
        assert_eq!(ticks[4].label, "24 Sep");
        assert!((ticks[4].x - 400.0).abs() < 1e-9);
    }

    #[test]
    fn weeks_fall_on_mondays_and_make_room_for_month_starts() {
        let s = TimeScale::new(day("2014-08-01"), day("2014-11-01"), 1000.0);
        assert_eq!(s.tick_unit(60.0), Some(TickUnit::Week));
        let ticks = s.ticks(60.0);
        let majors: Vec<&str> = ticks
            .iter()
            .filter(|t| t.major)
            .map(|t| &*t.label)
            .collect();
        assert_eq!(majors, ["Aug 2014", "Sep 2014", "Oct 2014", "Nov 2014"]);
        for t in ticks.iter().filter(|t| !t.major) {
            assert_eq!(date_from_day_number(t.day).weekday(), time::Weekday::Monday);
        }
        // Monday 29 September is 2 days from 1 October: dropped for the major.
        assert!(!ticks.iter().any(|t| t.day == day("2014-09-29") as i32));
        assert!(ticks.iter().any(|t| t.day == day("2014-09-22") as i32));
    }

    #[test]
    fn a_zero_width_has_no_ticks_and_absurd_ranges_few() {
        assert!(TimeScale::new(0.0, 100.0, 0.0).ticks(50.0).is_empty());
        let huge = TimeScale::new(-1e9, 1e9, 1e6);
        let ticks = huge.ticks(0.0);
        assert!(!ticks.is_empty() && ticks.len() <= 2 * MAX_TICKS as usize);
        assert!(TimeScale::new(0.0, 30.0, 500.0).ticks(f64::NAN).len() <= 31);
    }

    proptest! {
        #[test]
        fn ticks_are_ordered_in_view_and_never_closer_than_asked(
            start in -40_000.0f64..60_000.0,
            span in 1.0f64..80_000.0,
            width in 1.0f64..4000.0,
            spacing in 1.0f64..200.0,
        ) {
            let s = TimeScale::new(start, start + span, width);
            let ticks = s.ticks(spacing);
            for t in &ticks {
                prop_assert!(t.x >= -1e-6 && t.x <= s.width + 1e-6, "{t:?}");
                prop_assert!(!t.label.is_empty());
            }
            for w in ticks.windows(2) {
                prop_assert!(w[0].day < w[1].day);
                prop_assert!(w[1].x - w[0].x >= spacing - 1e-6, "{:?} {:?}", w[0], w[1]);
            }
        }
    }
}
