//! Linking dated references to the curated catalogue of events: a date plus a cue in
//! the same sentence, or a phrase that names the event on its own.
//!
//! A step of its own, run after every date of the text is read, because it needs them
//! all: a phrase adds a reference only where no date of its sentence names the event.
//! It also dates a named past event: a day given without its year ("the October 7
//! attacks") takes the year of the catalogued event of that day whose cue its sentence
//! has, when that event is not after the article's date.

use crate::date::Precision;
use crate::extract::{KnowledgeBase, Matchers};
use crate::model::{DateRead, EventIx, EventRef, SentenceIx, Span};
use crate::text::Folded;
use std::collections::BTreeSet;
use time::Date;

/// Links references to catalogued events: a date plus a cue in the same sentence, or
/// a phrase that names the event by itself.
pub(super) fn link_catalog(
    refs: &mut Vec<EventRef>,
    folded: &Folded,
    sentences: &[Span],
    reference: Date,
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
        date_named_event(r, &cues, reference, kb);
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
                read: DateRead::Catalogue,
                from: None,
            });
        }
    }
    refs.sort_by_key(|r| (r.span.start, r.span.end));
}

/// "the October 7 attacks" in a July article: a day read without its year, not in a
/// sentence about the future, that is the day of a catalogued event whose cue the
/// sentence has, takes that event's date if the event is on or before the article's
/// date (the latest such, if several).
fn date_named_event(
    r: &mut EventRef,
    cues: &BTreeSet<(EventIx, SentenceIx)>,
    reference: Date,
    kb: &KnowledgeBase,
) {
    let yearless = matches!(r.read, DateRead::Nearest | DateRead::NearestPast);
    if !yearless || r.date.precision() != Precision::Day {
        return;
    }
    let named = kb
        .events
        .iter()
        .enumerate()
        .filter(|(e, event)| {
            event.date.precision() == Precision::Day
                && (event.date.month, event.date.day) == (r.date.month, r.date.day)
                && event.date.first_day() <= reference
                && cues.contains(&(*e as EventIx, r.sentence))
        })
        .max_by_key(|(_, event)| event.date);
    if let Some((_, event)) = named {
        r.date = event.date;
        r.read = DateRead::Catalogue;
        r.from = None;
    }
}
