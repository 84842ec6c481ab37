//! The hand-counted commitments and outcomes of one tier: `promises/<id>.toml` per
//! article, each entry located at the one sentence its `words` stand in.
//!
//! A problem with a file or an entry (words in no sentence, or in several; an
//! unknown status or id; a deadline that is not a date) is a gold error: returned as a
//! line naming the file and the entry, and the entry left out of the scoring, so that
//! a typo is loud but the rest of the tier is still scored.

use super::{Kind, Promise};
use corpus::PartialDate;
use corpus::model::{Article, Corpus, SentenceIx, Status};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One article's file, as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(default)]
    pub commitment: Vec<GoldCommitment>,
    #[serde(default)]
    pub outcome: Vec<GoldOutcome>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldCommitment {
    /// An exact substring of the one sentence (`\n` for a line break).
    pub words: String,
    pub provision: String,
    /// Knowledge-base ids of who promised; not scored yet, checked.
    #[serde(default)]
    pub by: Vec<String>,
    pub agreement: Option<String>,
    pub deadline: Option<String>,
    #[serde(default)]
    pub deadline_counted: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldOutcome {
    pub words: String,
    pub provision: String,
    pub agreement: Option<String>,
    pub status: String,
}

/// A tier's hand counts: per article id, its located entries, or `None` when its
/// file could not be read (then the article is not scored); and every gold error.
#[derive(Debug, Default)]
pub struct Read {
    pub articles: BTreeMap<String, Option<Vec<Promise>>>,
    pub errors: Vec<String>,
}

/// Reads `dir/<id>.toml` for every article of `corpus`.
pub fn read(dir: &Path, corpus: &Corpus) -> Read {
    let mut out = Read::default();
    if !dir.is_dir() {
        out.errors.push(format!(
            "{}: no such folder: promises not scored",
            dir.display()
        ));
        return out;
    }
    for article in &corpus.articles {
        let path = dir.join(format!("{}.toml", article.id));
        let shown = path.display().to_string();
        let file = std::fs::read_to_string(&path)
            .map_err(|e| format!("{shown}: cannot read: {e}"))
            .and_then(|text| {
                toml::from_str::<File>(&text)
                    .map_err(|e| format!("{shown}: {}", e.message().trim()))
            });
        let located = match file {
            Ok(file) => Some(locate(&file, corpus, article, &mut |e| {
                out.errors.push(format!("{shown}: {e}"))
            })),
            Err(e) => {
                out.errors.push(e);
                None
            }
        };
        out.articles.insert(article.id.clone(), located);
    }
    out
}

/// The file's entries that check, each at its sentence; `error` hears of the others.
pub fn locate(
    file: &File,
    corpus: &Corpus,
    a: &Article,
    error: &mut dyn FnMut(String),
) -> Vec<Promise> {
    let mut out = Vec::new();
    for c in &file.commitment {
        let entry = format!("[[commitment]] {:?}", c.words);
        let mut problems = ids(corpus, &c.provision, c.agreement.as_deref());
        for id in c.by.iter().filter(|id| corpus.entity_ix(id).is_none()) {
            problems.push(format!("by {id:?} is not in the knowledge base"));
        }
        if let Some(d) = &c.deadline
            && PartialDate::parse(d).is_none_or(|p| p.to_string() != *d)
        {
            problems.push(format!("deadline {d:?} is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        if c.deadline_counted && c.deadline.is_none() {
            problems.push("deadline_counted without a deadline".into());
        }
        let sentence = sentence_of(a, &c.words).map_err(|e| problems.push(e));
        match (sentence, problems.is_empty()) {
            (Ok(sentence), true) => out.push(Promise {
                kind: Kind::Commitment,
                sentence,
                provision: c.provision.clone(),
                agreement: c.agreement.clone(),
                deadline: c.deadline.clone(),
                counted: c.deadline_counted,
                status: None,
                shown: c.words.clone(),
            }),
            _ => problems.iter().for_each(|p| error(format!("{entry}: {p}"))),
        }
    }
    for o in &file.outcome {
        let entry = format!("[[outcome]] {:?}", o.words);
        let mut problems = ids(corpus, &o.provision, o.agreement.as_deref());
        let status = Status::parse(&o.status);
        if status.is_none() {
            problems.push(format!(
                "status {:?} is not one of ANNOTATION.md's",
                o.status
            ));
        }
        let sentence = sentence_of(a, &o.words).map_err(|e| problems.push(e));
        match (sentence, problems.is_empty()) {
            (Ok(sentence), true) => out.push(Promise {
                kind: Kind::Outcome,
                sentence,
                provision: o.provision.clone(),
                agreement: o.agreement.clone(),
                deadline: None,
                counted: false,
                status,
                shown: o.words.clone(),
            }),
            _ => problems.iter().for_each(|p| error(format!("{entry}: {p}"))),
        }
    }
    out
}

/// Problems with a provision and an agreement id. Checked against the corpus's
/// curated lists once they exist: while `seeds/provisions.toml` (or
/// `agreements.toml`) is absent the list is empty and any id is let through, since
/// nothing extracted can match it anyway.
fn ids(corpus: &Corpus, provision: &str, agreement: Option<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    if !corpus.provisions.is_empty() && corpus.provision_ix(provision).is_none() {
        problems.push(format!(
            "provision {provision:?} is not in seeds/provisions.toml"
        ));
    }
    if let Some(g) = agreement
        && !corpus.agreements.is_empty()
        && corpus.agreement_ix(g).is_none()
    {
        problems.push(format!("agreement {g:?} is not in seeds/agreements.toml"));
    }
    problems
}

/// The one sentence of the article (as the extractor cuts them) that holds `words`.
/// Whitespace at either end of `words` only makes them unique in the text (a
/// headline repeated after a blank line): the trimmed words must sit in one sentence.
pub fn sentence_of(a: &Article, words: &str) -> Result<SentenceIx, String> {
    let core = words.trim();
    if core.is_empty() {
        return Err("words are empty".into());
    }
    let starts: Vec<usize> = a.text.match_indices(words).map(|(i, _)| i).collect();
    let start = match starts.as_slice() {
        [one] => one + (words.len() - words.trim_start().len()),
        [] => return Err("words are not in the text".into()),
        many => {
            return Err(format!(
                "words are in the text {} times: make them unique",
                many.len()
            ));
        }
    };
    let end = start + core.len();
    a.sentences
        .iter()
        .position(|s| (s.span.start as usize) <= start && end <= s.span.end as usize)
        .map(|i| i as SentenceIx)
        .ok_or_else(|| {
            "words are in the text but across a sentence break (as the extractor cuts sentences)"
                .into()
        })
}
