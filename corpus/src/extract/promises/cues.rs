//! The words that make a sentence a commitment or an outcome, and where they stand.
//!
//! A cue is a run of words ("agreed to", "is to", "never held"); `*` in a pattern
//! stands for any one word ("agreed on Tuesday to"). At each word the longest cue
//! that matches wins, and cues do not overlap.

use super::sentence::Sentence;
use crate::model::Status;

/// How much a commitment cue says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strength {
    /// "agreed to", "pledged", "is to", "stipulates": a commitment by its words.
    Strong,
    /// "will", "calls for", "requires": a commitment only in a sentence that names
    /// a deal before it ("under the agreement, Hamas will ..."); else a forecast, a
    /// demand or a wish.
    UnderDeal,
    /// "deadline": a commitment when a date names it ("a key December 1 deadline").
    Deadline,
}

/// Where an outcome cue's step is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// Before it, as its subject: "the elections were never held".
    Before,
    /// After it, as its object: "failed to hold the elections".
    After,
    /// Before it when passive ("the vote was postponed"), else after ("Abbas
    /// postponed the vote").
    Voice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    Commitment(Strength),
    Outcome(Status, Side),
}

/// A cue found: its kind and its words `from..to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cue {
    pub kind: CueKind,
    pub from: usize,
    pub to: usize,
}

use CueKind::{Commitment as C, Outcome as O};
use Side::{After, Before, Voice};
use Status::{Collapsed, Met, Missed, Postponed};
use Strength::{Deadline, Strong, UnderDeal};

const CUES: &[(&[&str], CueKind)] = &[
    (&["agreed", "to"], C(Strong)),
    (&["agree", "to"], C(Strong)),
    (&["agrees", "to"], C(Strong)),
    (&["agreed", "on", "*", "to"], C(Strong)),
    (&["agreed"], C(Strong)),
    (&["agree"], C(Strong)),
    (&["agrees"], C(Strong)),
    (&["signed", "a", "*", "to"], C(Strong)),
    (&["signed", "an", "*", "to"], C(Strong)),
    (&["signed", "a", "declaration"], C(Strong)),
    (&["signed", "an", "agreement"], C(Strong)),
    (&["signed", "a", "deal"], C(Strong)),
    (&["pledged", "to"], C(Strong)),
    (&["pledge", "to"], C(Strong)),
    (&["pledges", "to"], C(Strong)),
    (&["pledged"], C(Strong)),
    (&["vowed", "to"], C(Strong)),
    (&["vow", "to"], C(Strong)),
    (&["vows", "to"], C(Strong)),
    (&["vowed"], C(Strong)),
    (&["committed", "to"], C(Strong)),
    (&["commit", "to"], C(Strong)),
    (&["commits", "to"], C(Strong)),
    (&["promised", "to"], C(Strong)),
    (&["promise", "to"], C(Strong)),
    (&["promises", "to"], C(Strong)),
    (&["promise", "of"], C(Strong)),
    (&["is", "to"], C(Strong)),
    (&["are", "to"], C(Strong)),
    (&["was", "to"], C(Strong)),
    (&["were", "to"], C(Strong)),
    (&["provides", "for"], C(Strong)),
    (&["provided", "for"], C(Strong)),
    (&["provide", "for"], C(Strong)),
    (&["stipulates"], C(Strong)),
    (&["stipulated"], C(Strong)),
    (&["stipulate"], C(Strong)),
    (&["stipulations"], C(Strong)),
    (&["agreement", "to"], C(Strong)),
    (&["agreement", "on"], C(Strong)),
    (&["deal", "to"], C(Strong)),
    (&["declaration", "to"], C(Strong)),
    (&["accord", "to"], C(Strong)),
    (&["scheduled", "for"], C(Strong)),
    (&["scheduled", "to"], C(Strong)),
    (&["will"], C(UnderDeal)),
    (&["would"], C(UnderDeal)),
    (&["shall"], C(UnderDeal)),
    (&["calls", "for"], C(UnderDeal)),
    (&["call", "for"], C(UnderDeal)),
    (&["called", "for"], C(UnderDeal)),
    (&["requires"], C(UnderDeal)),
    (&["require"], C(UnderDeal)),
    (&["required"], C(UnderDeal)),
    (&["includes"], C(UnderDeal)),
    (&["include"], C(UnderDeal)),
    (&["included"], C(UnderDeal)),
    (&["deadline"], C(Deadline)),
    (&["postponed"], O(Postponed, Voice)),
    (&["delayed"], O(Postponed, Voice)),
    (&["deferred"], O(Postponed, Voice)),
    (&["long-delayed"], O(Postponed, After)),
    (&["put", "off"], O(Postponed, After)),
    (&["pushed", "back"], O(Postponed, After)),
    (&["deadline", "was", "extended"], O(Postponed, After)),
    (
        &["deadline", "has", "been", "extended"],
        O(Postponed, After),
    ),
    (&["extended", "the", "deadline"], O(Postponed, After)),
    (&["never", "held"], O(Missed, Before)),
    (&["never", "been", "held"], O(Missed, Before)),
    (&["not", "been", "held"], O(Missed, Before)),
    (&["were", "not", "held"], O(Missed, Before)),
    (&["was", "not", "held"], O(Missed, Before)),
    (&["never", "took", "place"], O(Missed, Before)),
    (&["did", "not", "take", "place"], O(Missed, Before)),
    (&["never", "happened"], O(Missed, Before)),
    (&["never", "materialised"], O(Missed, Before)),
    (&["never", "materialized"], O(Missed, Before)),
    (&["not", "implemented"], O(Missed, Before)),
    (&["not", "been", "implemented"], O(Missed, Before)),
    (&["never", "implemented"], O(Missed, Before)),
    (&["never", "been", "implemented"], O(Missed, Before)),
    (&["failed", "to"], O(Missed, After)),
    (&["fail", "to"], O(Missed, After)),
    (&["yet", "to"], O(Missed, After)),
    (&["missed"], O(Missed, After)),
    (&["collapsed"], O(Collapsed, Before)),
    (&["fell", "apart"], O(Collapsed, Before)),
    (&["came", "to", "nothing"], O(Collapsed, Before)),
    (&["broke", "down"], O(Collapsed, Before)),
    (&["fell", "through"], O(Collapsed, Before)),
    (&["foundered"], O(Collapsed, Before)),
    (&["unravelled"], O(Collapsed, Before)),
    (&["unraveled"], O(Collapsed, Before)),
    (&["handed", "over"], O(Met, After)),
    (&["took", "over"], O(Met, After)),
    (&["taken", "over"], O(Met, After)),
    (&["took", "control"], O(Met, After)),
    (&["assumed", "control"], O(Met, After)),
    (&["handed", "control"], O(Met, After)),
    (&["was", "held"], O(Met, Before)),
    (&["were", "held"], O(Met, Before)),
    (&["sworn", "in"], O(Met, Before)),
    (&["was", "formed"], O(Met, Before)),
    (&["was", "unveiled"], O(Met, Before)),
    (&["were", "released"], O(Met, Before)),
    (&["was", "reopened"], O(Met, Before)),
    (&["were", "reopened"], O(Met, Before)),
];

/// Every cue of the sentence, in order, none overlapping.
pub(super) fn find(s: &Sentence) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < s.len() {
        let best = CUES
            .iter()
            .filter(|(pattern, _)| s.matches_at(k, pattern))
            .max_by_key(|(pattern, _)| pattern.len());
        match best {
            Some((pattern, kind)) => {
                out.push(Cue {
                    kind: *kind,
                    from: k,
                    to: k + pattern.len(),
                });
                k += pattern.len();
            }
            None => k += 1,
        }
    }
    out
}
