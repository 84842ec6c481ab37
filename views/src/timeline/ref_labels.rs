//! Where the app finds the short labels of [`super::ref_label`]: made at build time,
//! not in the browser.
//!
//! The labeller and its lexicon weigh about 10 KB of gzip in a wasm, and the front
//! page's first load is within a couple of kilobytes of its budget (ARCHITECTURE.md
//! section 8). So `build.rs` labels the published corpus's references natively
//! ([`RefLabels::of`]) and writes the table beside the corpus; the app installs it at
//! start ([`install`]) and the timeline reads it. Natively (the prerender, the tests)
//! a reference missing from an installed table is labelled on the spot; in a wasm it
//! is not, so a reader's own article ("yours") gets the generic label there. Both
//! paths run the same function on the same sentences, so the prerendered page and
//! the app's agree.

use corpus::model::{Article, Corpus, EntityKind, EventRef, Mention};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Short labels by article id and index of the reference in the article's `events`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RefLabels {
    labels: Vec<(String, u16, String)>,
}

impl RefLabels {
    /// The short labels of the uncatalogued references of `corpus` the timeline
    /// shows (not those that are their round itself), where there is one.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of(corpus: &Corpus) -> RefLabels {
        use super::same_round::{SAME_ROUND_DAYS, days_apart};
        let mut labels = Vec::new();
        for a in &corpus.articles {
            for (n, r) in a.events.iter().enumerate() {
                if !r.catalog.is_empty() || days_apart(r.date, a.date()) <= SAME_ROUND_DAYS {
                    continue;
                }
                if let Some(label) = compute(corpus, a, r) {
                    labels.push((a.id.clone(), n as u16, label));
                }
            }
        }
        RefLabels { labels }
    }

    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// The table `encode` wrote; `None` for bytes that are not one.
    pub fn decode(bytes: &[u8]) -> Option<RefLabels> {
        postcard::from_bytes(bytes).ok()
    }

    pub fn get(&self, article: &str, n: usize) -> Option<&str> {
        self.labels
            .iter()
            .find(|(a, i, _)| a == article && *i as usize == n)
            .map(|(_, _, l)| l.as_str())
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }
}

static INSTALLED: OnceLock<RefLabels> = OnceLock::new();

/// Installs the table the timeline reads; only the first call counts.
pub fn install(labels: RefLabels) {
    let _ = INSTALLED.set(labels);
}

/// The short label of reference `n` of `article`: the installed table's, else (natively
/// only) made now.
pub(crate) fn short(corpus: &Corpus, article: &Article, n: usize, r: &EventRef) -> Option<String> {
    if let Some(label) = INSTALLED.get().and_then(|t| t.get(&article.id, n)) {
        return Some(label.to_string());
    }
    #[cfg(not(target_arch = "wasm32"))]
    return compute(corpus, article, r);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (corpus, r);
        None
    }
}

/// The mentions of the reference's sentence that name someone or something it is
/// about: a credit line's agency ("(AFP)") is not.
pub(crate) fn mentions_in<'a>(
    corpus: &Corpus,
    article: &'a Article,
    r: &EventRef,
) -> Vec<&'a Mention> {
    let Some(sentence) = article.sentences.get(r.sentence as usize) else {
        return Vec::new();
    };
    let kind = |m: &Mention| corpus.entities.get(m.entity as usize).map(|e| e.kind);
    article
        .mentions
        .iter()
        .filter(|m| {
            sentence.span.contains(m.span) && kind(m).is_some_and(|k| k != EntityKind::Media)
        })
        .collect()
}

/// [`super::ref_label::short_label`] on the reference's sentence, its offsets made
/// relative to the sentence.
#[cfg(not(target_arch = "wasm32"))]
fn compute(corpus: &Corpus, article: &Article, r: &EventRef) -> Option<String> {
    let sentence = article.sentences.get(r.sentence as usize)?;
    let (from, to) = (sentence.span.start as usize, sentence.span.end as usize);
    let relative = |s: corpus::model::Span| {
        (s.start as usize).clamp(from, to) - from..(s.end as usize).clamp(from, to) - from
    };
    let mentions: Vec<_> = mentions_in(corpus, article, r)
        .iter()
        .map(|m| relative(m.span))
        .collect();
    super::ref_label::short_label(&super::ref_label::Reference {
        sentence: article.sentence_text(r.sentence),
        date: relative(r.span),
        mentions: &mentions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_reads_back_and_answers_by_article_and_reference() {
        let t = RefLabels {
            labels: vec![("a".into(), 3, "Egypt invites the factions".into())],
        };
        let back = RefLabels::decode(&t.encode()).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.get("a", 3), Some("Egypt invites the factions"));
        assert_eq!(back.get("a", 2), None);
        assert_eq!(RefLabels::decode(&[0xff, 0xff, 0xff]), None);
        // The seeds' references are all catalogued: nothing to label there.
        assert!(RefLabels::of(corpus::seeds::repository()).is_empty());
    }
}
