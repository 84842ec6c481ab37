//! The real knowledge base (`seeds/`), read once, and its bytes as the build embeds
//! them for the worker (`kb.bin`): what the add-an-article tests extract with. Shared
//! by the unit tests (`crate::testing`) and the integration tests (`common`).

use corpus::extract::KnowledgeBase;

/// The knowledge base of the repository's seeds.
pub fn kb() -> &'static KnowledgeBase {
    static KB: std::sync::OnceLock<KnowledgeBase> = std::sync::OnceLock::new();
    KB.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        corpus::seeds::SeedFiles::read_dir(&dir)
            .and_then(|s| s.check())
            .map(|(kb, _)| kb)
            .expect("the seeds read")
    })
}

/// [`kb`] encoded, as the worker embeds it.
pub fn kb_bytes() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| kb().encode())
}
