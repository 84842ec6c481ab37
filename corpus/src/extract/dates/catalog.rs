//! Linking dated references to the curated catalogue of events: a date plus a cue in
//! the same sentence, or a phrase that names the event on its own.
//!
//! A step of its own, run after every date of the text is read, because it needs them
//! all: a phrase adds a reference only where no date of its sentence names the event.

use crate::extract::{KnowledgeBase, Matchers};
use crate::model::{EventIx, EventRef, SentenceIx, Span};
use crate::text::Folded;
use std::collections::BTreeSet;

/// Links references to catalogued events: a date plus a cue in the same sentence, or
/// a phrase that names the event by itself.
pub(super) fn link_catalog(
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
