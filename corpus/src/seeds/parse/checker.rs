//! The [`Checker`]: collects the problems of one seed file, each at its line, and the
//! checks every file shares (ids, dates, phrase lists, words of a closed set).
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

impl<'a> Checker<'a> {
    pub(super) fn new(
        seeds: &'a SeedFiles,
        file: &'static str,
        errors: &'a mut Vec<SeedError>,
    ) -> Self {
        Checker {
            seeds,
            file,
            errors,
        }
    }

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
        if !crate::ids::is_kebab_id(id.get_ref()) {
            self.at(
                id.span().start,
                format!(
                    "{what} id {:?} must be lowercase kebab-case (letters, digits, single hyphens)",
                    id.get_ref()
                ),
            );
        }
        if crate::ids::is_yours_id(id.get_ref()) {
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

    /// The member of a closed set (`EntityKind::ALL`, `Lane::ALL`) a seed word names;
    /// for any other word, an error that lists the set: `unknown lane "wars": expected
    /// talks, war, deadline or international` (`context` goes after the word).
    pub(super) fn member<T: Copy>(
        &mut self,
        word: &Spanned<String>,
        set: &[T],
        name: fn(T) -> &'static str,
        what: &str,
        context: &str,
    ) -> Option<T> {
        let found = set.iter().copied().find(|&t| name(t) == word.get_ref());
        if found.is_none() {
            let names: Vec<&str> = set.iter().map(|&t| name(t)).collect();
            let expected = match names.split_last() {
                Some((last, [])) => last.to_string(),
                Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                None => String::new(),
            };
            self.at(
                word.span().start,
                format!(
                    "unknown {what} {:?}{context}: expected {expected}",
                    word.get_ref()
                ),
            );
        }
        found
    }

    /// A list of entries that each have a unique id and phrases (topics, framing
    /// terms): both checked for every entry, then each entry built by `build`.
    pub(super) fn phrase_entries<R: PhraseEntry, T>(
        &mut self,
        entries: Vec<R>,
        what: &str,
        build: fn(R) -> T,
    ) -> Vec<T> {
        let mut ids = HashMap::new();
        entries
            .into_iter()
            .map(|raw| {
                self.id(raw.id(), &mut ids, what);
                self.phrases(raw.phrases(), raw.id().get_ref());
                build(raw)
            })
            .collect()
    }
}

/// A seed entry with an id and phrases to match in text.
pub(super) trait PhraseEntry {
    fn id(&self) -> &Spanned<String>;
    fn phrases(&self) -> &Spanned<Vec<String>>;
}
