//! Provenance of an article's researched facts (talks date, publication, outlet,
//! wire): the value, how sure it is, and how it was established.
//!
//! A file of its own because the wrapper is generic and independent of what it wraps:
//! seed parsing checks it once for every field, and the views show its confidence.

use serde::{Deserialize, Serialize};

/// How a researched fact about an article is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Confidence {
    /// The article's text says it.
    Stated,
    /// Researched from outside evidence (weekday references, wire copies...).
    Inferred,
    Unknown,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Stated => "stated",
            Confidence::Inferred => "inferred",
            Confidence::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Stated, Self::Inferred, Self::Unknown]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
}

/// A fact with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: Option<T>,
    pub confidence: Confidence,
    /// How it was established, for the reader who asks.
    pub note: String,
}

impl<T> Sourced<T> {
    /// A fact nobody has established.
    pub fn unknown() -> Self {
        Sourced {
            value: None,
            confidence: Confidence::Unknown,
            note: String::new(),
        }
    }
}
