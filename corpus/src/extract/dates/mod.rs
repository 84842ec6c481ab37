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
mod resolve;
#[cfg(test)]
mod tests;

use super::{KnowledgeBase, Matchers};
use crate::date::PartialDate;
use crate::model::{EventRef, SentenceIx, Span};
use crate::text::{Folded, words};
use catalog::link_catalog;
use resolve::{
    day_of, month_of, nearest_day, nearest_month, relative, resolve_weekday, weekday_of, year_of,
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
