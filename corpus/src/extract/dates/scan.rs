//! One sentence's words read for dates: explicit ones (`Oct. 7, 2023`, `May 2011`,
//! `2007`, `21/11/2017`), dates without a year (`July 8`, `in December`, `last
//! April`) and weekdays resolved on the side the sentence points to, words relative
//! to the article's date (`last month`, `yesterday`, `two years ago`), and `today`
//! under a dated dateline.
//!
//! Each date found says how it was read ([`DateRead`]) and from what. Dates counted
//! by a duration ("within five weeks", "four months later", "a decade after") are
//! read afterwards, in `counted.rs`, since they need the dates around them.

use super::dateline::is_dateline;
use super::duration::{Unit, amount};
use super::resolve::{
    Side, add_days, add_months, day_of, day_on_side, month_of, month_on_side, nearest_day,
    nearest_month, relative, resolve_weekday, short_month, weekday_of, year_of, year_range_start,
};
use super::tense::Reading;
use crate::date::PartialDate;
use crate::model::{Anchor, AnchorKind, DateRead, Span};
use crate::text::words;
use time::Date;

/// Words before a bare month name that make it a date ("in May", "since May").
const MONTH_LEADS: &[&str] = &[
    "in", "since", "before", "after", "until", "by", "of", "early", "late", "mid", "from",
    "through", "and", "last", "next", "this", "during", "for",
];

/// How close to the article's date the nearest occurrence of a day without its year
/// must be for a tense in another clause not to move it a year away.
const NEAR_DAYS: i64 = 45;
/// The same for a month alone, in months.
const NEAR_MONTHS: i32 = 1;

/// How far from the article's date the nearest occurrence of a day without its year
/// may be when nothing in the sentence says which side it is on: further, either side
/// is as likely, and there is no date rather than a guess ("The deadline for the
/// handover is July 14" in a January article).
const FAR_DAYS: i64 = 120;
/// The same for a month alone, in months; a day further than `FAR_DAYS` is always in
/// a month further than this, so its month is not read in its place.
const FAR_MONTHS: i32 = 3;

/// A date found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub date: PartialDate,
    pub span: Span,
    /// The date of a dateline ("CAIRO, Oct 12 (Reuters) -"): it dates the report,
    /// not an event.
    pub dateline: bool,
    /// Nothing in its sentence places it on either side and it is far from the
    /// article's date: read only to tell what the sentence is about (a sentence with a
    /// date far from now counts no duration back from now), then dropped.
    pub unplaced: bool,
    pub read: DateRead,
    pub from: Option<Anchor>,
}

/// What dates are resolved against.
#[derive(Debug, Clone, Copy)]
pub(super) struct Context {
    /// The article's date: published, else the talks'.
    pub reference: Date,
    /// The day of the article's dateline, if it gives one.
    pub dateline: Option<PartialDate>,
}

impl Context {
    /// The day the report is written from: the dateline's, else the article's date.
    /// "On Thursday" and "yesterday" under "CAIRO, Oct 12 (Reuters) -" count from the
    /// 12th even in a copy published days later.
    pub fn now(&self) -> Date {
        self.dateline_date().unwrap_or(self.reference)
    }

    fn dateline_date(&self) -> Option<Date> {
        self.dateline
            .filter(|d| d.precision() == crate::date::Precision::Day)
            .map(|d| d.first_day())
    }

    fn article(&self) -> Option<Anchor> {
        let kind = match self.dateline_date() {
            Some(_) => AnchorKind::Dateline,
            None => AnchorKind::Article,
        };
        Some(Anchor {
            kind,
            date: PartialDate::from_date(self.now()),
        })
    }
}

/// The dates in one sentence, with their spans in the whole text.
pub(super) fn scan(text: &str, sentence: Span, cx: &Context) -> Vec<Found> {
    let body = &text[sentence.range()];
    let tokens = words(body);
    let scanner = Scanner {
        body,
        base: sentence.start as usize,
        reading: Reading::new(body, &tokens),
        lower: tokens
            .iter()
            .map(|&(s, e)| body[s..e].to_lowercase())
            .collect(),
        tokens,
        cx,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < scanner.tokens.len() {
        match scanner.at(i) {
            Some((mut found, n)) => {
                let start = found.span.start as usize - scanner.base;
                let end = found.span.end as usize - scanner.base;
                found.dateline = is_dateline(body, start, end);
                out.push(found);
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// A sentence's words and what they are resolved against.
struct Scanner<'a> {
    body: &'a str,
    base: usize,
    tokens: Vec<(usize, usize)>,
    lower: Vec<String>,
    reading: Reading,
    cx: &'a Context,
}

/// A date read at some words, and how many words it took.
type Read = Option<(Found, usize)>;

impl Scanner<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map(|&(s, e)| &self.body[s..e])
            .unwrap_or("")
    }

    fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map(String::as_str).unwrap_or("")
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.base + self.tokens[from].0,
            self.base + self.tokens[to].1,
        )
    }

    fn found(&self, date: PartialDate, from: usize, to: usize, read: DateRead) -> Read {
        let anchor = match read {
            DateRead::Stated | DateRead::Catalogue => None,
            DateRead::Dateline => self.cx.dateline.map(|date| Anchor {
                kind: AnchorKind::Dateline,
                date,
            }),
            _ => self.cx.article(),
        };
        let found = Found {
            date,
            span: self.span(from, to),
            dateline: false,
            unplaced: false,
            read,
            from: anchor,
        };
        Some((found, to - from + 1))
    }

    /// The date that starts at word `i`, if one does.
    fn at(&self, i: usize) -> Read {
        let w = self.word(i);
        let next = self.word(i + 1);
        let dated = day_of(next).or_else(|| range_start(next)).is_some() || year_of(next).is_some();
        if let Some(month) = month_of(w).or_else(|| short_month(w).filter(|_| dated)) {
            return self.month_first(i, month);
        }
        // "10 October", "10-12 October", "between 10 and 12 October": a range is its
        // first day.
        let day = day_of(w).or_else(|| range_start(w));
        let last = self.range_end(i);
        let month = month_of(self.word(last + 1)).or_else(|| short_month(self.word(last + 1)));
        if let (Some(d), Some(month)) = (day, month) {
            return match year_of(self.word(last + 2)) {
                Some(y) => self.found(
                    PartialDate::day(y, month, d)?,
                    i,
                    last + 2,
                    DateRead::Stated,
                ),
                None => self.yearless_day(i, last + 1, month, d),
            };
        }
        // "the 12th of October"
        if let (Some(d), true, Some(month)) = (
            day_of(w).filter(|_| is_ordinal(w)),
            self.lower(i + 1) == "of",
            month_of(self.word(i + 2)),
        ) {
            return match year_of(self.word(i + 3)) {
                Some(y) => self.found(PartialDate::day(y, month, d)?, i, i + 3, DateRead::Stated),
                None => self.yearless_day(i, i + 2, month, d),
            };
        }
        if let Some(date) = self.numeric_date(i) {
            return self.found(date, i, i + 2, DateRead::Stated);
        }
        if let Some(y) = year_of(w).or_else(|| year_range_start(w)) {
            return self.found(PartialDate::year(y), i, i, DateRead::Stated);
        }
        if let Some(weekday) = weekday_of(w) {
            return self.weekday(i, weekday);
        }
        self.relative(i)
    }

    /// "Oct. 7, 2023", "July 8", "May 2011", "June of 2007", "in July", "last April".
    fn month_first(&self, i: usize, month: u8) -> Read {
        let day = day_of(self.word(i + 1)).or_else(|| range_start(self.word(i + 1)));
        let year_after = |k: usize| year_of(self.word(k));
        match (day, year_after(i + 1), day.and_then(|_| year_after(i + 2))) {
            (Some(d), _, Some(y)) => {
                self.found(PartialDate::day(y, month, d)?, i, i + 2, DateRead::Stated)
            }
            (Some(d), _, None) => self.yearless_day(i, i + 1, month, d),
            (None, Some(y), _) => {
                self.found(PartialDate::month(y, month)?, i, i + 1, DateRead::Stated)
            }
            // "June of 2007"
            (None, None, _) if self.lower(i + 1) == "of" && year_after(i + 2).is_some() => {
                let y = year_after(i + 2)?;
                self.found(PartialDate::month(y, month)?, i, i + 2, DateRead::Stated)
            }
            (None, None, _) => self.bare_month(i, month),
        }
    }

    /// A day without its year, on the side its sentence points to.
    fn yearless_day(&self, from: usize, to: usize, month: u8, day: u8) -> Read {
        let reference = self.cx.now();
        if let Some((year, end)) = self.year_words(to + 1) {
            let date = PartialDate::day(year, month, day)?;
            return self.found(date, from, end, DateRead::Relative);
        }
        let tense = self.reading.at(from, to);
        let distance = nearest_day(reference, month, day)
            .map(|p| (p.first_day() - reference).whole_days().abs())?;
        let side = if tense.local || distance > NEAR_DAYS {
            tense.side
        } else {
            Side::Either
        };
        let date = day_on_side(reference, month, day, side)?;
        let found = self.found(date, from, to, read_of(side));
        unplaced_if(found, side == Side::Either && distance > FAR_DAYS)
    }

    /// A month named alone: "in July", "since May", "last April", "next October".
    fn bare_month(&self, i: usize, month: u8) -> Read {
        let before = if i > 0 { self.lower(i - 1) } else { "" };
        let reference = self.cx.now();
        match before {
            "last" => {
                let date = month_on_side(reference, month, Side::Past, true);
                return self.found(date, i - 1, i, DateRead::NearestPast);
            }
            "next" => {
                let date = month_on_side(reference, month, Side::Future, true);
                return self.found(date, i - 1, i, DateRead::NearestFuture);
            }
            "this" => {
                let date = PartialDate::month(reference.year() as i16, month)?;
                return self.found(date, i - 1, i, DateRead::Relative);
            }
            _ => {}
        }
        // "May" is a month only where a preposition says so.
        let led = MONTH_LEADS.contains(&before);
        if !led && (month == 5 || self.word(i).len() <= 3) {
            return None;
        }
        // "the Great March of Return": a name, not a month.
        let named = self.lower(i + 1) == "of"
            && self.word(i + 2).starts_with(char::is_uppercase)
            && month_of(self.word(i + 2)).is_none();
        if named {
            return None;
        }
        if let Some((year, end)) = self.year_words(i + 1) {
            return self.found(PartialDate::month(year, month)?, i, end, DateRead::Relative);
        }
        let tense = self.reading.at(i, i);
        let nearest = nearest_month(reference, month);
        let here = reference.year() * 12 + reference.month() as i32;
        let distance = (nearest.year as i32 * 12 + nearest.month as i32 - here).abs();
        let side = if tense.local || distance > NEAR_MONTHS {
            tense.side
        } else {
            Side::Either
        };
        let found = self.found(
            month_on_side(reference, month, side, false),
            i,
            i,
            read_of(side),
        );
        unplaced_if(found, side == Side::Either && distance > FAR_MONTHS)
    }

    /// The last word of a range of days that starts at word `i`: "10 to 12", "10 and
    /// 12" before a month, "10–12"; else `i`.
    fn range_end(&self, i: usize) -> usize {
        if day_of(self.word(i)).is_none() {
            return i;
        }
        // The month after the second day confirms it ("12 and 13 October").
        let joined = matches!(self.lower(i + 1), "to" | "and")
            && day_of(self.word(i + 2)).is_some()
            && month_of(self.word(i + 3)).is_some();
        let dashed = self.tokens.get(i + 1).is_some_and(|next| {
            matches!(self.body[self.tokens[i].1..next.0].trim(), "\u{2013}" | "-")
        }) && day_of(self.word(i + 1)).is_some();
        match (joined, dashed) {
            (true, _) => i + 2,
            (_, true) => i + 1,
            _ => i,
        }
    }

    /// "last year", "of this year", "next year" from word `k`: a month or a day before
    /// them is in that year ("in April last year"). The year, and the last word read.
    fn year_words(&self, start: usize) -> Option<(i16, usize)> {
        let k = if self.lower(start) == "of" {
            start + 1
        } else {
            start
        };
        if self.lower(k + 1) != "year" || !self.joined(start.checked_sub(1)?, k + 1) {
            return None;
        }
        let year = self.cx.now().year() as i16;
        let year = match self.lower(k) {
            "last" => year.checked_sub(1)?,
            "this" => year,
            "next" => year.checked_add(1)?,
            _ => return None,
        };
        Some((year, k + 1))
    }

    /// Whether words `a..=b` stand with only white space between them: "April last
    /// year", not "April, last year's vote".
    fn joined(&self, a: usize, b: usize) -> bool {
        b < self.tokens.len()
            && (a..b).all(|j| {
                self.body[self.tokens[j].1..self.tokens[j + 1].0]
                    .trim()
                    .is_empty()
            })
    }

    /// A weekday: the nearest, or on the side its sentence points to. "Wednesday,
    /// May 4, 2011": the date that follows says it all, and the weekday is skipped.
    fn weekday(&self, i: usize, weekday: time::Weekday) -> Read {
        let dated = (month_of(self.word(i + 1)).is_some() && day_of(self.word(i + 2)).is_some())
            || (day_of(self.word(i + 1)).is_some() && month_of(self.word(i + 2)).is_some());
        if dated {
            return None;
        }
        let side = self.reading.at_weekday(i, i).side;
        let date = resolve_weekday(self.cx.now(), weekday, side)?;
        self.found(PartialDate::from_date(date), i, i, read_of(side))
    }

    /// Words relative to the article's date, and "today" under a dated dateline.
    fn relative(&self, i: usize) -> Read {
        let w = self.lower(i);
        let day_words = matches!(self.lower(i + 1), "morning" | "afternoon" | "evening");
        // "today's talks", "tonight's meeting"
        let bare = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        let today = bare == "today" || bare == "tonight" || (w == "this" && day_words);
        if today {
            let to = if w == "this" { i + 1 } else { i };
            return match self.cx.dateline {
                Some(day) => self.found(day, i, to, DateRead::Dateline),
                // Without a dateline, "today" may be nowadays: only "this morning" is a day.
                None if w == "this" => self.found(
                    PartialDate::from_date(self.cx.reference),
                    i,
                    to,
                    DateRead::Relative,
                ),
                None => None,
            };
        }
        if let Some(found) = self.ago(i) {
            return Some(found);
        }
        let (date, n) = relative(self.cx.now(), w, self.lower(i + 1))?;
        self.found(date, i, i + n - 1, DateRead::Relative)
    }

    /// "two years ago", "a decade ago", "six months ago", "three days ago": counted
    /// back from the article's date. Weeks have no precision of their own: none.
    fn ago(&self, i: usize) -> Read {
        if self.lower(i + 2) != "ago" {
            return None;
        }
        let a = amount(self.lower(i), self.lower(i + 1))?;
        let reference = PartialDate::from_date(self.cx.now());
        let n = a.n as i32;
        let date = match a.unit {
            Unit::Year => PartialDate::year((reference.year as i32 - n).try_into().ok()?),
            Unit::Month => add_months(reference.truncate(crate::date::Precision::Month), -n)?,
            Unit::Day => add_days(reference, -(n as i64))?,
            Unit::Week => return None,
        };
        self.found(date, i, i + 2, DateRead::CountedBack)
    }

    /// "21/11/2017": day, month and year joined by slashes. Read day first, as wire
    /// copy outside the United States writes them, unless the second number can only
    /// be a day ("11/21/2017").
    fn numeric_date(&self, i: usize) -> Option<PartialDate> {
        let tokens = &self.tokens;
        let [a, b, c] = [tokens.get(i)?, tokens.get(i + 1)?, tokens.get(i + 2)?];
        if &self.body[a.1..b.0] != "/" || &self.body[b.1..c.0] != "/" {
            return None;
        }
        let number = |t: &(usize, usize)| day_of(&self.body[t.0..t.1]);
        let (first, second) = (number(a)?, number(b)?);
        let year = year_of(&self.body[c.0..c.1])?;
        let (day, month) = if second > 12 {
            (second, first)
        } else {
            (first, second)
        };
        PartialDate::day(year, Some(month).filter(|m| (1..=12).contains(m))?, day)
    }
}

/// A date read, marked [`Found::unplaced`] if `far`.
fn unplaced_if(read: Read, far: bool) -> Read {
    read.map(|(found, n)| {
        (
            Found {
                unplaced: far,
                ..found
            },
            n,
        )
    })
}

/// "10-12": the first day of a range written as one word.
fn range_start(word: &str) -> Option<u8> {
    let (first, second) = word.split_once('-')?;
    day_of(second)?;
    day_of(first)
}

/// "1st", "12th", "23rd": a day written as an ordinal.
fn is_ordinal(word: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| word.len() > s.len() && word.ends_with(s))
}

/// How a date resolved on a side was read.
fn read_of(side: Side) -> DateRead {
    match side {
        Side::Past => DateRead::NearestPast,
        Side::Future => DateRead::NearestFuture,
        Side::Either => DateRead::Nearest,
    }
}
