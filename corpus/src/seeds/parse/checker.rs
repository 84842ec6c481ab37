//! The [`Checker`]: collects the problems of one seed file, each at its line, and the
//! checks every file shares (ids, dates, phrase lists).
//!
//! One collector per file rather than early returns, so that every problem in the
//! seeds is reported at once; the per-file parsers only say what to check.

use crate::date::PartialDate;
use crate::seeds::{SeedError, SeedFiles, line_of};
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

/// Collects problems for one file, located by byte offsets into its text.
pub(super) struct Checker<'a> {
    pub(super) seeds: &'a SeedFiles,
    pub(super) file: &'static str,
    pub(super) errors: &'a mut Vec<SeedError>,
}

impl Checker<'_> {
    pub(super) fn text(&self) -> &str {
        self.seeds
            .files
            .get(self.file)
            .map(String::as_str)
            .unwrap_or("")
    }

    pub(super) fn at(&mut self, offset: usize, message: impl Into<String>) {
        let line = line_of(self.text(), offset);
        let error = self.seeds.error(self.file, line, message.into());
        self.errors.push(error);
    }

    pub(super) fn parse<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        match toml::from_str::<T>(self.text()) {
            Ok(value) => Some(value),
            Err(e) => {
                let offset = e.span().map(|s| s.start).unwrap_or(0);
                self.at(offset, e.message().trim().to_string());
                None
            }
        }
    }

    pub(super) fn id(
        &mut self,
        id: &Spanned<String>,
        seen: &mut HashMap<String, usize>,
        what: &str,
    ) {
        if !is_kebab_id(id.get_ref()) {
            self.at(
                id.span().start,
                format!(
                    "{what} id {:?} must be lowercase kebab-case (letters, digits, single hyphens)",
                    id.get_ref()
                ),
            );
        }
        if id
            .get_ref()
            .starts_with(crate::extract::edits::YOURS_PREFIX)
        {
            self.at(
                id.span().start,
                format!(
                    "{what} id {:?}: ids that start with \"yours-\" are made in a reader's browser; give it one of the corpus",
                    id.get_ref()
                ),
            );
        }
        if let Some(first) = seen.insert(id.get_ref().clone(), id.span().start) {
            let first_line = line_of(self.text(), first);
            self.at(
                id.span().start,
                format!(
                    "duplicate {what} id {:?} (first defined at line {first_line})",
                    id.get_ref()
                ),
            );
        }
    }

    pub(super) fn date(&mut self, value: &Spanned<String>) -> Option<PartialDate> {
        let date = PartialDate::parse(value.get_ref().trim());
        if date.is_none() {
            self.at(
                value.span().start,
                format!(
                    "bad date {:?}: expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date",
                    value.get_ref()
                ),
            );
        }
        date
    }

    pub(super) fn phrases(&mut self, phrases: &Spanned<Vec<String>>, owner: &str) {
        if phrases.get_ref().iter().all(|p| p.trim().is_empty()) {
            self.at(phrases.span().start, format!("{owner} has no phrases"));
        }
    }
}

/// Lowercase ASCII letters and digits in words joined by single hyphens.
pub(crate) fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
