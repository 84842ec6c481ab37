//! A commitment's deadline, from the dates the dates code read in its sentence
//! (`crate::extract::dates`): a date after the cue that is due ("by December 1",
//! "within six months", "next month", "on May 22"), or the date that names a
//! "deadline". One counted forward from another ("within a year" of the signing)
//! is [`Deadline::Inferred`], with the date it was counted from.

use super::sentence::Sentence;
use crate::model::{DateRead, Deadline, EventRef};
use crate::text::Span;
use time::Date;

/// Words before a date that make it the day a step is due.
const DUE_WORDS: &[&str] = &["by", "before", "until", "within", "than", "deadline"];

/// The deadline of a commitment whose cue's object is `reach` (or, for a
/// "deadline" cue, whose cue is at `cue`): the first date there that is due.
/// `refs` are the sentence's dated references; `today` the article's date.
pub(super) fn of(
    s: &Sentence,
    refs: &[&EventRef],
    reach: Span,
    cue: Span,
    deadline_cue: bool,
    today: Date,
) -> Deadline {
    let due = refs.iter().find(|r| {
        if deadline_cue {
            names_the_deadline(s, r.span, cue)
        } else {
            reach.contains(r.span) && is_due(s, r, today)
        }
    });
    match due {
        None => Deadline::None,
        Some(r) => match (r.read, r.from) {
            (DateRead::CountedForward, Some(from)) => Deadline::Inferred { date: r.date, from },
            _ => Deadline::Stated(r.date),
        },
    }
}

/// A date due: counted forward, after a word of due date, or still ahead of the
/// article (a step "next month"). A past date in the object ("agreed to elections
/// on Thursday" said of the signing) is not one.
fn is_due(s: &Sentence, r: &EventRef, today: Date) -> bool {
    if r.read == DateRead::CountedForward {
        return true;
    }
    if matches!(
        r.read,
        DateRead::CountedBack | DateRead::Chained | DateRead::Catalogue
    ) {
        return false;
    }
    led_by_due(s, r.span) || r.date.first_day() > today
}

/// Whether a word of due date stands just before the date at `span`: "by May 2012".
pub(super) fn led_by_due(s: &Sentence, span: Span) -> bool {
    DUE_WORDS.contains(&s.word(s.word_at(span.start).wrapping_sub(1)))
}

/// "a key December 1 deadline", "the deadline of December 1", "the December 1
/// deadline for the handover": the date just before the word, or just after it.
fn names_the_deadline(s: &Sentence, date: Span, cue: Span) -> bool {
    let gap_before = date.end <= cue.start && s.word_at(cue.start) - s.word_at(date.end) <= 1;
    let after = date.start >= cue.end && {
        let k = s.word_at(cue.end);
        matches!(s.word(k), "of" | "on" | "for") && s.word_at(date.start) <= k + 2
    };
    gap_before || after
}
