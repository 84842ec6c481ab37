//! The three tiers `make eval` scores, where each lives, and how one is loaded: its
//! articles compiled with the knowledge base of `seeds/`, and its hand counts checked.
//!
//! Apart from `main.rs` so that `corpus/tests/eval.rs` loads a tier the same way the
//! printed table does; and apart from `gold.rs`, which only knows one gold file.

use super::gold::{self, Gold};
use super::promises;
use corpus::model::Corpus;
use corpus::seeds::SeedFiles;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A set of articles with hand counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// `tests/fixtures/unseen/`: read while rules are written.
    Tuned,
    /// `tests/fixtures/heldout/`: never read while rules are written.
    Blind,
    /// `seeds/`: the articles the app ships.
    Seeds,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Tuned, Tier::Blind, Tier::Seeds];

    /// The tier a `--tier` value names: `unseen` (or `tuned`), `blind` (or
    /// `heldout`), `seeds`.
    pub fn parse(arg: &str) -> Option<Tier> {
        match arg {
            "unseen" | "tuned" => Some(Tier::Tuned),
            "blind" | "heldout" => Some(Tier::Blind),
            "seeds" => Some(Tier::Seeds),
            _ => None,
        }
    }

    /// How the output names it.
    pub fn label(self) -> &'static str {
        match self {
            Tier::Tuned => "tuned (unseen/)",
            Tier::Blind => "blind (heldout/)",
            Tier::Seeds => "seeds",
        }
    }

    /// The folder of its `articles.toml` and texts, relative to the repository.
    pub fn articles(self) -> &'static str {
        match self {
            Tier::Tuned => "tests/fixtures/unseen",
            Tier::Blind => "tests/fixtures/heldout",
            Tier::Seeds => "seeds",
        }
    }

    /// The folder of its hand counts, relative to the repository.
    pub fn gold(self) -> &'static str {
        match self {
            Tier::Tuned => "tests/fixtures/unseen/gold",
            Tier::Blind => "tests/fixtures/heldout/gold",
            Tier::Seeds => "tests/fixtures/seeds/gold",
        }
    }
}

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A tier's articles, extracted, and their checked hand counts.
pub struct Loaded {
    pub corpus: Corpus,
    pub gold: BTreeMap<String, Gold>,
    /// The hand-counted commitments and outcomes, from `promises/` beside `gold_dir`;
    /// their errors do not stop the other counts from being scored.
    pub promises: promises::gold::Read,
}

/// Loads the articles of `articles` with the knowledge base of `kb` and the hand
/// counts of `gold_dir` (and of `promises/` beside it); `Ok(None)` when the folder has
/// no article (a tier being refilled), every problem of the `gold_dir` files otherwise.
pub fn load(kb: &Path, articles: &Path, gold_dir: &Path) -> Result<Option<Loaded>, Vec<String>> {
    if has_no_articles(articles)? {
        return Ok(None);
    }
    let corpus = SeedFiles::read_dirs(kb, articles)
        .and_then(|s| s.compile())
        .map_err(|e| vec![e.to_string()])?;
    let gold = gold::read(gold_dir, &corpus)?;
    let promises_dir = gold_dir.with_file_name("promises");
    let promises = promises::gold::read(&promises_dir, &corpus);
    Ok(Some(Loaded {
        corpus,
        gold,
        promises,
    }))
}

/// Loads one of the repository's tiers.
pub fn load_tier(tier: Tier) -> Result<Option<Loaded>, Vec<String>> {
    let root = root();
    load(
        &root.join("seeds"),
        &root.join(tier.articles()),
        &root.join(tier.gold()),
    )
}

/// Whether a folder's `articles.toml` has no `[[article]]` entry: an empty tier is
/// reported as such, not as a seed error (the seed checker requires one).
fn has_no_articles(folder: &Path) -> Result<bool, Vec<String>> {
    let path = folder.join("articles.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| vec![format!("{}: cannot read: {e}", path.display())])?;
    let table: toml::Table = toml::from_str(&text)
        .map_err(|e| vec![format!("{}: {}", path.display(), e.message().trim())])?;
    Ok(table
        .get("article")
        .and_then(|a| a.as_array())
        .is_none_or(|a| a.is_empty()))
}
