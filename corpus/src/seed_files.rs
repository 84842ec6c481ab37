//! The seed files in memory: the TOML files and article texts of a folder laid out
//! like `seeds/`, read from disk, and where a problem in them is (file and line).
//!
//! Below extraction and the seed checker alike: it knows no seed format and no
//! extractor, only files (and of `articles.toml` only which texts it names), so that
//! reading a folder needs nothing above it. Checking and compiling the files is the
//! seeds module's (`SeedFiles::check`, `SeedFiles::compile`).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// The seed files that make a corpus, by their path relative to the seeds folder.
pub const ARTICLES: &str = "articles.toml";
pub const ENTITIES: &str = "entities.toml";
pub const TOPICS: &str = "topics.toml";
pub const FRAMING: &str = "framing.toml";
pub const EVENTS: &str = "events.toml";
pub const PROVISIONS: &str = "provisions.toml";
pub const AGREEMENTS: &str = "agreements.toml";

/// The knowledge-base files every folder has: what a folder of articles can borrow
/// from another folder.
pub const KNOWLEDGE_BASE: [&str; 4] = [ENTITIES, TOPICS, FRAMING, EVENTS];

/// The promises tracker's lists (issue 22), part of the knowledge base but optional:
/// a folder without them (one made before the tracker, a generated corpus) builds,
/// with no provisions or agreements, so nothing is extracted as a commitment.
pub const PROMISES: [&str; 2] = [PROVISIONS, AGREEMENTS];

/// The contents of a seeds folder: the TOML files and the article texts they name.
#[derive(Debug, Clone, Default)]
pub struct SeedFiles {
    /// Display prefix for error locations, e.g. `seeds/`.
    pub root: String,
    /// Display prefix of the knowledge-base files when they come from another folder
    /// than the articles ([`SeedFiles::read_dirs`]); `None` when they share `root`.
    pub kb_root: Option<String>,
    /// TOML files and article texts, keyed by their path relative to the folder.
    pub files: BTreeMap<String, String>,
}

/// One problem in the seeds: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedError {
    /// The file, as the user would type it (`seeds/entities.toml`).
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

/// Every problem found, in file and line order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedErrors(pub Vec<SeedError>);

impl fmt::Display for SeedErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SeedErrors {}

impl SeedFiles {
    /// Reads the five TOML files of `dir`, the promises lists if it has them, and every
    /// article text they name.
    pub fn read_dir(dir: &Path) -> Result<SeedFiles, SeedErrors> {
        Self::read_dirs(dir, dir)
    }

    /// Reads the articles of `articles` (`articles.toml` and the texts it names) with
    /// the knowledge base of `kb`: how a folder of new articles is scored against the
    /// curated knowledge base exactly as it is, without a copy of it.
    pub fn read_dirs(kb: &Path, articles: &Path) -> Result<SeedFiles, SeedErrors> {
        let root = display_root(articles);
        let kb_root = (kb != articles).then(|| display_root(kb));
        let mut seeds = SeedFiles {
            root,
            kb_root,
            files: BTreeMap::new(),
        };
        let mut errors = Vec::new();
        let dirs = std::iter::once((ARTICLES, articles)).chain(KNOWLEDGE_BASE.map(|f| (f, kb)));
        for (name, dir) in dirs {
            match std::fs::read_to_string(dir.join(name)) {
                Ok(text) => {
                    seeds.files.insert(name.to_string(), text);
                }
                Err(e) => errors.push(seeds.error(name, 0, format!("cannot read: {e}"))),
            }
        }
        if !errors.is_empty() {
            return Err(SeedErrors(errors));
        }
        for name in PROMISES {
            match std::fs::read_to_string(kb.join(name)) {
                Ok(text) => {
                    seeds.files.insert(name.to_string(), text);
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => errors.push(seeds.error(name, 0, format!("cannot read: {e}"))),
            }
        }
        if !errors.is_empty() {
            return Err(SeedErrors(errors));
        }
        // The article texts named by articles.toml; a missing one is reported by
        // `compile`, with the line that names it.
        for file in article_files(&seeds.files[ARTICLES]) {
            if let Ok(text) = std::fs::read_to_string(articles.join(&file)) {
                seeds.files.insert(file, text);
            }
        }
        Ok(seeds)
    }

    pub(crate) fn error(&self, file: &str, line: usize, message: String) -> SeedError {
        let root = match &self.kb_root {
            Some(kb) if KNOWLEDGE_BASE.contains(&file) || PROMISES.contains(&file) => kb,
            _ => &self.root,
        };
        SeedError {
            file: format!("{root}{file}"),
            line,
            message,
        }
    }
}

/// `dir` as error locations show it: with one trailing slash.
fn display_root(dir: &Path) -> String {
    let mut root = dir.display().to_string();
    if !root.ends_with('/') {
        root.push('/');
    }
    root
}

/// The 1-based line of a byte offset. An offset past the final line break (where a
/// parser reports an unterminated string or table) is on the last line, not on a line
/// the file does not have.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    let line = 1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    line.min(text.lines().count().max(1))
}

/// The article texts `articles.toml` names inside the folder, to read with it; an
/// entry that names none, or a file outside the folder, is the checker's to report
/// (with its line).
fn article_files(articles_toml: &str) -> Vec<String> {
    let Ok(table) = toml::from_str::<toml::Table>(articles_toml) else {
        return Vec::new();
    };
    let entries = table.get("article").and_then(|a| a.as_array());
    entries
        .into_iter()
        .flatten()
        .filter_map(|a| a.get("file")?.as_str().map(str::to_string))
        .filter(|path| is_inside_folder(path))
        .collect()
}

/// A relative path that stays inside the seeds folder: no root, no `..`.
pub(crate) fn is_inside_folder(path: &str) -> bool {
    use std::path::{Component, Path};
    !path.trim().is_empty()
        && !path.contains('\\')
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_offsets_stay_within_the_file() {
        assert_eq!(line_of("a\nb\n", 0), 1);
        assert_eq!(line_of("a\nb\n", 2), 2);
        // Found by tests/never_panics.rs: an error at the very end of a file that
        // ends with a line break was reported on a line after the last one.
        assert_eq!(line_of("a\nb\n", 4), 2);
        assert_eq!(line_of("a\nb\n", 99), 2);
        assert_eq!(line_of("a\r\nb", 4), 2);
        assert_eq!(line_of("", 0), 1);
    }
}
