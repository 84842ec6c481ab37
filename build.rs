//! Compiles the seeds folder into the binary corpora the app embeds: `corpus.bin`, every
//! article abridged to what the front page and the filters read (`Corpus::abridged`:
//! no texts, no quotations, relations or loaded terms), for the front page's wasm, so
//! its first load does not grow with the articles' texts; and `full.bin`, the whole
//! corpus, for the two workers. It writes the knowledge base beside them (`kb.bin`)
//! for the worker that extracts a reader's own article: the corpus lacks the events'
//! cue words the extractor needs, and only the add-an-article worker
//! (`src/bin/yours_worker.rs`) includes the knowledge base, so neither the front
//! page's wasm nor the drawing worker carries it. Beside them, the timeline's short
//! labels of the corpus's uncatalogued references (`ref_labels.bin`, see
//! `views::timeline::ref_labels`), made from the whole corpus natively so that the
//! labeller stays out of the front page's wasm.
//! A broken seed fails the build with the file, the line and what is wrong; nothing
//! partial is embedded.
//!
//! The folder is `seeds/` unless `CAIRO_SEEDS` names another one laid out like it
//! (relative to the repository root): the bench builds the site from larger corpora
//! that way (`scripts/bench/corpora.mjs`). `make site` passes the same variable to the
//! site step, which must read the very corpus the wasm embeds.

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    println!("cargo::rerun-if-env-changed=CAIRO_SEEDS");
    let seeds = manifest_dir.join(std::env::var_os("CAIRO_SEEDS").unwrap_or("seeds".into()));
    println!("cargo::rerun-if-changed={}", seeds.display());
    let checked = corpus::seeds::SeedFiles::read_dir(&seeds).and_then(|s| s.check());
    let (kb, inputs) = match checked {
        Ok(checked) => checked,
        Err(errors) => {
            for error in &errors.0 {
                println!("cargo::error={error}");
            }
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    std::fs::write(out.join("kb.bin"), kb.encode()).expect("OUT_DIR is writable");
    let corpus = corpus::extract::compile(kb, inputs);
    std::fs::write(out.join("full.bin"), corpus.encode()).expect("OUT_DIR is writable");
    std::fs::write(out.join("corpus.bin"), corpus.abridged().encode())
        .expect("OUT_DIR is writable");
    // The short labels the timeline gives the references the catalogue does not name,
    // made here so that the labeller stays out of the front page's wasm. The abridged
    // corpus keeps every reference at its index, so the table serves both.
    let labels = views::timeline::ref_labels::RefLabels::of(&corpus);
    std::fs::write(out.join("ref_labels.bin"), labels.encode()).expect("OUT_DIR is writable");
}
