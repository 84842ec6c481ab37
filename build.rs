//! Compiles `seeds/` into the binary corpus the app embeds (`corpus.bin`), and writes
//! the knowledge base beside it (`kb.bin`) for the worker that extracts a reader's own
//! article: the corpus lacks the events' cue words the extractor needs, and only the
//! add-an-article worker (`src/bin/yours_worker.rs`) includes the knowledge base, so
//! neither the front page's wasm nor the drawing worker carries it; and the timeline's
//! short labels of the corpus's uncatalogued references (`ref_labels.bin`, see
//! `views::timeline::ref_labels`).
//! A broken seed fails the build with the file, the line and what is wrong; nothing
//! partial is embedded.

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let seeds = manifest_dir.join("seeds");
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
    std::fs::write(out.join("corpus.bin"), corpus.encode()).expect("OUT_DIR is writable");
    // The short labels the timeline gives the references the catalogue does not name,
    // made here so that the labeller stays out of the front page's wasm.
    let labels = views::timeline::ref_labels::RefLabels::of(&corpus);
    std::fs::write(out.join("ref_labels.bin"), labels.encode()).expect("OUT_DIR is writable");
}
