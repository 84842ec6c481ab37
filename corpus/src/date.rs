//! Dates known to a year, a month or a day: `2007`, `2011-05`, `2023-10-07`.
//!
//! Calendar arithmetic (validity, weekdays, month lengths) is delegated to `time`.

use serde::{Deserialize, Serialize};
use std::fmt;
use time::{Date, Month};

/// How finely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A date with its precision. Unknown parts are 0, so the derived order sorts a year
/// before its months and a month before its days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: i16,
    /// 1..=12, or 0 when only the year is known.
    pub month: u8,
    /// 1..=31, or 0 when only the month is known.
    pub day: u8,
}

impl PartialDate {
    pub fn year(year: i16) -> Self {
        PartialDate {
            year,
            month: 0,
            day: 0,
        }
    }

    /// A month; `None` if `month` is not 1..=12.
    pub fn month(year: i16, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate {
            year,
            month,
            day: 0,
        })
    }

    /// A day; `None` if it is not a real calendar day.
    pub fn day(year: i16, month: u8, day: u8) -> Option<Self> {
        let m = Month::try_from(month).ok()?;
        Date::from_calendar_date(year as i32, m, day).ok()?;
        Some(PartialDate { year, month, day })
    }

    pub fn from_date(date: Date) -> Self {
        PartialDate {
            year: date.year() as i16,
            month: date.month() as u8,
            day: date.day(),
        }
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The same date cut to a coarser precision (never refined).
    pub fn truncate(self, precision: Precision) -> Self {
        match precision.min(self.precision()) {
            Precision::Year => Self::year(self.year),
            Precision::Month => PartialDate { day: 0, ..self },
            Precision::Day => self,
        }
    }

    /// The first calendar day this date covers.
    pub fn first_day(self) -> Date {
        let month = Month::try_from(self.month.max(1)).unwrap_or(Month::January);
        Date::from_calendar_date(self.year as i32, month, self.day.max(1))
            .or_else(|_| Date::from_calendar_date(self.year as i32, month, 1))
            .unwrap_or(Date::MIN)
    }

    /// The last calendar day this date covers.
    pub fn last_day(self) -> Date {
        match self.precision() {
            Precision::Day => self.first_day(),
            Precision::Month => {
                let month = Month::try_from(self.month).unwrap_or(Month::January);
                let last = month.length(self.year as i32);
                Date::from_calendar_date(self.year as i32, month, last).unwrap_or(Date::MAX)
            }
            Precision::Year => {
                Date::from_calendar_date(self.year as i32, Month::December, 31).unwrap_or(Date::MAX)
            }
        }
    }

    /// Days since 1970-01-01 of the first day covered: the unit of every time scale.
    pub fn first_day_number(self) -> i32 {
        day_number(self.first_day())
    }

    /// Days since 1970-01-01 of the day after the last day covered.
    pub fn end_day_number(self) -> i32 {
        day_number(self.last_day()) + 1
    }

    /// Whether two dates can denote the same time: one covers part of the other.
    pub fn overlaps(self, other: PartialDate) -> bool {
        self.first_day() <= other.last_day() && other.first_day() <= self.last_day()
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(s: &str) -> Option<Self> {
        let mut parts = s.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(parse_digits(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(parse_digits(d, 2)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let year = i16::try_from(year).ok()?;
        match (month, day) {
            (None, _) => Some(Self::year(year)),
            (Some(m), None) => Self::month(year, m as u8),
            (Some(m), Some(d)) => Self::day(year, m as u8, d as u8),
        }
    }

    /// A human label: "2007", "May 2011", "7 Oct 2023".
    pub fn label(self) -> String {
        match self.precision() {
            Precision::Year => self.year.to_string(),
            Precision::Month => format!("{} {}", month_name(self.month), self.year),
            Precision::Day => format!(
                "{} {} {}",
                self.day,
                &month_name(self.month)[..3],
                self.year
            ),
        }
    }
}

/// Days since 1970-01-01.
pub fn day_number(date: Date) -> i32 {
    date.to_julian_day() - 2_440_588
}

/// The date `n` days after 1970-01-01.
pub fn date_from_day_number(n: i32) -> Date {
    Date::from_julian_day(n + 2_440_588).unwrap_or(Date::MIN)
}

/// Month names as English writes them, January first: the one list that dates are
/// read from and written with, and that the name finder knows are no names.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Weekday names as English writes them, Monday first (the order of
/// `time::Weekday::nth_next` from Monday).
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whether a word, in any case, names a month or a weekday: "May", "sunday".
pub fn is_calendar_name(word: &str) -> bool {
    MONTH_NAMES
        .iter()
        .chain(&WEEKDAY_NAMES)
        .any(|name| name.eq_ignore_ascii_case(word))
}

/// Whether a word, in any case, names a weekday: "Sunday", "sunday".
pub fn is_weekday_name(word: &str) -> bool {
    WEEKDAY_NAMES
        .iter()
        .any(|name| name.eq_ignore_ascii_case(word))
}

pub fn month_name(month: u8) -> &'static str {
    MONTH_NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

fn parse_digits(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl fmt::Display for PartialDate {
    /// ISO 8601 at the date's own precision.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.month > 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day > 0 {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_precisions_and_round_trips() {
        for s in ["2007", "2011-05", "2023-10-07", "2024-02-29"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(
            PartialDate::parse("2011-05").unwrap().precision(),
            Precision::Month
        );
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for s in [
            "",
            "20x4",
            "2023-13",
            "2023-02-29",
            "2023-1-07",
            "2023-10-07-01",
            "99999",
        ] {
            assert_eq!(PartialDate::parse(s), None, "{s}");
        }
    }

    #[test]
    fn coarse_dates_cover_their_whole_period() {
        let may = PartialDate::parse("2011-05").unwrap();
        assert_eq!(may.end_day_number() - may.first_day_number(), 31);
        let year = PartialDate::year(2012);
        assert_eq!(year.end_day_number() - year.first_day_number(), 366);
        assert!(year.overlaps(PartialDate::parse("2012-11-29").unwrap()));
        assert!(!may.overlaps(PartialDate::parse("2011-06-01").unwrap()));
    }

    #[test]
    fn orders_by_time_then_precision() {
        let mut dates: Vec<_> = ["2014-07-08", "2007", "2014-07", "2014"]
            .into_iter()
            .map(|s| PartialDate::parse(s).unwrap())
            .collect();
        dates.sort();
        let sorted: Vec<String> = dates.iter().map(|d| d.to_string()).collect();
        assert_eq!(sorted, ["2007", "2014", "2014-07", "2014-07-08"]);
    }

    #[test]
    fn day_numbers_count_from_1970() {
        assert_eq!(
            PartialDate::parse("1970-01-01").unwrap().first_day_number(),
            0
        );
        let d = PartialDate::parse("2023-10-07").unwrap();
        assert_eq!(date_from_day_number(d.first_day_number()), d.first_day());
    }
}
