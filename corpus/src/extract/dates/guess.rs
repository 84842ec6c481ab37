//! Guessing an article's dates from its text, to prefill the form where a reader adds
//! an article of their own: the published date from a line that stamps the page
//! ("November 24, 2011 18:49", "Published: 2021-02-08 16:43") or a dateline
//! ("CAIRO, Oct 12 (Reuters) —"), and the date of the talks from a sentence about the
//! meeting that dates it ("met in Cairo on Thursday"), resolved against the published
//! date.
//!
//! Only a guess: the reader confirms or corrects it, and each guess says what it
//! rests on ([`Basis`], the span of the words) so the form can show it. Where the text
//! does not allow a day, there is no guess rather than a wrong one: a weekday needs a
//! published date to resolve against, and a date far from it is history, not the talks.

use super::{is_stamp, scan};
use crate::date::PartialDate;
use crate::model::{Precision, Span};
use crate::text::{sentences, words};
use serde::{Deserialize, Serialize};

/// What a guessed date rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// A line that stamps the page: a date, a clock, no sentence.
    Stamp,
    /// The place and date that open a report, before a dash.
    Dateline,
    /// A sentence about the meeting that dates it, resolved against the published date
    /// when it gives a weekday or "yesterday".
    Sentence,
}

impl Basis {
    /// How the form says it: "from the dateline".
    pub fn label(self) -> &'static str {
        match self {
            Basis::Stamp => "from the date stamped on the page",
            Basis::Dateline => "from the dateline",
            Basis::Sentence => "from a sentence about the meeting",
        }
    }
}

/// A date guessed from the text, with the words it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateGuess {
    pub date: PartialDate,
    pub span: Span,
    pub basis: Basis,
}

/// The dates a text suggests; each is `None` when the text does not give a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Guess {
    pub published: Option<DateGuess>,
    pub talks: Option<DateGuess>,
}

/// Pages put their stamp and dateline near the top, and reports say when the talks
/// were in their first sentences: further down, dates are history.
const HEAD_SENTENCES: usize = 12;

/// How far from the published date a dated sentence may put the talks, in days.
const NEAR_DAYS: i64 = 14;

/// Without a published date to resolve against, only the lede: a date written out
/// further down is as likely a meeting to come as the one reported.
const LEDE_SENTENCES: usize = 4;

/// Words of a sentence about the meeting itself.
const MEETING_WORDS: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "meetings",
    "talks",
    "gather",
    "gathered",
    "gathering",
    "signed",
    "sign",
    "signing",
    "agreed",
    "agree",
    "agreement",
    "held",
    "hold",
    "holding",
    "began",
    "begin",
    "begins",
    "opened",
    "open",
    "dialogue",
    "session",
    "sessions",
    "round",
    "ceremony",
    "hosted",
    "hosts",
    "discussed",
    "discuss",
    "convened",
    "convene",
    "deal",
    "declaration",
];

/// The published date and the talks' date the text suggests. `published` is the date
/// the reader gave, if any: weekdays are resolved against it rather than a guess.
pub fn guess_dates(text: &str, published: Option<PartialDate>) -> Guess {
    let head: Vec<Span> = sentences(text).into_iter().take(HEAD_SENTENCES).collect();
    let stamped = head.iter().find_map(|&s| stamp_or_dateline(text, s));
    let reference = published
        .filter(|p| p.precision() == Precision::Day)
        .or(stamped.map(|g| g.date));
    let read = if reference.is_some() {
        HEAD_SENTENCES
    } else {
        LEDE_SENTENCES
    };
    let talks = head
        .iter()
        .take(read)
        .filter(|&&s| !is_stamp(&text[s.range()]))
        .find_map(|&s| dated_meeting(text, s, reference))
        .or(stamped.filter(|g| g.basis == Basis::Dateline && published.is_none()));
    Guess {
        published: stamped,
        talks,
    }
}

/// Where the first word about the meeting starts in a sentence, if it has one.
fn meeting_word(sentence: &str) -> Option<usize> {
    words(sentence).into_iter().find_map(|(s, e)| {
        let w = sentence[s..e].to_lowercase();
        MEETING_WORDS.contains(&w.as_str()).then_some(s)
    })
}

/// The day a sentence about the meeting gives it: the first date after the word about
/// the meeting ("arrived on Saturday to hold talks on Sunday": Sunday), else the last
/// before it ("On Thursday, the factions met"). It must be near the reference or, with
/// no reference, written out with its year.
fn dated_meeting(text: &str, sentence: Span, reference: Option<PartialDate>) -> Option<DateGuess> {
    let cue = sentence.start as usize + meeting_word(&text[sentence.range()])?;
    let day = reference.map_or(time::Date::MIN, |r| r.first_day());
    let dates: Vec<(PartialDate, Span)> = scan(text, sentence, day)
        .into_iter()
        .filter(|&(date, span, dateline)| {
            !dateline
                && date.precision() == Precision::Day
                && !opens_report(text, sentence, span)
                && match reference {
                    Some(_) => (date.first_day() - day).whole_days().abs() <= NEAR_DAYS,
                    None => text[span.range()].contains(&date.year.to_string()),
                }
        })
        .map(|(date, span, _)| (date, span))
        .collect();
    let after = dates.iter().find(|(_, span)| span.start as usize >= cue);
    let before = dates
        .iter()
        .rev()
        .find(|(_, span)| (span.start as usize) < cue);
    after.or(before).map(|&(date, span)| DateGuess {
        date,
        span,
        basis: Basis::Sentence,
    })
}

/// The day a stamp line or a dateline gives, with its year written out.
fn stamp_or_dateline(text: &str, sentence: Span) -> Option<DateGuess> {
    let line = &text[sentence.range()];
    if is_stamp(line) {
        let base = sentence.start as usize;
        // "Published: 2021-02-08 16:43": ISO dates are one word.
        let iso = words(line).into_iter().find_map(|(s, e)| {
            let date = PartialDate::parse(&line[s..e])?;
            (date.precision() == Precision::Day).then(|| (date, Span::new(base + s, base + e)))
        });
        let written = || {
            scan(text, sentence, time::Date::MIN)
                .into_iter()
                .find(|&(d, span, _)| {
                    d.precision() == Precision::Day
                        && text[span.range()].contains(&d.year.to_string())
                })
                .map(|(d, span, _)| (d, span))
        };
        return iso.or_else(written).map(|(date, span)| DateGuess {
            date,
            span,
            basis: Basis::Stamp,
        });
    }
    scan(text, sentence, time::Date::MIN)
        .into_iter()
        .find(|&(date, span, _)| {
            date.precision() == Precision::Day
                && text[span.range()].contains(&date.year.to_string())
                && opens_report(text, sentence, span)
        })
        .map(|(date, span, _)| DateGuess {
            date,
            span,
            basis: Basis::Dateline,
        })
}

/// Whether a date opens the report: among its first words, and followed (after an
/// agency in brackets) by a dash or a colon, as in "CAIRO, 21 Nov 2017 (AFP) —".
fn opens_report(text: &str, sentence: Span, date: Span) -> bool {
    let before = &text[sentence.start as usize..date.start as usize];
    let mut rest = text[date.end as usize..sentence.end as usize].trim_start();
    if rest.starts_with('(')
        && let Some(close) = rest.find(')')
    {
        rest = rest[close + 1..].trim_start();
    }
    words(before).len() <= 4 && rest.starts_with(['\u{2014}', '\u{2013}', '-', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn guessed(text: &str, published: Option<&str>) -> (Option<String>, Option<String>) {
        let g = guess_dates(text, published.map(day));
        let show = |g: Option<DateGuess>| g.map(|g| g.date.to_string());
        (show(g.published), show(g.talks))
    }

    #[test]
    fn a_weekday_in_a_sentence_about_the_meeting_resolves_against_the_published_date() {
        let text = "Hamas and Fatah met in Cairo on Wednesday to close ranks.";
        assert_eq!(
            guessed(text, Some("2014-09-25")).1.as_deref(),
            Some("2014-09-24")
        );
        let g = guess_dates(text, Some(day("2014-09-25"))).talks.unwrap();
        assert_eq!(&text[g.span.range()], "Wednesday");
        assert_eq!(g.basis, Basis::Sentence);
        // The future: "will gather on Tuesday", reported on a Sunday.
        let text = "Factions will gather on Tuesday in Cairo, AFP reported Sunday.";
        assert_eq!(
            guessed(text, Some("2017-11-19")).1.as_deref(),
            Some("2017-11-21")
        );
    }

    #[test]
    fn without_a_published_date_a_weekday_says_nothing() {
        let text = "Hamas and Fatah met in Cairo on Wednesday.";
        assert_eq!(guessed(text, None), (None, None));
        // A day written out with its year needs no reference.
        let text = "Abbas and Mashaal speak at a ceremony in Cairo, Egypt Wednesday, May 4, 2011.";
        assert_eq!(guessed(text, None).1.as_deref(), Some("2011-05-04"));
    }

    #[test]
    fn stamps_and_datelines_give_the_published_date() {
        let stamp = "Abbas, Mashaal meet in Cairo\n\nNovember 24, 2011 18:49\n\
                     The leaders met in Cairo on Thursday.";
        assert_eq!(
            guessed(stamp, None),
            (Some("2011-11-24".into()), Some("2011-11-24".into()))
        );
        let iso = "Dialogue begins\n\nPublished: 2021-02-08 16:43\n\n\
                   The sessions began Monday in Cairo.";
        assert_eq!(
            guessed(iso, None),
            (Some("2021-02-08".into()), Some("2021-02-08".into()))
        );
        let dateline = "CAIRO, Oct. 12, 2017 (Reuters) - The rivals signed a deal.";
        let g = guess_dates(dateline, None);
        assert_eq!(g.published.map(|g| g.basis), Some(Basis::Dateline));
        assert_eq!(g.talks.map(|g| g.date), Some(day("2017-10-12")));
        // The reader's published date wins over the dateline for the talks.
        assert_eq!(guess_dates(dateline, Some(day("2017-10-13"))).talks, None);
    }

    #[test]
    fn history_is_not_the_talks() {
        let text = "The deal they met to revive was signed on May 4, 2011 in Cairo.";
        assert_eq!(guessed(text, Some("2017-10-12")).1, None);
        // Nor is a date in a sentence about something else.
        let text = "Gaza flooded on Thursday. The leaders will meet soon.";
        assert_eq!(guessed(text, Some("2017-10-12")).1, None);
    }

    #[test]
    fn odd_input_gives_no_guess_and_no_panic() {
        for text in [
            "",
            "—",
            "Thursday",
            "2021-02-08",
            "(((",
            "CAIRO, (AFP) —",
            "é\u{301}",
        ] {
            let _ = guess_dates(text, None);
            let _ = guess_dates(text, Some(PartialDate::year(2020)));
        }
    }
}
