//! From words to dates: month and weekday names, day and year numbers, the
//! resolution of what is only partly given (a day without a year, a weekday, "last
//! month") against the article's own date, and the calendar arithmetic of dates
//! counted from others (months and days added, with `time`).
//!
//! Apart from the sentence scan in `mod.rs` because these are pure functions of a
//! word or two and a reference date, with the calendar arithmetic and its edge cases
//! (the ends of the calendar, ties between past and future) in one place.

use crate::date::{MONTH_NAMES, PartialDate, WEEKDAY_NAMES};
use time::{Date, Duration, Weekday};

/// The abbreviations read as months (not "Mar", "Jun" or "Jul"); the full names are
/// [`MONTH_NAMES`].
const ABBREVIATIONS: [(&str, u8); 9] = [
    ("Jan", 1),
    ("Feb", 2),
    ("Apr", 4),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

pub(super) fn month_of(word: &str) -> Option<u8> {
    // "mid-January", "early-March": the month is the date; "October's deal" too.
    let word = ["mid-", "early-", "late-", "end-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    let word = word.trim_end_matches("'s").trim_end_matches("\u{2019}s");
    let full = MONTH_NAMES.iter().position(|name| *name == word);
    full.map(|i| i as u8 + 1).or_else(|| {
        ABBREVIATIONS
            .iter()
            .find(|(name, _)| *name == word)
            .map(|&(_, m)| m)
    })
}

/// "Mar", "Jun", "Jul": months only before a day or a year ("Mar. 3", "Jul 2014"), since
/// alone they are also words ("mar the talks").
pub(super) fn short_month(word: &str) -> Option<u8> {
    match word {
        "Mar" => Some(3),
        "Jun" => Some(6),
        "Jul" => Some(7),
        _ => None,
    }
}

pub(super) fn weekday_of(word: &str) -> Option<Weekday> {
    let bare = word.trim_end_matches("'s").trim_end_matches("\u{2019}s");
    let i = WEEKDAY_NAMES.iter().position(|name| *name == bare)?;
    Some(Weekday::Monday.nth_next(i as u8))
}

pub(super) fn day_of(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 1st, 2nd
    (digits.len() <= 2 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// "2006-2007", "2006-07": the first year of a range written as one word, when the
/// second is later.
pub(super) fn year_range_start(word: &str) -> Option<i16> {
    let (first, second) = word.split_once('-')?;
    let start = year_of(first)?;
    let end = match second.len() {
        4 => year_of(second)?,
        2 if second.bytes().all(|b| b.is_ascii_digit()) => {
            start - start % 100 + second.parse::<i16>().ok()?
        }
        _ => return None,
    };
    (end > start).then_some(start)
}

pub(super) fn year_of(word: &str) -> Option<i16> {
    // "mid-2007", "late-2006": the year is the date.
    let word = ["mid-", "early-", "late-", "end-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2099).contains(y))
}

/// `last month`, `this month`, `next month`, `last year`, `this year`, `next year`,
/// `yesterday`, `tomorrow` ("two years ago" is counted back, in `scan.rs`).
pub(super) fn relative(reference: Date, w0: &str, w1: &str) -> Option<(PartialDate, usize)> {
    let month_shift = |n: i32| {
        let months = reference.year() * 12 + reference.month() as i32 - 1 + n;
        PartialDate::month(
            months.div_euclid(12) as i16,
            (months.rem_euclid(12) + 1) as u8,
        )
    };
    let year = reference.year() as i16;
    let w1 = w1.trim_end_matches("'s").trim_end_matches("\u{2019}s");
    match (w0, w1) {
        ("last", "month") => month_shift(-1).map(|p| (p, 2)),
        ("next", "month") => month_shift(1).map(|p| (p, 2)),
        ("last", "year") => Some((PartialDate::year(year - 1), 2)),
        ("this", "month") => month_shift(0).map(|p| (p, 2)),
        ("this", "year") => Some((PartialDate::year(year), 2)),
        ("next", "year") => Some((PartialDate::year(year + 1), 2)),
        // At the ends of the calendar there is no day before or after: no date.
        ("yesterday", _) => reference
            .previous_day()
            .map(|d| (PartialDate::from_date(d), 1)),
        ("tomorrow", _) => reference.next_day().map(|d| (PartialDate::from_date(d), 1)),
        _ => None,
    }
}

/// Which side of the article's date a date without its year falls on, as the
/// sentence says it ([`super::tense`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// A report of the past: on or before the reference.
    Past,
    /// A sentence about the future: on or after it.
    Future,
    /// Nothing says: the nearest either side.
    Either,
}

/// The `month`/`day` nearest to the reference: last year's, this year's or next.
pub(super) fn nearest_day(reference: Date, month: u8, day: u8) -> Option<PartialDate> {
    let y = reference.year() as i16;
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| PartialDate::day(y, month, day))
        .min_by_key(|p| (p.first_day() - reference).whole_days().abs())
}

/// A day given without its year, on the side the sentence points to: the latest on
/// or before the reference (a past event is never after the article's date), the
/// earliest on or after it, or the nearest. 29 February looks up to four years away.
pub(super) fn day_on_side(reference: Date, month: u8, day: u8, side: Side) -> Option<PartialDate> {
    let y = reference.year() as i16;
    match side {
        Side::Either => nearest_day(reference, month, day),
        Side::Past => (0..=4)
            .filter_map(|back| PartialDate::day(y.checked_sub(back)?, month, day))
            .find(|p| p.first_day() <= reference),
        Side::Future => (0..=4)
            .filter_map(|ahead| PartialDate::day(y.checked_add(ahead)?, month, day))
            .find(|p| p.first_day() >= reference),
    }
}

/// The month nearest to the reference; a tie goes to the past.
pub(super) fn nearest_month(reference: Date, month: u8) -> PartialDate {
    let y = reference.year() as i16;
    let here = reference.year() * 12 + reference.month() as i32;
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| PartialDate::month(y, month))
        .min_by_key(|p| {
            let there = p.year as i32 * 12 + p.month as i32;
            ((there - here).abs(), there > here)
        })
        .unwrap_or(PartialDate::year(y))
}

/// A month named without its year, on the side the sentence points to. `strict`
/// leaves out the reference's own month: "last April" in an April article is a year
/// ago, "next October" in October a year ahead.
pub(super) fn month_on_side(reference: Date, month: u8, side: Side, strict: bool) -> PartialDate {
    let y = reference.year() as i16;
    let here = reference.year() * 12 + reference.month() as i32;
    let index = |p: &PartialDate| p.year as i32 * 12 + p.month as i32;
    let candidates = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| PartialDate::month(y, month));
    let found = match side {
        Side::Either => return nearest_month(reference, month),
        Side::Past => candidates
            .filter(|p| index(p) < here || (!strict && index(p) == here))
            .max_by_key(index),
        Side::Future => candidates
            .filter(|p| index(p) > here || (!strict && index(p) == here))
            .min_by_key(index),
    };
    found.unwrap_or_else(|| nearest_month(reference, month))
}

/// The weekday on the side the sentence points to (the same day counts), or the
/// nearest; `None` past the ends of the calendar.
pub(super) fn resolve_weekday(reference: Date, weekday: Weekday, side: Side) -> Option<Date> {
    let ahead = (weekday.number_days_from_monday() as i64 + 7
        - reference.weekday().number_days_from_monday() as i64)
        % 7;
    let behind = (7 - ahead) % 7;
    let forward = match side {
        Side::Future => true,
        Side::Past => ahead == 0,
        Side::Either => ahead < behind,
    };
    if forward {
        reference.checked_add(Duration::days(ahead))
    } else {
        reference.checked_sub(Duration::days(behind))
    }
}

/// A date moved by whole months, at the precision it has (a day that the new month
/// lacks, 31 March plus one month, becomes the month's last day); `None` for a year
/// alone, or past the calendar's ends.
pub(super) fn add_months(date: PartialDate, months: i32) -> Option<PartialDate> {
    if date.month == 0 {
        return None;
    }
    let index = (date.year as i32).checked_mul(12)? + date.month as i32 - 1 + months;
    let (year, month) = (
        i16::try_from(index.div_euclid(12)).ok()?,
        (index.rem_euclid(12) + 1) as u8,
    );
    if date.day == 0 {
        return PartialDate::month(year, month);
    }
    let last = time::Month::try_from(month).ok()?.length(year as i32);
    PartialDate::day(year, month, date.day.min(last))
}

/// A day moved by whole days; `None` unless `date` is a day, or past the calendar.
pub(super) fn add_days(date: PartialDate, days: i64) -> Option<PartialDate> {
    if date.day == 0 {
        return None;
    }
    let moved = date.first_day().checked_add(Duration::days(days))?;
    Some(PartialDate::from_date(moved))
}
