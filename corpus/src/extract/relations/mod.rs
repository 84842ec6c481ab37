//! Relations between bodies, each evidenced by the sentence that states it:
//!
//! | kind        | cue in the sentence                 | between                              |
//! |-------------|-------------------------------------|--------------------------------------|
//! | rivalry     | rival, rift, split, schism, tension | every two Palestinian organizations  |
//! | alliance    | ally of X, ties with X              | X and the nearest organization before|
//! | mediation   | X-mediated, mediator, supervision   | the mediator and each organization   |
//! | designation | blacklisted, terrorist group ... by | each state after "by" and the body   |
//! | war         | war, offensive, military campaign   | each state and each organization     |
//! | membership  | both factions within X, member of X | the organizations of the clause and X|
//!
//! A person named as a party stands for the organization they belong to.
//!
//! This file holds the cues and runs, for each sentence, the reader of each cue found
//! in it; [`sentence`] is the view of one sentence the readers share, and [`kinds`]
//! the readers themselves.

mod kinds;
mod sentence;

use super::{PhraseMatcher, mentions_in};
use crate::model::{Entity, Mention, Relation, SentenceIx, Span};
use crate::text::Folded;
use sentence::Sentence;
use std::cell::{OnceCell, RefCell};
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cue {
    Rivalry,
    Alliance,
    Mediation,
    Designation,
    War,
    Within,
}

const CUES: &[(Cue, &str)] = &[
    (Cue::Rivalry, "rival*"),
    (Cue::Rivalry, "rift"),
    (Cue::Rivalry, "split"),
    (Cue::Rivalry, "schism"),
    (Cue::Rivalry, "divided"),
    (Cue::Rivalry, "division*"),
    (Cue::Rivalry, "differences"),
    (Cue::Rivalry, "tension*"),
    (Cue::Rivalry, "feud*"),
    (Cue::Rivalry, "conflict with"),
    (Cue::Alliance, "ally of"),
    (Cue::Alliance, "allies of"),
    (Cue::Alliance, "allied with"),
    (Cue::Alliance, "alliance with"),
    (Cue::Alliance, "ties with"),
    (Cue::Mediation, "mediat*"),
    (Cue::Mediation, "supervision"),
    (Cue::Mediation, "brokered"),
    (Cue::Designation, "blacklisted"),
    (Cue::Designation, "designated"),
    (Cue::Designation, "terrorist group"),
    (Cue::Designation, "terrorist organization"),
    (Cue::Designation, "terror group"),
    (Cue::War, "war"),
    (Cue::War, "offensive"),
    (Cue::War, "military campaign"),
    (Cue::War, "air raids"),
    (Cue::War, "airstrike*"),
    (Cue::Within, "within"),
    (Cue::Within, "member of"),
    (Cue::Within, "members of"),
];

fn cue_matcher() -> &'static PhraseMatcher {
    static MATCHER: OnceLock<PhraseMatcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        PhraseMatcher::new(
            CUES.iter()
                .enumerate()
                .map(|(i, (_, p))| (i as u16, p.to_string())),
        )
    })
}

pub fn extract(
    text: &str,
    folded: &Folded,
    sentences: &[Span],
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<Relation> {
    let cues = cue_matcher().find(folded);
    let mut out = Vec::new();
    for (ix, &sentence) in sentences.iter().enumerate() {
        // The cues are sorted by start: take those starting in the sentence.
        let from = cues.partition_point(|(_, s)| s.start < sentence.start);
        let to = cues.partition_point(|(_, s)| s.start < sentence.end);
        let here: Vec<(Cue, Span)> = cues[from..to.max(from)]
            .iter()
            .filter(|(_, s)| sentence.contains(*s))
            .map(|&(i, s)| (CUES[i as usize].0, s))
            .collect();
        if here.is_empty() {
            continue;
        }
        let s = Sentence {
            text,
            mentions: mentions_in(mentions, sentence),
            entities,
            index: ix as SentenceIx,
            span: sentence,
            mediation: OnceCell::new(),
            designations: RefCell::new(Vec::new()),
        };
        // Rivalry and war read the whole sentence, not the cue's place in it: a second
        // cue of theirs could only repeat what the first found.
        let (mut rivalry_read, mut war_read) = (false, false);
        for (cue, at) in here {
            match cue {
                Cue::Rivalry if !std::mem::replace(&mut rivalry_read, true) => s.rivalry(&mut out),
                Cue::War if !std::mem::replace(&mut war_read, true) => s.war(&mut out),
                Cue::Rivalry | Cue::War => {}
                Cue::Alliance => s.alliance(at, &mut out),
                Cue::Mediation => s.mediation(at, &mut out),
                Cue::Designation => s.designation(at, &mut out),
                Cue::Within => s.within(at, &mut out),
            }
        }
    }
    out
}
