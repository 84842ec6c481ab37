//! From words to dates: month and weekday names, day and year numbers, and the
//! resolution of what is only partly given (a day without a year, a weekday, "last
//! month") against the article's own date.
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

const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

pub(super) fn month_of(word: &str) -> Option<u8> {
    // "mid-January", "early-March": the month is the date.
    let word = ["mid-", "early-", "late-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    let full = MONTH_NAMES.iter().position(|name| *name == word);
    full.map(|i| i as u8 + 1).or_else(|| {
        ABBREVIATIONS
            .iter()
            .find(|(name, _)| *name == word)
            .map(|&(_, m)| m)
    })
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

pub(super) fn year_of(word: &str) -> Option<i16> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2099).contains(y))
}

/// `last month`, `this month`, `next month`, `last year`, `this year`, `next year`,
/// `this morning`, `two years ago`, `yesterday`.
pub(super) fn relative(
    reference: Date,
    w0: &str,
    w1: &str,
    w2: &str,
) -> Option<(PartialDate, usize)> {
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
        ("this", "morning" | "afternoon" | "evening") => {
            Some((PartialDate::from_date(reference), 2))
        }
        ("next", "year") => Some((PartialDate::year(year + 1), 2)),
        // At the ends of the calendar there is no day before or after: no date.
        ("yesterday", _) => reference
            .previous_day()
            .map(|d| (PartialDate::from_date(d), 1)),
        ("tomorrow", _) => reference.next_day().map(|d| (PartialDate::from_date(d), 1)),
        (n, "years") if w2 == "ago" => {
            let n = NUMBER_WORDS
                .iter()
                .position(|w| *w == n)
                .map(|i| i as i16 + 1)
                .or_else(|| n.parse().ok().filter(|&n: &i16| (1..=100).contains(&n)))?;
            Some((PartialDate::year(year - n), 3))
        }
        _ => None,
    }
}

/// The `month`/`day` nearest to the reference: last year's, this year's or next.
pub(super) fn nearest_day(reference: Date, month: u8, day: u8) -> Option<PartialDate> {
    let y = reference.year() as i16;
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| PartialDate::day(y, month, day))
        .min_by_key(|p| (p.first_day() - reference).whole_days().abs())
}

/// A day given without its year: the next one on or after the reference when the
/// sentence speaks of the future ("elections slated for August 31"), else the nearest.
/// A month alone keeps the nearest: "In January, Abbas announced the vote would ..."
/// speaks of the future, but not of that January.
pub(super) fn day_without_year(
    reference: Date,
    month: u8,
    day: u8,
    future: bool,
) -> Option<PartialDate> {
    if !future {
        return nearest_day(reference, month, day);
    }
    let y = reference.year() as i16;
    [y, y + 1]
        .into_iter()
        .filter_map(|y| PartialDate::day(y, month, day))
        .find(|p| p.first_day() >= reference)
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

/// The weekday nearest to the reference (the same day counts), or the next one on or
/// after it when the sentence speaks of the future; `None` past the ends of the calendar.
pub(super) fn resolve_weekday(reference: Date, weekday: Weekday, future: bool) -> Option<Date> {
    let ahead = (weekday.number_days_from_monday() as i64 + 7
        - reference.weekday().number_days_from_monday() as i64)
        % 7;
    let behind = (7 - ahead) % 7;
    if future || ahead < behind {
        reference.checked_add(Duration::days(ahead))
    } else {
        reference.checked_sub(Duration::days(behind))
    }
}
