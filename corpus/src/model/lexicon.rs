//! The rest of the curated lexicon: topics, framing terms and catalogued events, with
//! the timeline lanes the events sit in.
//!
//! Kept together because each is a list of phrases or cues curated in `seeds/` and
//! matched against the text; none of them is produced by extraction.

use crate::date::PartialDate;
use serde::{Deserialize, Serialize};

/// A recurring dispute, signalled by phrases in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub name: String,
    pub description: String,
    pub phrases: Vec<String>,
}

/// A loaded or contested term whose use frames a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FramingTerm {
    pub id: String,
    /// How the term is shown: "terrorist".
    pub label: String,
    /// The family it belongs to, e.g. `armed-groups` for terrorist / militant / resistance.
    pub family: String,
    pub note: String,
    pub phrases: Vec<String>,
}

/// The kind of event a timeline lane holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lane {
    Talks,
    War,
    Deadline,
    International,
}

impl Lane {
    pub const ALL: [Lane; 4] = [Lane::Talks, Lane::War, Lane::Deadline, Lane::International];

    pub fn as_str(self) -> &'static str {
        match self {
            Lane::Talks => "talks",
            Lane::War => "war",
            Lane::Deadline => "deadline",
            Lane::International => "international",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Lane::Talks => "Talks and agreements",
            Lane::War => "Wars and ceasefires",
            Lane::Deadline => "Deadlines",
            Lane::International => "International moves",
        }
    }
}

/// A historical event from the curated catalogue (`seeds/events.toml`). It is shown
/// only where an article's sentence refers to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogEvent {
    pub id: String,
    pub label: String,
    pub date: PartialDate,
    /// Last day of an event that lasted (a war), if curated.
    pub until: Option<PartialDate>,
    pub lane: Lane,
}
