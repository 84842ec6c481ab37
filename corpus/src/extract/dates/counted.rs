//! Dates a text gives by counting from another date (ANNOTATION.md, "Dates counted
//! from another date"):
//!
//! - **back** from the article's date, a duration that ends now and starts at
//!   something the sentence names: "a decade after Hamas seized Gaza", "the first
//!   elections in 15 years", "the seven-year split", "their decade-old rivalry", "15
//!   years of discord" (a year; "for a decade", "a 10-year truce" and "the 50-day
//!   conflict" measure something else and count for nothing). Only in a sentence about now: one that states another date is left
//!   alone, since the duration may end at that date instead;
//! - **forward**, a deadline: "within five weeks", "within the coming month", "in
//!   three months' time", "by next October", from the date the sentence states, else the article's date;
//! - **chained**: "four months later", "the following month", "the next day", "two
//!   days earlier", "the previous day", from the date the text gave just before.
//!
//! Days and weeks give a day, months a month, years a month counted forward and a
//! year counted back; an anchor too coarse for the unit gives no date rather than an
//! invented one.

use super::duration::{Amount, Unit, amount, compound};
use super::resolve::Side;
use super::resolve::{add_days, add_months};
use super::scan::{Context, Found};
use super::tense::Reading;
use crate::date::{PartialDate, Precision};
use crate::model::{Anchor, AnchorKind, DateRead, Span};
use crate::text::words;

/// States that last until now, whose length counts back to their start: "the
/// seven-year split". A truce, a war or a conflict measures something else.
const LASTING: &[&str] = &[
    "split",
    "rift",
    "division",
    "divide",
    "schism",
    "feud",
    "rivalry",
    "blockade",
    "siege",
    "standoff",
    "stand-off",
    "stalemate",
    "impasse",
    "estrangement",
    "separation",
    "deadlock",
    "boycott",
    "exile",
    "rule",
    "occupation",
    "discord",
    "disunity",
    "infighting",
    "enmity",
];

/// Words that may stand between "in" and an amount: "in more than a decade".
const QUALIFIERS: &[&str] = &[
    "more", "than", "nearly", "almost", "over", "about", "some", "just",
];

/// How many words may stand between "seven-year" and the state that lasts.
const BETWEEN: usize = 2;

/// How far before "in 15 years" the "first" of "the first elections" may stand.
const FIRST_REACH: usize = 8;

/// How far from the article's date a date of the sentence may be for the sentence to
/// be about now, in days.
const NOW_DAYS: i64 = 31;

/// The dates counted in one sentence. `found` are the dates the scan read in it, in
/// order; `before` the last date of the text before the sentence. "by next October"
/// replaces the scan's reading of "next October" in `found`.
pub(super) fn read(
    text: &str,
    sentence: Span,
    found: &mut Vec<Found>,
    before: Option<Found>,
    cx: &Context,
) -> Vec<Found> {
    let body = &text[sentence.range()];
    let tokens = words(body);
    let mut s = Sentence {
        reading: Reading::new(body, &tokens),
        lower: tokens
            .iter()
            .map(|&(a, b)| body[a..b].to_lowercase())
            .collect(),
        tokens,
        body,
        base: sentence.start as usize,
        found,
        cx,
    };
    s.of_that_year(before);
    let mut out = Vec::new();
    let now = s.is_about_now();
    for k in 0..s.tokens.len() {
        let counted = (now.then(|| s.back(k)).flatten())
            .or_else(|| s.forward(k))
            .or_else(|| s.chained(k, before, &out));
        if let Some(f) = counted
            && !s.found.iter().chain(&out).any(|g| g.span.overlaps(f.span))
        {
            out.push(f);
        }
    }
    s.by_next_month();
    out
}

struct Sentence<'a> {
    body: &'a str,
    tokens: Vec<(usize, usize)>,
    lower: Vec<String>,
    base: usize,
    found: &'a mut Vec<Found>,
    reading: Reading,
    cx: &'a Context,
}

impl Sentence<'_> {
    fn lower(&self, k: usize) -> &str {
        self.lower.get(k).map(String::as_str).unwrap_or("")
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.base + self.tokens[from].0,
            self.base + self.tokens[to].1,
        )
    }

    /// Word index of the word that starts at `offset` in the text.
    fn word_at(&self, offset: u32) -> usize {
        let at = offset as usize - self.base;
        self.tokens.partition_point(|&(s, _)| s < at)
    }

    fn article(&self) -> Anchor {
        Anchor {
            kind: AnchorKind::Article,
            date: PartialDate::from_date(self.cx.reference),
        }
    }

    /// No date in the sentence far from the article's date: what it counts ends now.
    fn is_about_now(&self) -> bool {
        let reference = self.cx.reference;
        self.found.iter().filter(|f| !f.dateline).all(|f| {
            let gap = (f.date.first_day() - reference).whole_days();
            let gap_end = (f.date.last_day() - reference).whole_days();
            gap.abs() <= NOW_DAYS || (gap <= 0 && gap_end >= 0)
        })
    }

    /// "a decade after", "a decade since", "the first ... in 15 years", "the
    /// seven-year split", counted back from the article's date.
    fn back(&self, k: usize) -> Option<Found> {
        let (a, from, to) = if let Some(a) = amount(self.lower(k), self.lower(k + 1))
            && matches!(self.lower(k + 2), "after" | "since")
        {
            (a, k, k + 1)
        } else if let Some(a) = compound(self.lower(k), true)
            && self.lasting_after(k)
        {
            (a, k, k)
        } else if let Some(a) = amount(self.lower(k), self.lower(k + 1))
            && self.lower(k + 2) == "of"
            && LASTING.contains(&self.lower(k + 3))
        {
            // "15 years of discord"
            (a, k, k + 1)
        } else {
            self.first_in(k)?
        };
        let anchor = self.article();
        let date = match a.unit {
            Unit::Year => {
                PartialDate::year(i16::try_from(anchor.date.year as i64 - a.n as i64).ok()?)
            }
            Unit::Month => add_months(anchor.date.truncate(Precision::Month), -(a.n as i32))?,
            Unit::Day | Unit::Week => return None,
        };
        Some(self.counted(date, from, to, DateRead::CountedBack, anchor))
    }

    /// Whether a state that lasts follows word `k`, at most two words of one phrase
    /// between: "the seven-year split", "a decade-long political split".
    fn lasting_after(&self, k: usize) -> bool {
        (k + 1..=k + 1 + BETWEEN)
            .take_while(|&j| {
                j < self.tokens.len()
                    && self.body[self.tokens[j - 1].1..self.tokens[j].0]
                        .trim()
                        .is_empty()
            })
            .any(|j| LASTING.contains(&self.lower(j)))
    }

    /// "the first elections in 15 years", "for the first time in more than a decade",
    /// "have not voted in 15 years": the amount's words, if word `k` is the "in" (or,
    /// negated, the "for") of such a phrase.
    fn first_in(&self, k: usize) -> Option<(Amount, usize, usize)> {
        let word = self.lower(k);
        if word != "in" && word != "for" {
            return None;
        }
        let before = k.saturating_sub(FIRST_REACH)..k;
        let first = word == "in"
            && before
                .clone()
                .any(|j| matches!(self.lower(j), "first" | "first-ever"));
        // "have not voted in 15 years", "hasn't met for a decade": the last time was
        // then. Not "will not meet for a decade", which counts forward.
        let negated = before.into_iter().any(|j| {
            let w = self.lower(j);
            w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n\u{2019}t")
        }) && self.reading.at(k, k).side != Side::Future;
        if !first && !negated {
            return None;
        }
        let mut j = k + 1;
        while QUALIFIERS.contains(&self.lower(j)) {
            j += 1;
        }
        let a = amount(self.lower(j), self.lower(j + 1))?;
        Some((a, j, j + 1))
    }

    /// "within five weeks", "within the next six months", "in three months' time", "in
    /// the coming two weeks".
    fn forward(&self, k: usize) -> Option<Found> {
        let (a, from, to) = match self.lower(k) {
            "within" => {
                let mut j = k + 1;
                let next = self.lower(j) == "the" && matches!(self.lower(j + 1), "next" | "coming");
                if next {
                    j += 2;
                }
                match amount(self.lower(j), self.lower(j + 1)) {
                    Some(a) => (a, k, j + 1),
                    // "within the coming month": one of the unit.
                    None if next => (amount("a", self.lower(j))?, k, j),
                    None => return None,
                }
            }
            // "in the next three months", "over the coming two weeks": within them.
            "in" | "over" | "during"
                if self.lower(k + 1) == "the" && matches!(self.lower(k + 2), "next" | "coming") =>
            {
                (amount(self.lower(k + 3), self.lower(k + 4))?, k, k + 4)
            }
            "in" if self.lower(k + 3) == "time" => {
                (amount(self.lower(k + 1), self.lower(k + 2))?, k, k + 3)
            }
            _ => return None,
        };
        if self.opens_a_past_sentence(from, to) {
            return None;
        }
        let anchor = self.anchor_for(k, a.unit, None)?;
        let date = forward_of(anchor.date, a)?;
        Some(self.counted(date, from, to, DateRead::CountedForward, anchor))
    }

    /// "Within two weeks, the deal collapsed": a duration that opens a report of the
    /// past counts from an event the sentence does not date, not from the article's
    /// date. No date rather than a wrong one.
    fn opens_a_past_sentence(&self, from: usize, to: usize) -> bool {
        let opens = from == 0
            && self
                .tokens
                .get(to + 1)
                .is_some_and(|next| self.body[self.tokens[to].1..next.0].contains(','));
        opens && self.reading.at(from, to).side == Side::Past
    }

    /// "four months later", "the following month", "the following year", "the next
    /// day", from the date the text gave just before (in this sentence or before it).
    fn chained(&self, k: usize, before: Option<Found>, counted: &[Found]) -> Option<Found> {
        let (a, from, to) = match (self.lower(k), self.lower(k + 1), self.lower(k + 2)) {
            ("the", "following" | "next", unit @ ("day" | "month" | "year")) => {
                if self.lower(k + 1) == "next" && unit != "day" {
                    return None;
                }
                (amount("a", unit)?, k, k + 2)
            }
            // "the previous day": one back.
            ("the", "previous", unit @ ("day" | "month")) => (amount("a", unit)?, k, k + 2),
            (n, unit, "later" | "earlier" | "afterwards" | "afterward") => {
                (amount(n, unit)?, k, k + 2)
            }
            _ => return None,
        };
        let back = matches!(self.lower(k + 2), "earlier") || self.lower(k + 1) == "previous";
        let start = self.span(from, from).start;
        let previous = self
            .found
            .iter()
            .chain(counted)
            .filter(|f| !f.dateline && !f.unplaced && f.span.end <= start)
            .max_by_key(|f| f.span.start)
            .copied()
            .or(before)?;
        let anchor = Anchor {
            kind: AnchorKind::PreviousEvent,
            date: previous.date,
        };
        let date = if self.lower(k + 1) == "following" && self.lower(k + 2) == "year" {
            PartialDate::year(previous.date.year.checked_add(1)?)
        } else if back {
            chained_back(previous.date, a)?
        } else {
            chained_of(previous.date, a)?
        };
        Some(self.counted(date, from, to, DateRead::Chained, anchor))
    }

    /// "in June that year", "on 3 May the following year", "in March of the previous
    /// year": a month or a day whose year is the date's before it, moved by the words
    /// after it. Without a date before it there is no year to take: the date is
    /// dropped rather than resolved against the article's date.
    fn of_that_year(&mut self, before: Option<Found>) {
        let mut i = 0;
        while i < self.found.len() {
            let f = self.found[i];
            let yearless = matches!(
                f.read,
                DateRead::NearestPast | DateRead::NearestFuture | DateRead::Nearest
            ) && f.date.precision() >= Precision::Month;
            let after = self.word_at(f.span.end);
            let Some((shift, end)) = yearless.then(|| self.year_shift(after)).flatten() else {
                i += 1;
                continue;
            };
            let previous = self.found[..i]
                .iter()
                .rev()
                .find(|g| !g.dateline && !g.unplaced)
                .copied()
                .or(before);
            let date = previous.and_then(|p| {
                let year = p.date.year.checked_add(shift)?;
                match f.date.precision() {
                    Precision::Day => PartialDate::day(year, f.date.month, f.date.day),
                    _ => PartialDate::month(year, f.date.month),
                }
            });
            match (date, previous) {
                (Some(date), Some(p)) => {
                    let start = self.word_at(f.span.start);
                    self.found[i] = Found {
                        date,
                        span: self.span(start, end),
                        read: DateRead::Chained,
                        unplaced: false,
                        from: Some(Anchor {
                            kind: AnchorKind::PreviousEvent,
                            date: p.date,
                        }),
                        ..f
                    };
                    i += 1;
                }
                _ => {
                    self.found.remove(i);
                }
            }
        }
    }

    /// "that year", "of the same year", "the following year", "the year before" at
    /// word `k`: how many years they move from the date before, and their last word.
    fn year_shift(&self, start: usize) -> Option<(i16, usize)> {
        let k = if matches!(self.lower(start), "of" | "later" | "earlier") {
            start + 1
        } else {
            start
        };
        let (a, b, c) = (self.lower(k), self.lower(k + 1), self.lower(k + 2));
        // "in May, the same year the split began" is another phrase.
        let joined = |end: usize| {
            end < self.tokens.len()
                && (start.saturating_sub(1)..end).all(|j| {
                    self.body[self.tokens[j].1..self.tokens[j + 1].0]
                        .trim()
                        .is_empty()
                })
        };
        let shift = match (a, b, c) {
            ("that", "year", _) => Some((0, k + 1)),
            ("the", "same", "year") => Some((0, k + 2)),
            ("the", "following" | "next", "year") => Some((1, k + 2)),
            ("the", "previous", "year") => Some((-1, k + 2)),
            ("the", "year", "after") => Some((1, k + 2)),
            ("the", "year", "before") => Some((-1, k + 2)),
            _ => None,
        };
        shift.filter(|&(_, end)| joined(end))
    }

    /// "by next October", "before next March": the first such month after the date
    /// the sentence states, else after the article's date.
    fn by_next_month(&mut self) {
        for i in 0..self.found.len() {
            let f = self.found[i];
            let k = self.word_at(f.span.start);
            let by = k > 0 && matches!(self.lower(k - 1), "by" | "before" | "until");
            if f.read != DateRead::NearestFuture || self.lower(k) != "next" || !by {
                continue;
            }
            let Some(anchor) = self.anchor_for(k, Unit::Month, Some(f.span)) else {
                continue;
            };
            let here = anchor.date.year as i32 * 12 + anchor.date.month as i32 - 1;
            let there =
                (here + 1..=here + 12).find(|m| (m.rem_euclid(12) + 1) as u8 == f.date.month);
            let date =
                there.and_then(|m| PartialDate::month(m.div_euclid(12) as i16, f.date.month));
            if let Some(date) = date {
                self.found[i] = Found {
                    date,
                    read: DateRead::CountedForward,
                    from: Some(anchor),
                    ..f
                };
            }
        }
    }

    /// What a deadline at word `k` counts from: the nearest date the sentence states
    /// (other than the deadline's own words, `own`), else the article's date; `None`
    /// when that date is too coarse for the unit.
    fn anchor_for(&self, k: usize, unit: Unit, own: Option<Span>) -> Option<Anchor> {
        let stated = self
            .found
            .iter()
            .filter(|f| !f.dateline && !f.unplaced && !f.read.is_counted() && Some(f.span) != own)
            .min_by_key(|f| self.word_at(f.span.start).abs_diff(k));
        let anchor = match stated {
            Some(f) => Anchor {
                kind: AnchorKind::Sentence,
                date: f.date,
            },
            None => self.article(),
        };
        let needed = match unit {
            Unit::Day | Unit::Week => Precision::Day,
            Unit::Month | Unit::Year => Precision::Month,
        };
        (anchor.date.precision() >= needed).then_some(anchor)
    }

    fn counted(
        &self,
        date: PartialDate,
        from: usize,
        to: usize,
        read: DateRead,
        anchor: Anchor,
    ) -> Found {
        Found {
            date,
            span: self.span(from, to),
            dateline: false,
            unplaced: false,
            read,
            from: Some(anchor),
        }
    }
}

/// A date `a` after `anchor`, counted forward: days and weeks to the day, months and
/// years to the month.
fn forward_of(anchor: PartialDate, a: Amount) -> Option<PartialDate> {
    match a.unit {
        Unit::Day => add_days(anchor, a.n as i64),
        Unit::Week => add_days(anchor, 7 * a.n as i64),
        Unit::Month => add_months(anchor.truncate(Precision::Month), a.n as i32),
        Unit::Year => add_months(anchor.truncate(Precision::Month), 12 * a.n as i32),
    }
}

/// A date `a` before the one the text gave before it ("two days earlier", "the
/// previous day"), at the precision the unit gives; `None` where that date is too
/// coarse for the unit.
fn chained_back(previous: PartialDate, a: Amount) -> Option<PartialDate> {
    let n = i32::try_from(a.n).ok()?;
    match (a.unit, previous.precision()) {
        (Unit::Year, Precision::Year) => Some(PartialDate::year(
            previous.year.checked_sub(i16::try_from(n).ok()?)?,
        )),
        (Unit::Day | Unit::Week, p) if p != Precision::Day => None,
        (Unit::Month, Precision::Year) => None,
        (Unit::Day, _) => add_days(previous, -(n as i64)),
        (Unit::Week, _) => add_days(previous, -7 * n as i64),
        (Unit::Month, _) => add_months(previous.truncate(Precision::Month), -n),
        (Unit::Year, _) => add_months(previous.truncate(Precision::Month), -12 * n),
    }
}

/// A date `a` after the one before it: as forward, but a year after a year alone is
/// that year plus one.
fn chained_of(previous: PartialDate, a: Amount) -> Option<PartialDate> {
    match (a.unit, previous.precision()) {
        (Unit::Year, Precision::Year) => Some(PartialDate::year(
            previous.year.checked_add(i16::try_from(a.n).ok()?)?,
        )),
        (Unit::Day | Unit::Week, p) if p != Precision::Day => None,
        (Unit::Month, Precision::Year) => None,
        _ => forward_of(previous, a),
    }
}
