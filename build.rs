//! Compiles `seeds/` into the binary corpus the app embeds. A broken seed fails the
//! build with the file, the line and what is wrong; nothing partial is embedded.

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let seeds = manifest_dir.join("seeds");
    println!("cargo::rerun-if-changed={}", seeds.display());
    let corpus = match corpus::seeds::load_dir(&seeds) {
        Ok(corpus) => corpus,
        Err(errors) => {
            for error in &errors.0 {
                println!("cargo::error={error}");
            }
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("corpus.bin");
    std::fs::write(&out, corpus.encode()).expect("OUT_DIR is writable");
}
