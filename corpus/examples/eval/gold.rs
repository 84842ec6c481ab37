//! The hand counts of an evaluation set: one TOML file per article, read and checked
//! against the corpus before anything is scored, so that a typo in a gold file is an
//! error with its file and entry rather than a silently lower score.
//!
//! The format and the rules behind the numbers are in
//! `tests/fixtures/unseen/ANNOTATION.md`.

use corpus::PartialDate;
use corpus::model::{Article, Corpus};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// A gold quote's speaker that is stated by no name.
pub const UNNAMED: &str = "unnamed";
pub const UNATTRIBUTED: &str = "unattributed";

/// The hand counts for one article.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    /// Mentions per knowledge-base id.
    #[serde(default)]
    pub mentions: BTreeMap<String, u32>,
    /// Entities the knowledge base lacks, which should come out as candidates.
    #[serde(default)]
    pub uncurated: Vec<Uncurated>,
    #[serde(default)]
    pub quote: Vec<GoldQuote>,
    #[serde(default)]
    pub date: Vec<GoldDate>,
    /// Knowledge-base people the text places at the talks, delegation heads included.
    #[serde(default)]
    pub present: Vec<String>,
    /// Faction id to the person the text says headed its delegation.
    #[serde(default)]
    pub leaders: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Uncurated {
    pub name: String,
    pub kind: String,
    pub count: u32,
    /// Other ways this article writes the same entity.
    #[serde(default)]
    pub forms: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldQuote {
    /// The first words of the quotation, without the quotation mark.
    pub starts: String,
    pub speaker: Speakers,
}

/// One speaker, or several when the text gives the words to several at once.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Speakers {
    One(String),
    Many(Vec<String>),
}

impl Speakers {
    pub fn all(&self) -> Vec<&str> {
        match self {
            Speakers::One(s) => vec![s.as_str()],
            Speakers::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }

    /// Whether the text names who speaks (by id or by name).
    pub fn is_stated(&self) -> bool {
        self.all()
            .iter()
            .all(|s| *s != UNNAMED && *s != UNATTRIBUTED)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision is the form.
    pub date: String,
    /// The words of the text, for people reading the file.
    #[serde(default)]
    pub text: String,
    /// The date's own words exactly as the article has them (`\n` for a line break):
    /// where a prediction with another date is counted as wrong.
    #[serde(default)]
    pub words: Option<String>,
    /// Counted from another date (back, forward or chained): read with less certainty.
    #[serde(default)]
    pub counted: Option<bool>,
}

/// Where each gold date's `words` stand in the text, as byte ranges: the first
/// occurrence that no earlier gold date has taken (overlaps). `None` for a date
/// without words, or whose words are not (or no longer) found.
pub fn locate(text: &str, dates: &[GoldDate]) -> Vec<Option<std::ops::Range<usize>>> {
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    dates
        .iter()
        .map(|d| {
            let words = d.words.as_deref().filter(|w| !w.is_empty())?;
            let found = text
                .match_indices(words)
                .map(|(at, w)| at..at + w.len())
                .find(|r| !taken.iter().any(|t| t.start < r.end && r.start < t.end))?;
            taken.push(found.clone());
            Some(found)
        })
        .collect()
}

/// Reads `dir/<article id>.toml` for every article of `corpus`, and checks each file
/// against the corpus: known ids, dates that parse, speakers that are ids or names of
/// the file's uncurated entities. Every problem is returned, one line each.
pub fn read(dir: &Path, corpus: &Corpus) -> Result<BTreeMap<String, Gold>, Vec<String>> {
    let mut out = BTreeMap::new();
    let mut errors = Vec::new();
    for article in &corpus.articles {
        let path = dir.join(format!("{}.toml", article.id));
        let shown = path.display();
        let gold = match std::fs::read_to_string(&path) {
            Ok(text) => match toml::from_str::<Gold>(&text) {
                Ok(gold) => gold,
                Err(e) => {
                    errors.push(format!("{shown}: {}", e.message().trim()));
                    continue;
                }
            },
            Err(e) => {
                errors.push(format!("{shown}: cannot read: {e}"));
                continue;
            }
        };
        check(&gold, corpus, article, &mut |message| {
            errors.push(format!("{shown}: {message}"))
        });
        out.insert(article.id.clone(), gold);
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if let Some(id) = name.strip_suffix(".toml")
                && corpus.article(id).is_none()
            {
                errors.push(format!("{}: no article {id}", entry.path().display()));
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn check(gold: &Gold, corpus: &Corpus, article: &Article, error: &mut dyn FnMut(String)) {
    for id in gold.mentions.keys() {
        if corpus.entity_ix(id).is_none() {
            error(format!("[mentions] {id} is not in the knowledge base"));
        }
    }
    for u in &gold.uncurated {
        if corpus::model::EntityKind::parse(&u.kind).is_none() {
            error(format!(
                "[[uncurated]] {}: unknown kind {:?}",
                u.name, u.kind
            ));
        }
        if corpus
            .entities
            .iter()
            .any(|e| e.id == u.name || e.name == u.name)
        {
            error(format!(
                "[[uncurated]] {} is in the knowledge base: count it under [mentions]",
                u.name
            ));
        }
    }
    for q in &gold.quote {
        for s in q.speaker.all() {
            let known = s == UNNAMED
                || s == UNATTRIBUTED
                || corpus.entity_ix(s).is_some()
                || gold.uncurated.iter().any(|u| u.name == s);
            if !known {
                error(format!(
                    "quote {:?}: speaker {s:?} is neither an id, an [[uncurated]] name, {UNNAMED} nor {UNATTRIBUTED}",
                    q.starts
                ));
            }
        }
    }
    let people = gold
        .present
        .iter()
        .chain(gold.leaders.keys())
        .chain(gold.leaders.values());
    for id in people {
        if corpus.entity_ix(id).is_none() {
            error(format!(
                "present/leaders: {id} is not in the knowledge base"
            ));
        }
    }
    for (d, at) in gold.date.iter().zip(locate(&article.text, &gold.date)) {
        if PartialDate::parse(&d.date).is_none_or(|p| p.to_string() != d.date) {
            error(format!(
                "date {:?} is not YYYY, YYYY-MM or YYYY-MM-DD",
                d.date
            ));
        }
        if let (Some(words), None) = (&d.words, at) {
            let why = if words.is_empty() {
                "empty"
            } else if article.text.contains(words.as_str()) {
                "every occurrence is taken by an earlier date"
            } else {
                "not in the text"
            };
            error(format!("date {:?}: words {words:?}: {why}", d.date));
        }
    }
}
