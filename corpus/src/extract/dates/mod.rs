//! Dates the text refers to, resolved against the article's own date, and the
//! catalogued events they name.
//!
//! Explicit: `Oct. 7, 2023`, `7 October 2023`, `July 8`, `May 2011`, `in July`, `2007`.
//! Relative: `on Wednesday`, `last month`, `next month`, `two years ago`, `yesterday`.
//! A date without a year takes the nearest year to the article's date; a weekday is
//! the nearest such day, or the next one when the sentence speaks of the future
//! ("will gather on Tuesday", "could last until Thursday").
//!
//! Split by step: this file scans each sentence's words for dates, [`resolve`] turns
//! words into dates against the reference, and [`catalog`] links the references
//! found to the catalogued events they name.

mod catalog;
pub mod guess;
mod resolve;
#[cfg(test)]
mod tests;

use super::{KnowledgeBase, Matchers};
use crate::date::PartialDate;
use crate::model::{EventRef, SentenceIx, Span};
use crate::text::{Folded, words};
use catalog::link_catalog;
use resolve::{
    day_of, day_without_year, month_of, nearest_month, relative, resolve_weekday, weekday_of,
    year_of,
};
use time::Date;

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
        if is_stamp(&text[sentence.range()]) {
            continue;
        }
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

/// The dates in one sentence, with their spans in the whole text.
fn dates_in(text: &str, sentence: Span, reference: Date) -> Vec<(PartialDate, Span)> {
    scan(text, sentence, reference)
        .into_iter()
        .filter(|&(_, _, dateline)| !dateline)
        .map(|(date, span, _)| (date, span))
        .collect()
}

/// The dates in one sentence, each with whether it is a dateline's.
fn scan(text: &str, sentence: Span, reference: Date) -> Vec<(PartialDate, Span, bool)> {
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
                    day_without_year(reference, month, d, future).map(|p| (p, span(i, i + 1), 2))
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
                None => {
                    day_without_year(reference, month, d, future).map(|p| (p, span(i, i + 1), 2))
                }
            }
        } else if let Some(date) = numeric_date(body, &tokens, i) {
            Some((date, span(i, i + 2), 3))
        } else if let Some(y) = year_of(w) {
            Some((PartialDate::year(y), span(i, i), 1))
        } else if let Some(weekday) = weekday_of(w) {
            // "Wednesday, May 4, 2011": the date that follows says it all.
            let dated = (month_of(word(i + 1)).is_some() && day_of(word(i + 2)).is_some())
                || (day_of(word(i + 1)).is_some() && month_of(word(i + 2)).is_some());
            if dated {
                i += 1;
                continue;
            }
            resolve_weekday(reference, weekday, future)
                .map(|d| (PartialDate::from_date(d), span(i, i), 1))
        } else {
            relative(reference, &lower(i), &lower(i + 1), &lower(i + 2))
                .map(|(p, n)| (p, span(i, i + n - 1), n))
        };
        match consumed {
            Some((date, span, n)) => {
                // "CAIRO, December 2024 —": a dateline dates the report, not an event.
                let rest = text[span.end as usize..].trim_start();
                let dateline = i < 4 && rest.starts_with(['\u{2014}', '\u{2013}']);
                out.push((date, span, dateline));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// A line that stamps the page rather than tells: short, no sentence punctuation, and
/// a clock or a year in it ("November 24, 2011 18:49", "Al-Jazeera / October 13, 2022",
/// "Amr Kandil, Saturday 29 Jul 2023", "Published: 2021-02-08 16:43").
fn is_stamp(line: &str) -> bool {
    let tokens = words(line);
    let clock = line
        .split_whitespace()
        .any(|w| w.contains(':') && w.chars().any(|c| c.is_ascii_digit()));
    let year = tokens.iter().any(|&(s, e)| year_of(&line[s..e]).is_some());
    !line.contains(['.', '!', '?']) && tokens.len() <= 8 && (clock || year)
}

/// "21/11/2017": day, month and year joined by slashes. Read day first, as wire copy
/// outside the United States writes them, unless the second number can only be a day
/// ("11/21/2017").
fn numeric_date(body: &str, tokens: &[(usize, usize)], i: usize) -> Option<PartialDate> {
    let [a, b, c] = [tokens.get(i)?, tokens.get(i + 1)?, tokens.get(i + 2)?];
    if &body[a.1..b.0] != "/" || &body[b.1..c.0] != "/" {
        return None;
    }
    let number = |t: &(usize, usize)| day_of(&body[t.0..t.1]);
    let (first, second, year) = (number(a)?, number(b)?, year_of(&body[c.0..c.1])?);
    let (day, month) = if second > 12 {
        (second, first)
    } else {
        (first, second)
    };
    PartialDate::day(year, Some(month).filter(|m| (1..=12).contains(m))?, day)
}

/// How many dates `extract` finds in a text, stamps and datelines left out.
#[cfg(test)]
fn extract_dates_for_test(text: &str, reference: Date) -> usize {
    crate::text::sentences(text)
        .into_iter()
        .filter(|s| !is_stamp(&text[s.range()]))
        .map(|s| dates_in(text, s, reference).len())
        .sum()
}
