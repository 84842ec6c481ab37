//! Dates the text refers to, resolved against the article's own date, and the
//! catalogued events they name.
//!
//! Explicit: `Oct. 7, 2023`, `7 October 2023`, `July 8`, `May 2011`, `in July`, `2007`.
//! Relative: `on Wednesday`, `last month`, `next month`, `two years ago`, `yesterday`.
//! A date without a year takes the nearest year to the article's date; a weekday is
//! the nearest such day, or the next one when the sentence speaks of the future
//! ("will gather on Tuesday", "could last until Thursday").

use super::{KnowledgeBase, Matchers};
use crate::date::PartialDate;
use crate::model::{EventIx, EventRef, SentenceIx, Span};
use crate::text::{Folded, words};
use std::collections::BTreeSet;
use time::{Date, Duration, Weekday};

const MONTHS: [(&str, u8); 21] = [
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan", 1),
    ("Feb", 2),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
    ("Apr", 4),
];

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("Monday", Weekday::Monday),
    ("Tuesday", Weekday::Tuesday),
    ("Wednesday", Weekday::Wednesday),
    ("Thursday", Weekday::Thursday),
    ("Friday", Weekday::Friday),
    ("Saturday", Weekday::Saturday),
    ("Sunday", Weekday::Sunday),
];

/// Words before a bare month name that make it a date ("in May", "since May").
const MONTH_LEADS: &[&str] = &[
    "in", "since", "before", "after", "until", "by", "of", "early", "late", "mid", "from",
    "through", "and", "last", "next", "this", "during",
];

/// Words that put a weekday in the future.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "could",
    "would",
    "hope",
    "hoped",
    "hoping",
    "expected",
    "due",
    "until",
    "planned",
    "scheduled",
    "upcoming",
];

const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// Every dated reference in the text, with the catalogued events each one names.
pub fn extract(
    text: &str,
    folded: &Folded,
    sentences: &[Span],
    reference: Date,
    kb: &KnowledgeBase,
    matchers: &Matchers,
) -> Vec<EventRef> {
    let mut refs = Vec::new();
    for (ix, &sentence) in sentences.iter().enumerate() {
        for (date, span) in dates_in(text, sentence, reference) {
            refs.push(EventRef {
                date,
                span,
                sentence: ix as SentenceIx,
                catalog: Vec::new(),
                dated_by_text: true,
            });
        }
    }
    link_catalog(&mut refs, folded, sentences, kb, matchers);
    refs
}

/// Links references to catalogued events: a date plus a cue in the same sentence, or
/// a phrase that names the event by itself.
fn link_catalog(
    refs: &mut Vec<EventRef>,
    folded: &Folded,
    sentences: &[Span],
    kb: &KnowledgeBase,
    matchers: &Matchers,
) {
    let sentence_of = |offset: u32| sentences.partition_point(|s| s.end <= offset) as SentenceIx;
    // Sets, not lists: a long text has many cues and references.
    let cues: BTreeSet<(EventIx, SentenceIx)> = matchers
        .event_cues
        .find(folded)
        .into_iter()
        .map(|(e, span)| (e, sentence_of(span.start)))
        .collect();
    for r in refs.iter_mut() {
        for (e, event) in kb.events.iter().enumerate() {
            let e = e as EventIx;
            let (first, last) = (
                event.date.first_day(),
                event.until.unwrap_or(event.date).last_day(),
            );
            let overlaps = r.date.first_day() <= last && first <= r.date.last_day();
            if overlaps && cues.contains(&(e, r.sentence)) && !r.catalog.contains(&e) {
                r.catalog.push(e);
            }
        }
    }
    let mut linked: BTreeSet<(SentenceIx, EventIx)> = refs
        .iter()
        .flat_map(|r| r.catalog.iter().map(|&e| (r.sentence, e)))
        .collect();
    for (e, span) in matchers.event_phrases.find(folded) {
        let sentence = sentence_of(span.start);
        if linked.insert((sentence, e)) {
            refs.push(EventRef {
                date: kb.events[e as usize].date,
                span,
                sentence,
                catalog: vec![e],
                dated_by_text: false,
            });
        }
    }
    refs.sort_by_key(|r| (r.span.start, r.span.end));
}

/// The dates in one sentence, with their spans in the whole text.
fn dates_in(text: &str, sentence: Span, reference: Date) -> Vec<(PartialDate, Span)> {
    let base = sentence.start as usize;
    let body = &text[sentence.range()];
    let tokens: Vec<(usize, usize)> = words(body);
    let word = |i: usize| tokens.get(i).map(|&(s, e)| &body[s..e]).unwrap_or("");
    let lower = |i: usize| word(i).to_lowercase();
    let span = |from: usize, to: usize| Span::new(base + tokens[from].0, base + tokens[to].1);
    let future = tokens
        .iter()
        .any(|&(s, e)| FUTURE_MARKERS.contains(&body[s..e].to_lowercase().as_str()));

    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let w = word(i);
        let consumed = if let Some(month) = month_of(w) {
            let day = day_of(word(i + 1));
            let year_after = |k: usize| year_of(word(k));
            match (day, year_after(i + 1), day.and_then(|_| year_after(i + 2))) {
                (Some(d), _, Some(y)) => {
                    PartialDate::day(y, month, d).map(|p| (p, span(i, i + 2), 3))
                }
                (Some(d), _, None) => {
                    nearest_day(reference, month, d).map(|p| (p, span(i, i + 1), 2))
                }
                (None, Some(y), _) => PartialDate::month(y, month).map(|p| (p, span(i, i + 1), 2)),
                (None, None, _) => {
                    let led = i > 0 && MONTH_LEADS.contains(&lower(i - 1).as_str());
                    // "May" is a month only where a preposition says so.
                    (led || (month != 5 && w.len() > 3))
                        .then(|| (nearest_month(reference, month), span(i, i), 1))
                }
            }
        } else if let (Some(d), Some(month)) = (day_of(w), month_of(word(i + 1))) {
            match year_of(word(i + 2)) {
                Some(y) => PartialDate::day(y, month, d).map(|p| (p, span(i, i + 2), 3)),
                None => nearest_day(reference, month, d).map(|p| (p, span(i, i + 1), 2)),
            }
        } else if let Some(y) = year_of(w) {
            Some((PartialDate::year(y), span(i, i), 1))
        } else if let Some(weekday) = weekday_of(w) {
            resolve_weekday(reference, weekday, future)
                .map(|d| (PartialDate::from_date(d), span(i, i), 1))
        } else {
            relative(reference, &lower(i), &lower(i + 1), &lower(i + 2))
                .map(|(p, n)| (p, span(i, i + n - 1), n))
        };
        match consumed {
            Some((date, span, n)) => {
                out.push((date, span));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

fn month_of(word: &str) -> Option<u8> {
    MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, m)| m)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    let bare = word.trim_end_matches("'s").trim_end_matches("\u{2019}s");
    WEEKDAYS.iter().find(|(n, _)| *n == bare).map(|&(_, d)| d)
}

fn day_of(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 1st, 2nd
    (digits.len() <= 2 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year_of(word: &str) -> Option<i16> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2099).contains(y))
}

/// `last month`, `next month`, `last year`, `next year`, `two years ago`, `yesterday`.
fn relative(reference: Date, w0: &str, w1: &str, w2: &str) -> Option<(PartialDate, usize)> {
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
fn nearest_day(reference: Date, month: u8, day: u8) -> Option<PartialDate> {
    let y = reference.year() as i16;
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| PartialDate::day(y, month, day))
        .min_by_key(|p| (p.first_day() - reference).whole_days().abs())
}

/// The month nearest to the reference; a tie goes to the past.
fn nearest_month(reference: Date, month: u8) -> PartialDate {
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
fn resolve_weekday(reference: Date, weekday: Weekday, future: bool) -> Option<Date> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn resolve(text: &str, reference: &str) -> Vec<(String, String)> {
        let r = PartialDate::parse(reference).unwrap().first_day();
        sentences(text)
            .into_iter()
            .flat_map(|s| dates_in(text, s, r))
            .map(|(d, s)| (d.to_string(), text[s.range()].to_string()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn explicit_dates_at_their_precision() {
        assert_eq!(
            resolve(
                "The attack on Oct. 7, 2023 ended the deal signed in May 2011 and the split of 2007.",
                "2024-10-09"
            ),
            pairs(&[
                ("2023-10-07", "Oct. 7, 2023"),
                ("2011-05", "May 2011"),
                ("2007", "2007")
            ])
        );
    }

    #[test]
    fn dates_without_a_year_take_the_nearest_one() {
        assert_eq!(
            resolve("Israel launched the offensive on July 8.", "2014-09-24"),
            pairs(&[("2014-07-08", "July 8")])
        );
        assert_eq!(
            resolve(
                "A key December 1 deadline. They drew closer in November.",
                "2013-01-10"
            ),
            pairs(&[("2012-12-01", "December 1"), ("2012-11", "November")])
        );
    }

    #[test]
    fn relative_months_and_years() {
        assert_eq!(
            resolve(
                "They signed a deal last month. Talks resume late next month's end. We started two years ago.",
                "2017-11-19"
            ),
            pairs(&[
                ("2017-10", "last month"),
                ("2017-12", "next month's"),
                ("2015", "two years ago")
            ])
        );
    }

    #[test]
    fn weekdays_are_nearest_unless_the_sentence_looks_ahead() {
        // Sunday 19 November 2017.
        assert_eq!(
            resolve(
                "Factions will gather on Tuesday. AFP reported Sunday. Talks could last until Thursday.",
                "2017-11-19"
            ),
            pairs(&[
                ("2017-11-21", "Tuesday"),
                ("2017-11-19", "Sunday"),
                ("2017-11-23", "Thursday")
            ])
        );
        // Wednesday 24 September 2014.
        assert_eq!(
            resolve(
                "They agreed on Tuesday. They met on Wednesday.",
                "2014-09-24"
            ),
            pairs(&[("2014-09-23", "Tuesday"), ("2014-09-24", "Wednesday")])
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert_eq!(
            resolve("The groups may try. Closed since May.", "2024-10-09"),
            pairs(&[("2024-05", "May")])
        );
    }

    #[test]
    fn relative_days_at_the_ends_of_the_calendar_are_no_dates() {
        // Found by tests/never_panics.rs: `reference + 1 day` overflowed and panicked
        // on an article published 9999-12-31 (a Friday) or dated by neither field.
        assert_eq!(
            resolve(
                "It ends tomorrow. It will end on Saturday. It began yesterday.",
                "9999-12-31"
            ),
            pairs(&[("9999-12-30", "yesterday")])
        );
        let text = "It began yesterday, on Sunday. It ends tomorrow.";
        let found: Vec<String> = sentences(text)
            .into_iter()
            .flat_map(|s| dates_in(text, s, Date::MIN))
            .map(|(d, _)| d.to_string())
            .collect();
        // Date::MIN is a Monday: the nearest Sunday and yesterday lie before it.
        assert_eq!(Date::MIN.weekday(), Weekday::Monday);
        let tomorrow = PartialDate::from_date(Date::MIN.next_day().unwrap());
        assert_eq!(found, [tomorrow.to_string()]);
    }

    #[test]
    fn numbers_that_are_not_years_are_ignored() {
        assert!(
            resolve(
                "More than 2,100 people and 2.3 million residents; 13 factions.",
                "2014-09-24"
            )
            .is_empty()
        );
    }
}
