//! Checking `articles.toml`: each article's id, its text file (inside the seeds
//! folder, present, not empty, used once), its place, and its researched fields.
//!
//! A file of its own because articles are checked against the other seeds (places
//! are entities) and the disk (their texts), and carry the `Sourced` fields.

use super::checker::Checker;
use super::raw::{ArticlesFile, RawSourced};
use crate::model::{Article, Confidence, EntityIx, Sourced};
use crate::seed_files::{is_inside_folder, line_of};
use crate::seeds::{ARTICLES, SeedError, SeedFiles};
use std::collections::HashMap;
use toml::Spanned;

pub(super) fn parse_articles(
    seeds: &SeedFiles,
    entities: Option<&HashMap<&str, EntityIx>>,
    errors: &mut Vec<SeedError>,
) -> Vec<Article> {
    let mut c = Checker::new(seeds, ARTICLES, errors);
    let Some(file) = c.parse::<ArticlesFile>() else {
        return Vec::new();
    };
    if file.article.is_empty() {
        c.at(0, "no [[article]] entries");
    }
    let mut ids = HashMap::new();
    let mut files = HashMap::new();
    let mut inputs = Vec::new();
    for raw in file.article {
        c.id(&raw.id, &mut ids, "article");
        let path = raw.file.get_ref();
        if !is_inside_folder(path) {
            c.at(
                raw.file.span().start,
                format!(
                    "article file {path:?} must be a relative path inside the seeds folder, like \"articles/NAME.txt\""
                ),
            );
        } else if let Some(first) = files.insert(path.clone(), raw.file.span().start) {
            let line = line_of(c.text(), first);
            c.at(
                raw.file.span().start,
                format!("{path} is already used at line {line}"),
            );
        }
        let text = match seeds.files.get(path.as_str()) {
            _ if !is_inside_folder(path) => String::new(),
            Some(text) if !text.trim().is_empty() => text.clone(),
            Some(_) => {
                c.at(raw.file.span().start, format!("{path} is empty"));
                String::new()
            }
            None => {
                c.at(
                    raw.file.span().start,
                    format!("cannot read the article text {path}"),
                );
                String::new()
            }
        };
        if raw.headline.get_ref().trim().is_empty() {
            c.at(raw.headline.span().start, "empty headline");
        }
        let place = raw.place.as_ref().and_then(|p| {
            let ix = entities?.get(p.get_ref().as_str()).copied();
            if ix.is_none() {
                c.at(
                    p.span().start,
                    format!("unknown entity {:?} as place", p.get_ref()),
                );
            }
            ix
        });
        let talks = sourced(&mut c, &raw.talks, "talks", |c, v| c.date(v));
        let published = sourced(&mut c, &raw.published, "published", |c, v| c.date(v));
        for (field, value) in [("talks", &talks), ("published", &published)] {
            if value.value.is_none() && value.confidence == Confidence::Unknown {
                c.at(
                    raw.id.span().start,
                    format!(
                        "{} needs a {field} date: the timeline places it by that date",
                        raw.id.get_ref()
                    ),
                );
            }
        }
        let outlet = sourced(&mut c, &raw.outlet, "outlet", |_, v| {
            Some(v.get_ref().clone())
        });
        let wire = sourced(&mut c, &raw.wire, "wire", |_, v| Some(v.get_ref().clone()));
        inputs.push(Article {
            file: raw.file.into_inner(),
            headline: raw.headline.into_inner(),
            place,
            talks,
            published,
            outlet,
            wire,
            ..Article::unannotated(raw.id.get_ref(), &text)
        });
    }
    inputs
}

/// A researched field: its confidence must parse, and it has a value unless unknown.
fn sourced<T>(
    c: &mut Checker<'_>,
    raw: &Spanned<RawSourced>,
    field: &str,
    value: impl FnOnce(&mut Checker<'_>, &Spanned<String>) -> Option<T>,
) -> Sourced<T> {
    let inner = raw.get_ref();
    let parsed_confidence = Confidence::parse(inner.confidence.get_ref());
    let parsed = inner.value.as_ref().and_then(|v| value(c, v));
    match (&inner.value, parsed_confidence) {
        // An unreadable confidence is reported as such, and only as such.
        (_, None) => c.at(
            inner.confidence.span().start,
            format!(
                "{field}: unknown confidence {:?}: expected stated, inferred or unknown",
                inner.confidence.get_ref()
            ),
        ),
        (None, Some(confidence @ (Confidence::Stated | Confidence::Inferred))) => c.at(
            raw.span().start,
            format!("{field} is {} but has no value", confidence.as_str()),
        ),
        (Some(v), Some(Confidence::Unknown)) => c.at(
            v.span().start,
            format!("{field} has a value but its confidence is \"unknown\""),
        ),
        _ => {}
    }
    let confidence = parsed_confidence.unwrap_or(Confidence::Unknown);
    Sourced {
        value: parsed,
        confidence,
        note: inner.note.clone(),
    }
}
