//! How a dated reference's date was read: stated in full, resolved from a date
//! without its year, counted from another date, or taken from the dateline or the
//! catalogue, with the date it was read from.
//!
//! Apart from the other annotations because the views draw by it: a counted date
//! ("a decade after Hamas seized Gaza") is approximate and drawn as uncertain ("about
//! 2007"), and its detail says how it was read ("counted back from the article's date,
//! 12 Oct 2017").

use crate::date::{PartialDate, Precision};
use serde::{Deserialize, Serialize};

/// How the words of a dated reference became its date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DateRead {
    /// The text gives the date in full: "May 4, 2011", "2007", "21/11/2017".
    #[default]
    Stated,
    /// A day, a month or a weekday without its year, in a report of the past: the
    /// nearest one on or before the article's date ("since the election in December").
    NearestPast,
    /// The same in a sentence about the future: the nearest on or after it ("talks
    /// resume on March 3", "next October").
    NearestFuture,
    /// The same where nothing says which: the nearest either side ("on Tuesday").
    Nearest,
    /// Words relative to the article's date, exact at their precision: "last month",
    /// "yesterday", "this year", "this morning".
    Relative,
    /// A duration counted back from the article's date: "a decade after Hamas seized
    /// Gaza", "the first elections in 15 years", "the seven-year split", "two years
    /// ago". Approximate.
    CountedBack,
    /// A deadline counted forward from a date of its sentence, else the article's
    /// date: "within five weeks", "by next October". Approximate.
    CountedForward,
    /// Counted from the event the text dated just before it: "four months later".
    /// Approximate.
    Chained,
    /// The day of the dateline: "today" under "CAIRO, Oct 12 (Reuters) -".
    Dateline,
    /// The catalogue's date of the event the words name: "the October 7 attacks", or
    /// a phrase naming the event without a date ([`super::EventRef::dated_by_text`]
    /// false).
    Catalogue,
}

impl DateRead {
    pub const ALL: [DateRead; 10] = [
        DateRead::Stated,
        DateRead::NearestPast,
        DateRead::NearestFuture,
        DateRead::Nearest,
        DateRead::Relative,
        DateRead::CountedBack,
        DateRead::CountedForward,
        DateRead::Chained,
        DateRead::Dateline,
        DateRead::Catalogue,
    ];

    /// The report's word for it: "stated", "nearest-past", "counted-back"...
    pub fn as_str(self) -> &'static str {
        match self {
            DateRead::Stated => "stated",
            DateRead::NearestPast => "nearest-past",
            DateRead::NearestFuture => "nearest-future",
            DateRead::Nearest => "nearest",
            DateRead::Relative => "relative",
            DateRead::CountedBack => "counted-back",
            DateRead::CountedForward => "counted-forward",
            DateRead::Chained => "chained",
            DateRead::Dateline => "dateline",
            DateRead::Catalogue => "catalogue",
        }
    }

    /// Whether the date was counted from another by a duration, and so is only
    /// approximate: the views draw it as uncertain ("about 2007").
    pub fn is_counted(self) -> bool {
        matches!(
            self,
            DateRead::CountedBack | DateRead::CountedForward | DateRead::Chained
        )
    }
}

/// What a date was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AnchorKind {
    /// The article's date (published, else the talks').
    Article,
    /// A date the same sentence states ("signed on Thursday ... within five weeks").
    Sentence,
    /// The dated reference just before it in the text.
    PreviousEvent,
    /// The dateline's day.
    Dateline,
}

impl AnchorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AnchorKind::Article => "article",
            AnchorKind::Sentence => "sentence",
            AnchorKind::PreviousEvent => "previous-event",
            AnchorKind::Dateline => "dateline",
        }
    }

    /// How the detail names it: "the article's date".
    pub fn label(self) -> &'static str {
        match self {
            AnchorKind::Article => "the article's date",
            AnchorKind::Sentence => "the date of its sentence",
            AnchorKind::PreviousEvent => "the date before it in the text",
            AnchorKind::Dateline => "the dateline",
        }
    }
}

/// The date a reference was resolved or counted from, and what that date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    pub kind: AnchorKind,
    pub date: PartialDate,
}

/// How a date reads on screen, with its uncertainty: "about 2007" for a counted
/// year, "about May 2018" for a counted month, "2013 (year only)" for a year the text
/// gives as such, else the date's own label ("7 Oct 2023").
pub fn uncertain_label(date: PartialDate, read: DateRead) -> String {
    if read.is_counted() {
        format!("about {}", date.label())
    } else if date.precision() == Precision::Year {
        format!("{} (year only)", date.label())
    } else {
        date.label()
    }
}

/// How the detail says the date was read, given the words it was read from: "“a
/// decade” counted back from the article's date, 12 Oct 2017"; `None` for a date
/// stated in full.
pub fn reading_label(read: DateRead, from: Option<Anchor>, words: &str) -> Option<String> {
    let anchor = from
        .map(|a| format!("{}, {}", a.kind.label(), a.date.label()))
        .unwrap_or_else(|| AnchorKind::Article.label().to_string());
    // One format call over a table of joining words: each `format!` of its own costs
    // the front page's wasm its own formatting code.
    let join = match read {
        DateRead::Stated => return None,
        DateRead::NearestPast => "”: the last one before ",
        DateRead::NearestFuture => "”: the next one after ",
        DateRead::Nearest => "”: the one nearest ",
        DateRead::Relative => "”, from ",
        DateRead::CountedBack => "” counted back from ",
        DateRead::CountedForward => "” counted forward from ",
        DateRead::Chained => "” counted from ",
        DateRead::Dateline => "”: the day of ",
        DateRead::Catalogue => return Some(format!("“{words}”: the date of the event it names")),
    };
    Some(format!("“{words}{join}{anchor}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn counted_dates_are_approximate_and_say_what_they_were_counted_from() {
        assert_eq!(
            uncertain_label(day("2007"), DateRead::CountedBack),
            "about 2007"
        );
        assert_eq!(
            uncertain_label(day("2013"), DateRead::Relative),
            "2013 (year only)"
        );
        assert_eq!(
            uncertain_label(day("2023-10-07"), DateRead::Catalogue),
            "7 Oct 2023"
        );
        let from = Some(Anchor {
            kind: AnchorKind::Article,
            date: day("2017-10-12"),
        });
        assert_eq!(
            reading_label(DateRead::CountedBack, from, "a decade").as_deref(),
            Some("“a decade” counted back from the article's date, 12 Oct 2017")
        );
        assert_eq!(reading_label(DateRead::Stated, None, "2007"), None);
        let counted: Vec<_> = DateRead::ALL.iter().filter(|r| r.is_counted()).collect();
        assert_eq!(counted.len(), 3);
        let names: std::collections::BTreeSet<_> =
            DateRead::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(names.len(), DateRead::ALL.len());
    }
}
