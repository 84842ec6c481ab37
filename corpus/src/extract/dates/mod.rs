//! Dates the text refers to, resolved against the article's own date, and the
//! catalogued events they name.
//!
//! Explicit: `Oct. 7, 2023`, `7 October 2023`, `July 8`, `May 2011`, `in July`, `2007`.
//! Relative: `on Wednesday`, `last month`, `next month`, `two years ago`, `yesterday`.
//! Counted: `a decade after Hamas seized Gaza`, `within five weeks`, `four months
//! later`. A date without a year, and a weekday, lie on the side of the article's date
//! that the words around them point to ("signed last April", "will meet on Tuesday"),
//! else the nearest; a past event is never after the article's date, and a named past
//! event ("the October 7 attacks") takes the catalogue's date. "Today" under a dated
//! dateline is the dateline's day, and that day, not the day the page went up, is
//! what weekdays, "yesterday" and year-less dates count from. Every reference records how its date was read
//! ([`crate::model::DateRead`]) and from what.
//!
//! Split by step: [`scan`] reads each sentence's words for dates, with [`tense`] for
//! the side and [`resolve`] for the calendar; [`dateline`] tells a dateline's shape (the report's own day is read here);
//! [`counted`] reads the dates counted from others (with [`duration`]'s amounts); and
//! [`catalog`] links the references found to the catalogued events they name.

mod catalog;
mod counted;
mod dateline;
mod duration;
pub mod guess;
mod resolve;
mod scan;
#[cfg(test)]
mod shape_tests;
#[cfg(test)]
mod side_tests;
mod tense;
#[cfg(test)]
mod tests;

use super::{KnowledgeBase, Matchers};
use crate::date::{PartialDate, Precision};
use crate::model::{EventRef, SentenceIx, Span};
use crate::text::{Folded, words};
use catalog::link_catalog;
use resolve::year_of;
use scan::{Context, Found};
use time::Date;

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
    for (ix, found) in read_all(text, sentences, reference) {
        refs.extend(found.into_iter().map(|f| EventRef {
            date: f.date,
            span: f.span,
            sentence: ix as SentenceIx,
            catalog: Vec::new(),
            dated_by_text: true,
            read: f.read,
            from: f.from,
        }));
    }
    link_catalog(&mut refs, folded, sentences, reference, kb, matchers);
    refs
}

/// The dates of every sentence (stamps, datelines left out), in reading order, with
/// the sentence's index.
fn read_all(text: &str, sentences: &[Span], reference: Date) -> Vec<(usize, Vec<Found>)> {
    let mut cx = Context {
        reference,
        dateline: None,
    };
    cx.dateline = dateline_day(text, sentences, &cx);
    let mut out = Vec::new();
    let mut before: Option<Found> = None;
    for (ix, &sentence) in sentences.iter().enumerate() {
        if is_stamp(&text[sentence.range()]) {
            continue;
        }
        let mut found = scan::scan(text, sentence, &cx);
        let counted = counted::read(text, sentence, &mut found, before, &cx);
        found.extend(counted);
        found.retain(|f| !f.dateline && !f.unplaced && !signs_a_post(text, f.span));
        found.sort_by_key(|f| (f.span.start, f.span.end));
        if let Some(&last) = found.last() {
            before = Some(last);
        }
        out.push((ix, found));
    }
    out
}

/// "— TRT World Now (@TRTWorldNow) October 13, 2022": the date that signs an
/// embedded post, after its author's handle, stamps the post, not an event.
fn signs_a_post(text: &str, span: Span) -> bool {
    let before = text[..span.start as usize].trim_end();
    before.ends_with(')')
        && before
            .rfind('(')
            .is_some_and(|open| before[open + 1..].starts_with('@'))
}

/// The dates in one sentence, each with whether it is a dateline's, resolved against
/// `reference` alone (no dateline, nothing counted): what the date guesses read.
fn scan(text: &str, sentence: Span, reference: Date) -> Vec<(PartialDate, Span, bool)> {
    let cx = Context {
        reference,
        dateline: None,
    };
    scan::scan(text, sentence, &cx)
        .into_iter()
        .filter(|f| !f.unplaced)
        .map(|f| (f.date, f.span, f.dateline))
        .collect()
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

/// The dates `extract` finds in a text, as (date, words, how read): for tests.
#[cfg(test)]
fn dates_for_test(
    text: &str,
    reference: Date,
) -> Vec<(PartialDate, String, crate::model::DateRead)> {
    read_all(text, &crate::text::sentences(text), reference)
        .into_iter()
        .flat_map(|(_, found)| found)
        .map(|f| (f.date, text[f.span.range()].to_string(), f.read))
        .collect()
}

/// Reports give their dateline in their first lines, after a headline and a byline
/// or two.
const HEAD_SENTENCES: usize = 8;

/// The day of the article's dateline, if its first lines give one.
fn dateline_day(text: &str, sentences: &[Span], cx: &Context) -> Option<PartialDate> {
    let cx = Context {
        dateline: None,
        ..*cx
    };
    sentences
        .iter()
        .take(HEAD_SENTENCES)
        .flat_map(|&s| scan::scan(text, s, &cx))
        .find(|f: &Found| f.dateline && !f.unplaced && f.date.precision() == Precision::Day)
        .map(|f| f.date)
}
