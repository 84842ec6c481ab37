//! What can be wrong with an article a reader adds, said so they can fix it: no text,
//! too much, a file that is not text, no date for the timeline, or an article the
//! corpus already has. Every problem names the field it is about, so the form can
//! show it there and keep everything else as typed.

use super::{Draft, is_yours_id};
use crate::markup::esc;
use corpus::PartialDate;
use corpus::model::{Corpus, EntityKind};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The most text an article may have: a long report is 10 KB, a book chapter pasted
/// by mistake is not an article, and extraction must stay instant.
pub const MAX_TEXT_BYTES: usize = 200_000;

/// The longest outlet name kept.
const MAX_OUTLET_CHARS: usize = 120;

/// The share of a corpus article's sentences that, all found in a new text, make it
/// the same article (a copy with a line added or a caption dropped).
const SAME_SENTENCES: f64 = 0.9;

/// A form field, as the dialog names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Text,
    Talks,
    Published,
    Outlet,
    Place,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::Text,
        Field::Talks,
        Field::Published,
        Field::Outlet,
        Field::Place,
    ];

    /// The `id` of the field's control in the dialog.
    pub fn control_id(self) -> &'static str {
        match self {
            Field::Text => "yours-text",
            Field::Talks => "yours-talks",
            Field::Published => "yours-published",
            Field::Outlet => "yours-outlet",
            Field::Place => "yours-place",
        }
    }
}

/// One thing wrong with a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    EmptyText,
    TooLarge {
        bytes: usize,
    },
    /// A file with bytes that are no text (`binary`) or not UTF-8 (`encoding`).
    NotText {
        why: String,
    },
    NoTalksDate,
    BadDate {
        field: Field,
        value: String,
    },
    OutletTooLong,
    UnknownPlace {
        id: String,
    },
    /// The same article as one the corpus (or the reader) already has.
    Duplicate {
        id: String,
        headline: String,
    },
}

impl Problem {
    pub fn field(&self) -> Field {
        match self {
            Problem::EmptyText
            | Problem::TooLarge { .. }
            | Problem::NotText { .. }
            | Problem::Duplicate { .. } => Field::Text,
            Problem::NoTalksDate => Field::Talks,
            Problem::BadDate { field, .. } => *field,
            Problem::OutletTooLong => Field::Outlet,
            Problem::UnknownPlace { .. } => Field::Place,
        }
    }

    /// What the reader reads: what is wrong, and what to do.
    pub fn message(&self) -> String {
        match self {
            Problem::EmptyText => {
                "The article has no text: paste it, or drop a .txt or .html file.".into()
            }
            Problem::TooLarge { bytes } => format!(
                "The text is {} KB; an article may have at most {} KB. Paste one article only.",
                bytes.div_ceil(1000),
                MAX_TEXT_BYTES / 1000
            ),
            Problem::NotText { why } => format!(
                "This file is not text that can be read ({why}). Use a .txt file saved as UTF-8, or a .html page."
            ),
            Problem::NoTalksDate => {
                "Give the date of the talks (YYYY-MM-DD): the timeline places the article by it."
                    .into()
            }
            Problem::BadDate { field, value } => format!(
                "{} date {:?} is not a date: write it YYYY-MM-DD (or YYYY-MM, YYYY), between 1900 and 2099.",
                if *field == Field::Talks {
                    "The talks"
                } else {
                    "The published"
                },
                value
            ),
            Problem::OutletTooLong => {
                format!("The outlet's name has more than {MAX_OUTLET_CHARS} characters.")
            }
            Problem::UnknownPlace { id } => {
                format!("No place {id:?} in the knowledge base: choose one from the list.")
            }
            Problem::Duplicate { id, headline } if is_yours_id(id) => {
                format!("You have already added this article: \u{201c}{headline}\u{201d}.")
            }
            Problem::Duplicate { headline, .. } => {
                format!("This article is already in the corpus: \u{201c}{headline}\u{201d}.")
            }
        }
    }

    /// The message as markup, escaped.
    pub fn message_html(&self) -> String {
        esc(&self.message())
    }
}

/// The text of a file, or why it is none: empty, too large, binary, or not UTF-8. A
/// UTF-8 byte-order mark is dropped; a UTF-16 file is named as such.
pub fn check_bytes(bytes: &[u8]) -> Result<String, Problem> {
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(Problem::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(Problem::NotText {
            why: "it is UTF-16".into(),
        });
    }
    // Control bytes (other than line breaks and tabs) say binary before any encoding.
    if bytes
        .iter()
        .any(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
    {
        return Err(Problem::NotText {
            why: "it holds binary data".into(),
        });
    }
    let bytes = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| Problem::NotText {
        why: "it is not UTF-8".into(),
    })?;
    if is_binary(text) {
        return Err(Problem::NotText {
            why: "it holds binary data".into(),
        });
    }
    if text.trim().is_empty() {
        return Err(Problem::EmptyText);
    }
    Ok(text.to_string())
}

/// Control characters other than line breaks and tabs: no article has them, and a
/// pasted or dropped binary file is full of them.
fn is_binary(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
}

/// Every problem of a draft, in the order of the form's fields; empty when it can be
/// extracted. `corpus` is what the reader sees: the published articles and theirs.
pub fn check(draft: &Draft, corpus: &Corpus) -> Vec<Problem> {
    let mut problems = Vec::new();
    let text = &draft.text;
    if text.trim().is_empty() {
        problems.push(Problem::EmptyText);
    } else if text.len() > MAX_TEXT_BYTES {
        problems.push(Problem::TooLarge { bytes: text.len() });
    } else if is_binary(text) {
        problems.push(Problem::NotText {
            why: "it holds binary data".into(),
        });
    } else if let Some(same) = duplicate_of(text, corpus) {
        problems.push(same);
    }
    if draft.talks.trim().is_empty() {
        problems.push(Problem::NoTalksDate);
    } else if date(&draft.talks).is_none() {
        problems.push(Problem::BadDate {
            field: Field::Talks,
            value: draft.talks.trim().to_string(),
        });
    }
    if !draft.published.trim().is_empty() && date(&draft.published).is_none() {
        problems.push(Problem::BadDate {
            field: Field::Published,
            value: draft.published.trim().to_string(),
        });
    }
    if draft.outlet.trim().chars().count() > MAX_OUTLET_CHARS {
        problems.push(Problem::OutletTooLong);
    }
    let place = draft.place.trim();
    let is_place = |id: &str| {
        corpus
            .entities
            .iter()
            .any(|e| e.id == id && e.kind == EntityKind::Place)
    };
    if !place.is_empty() && !is_place(place) {
        problems.push(Problem::UnknownPlace { id: place.into() });
    }
    problems
}

/// A date of the form, if it is one the timeline can place: `YYYY-MM-DD`, `YYYY-MM`
/// or `YYYY`, from 1900 to 2099.
pub fn date(value: &str) -> Option<PartialDate> {
    PartialDate::parse(value.trim()).filter(|d| (1900..=2099).contains(&d.year))
}

/// The corpus article `text` repeats: the same words once white space is folded, or
/// nearly all of its sentences. An article of the reader's with this very text (the
/// same id) is not one: reading it again after curating replaces it.
fn duplicate_of(text: &str, corpus: &Corpus) -> Option<Problem> {
    let folded = fold_space(text);
    let mine: HashSet<String> = sentences(text).collect();
    let same_id = super::article_id(text);
    corpus
        .articles
        .iter()
        .filter(|a| a.id != same_id)
        .find(|a| {
            if fold_space(&a.text) == folded {
                return true;
            }
            let theirs: Vec<String> = sentences(&a.text).collect();
            let found = theirs.iter().filter(|s| mine.contains(*s)).count();
            !theirs.is_empty() && found as f64 >= SAME_SENTENCES * theirs.len() as f64
        })
        .map(|a| Problem::Duplicate {
            id: a.id.clone(),
            headline: a.headline.clone(),
        })
}

/// White space folded to single spaces, the ends trimmed.
fn fold_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A text's sentences of four words or more, white space folded: short lines
/// ("Reuters/Cairo", a byline) are shared by unrelated articles.
fn sentences(text: &str) -> impl Iterator<Item = String> + '_ {
    corpus::text::sentences(text)
        .into_iter()
        .map(move |s| fold_space(text.get(s.range()).unwrap_or("")))
        .filter(|s| s.split(' ').count() >= 4)
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
