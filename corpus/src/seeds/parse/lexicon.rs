//! Checking the lexicon files: `topics.toml`, `framing.toml` and `events.toml`.
//!
//! Grouped because each is a list of phrase-bearing entries with unique ids that
//! refer to nothing else in the seeds; events add dates, a lane and their cues.

use super::checker::{Checker, PhraseEntry};
use super::raw::{EventsFile, FramingFile, TopicsFile};
use crate::date::PartialDate;
use crate::extract::EventCues;
use crate::model::{CatalogEvent, FramingTerm, Lane, Topic};
use crate::seeds::{EVENTS, FRAMING, SeedError, SeedFiles, TOPICS};
use serde::Deserialize;
use std::collections::HashMap;

pub(super) fn parse_topics(seeds: &SeedFiles, errors: &mut Vec<SeedError>) -> Vec<Topic> {
    let topics = |file: TopicsFile| file.topic;
    phrase_file(seeds, errors, TOPICS, topics, "topic", |raw| Topic {
        id: raw.id.into_inner(),
        name: raw.name,
        description: raw.description,
        phrases: raw.phrases.into_inner(),
    })
}

pub(super) fn parse_framing(seeds: &SeedFiles, errors: &mut Vec<SeedError>) -> Vec<FramingTerm> {
    let terms = |file: FramingFile| file.term;
    phrase_file(seeds, errors, FRAMING, terms, "framing term", |raw| {
        FramingTerm {
            id: raw.id.into_inner(),
            label: raw.label,
            family: raw.family,
            note: raw.note,
            phrases: raw.phrases.into_inner(),
        }
    })
}

/// A file of entries with ids and phrases: read, every entry checked, each built.
fn phrase_file<F: for<'de> Deserialize<'de>, R: PhraseEntry, T>(
    seeds: &SeedFiles,
    errors: &mut Vec<SeedError>,
    file: &'static str,
    entries: fn(F) -> Vec<R>,
    what: &str,
    build: fn(R) -> T,
) -> Vec<T> {
    let mut c = Checker::new(seeds, file, errors);
    let raws = c.parse::<F>().map(entries).unwrap_or_default();
    c.phrase_entries(raws, what, build)
}

pub(super) fn parse_events(
    seeds: &SeedFiles,
    errors: &mut Vec<SeedError>,
) -> (Vec<CatalogEvent>, Vec<EventCues>) {
    let mut c = Checker::new(seeds, EVENTS, errors);
    let Some(file) = c.parse::<EventsFile>() else {
        return (Vec::new(), Vec::new());
    };
    let mut ids = HashMap::new();
    let mut events = Vec::new();
    let mut cues = Vec::new();
    for raw in file.event {
        c.id(&raw.id, &mut ids, "event");
        let date = c.date(&raw.date).unwrap_or(PartialDate::year(1970));
        let until = raw.until.as_ref().and_then(|d| c.date(d));
        if let (Some(u), Some(span)) = (until, raw.until.as_ref())
            && u.last_day() < date.first_day()
        {
            c.at(
                span.span().start,
                format!("{} ends before it starts", raw.id.get_ref()),
            );
        }
        let lane = c
            .member(&raw.lane, &Lane::ALL, Lane::as_str, "lane", "")
            .unwrap_or(Lane::Talks);
        if raw.cues.is_empty() && raw.phrases.is_empty() {
            c.at(
                raw.id.span().start,
                format!(
                    "event {} has neither cues nor phrases: nothing can refer to it",
                    raw.id.get_ref()
                ),
            );
        }
        events.push(CatalogEvent {
            id: raw.id.into_inner(),
            label: raw.label,
            date,
            until,
            lane,
        });
        cues.push(EventCues {
            cues: raw.cues,
            phrases: raw.phrases,
        });
    }
    (events, cues)
}
