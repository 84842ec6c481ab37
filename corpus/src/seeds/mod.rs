//! Reading `seeds/`: the TOML files and the article texts, checked and compiled.
//!
//! Only the build script and the report CLI use this module. Reading files is kept at
//! the edge ([`SeedFiles::read_dir`]); parsing, checking and extraction are pure
//! functions of the files' contents, so they are tested and fuzzed without a disk.
//!
//! A broken seed is reported with its file, line and what is wrong; every problem
//! found is reported at once, and no corpus is produced.

mod parse;

use crate::extract::{self, KnowledgeBase};
use crate::model::{Article, Corpus};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// The repository's own `seeds/`, compiled once per process. For tests, benchmarks
/// and build tools of every crate, so that none keeps its own copy of this loader;
/// a broken seed panics here with every error listed.
pub fn repository() -> &'static Corpus {
    static CORPUS: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        load_dir(&dir).unwrap_or_else(|e| panic!("seeds/ does not compile:\n{e}"))
    })
}

/// The seed files that make a corpus, by their path relative to the seeds folder.
pub const ARTICLES: &str = "articles.toml";
pub const ENTITIES: &str = "entities.toml";
pub const TOPICS: &str = "topics.toml";
pub const FRAMING: &str = "framing.toml";
pub const EVENTS: &str = "events.toml";

/// The knowledge-base files: what a folder of articles can borrow from another folder.
pub const KNOWLEDGE_BASE: [&str; 4] = [ENTITIES, TOPICS, FRAMING, EVENTS];

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
    /// Reads the five TOML files of `dir` and every article text they name.
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
        // The article texts named by articles.toml; a missing one is reported by
        // `compile`, with the line that names it.
        for file in parse::article_files(&seeds.files[ARTICLES]) {
            if let Ok(text) = std::fs::read_to_string(articles.join(&file)) {
                seeds.files.insert(file, text);
            }
        }
        Ok(seeds)
    }

    fn error(&self, file: &str, line: usize, message: String) -> SeedError {
        let root = match &self.kb_root {
            Some(kb) if KNOWLEDGE_BASE.contains(&file) => kb,
            _ => &self.root,
        };
        SeedError {
            file: format!("{root}{file}"),
            line,
            message,
        }
    }

    /// Checks the seeds and returns what the extractor runs on: the knowledge base and
    /// every article's metadata and text. [`SeedFiles::compile`] is this followed by
    /// [`extract::compile`]; tests and benchmarks use the two halves apart.
    pub fn check(&self) -> Result<(KnowledgeBase, Vec<Article>), SeedErrors> {
        parse::parse(self)
    }

    /// Checks the seeds and runs the extraction over every article.
    pub fn compile(&self) -> Result<Corpus, SeedErrors> {
        let (kb, inputs) = self.check()?;
        Ok(extract::compile(kb, inputs))
    }
}

/// Reads, checks and compiles the seeds folder `dir`.
pub fn load_dir(dir: &Path) -> Result<Corpus, SeedErrors> {
    SeedFiles::read_dir(dir)?.compile()
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
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    let line = 1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    line.min(text.lines().count().max(1))
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

    #[test]
    fn ids_made_in_a_readers_browser_are_not_the_corpus_s() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        let mut seeds = SeedFiles::read_dir(&dir).unwrap();
        let articles = seeds.files.get_mut(ARTICLES).unwrap();
        *articles = articles.replacen("id = \"cairo-2014-09\"", "id = \"yours-1a2b3c4d\"", 1);
        let errors = seeds.compile().unwrap_err().0;
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].message.contains("made in a reader's browser"),
            "{errors:?}"
        );
    }

    #[test]
    fn an_unterminated_string_at_the_end_is_reported_on_the_last_line() {
        let mut seeds = SeedFiles {
            root: "seeds/".into(),
            ..SeedFiles::default()
        };
        for name in [ARTICLES, ENTITIES, FRAMING, EVENTS] {
            seeds.files.insert(name.into(), String::new());
        }
        seeds
            .files
            .insert(TOPICS.into(), "# topics\nx = '''\n".into());
        let errors = seeds.compile().unwrap_err().0;
        let topic = errors.iter().find(|e| e.file == "seeds/topics.toml");
        assert_eq!(topic.map(|e| e.line), Some(2), "{errors:?}");
    }
}
