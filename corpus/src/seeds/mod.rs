//! Reading `seeds/`: the TOML files and the article texts, checked and compiled.
//!
//! Only the build script and the report CLI use this module. Reading files is kept at
//! the edge, below (`crate::seed_files`: [`SeedFiles::read_dir`], re-exported here);
//! parsing, checking and extraction are pure functions of the files' contents, so
//! they are tested and fuzzed without a disk.
//!
//! A broken seed is reported with its file, line and what is wrong; every problem
//! found is reported at once, and no corpus is produced.

mod parse;

use crate::extract::{self, KnowledgeBase};
use crate::model::{Article, Corpus};
use crate::seed_files::line_of;
pub use crate::seed_files::{
    AGREEMENTS, ARTICLES, ENTITIES, EVENTS, FRAMING, KNOWLEDGE_BASE, PROMISES, PROVISIONS,
    SeedError, SeedErrors, SeedFiles, TOPICS,
};
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

impl SeedFiles {
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

#[cfg(test)]
mod tests {
    use super::*;

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
