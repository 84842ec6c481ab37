//! The ids of the corpus: lowercase kebab-case (`khaled-mashaal`, `cairo-2014-09`),
//! and the namespace of ids made in a reader's browser (`yours-…`), which no curated
//! id may use.
//!
//! Below both the seed checker, which refuses a curated id in that namespace, and the
//! reader's knowledge-base edits (`extract::edits`), which make ids in it: the one
//! rule both read, so that neither module needs the other.

/// The prefix of every id made in a reader's browser: articles and entities alike.
pub const YOURS_PREFIX: &str = "yours-";

/// Whether an id was made in a reader's browser (an article or an entity of yours).
pub fn is_yours_id(id: &str) -> bool {
    id.starts_with(YOURS_PREFIX)
}

/// Lowercase ASCII letters and digits in words joined by single hyphens.
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids_and_the_readers_namespace() {
        for id in ["hamas", "cairo-2014-09", "yours-1a2b"] {
            assert!(is_kebab_id(id), "{id}");
        }
        for id in ["", "Hamas", "a--b", "-a", "a-", "a_b", "é"] {
            assert!(!is_kebab_id(id), "{id}");
        }
        assert!(is_yours_id("yours-wang-yi") && !is_yours_id("wang-yi"));
    }
}
