//! Shared by the integration tests: the real seeds folder, read into memory once, so
//! tests edit and fuzz seed files without touching the disk.

#![allow(dead_code)] // each test crate uses its own part of this module

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
