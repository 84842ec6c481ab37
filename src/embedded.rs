//! The corpus compiled from `seeds/` by `build.rs`, decoded once at start-up.

use corpus::Corpus;
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The embedded corpus, decoded on first use and shared by reference from then on.
/// A corrupt blob yields the error text instead of a panic, so the shell can say so.
pub fn corpus() -> Result<&'static Corpus, &'static str> {
    static DECODED: OnceLock<Result<Corpus, String>> = OnceLock::new();
    DECODED
        .get_or_init(|| Corpus::decode(BYTES).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(String::as_str)
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
