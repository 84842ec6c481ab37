//! Reading `seeds/`: the TOML files and the article texts, checked and compiled.
//!
//! Only the build script and the report CLI use this module. Reading files is kept at
//! the edge ([`SeedFiles::read_dir`]); parsing, checking and extraction are pure
//! functions of the files' contents, so they are tested and fuzzed without a disk.
//!
//! A broken seed is reported with its file, line and what is wrong; every problem
//! found is reported at once, and no corpus is produced.

mod parse;

use crate::extract;
use crate::model::Corpus;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// The seed files that make a corpus, by their path relative to the seeds folder.
pub const ARTICLES: &str = "articles.toml";
pub const ENTITIES: &str = "entities.toml";
pub const TOPICS: &str = "topics.toml";
pub const FRAMING: &str = "framing.toml";
pub const EVENTS: &str = "events.toml";

/// The contents of a seeds folder: the TOML files and the article texts they name.
#[derive(Debug, Clone, Default)]
pub struct SeedFiles {
    /// Display prefix for error locations, e.g. `seeds/`.
    pub root: String,
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
    /// Reads the five TOML files of `dir` and every article text they name.
    pub fn read_dir(dir: &Path) -> Result<SeedFiles, SeedErrors> {
        let mut root = dir.display().to_string();
        if !root.ends_with('/') {
            root.push('/');
        }
        let mut seeds = SeedFiles {
            root,
            files: BTreeMap::new(),
        };
        let mut errors = Vec::new();
        for name in [ARTICLES, ENTITIES, TOPICS, FRAMING, EVENTS] {
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
        // The article texts named by articles.toml; a missing one is reported by
        // `compile`, with the line that names it.
        for file in parse::article_files(&seeds.files[ARTICLES]) {
            if let Ok(text) = std::fs::read_to_string(dir.join(&file)) {
                seeds.files.insert(file, text);
            }
        }
        Ok(seeds)
    }

    fn error(&self, file: &str, line: usize, message: String) -> SeedError {
        SeedError {
            file: format!("{}{}", self.root, file),
            line,
            message,
        }
    }

    /// Checks the seeds and runs the extraction over every article.
    pub fn compile(&self) -> Result<Corpus, SeedErrors> {
        let (kb, inputs) = parse::parse(self)?;
        Ok(extract::compile(kb, inputs))
    }
}

/// Reads, checks and compiles the seeds folder `dir`.
pub fn load_dir(dir: &Path) -> Result<Corpus, SeedErrors> {
    SeedFiles::read_dir(dir)?.compile()
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}
