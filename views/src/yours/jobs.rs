//! What the worker does for the add-an-article form: guess the dates a text suggests,
//! and extract a draft with the reader's edits to the knowledge base.
//!
//! The extractor needs the whole knowledge base (the corpus lacks the events' cue
//! words), which only the worker embeds (`kb.bin`, written by the build). It is
//! decoded on the first job that needs it, so a worker started for the map does not
//! pay for it, and the automata built from it are kept until the reader's edits
//! change. Answers carry the article as postcard bytes, ready for the browser's
//! storage, with the fingerprint of the knowledge base it was read with.

use super::article::{Uncurated, extract, uncurated};
use super::check::{check, date};
use super::{Draft, Problem};
use corpus::extract::edits::{KbEdits, apply};
use corpus::extract::{Guess, KnowledgeBase, Matchers, guess_dates};
use corpus::model::{Article, Corpus};
use serde::{Deserialize, Serialize};

/// The worker's answer to a job of the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum YoursAnswer {
    Guess(Guess),
    Extracted(Extracted),
    /// The draft cannot be extracted: what is wrong with it.
    Refused(Vec<Problem>),
    /// The worker cannot extract at all (its knowledge base did not decode).
    Failed(String),
}

/// An article of yours, read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extracted {
    pub id: String,
    /// The article, postcard ([`decode_article`]).
    pub article: Vec<u8>,
    /// The names left to curate.
    pub uncurated: Vec<Uncurated>,
    /// The fingerprint of the published knowledge base it was read with: stored with
    /// the article, it says when a new build needs it read again.
    pub kb: u64,
    /// The reader's aliases that were not applied, with why.
    pub skipped: Vec<String>,
}

/// An article from [`Extracted::article`] or the browser's storage; `None` if the
/// bytes are not one.
pub fn decode_article(bytes: &[u8]) -> Option<Article> {
    postcard::from_bytes(bytes).ok()
}

/// The worker's extractor: the knowledge base, decoded on first use, and the one with
/// the reader's edits applied, with its automata.
pub struct Extractor {
    bytes: &'static [u8],
    kb: Option<Result<KnowledgeBase, String>>,
    edited: Option<(KbEdits, KnowledgeBase, Matchers, Vec<String>)>,
    /// Whether [`Extractor::warm`] has run its one reading.
    warmed: bool,
}

impl Extractor {
    /// An extractor over the knowledge base `bytes` encode ([`KnowledgeBase::encode`]).
    pub fn new(bytes: &'static [u8]) -> Self {
        Extractor {
            bytes,
            kb: None,
            edited: None,
            warmed: false,
        }
    }

    /// The dates the text suggests, against the published date typed (if it is one).
    pub fn guess(&self, text: &str, published: &str) -> YoursAnswer {
        YoursAnswer::Guess(guess_dates(text, date(published)))
    }

    /// Checks and extracts a draft. `published` is the corpus the worker draws (for
    /// duplicates and places).
    pub fn extract(&mut self, published: &Corpus, draft: &Draft, edits: &KbEdits) -> YoursAnswer {
        let problems = check(draft, published);
        if !problems.is_empty() {
            return YoursAnswer::Refused(problems);
        }
        let fingerprint = match self.prepare(edits) {
            Ok(f) => f,
            Err(why) => return YoursAnswer::Failed(why),
        };
        let Some((_, kb, matchers, skipped)) = &self.edited else {
            return YoursAnswer::Failed("no knowledge base".into());
        };
        let article = extract(draft, kb, matchers);
        YoursAnswer::Extracted(Extracted {
            id: article.id.clone(),
            uncurated: uncurated(&article, &kb.entities),
            article: postcard::to_allocvec(&article).unwrap_or_default(),
            kb: fingerprint,
            skipped: skipped.clone(),
        })
    }

    /// Prepares ([`Extractor::prepare`]) and, the first time, reads the published
    /// articles' text and drops the result: real sentences, nothing of the reader's.
    /// Run while the reader pastes, it has the browser compile the extractor's hot
    /// code fully before the reader's article needs it (a first run is otherwise about
    /// twice as slow). A failure to prepare shows when an article is submitted.
    pub fn warm(&mut self, published: &Corpus, edits: &KbEdits) {
        if self.prepare(edits).is_err() || self.warmed {
            return;
        }
        self.warmed = true;
        if let Some((_, kb, matchers, _)) = &self.edited {
            let text: Vec<&str> = published.articles.iter().map(|a| a.text.as_str()).collect();
            let draft = Draft {
                text: text.join("\n\n"),
                ..Draft::default()
            };
            let _ = extract(&draft, kb, matchers);
        }
    }

    /// Decodes the knowledge base and builds its automata with the reader's `edits`,
    /// unless that is done; the knowledge base's fingerprint. The dialog asks for it
    /// when it opens, so the first article is read while the reader is still pasting.
    pub fn prepare(&mut self, edits: &KbEdits) -> Result<u64, String> {
        let bytes = self.bytes;
        let kb = match self
            .kb
            .get_or_insert_with(|| KnowledgeBase::decode(bytes).map_err(|e| e.to_string()))
        {
            Ok(kb) => kb,
            Err(why) => return Err(format!("the knowledge base did not load ({why})")),
        };
        if self.edited.as_ref().is_none_or(|(e, ..)| e != edits) {
            let mut with = kb.clone();
            let skipped = apply(&mut with.entities, edits)
                .into_iter()
                .map(|(link, why)| {
                    format!("{:?} was not linked to {}: {why}", link.alias, link.entity)
                })
                .collect();
            let matchers = Matchers::new(&with);
            self.edited = Some((edits.clone(), with, matchers, skipped));
        }
        Ok(kb.fingerprint())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::kb_bytes;
    use corpus::extract::edits::NewEntity;
    use corpus::model::EntityKind;

    fn draft() -> Draft {
        Draft {
            text: "Hamas and Fatah met in Cairo on Thursday. Chinese Foreign Minister \
                   Wang Yi welcomed the meeting."
                .into(),
            talks: "2026-03-12".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn a_draft_is_read_with_the_edits_and_comes_back_whole() {
        let published = corpus::seeds::repository();
        let mut x = Extractor::new(kb_bytes());
        let YoursAnswer::Extracted(first) = x.extract(published, &draft(), &KbEdits::default())
        else {
            panic!("extracted")
        };
        assert_eq!(first.kb, published.kb_fingerprint());
        assert!(first.uncurated.iter().any(|u| u.name == "Wang Yi"));
        let article = decode_article(&first.article).expect("an article");
        assert_eq!(article.id, first.id);
        let edits = KbEdits {
            aliases: vec![corpus::extract::edits::LinkedAlias {
                entity: "china".into(),
                alias: "Hamas".into(),
            }],
            entities: vec![NewEntity {
                name: "Wang Yi".into(),
                kind: EntityKind::Person,
                faction: Some("china".into()),
            }],
        };
        let YoursAnswer::Extracted(again) = x.extract(published, &draft(), &edits) else {
            panic!("extracted")
        };
        assert!(again.uncurated.iter().all(|u| u.name != "Wang Yi"));
        assert_eq!(again.skipped.len(), 1, "{:?}", again.skipped);
        let article = decode_article(&again.article).unwrap();
        let n = published.entities.len() as u16;
        assert!(article.mentions.iter().any(|m| m.entity == n));
        assert_eq!(decode_article(&[0xff, 0xff]), None);
    }

    #[test]
    fn a_bad_draft_is_refused_and_a_bad_knowledge_base_fails() {
        let published = corpus::seeds::repository();
        let mut x = Extractor::new(kb_bytes());
        let empty = Draft::default();
        match x.extract(published, &empty, &KbEdits::default()) {
            YoursAnswer::Refused(p) => assert_eq!(p.len(), 2),
            other => panic!("{other:?}"),
        }
        let mut broken = Extractor::new(&[0xff, 0xff, 0xff]);
        assert!(matches!(
            broken.extract(published, &draft(), &KbEdits::default()),
            YoursAnswer::Failed(why) if why.contains("knowledge base")
        ));
    }

    #[test]
    fn the_guess_reads_the_published_date_typed() {
        let x = Extractor::new(&[]);
        let YoursAnswer::Guess(g) = x.guess(&draft().text, "2026-03-13") else {
            panic!("a guess")
        };
        assert_eq!(
            g.talks.map(|t| t.date.to_string()).as_deref(),
            Some("2026-03-12")
        );
        let YoursAnswer::Guess(g) = x.guess(&draft().text, "soon") else {
            panic!("a guess")
        };
        assert_eq!(g.talks, None);
    }
}
