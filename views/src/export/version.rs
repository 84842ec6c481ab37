//! The corpus version an export names, so a figure can be traced to the corpus it was
//! counted in.
//!
//! It is the FNV-1a hash (64 bits, [`corpus::model::fnv1a`]) of the blob the app
//! embeds, `corpus.bin`: what `build.rs` writes, `Corpus::encode` of the corpus
//! compiled from `seeds/`. So it changes with any article, text, seed or extractor
//! change that changes what the app shows, and it is the same in every build of the
//! same sources. (The knowledge base's fingerprint, `Corpus::kb_fingerprint`, would
//! miss the articles.) The app hashes the blob it already holds; the hash of
//! `Corpus::encode` of the decoded corpus is the same value, which is what the tests
//! and the build can compute. When the reader's own articles are merged in, the
//! version says how many: they are in no published corpus.

use corpus::model::{Corpus, fnv1a};

/// `0123456789abcdef`: the version of the published corpus whose blob is `blob`.
pub fn of_blob(blob: &[u8]) -> String {
    format!("{:016x}", fnv1a(blob))
}

/// The version of a corpus as the build embeds it.
pub fn of_corpus(corpus: &Corpus) -> String {
    of_blob(&corpus.encode())
}

/// The version with the reader's own articles counted in: `0123456789abcdef+2-yours`.
pub fn with_yours(version: &str, yours: usize) -> String {
    if yours == 0 {
        version.to_string()
    } else {
        format!("{version}+{yours}-yours")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_follows_the_corpus_and_names_the_readers_articles() {
        let corpus = corpus::seeds::repository();
        let v = of_corpus(corpus);
        assert_eq!(v.len(), 16);
        assert!(v.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(
            of_corpus(&corpus.clone()),
            v,
            "the same corpus, the same version"
        );
        let mut edited = corpus.clone();
        edited.articles[0].headline.push('!');
        assert_ne!(of_corpus(&edited), v);
        assert_eq!(with_yours(&v, 0), v);
        assert_eq!(with_yours(&v, 2), format!("{v}+2-yours"));
    }
}
