//! The corpora compiled from the seeds by `build.rs`, each decoded once on first use.
//!
//! The front page's wasm embeds [`corpus`], every article abridged to what the
//! timeline and the filters read (`corpus::Corpus::abridged`); the workers embed
//! [`full_corpus`], texts and annotations included. Each binary links only the one it
//! calls, so the texts never reach the front page's first load (ARCHITECTURE.md
//! section 8); the app gets the full articles from the drawing worker when a view of
//! its own needs a text (`hooks::use_worker`, `Job::Articles`).

use corpus::Corpus;
use std::sync::OnceLock;

type Decoded = OnceLock<Result<Corpus, String>>;

/// Decoded on first use and shared by reference from then on. A corrupt blob yields
/// the error text instead of a panic, so the page can say so.
fn decoded(cell: &'static Decoded, bytes: &[u8]) -> Result<&'static Corpus, &'static str> {
    cell.get_or_init(|| Corpus::decode(bytes).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(String::as_str)
}

/// The abridged corpus: what the front page's wasm embeds.
pub fn corpus() -> Result<&'static Corpus, &'static str> {
    static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));
    static DECODED: Decoded = OnceLock::new();
    decoded(&DECODED, BYTES)
}

/// The whole corpus, texts and annotations: what the workers embed.
pub fn full_corpus() -> Result<&'static Corpus, &'static str> {
    static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/full.bin"));
    static DECODED: Decoded = OnceLock::new();
    decoded(&DECODED, BYTES)
}

static REF_LABELS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ref_labels.bin"));

/// Installs the timeline's short labels of the corpus's references, made by `build.rs`
/// (`views::timeline::ref_labels`); a table that does not decode leaves the generic
/// labels.
pub fn install_ref_labels() {
    if let Some(labels) = views::timeline::ref_labels::RefLabels::decode(REF_LABELS) {
        views::timeline::ref_labels::install(labels);
    }
}
