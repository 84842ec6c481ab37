//! Shared by the integration tests: the real seeds folder, read into memory once, so
//! tests edit and fuzz seed files without touching the disk; the real knowledge base
//! with its matchers, to run the extractor on a text of a test's own; and lookups by
//! id into the compiled seeds ([`lookup`]).

#![allow(dead_code)] // each test crate uses its own part of this module

pub mod lookup;

use corpus::extract::{self, KnowledgeBase, Matchers};
use corpus::model::Article;
use corpus::seeds::SeedFiles;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository's `seeds/` folder.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

/// Every file of the real seeds folder (the TOML files and `articles/*.txt`), by path
/// relative to the folder, with `root = "seeds/"`.
pub fn real_seeds() -> SeedFiles {
    static SEEDS: OnceLock<SeedFiles> = OnceLock::new();
    SEEDS
        .get_or_init(|| {
            let dir = seeds_dir();
            let mut files = BTreeMap::new();
            for sub in ["", "articles/"] {
                for entry in std::fs::read_dir(dir.join(sub)).expect("seeds/ is readable") {
                    let path = entry.expect("a directory entry").path();
                    if path.is_file() {
                        let name = path.file_name().unwrap().to_string_lossy();
                        let text = std::fs::read_to_string(&path).expect("seed files are UTF-8");
                        files.insert(format!("{sub}{name}"), text);
                    }
                }
            }
            SeedFiles {
                root: "seeds/".into(),
                files,
                ..SeedFiles::default()
            }
        })
        .clone()
}

/// The 1-based line of a byte offset.
pub fn line_at(text: &str, offset: usize) -> usize {
    1 + text[..offset].matches('\n').count()
}

/// The real knowledge base, its matchers and the real articles before extraction.
pub fn real_kb() -> &'static (KnowledgeBase, Matchers, Vec<Article>) {
    static REAL: OnceLock<(KnowledgeBase, Matchers, Vec<Article>)> = OnceLock::new();
    REAL.get_or_init(|| {
        let (kb, inputs) = real_seeds().check().expect("the real seeds check");
        let matchers = Matchers::new(&kb);
        (kb, matchers, inputs)
    })
}

/// `text` run through the whole extractor with the real knowledge base, as a new
/// article with no metadata would be.
pub fn extract_text(text: &str) -> Article {
    let (kb, matchers, _) = real_kb();
    extract::extract_article(kb, matchers, Article::unannotated("test", text))
}
