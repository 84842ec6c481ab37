//! The seed files' TOML shapes and the checks that turn them into a knowledge base
//! and article inputs. Fields that can be wrong are `Spanned`, so a problem is
//! reported at its line.

use super::{
    ARTICLES, ENTITIES, EVENTS, FRAMING, SeedError, SeedErrors, SeedFiles, TOPICS, line_of,
};
use crate::date::PartialDate;
use crate::extract::{ArticleInput, EventCues, KnowledgeBase};
use crate::model::{
    CatalogEvent, Confidence, Entity, EntityIx, EntityKind, FramingTerm, Lane, Role, Sourced, Topic,
};
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesFile {
    #[serde(default)]
    entity: Vec<RawEntity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    id: Spanned<String>,
    name: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    faction: Option<Spanned<String>>,
    #[serde(default)]
    roles: Vec<RawRole>,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    title: String,
    from: Option<Spanned<String>>,
    to: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    #[serde(default)]
    topic: Vec<RawTopic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    description: String,
    phrases: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FramingFile {
    #[serde(default)]
    term: Vec<RawTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    id: Spanned<String>,
    label: String,
    family: String,
    #[serde(default)]
    note: String,
    phrases: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    #[serde(default)]
    event: Vec<RawEvent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Spanned<String>,
    label: String,
    date: Spanned<String>,
    until: Option<Spanned<String>>,
    lane: Spanned<String>,
    #[serde(default)]
    cues: Vec<String>,
    #[serde(default)]
    phrases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticlesFile {
    #[serde(default)]
    article: Vec<RawArticle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    id: Spanned<String>,
    file: Spanned<String>,
    headline: Spanned<String>,
    place: Option<Spanned<String>>,
    talks: Spanned<RawSourced>,
    published: Spanned<RawSourced>,
    outlet: Spanned<RawSourced>,
    wire: Spanned<RawSourced>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSourced {
    value: Option<Spanned<String>>,
    confidence: Spanned<String>,
    #[serde(default)]
    note: String,
}

/// Collects problems for one file, located by byte offsets into its text.
struct Checker<'a> {
    seeds: &'a SeedFiles,
    file: &'static str,
    errors: &'a mut Vec<SeedError>,
}

impl Checker<'_> {
    fn text(&self) -> &str {
        self.seeds
            .files
            .get(self.file)
            .map(String::as_str)
            .unwrap_or("")
    }

    fn at(&mut self, offset: usize, message: impl Into<String>) {
        let line = line_of(self.text(), offset);
        let error = self.seeds.error(self.file, line, message.into());
        self.errors.push(error);
    }

    fn parse<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        match toml::from_str::<T>(self.text()) {
            Ok(value) => Some(value),
            Err(e) => {
                let offset = e.span().map(|s| s.start).unwrap_or(0);
                self.at(offset, e.message().trim().to_string());
                None
            }
        }
    }

    fn id(&mut self, id: &Spanned<String>, seen: &mut HashMap<String, usize>, what: &str) {
        if !is_kebab_id(id.get_ref()) {
            self.at(
                id.span().start,
                format!(
                    "{what} id {:?} must be lowercase kebab-case (letters, digits, single hyphens)",
                    id.get_ref()
                ),
            );
        }
        if let Some(first) = seen.insert(id.get_ref().clone(), id.span().start) {
            let first_line = line_of(self.text(), first);
            self.at(
                id.span().start,
                format!(
                    "duplicate {what} id {:?} (first defined at line {first_line})",
                    id.get_ref()
                ),
            );
        }
    }

    fn date(&mut self, value: &Spanned<String>) -> Option<PartialDate> {
        let date = PartialDate::parse(value.get_ref().trim());
        if date.is_none() {
            self.at(
                value.span().start,
                format!(
                    "bad date {:?}: expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date",
                    value.get_ref()
                ),
            );
        }
        date
    }

    fn phrases(&mut self, phrases: &Spanned<Vec<String>>, owner: &str) {
        if phrases.get_ref().iter().all(|p| p.trim().is_empty()) {
            self.at(phrases.span().start, format!("{owner} has no phrases"));
        }
    }
}

/// The relative paths of the article texts `articles.toml` names, as far as it parses.
pub(super) fn article_files(articles_toml: &str) -> Vec<String> {
    toml::from_str::<ArticlesFile>(articles_toml)
        .map(|f| {
            f.article
                .into_iter()
                .map(|a| a.file.into_inner())
                .filter(|path| is_inside_folder(path))
                .collect()
        })
        .unwrap_or_default()
}

/// A relative path that stays inside the seeds folder: no root, no `..`.
fn is_inside_folder(path: &str) -> bool {
    use std::path::{Component, Path};
    !path.trim().is_empty()
        && !path.contains('\\')
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// Checks every seed file and builds the extractor's inputs.
pub(super) fn parse(seeds: &SeedFiles) -> Result<(KnowledgeBase, Vec<ArticleInput>), SeedErrors> {
    let mut errors = Vec::new();
    // `None` when entities.toml itself is unreadable: then references to entities
    // cannot be checked, and reporting each as unknown would only bury the real error.
    let entities = parse_entities(seeds, &mut errors);
    let topics = parse_topics(seeds, &mut errors);
    let framing = parse_framing(seeds, &mut errors);
    let (events, event_cues) = parse_events(seeds, &mut errors);
    let index: Option<HashMap<&str, EntityIx>> = entities.as_ref().map(|entities| {
        entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i as EntityIx))
            .collect()
    });
    let articles = parse_articles(seeds, index.as_ref(), &mut errors);
    if errors.is_empty() {
        Ok((
            KnowledgeBase {
                entities: entities.unwrap_or_default(),
                topics,
                framing,
                events,
                event_cues,
            },
            articles,
        ))
    } else {
        // In file and line order, as an editor fixes them; stable, so the errors of
        // one line keep the order they were found in.
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        Err(SeedErrors(errors))
    }
}

fn parse_entities(seeds: &SeedFiles, errors: &mut Vec<SeedError>) -> Option<Vec<Entity>> {
    let mut c = Checker {
        seeds,
        file: ENTITIES,
        errors,
    };
    let file = c.parse::<EntitiesFile>()?;
    let mut ids = HashMap::new();
    for raw in &file.entity {
        c.id(&raw.id, &mut ids, "entity");
    }
    // Every spelling must point to one entity, whatever its capitalization.
    let mut alias_owner: HashMap<String, &str> = HashMap::new();
    let mut entities = Vec::new();
    for raw in &file.entity {
        let id = raw.id.get_ref();
        let kind = EntityKind::parse(raw.kind.get_ref()).unwrap_or_else(|| {
            c.at(
                raw.kind.span().start,
                format!(
                    "unknown kind {:?} for {id}: expected person, organization, state, mediator, media or place",
                    raw.kind.get_ref()
                ),
            );
            EntityKind::Organization
        });
        let mut aliases = vec![raw.name.get_ref().trim().to_string()];
        let spelled = std::iter::once(&raw.name).chain(&raw.aliases);
        for alias in spelled {
            let text = alias.get_ref().trim();
            if text.is_empty() {
                c.at(alias.span().start, format!("empty alias for {id}"));
                continue;
            }
            let key = text.to_lowercase();
            match alias_owner.get(&key) {
                Some(&owner) if owner != id.as_str() => c.at(
                    alias.span().start,
                    format!("alias {text:?} of {id} is already claimed by {owner}"),
                ),
                Some(_) => {}
                None => {
                    alias_owner.insert(key, id);
                    if !aliases.iter().any(|a| a == text) {
                        aliases.push(text.to_string());
                    }
                }
            }
        }
        let faction = raw.faction.as_ref().and_then(|f| {
            let target = file
                .entity
                .iter()
                .position(|e| e.id.get_ref() == f.get_ref());
            match target {
                None => {
                    c.at(
                        f.span().start,
                        format!("{id} names unknown entity {:?} as its faction", f.get_ref()),
                    );
                    None
                }
                Some(t) if matches!(file.entity[t].kind.get_ref().as_str(), "person" | "place") => {
                    c.at(
                        f.span().start,
                        format!("{id}'s faction {:?} is a person or a place", f.get_ref()),
                    );
                    None
                }
                Some(t) => Some(t as EntityIx),
            }
        });
        let mut roles = Vec::new();
        for role in &raw.roles {
            let from = role.from.as_ref().and_then(|d| c.date(d));
            let to = role.to.as_ref().and_then(|d| c.date(d));
            if let (Some(f), Some(t), Some(span)) = (from, to, role.to.as_ref())
                && t.last_day() < f.first_day()
            {
                c.at(
                    span.span().start,
                    format!("role of {id} ends before it starts"),
                );
            }
            roles.push(Role {
                title: role.title.clone(),
                from,
                to,
            });
        }
        entities.push(Entity {
            id: id.clone(),
            name: raw.name.get_ref().trim().to_string(),
            kind,
            aliases,
            faction,
            roles,
            description: raw.description.clone(),
        });
    }
    Some(entities)
}

fn parse_topics(seeds: &SeedFiles, errors: &mut Vec<SeedError>) -> Vec<Topic> {
    let mut c = Checker {
        seeds,
        file: TOPICS,
        errors,
    };
    let Some(file) = c.parse::<TopicsFile>() else {
        return Vec::new();
    };
    let mut ids = HashMap::new();
    file.topic
        .into_iter()
        .map(|raw| {
            c.id(&raw.id, &mut ids, "topic");
            c.phrases(&raw.phrases, raw.id.get_ref());
            Topic {
                id: raw.id.into_inner(),
                name: raw.name,
                description: raw.description,
                phrases: raw.phrases.into_inner(),
            }
        })
        .collect()
}

fn parse_framing(seeds: &SeedFiles, errors: &mut Vec<SeedError>) -> Vec<FramingTerm> {
    let mut c = Checker {
        seeds,
        file: FRAMING,
        errors,
    };
    let Some(file) = c.parse::<FramingFile>() else {
        return Vec::new();
    };
    let mut ids = HashMap::new();
    file.term
        .into_iter()
        .map(|raw| {
            c.id(&raw.id, &mut ids, "framing term");
            c.phrases(&raw.phrases, raw.id.get_ref());
            FramingTerm {
                id: raw.id.into_inner(),
                label: raw.label,
                family: raw.family,
                note: raw.note,
                phrases: raw.phrases.into_inner(),
            }
        })
        .collect()
}

fn parse_events(
    seeds: &SeedFiles,
    errors: &mut Vec<SeedError>,
) -> (Vec<CatalogEvent>, Vec<EventCues>) {
    let mut c = Checker {
        seeds,
        file: EVENTS,
        errors,
    };
    let Some(file) = c.parse::<EventsFile>() else {
        return (Vec::new(), Vec::new());
    };
    let mut ids = HashMap::new();
    let mut events = Vec::new();
    let mut cues = Vec::new();
    for raw in file.event {
        c.id(&raw.id, &mut ids, "event");
        let date = c.date(&raw.date).unwrap_or(PartialDate::year(1970));
        let until = raw.until.as_ref().and_then(|d| c.date(d));
        if let (Some(u), Some(span)) = (until, raw.until.as_ref())
            && u.last_day() < date.first_day()
        {
            c.at(
                span.span().start,
                format!("{} ends before it starts", raw.id.get_ref()),
            );
        }
        let lane = Lane::parse(raw.lane.get_ref()).unwrap_or_else(|| {
            c.at(
                raw.lane.span().start,
                format!(
                    "unknown lane {:?}: expected talks, war, deadline or international",
                    raw.lane.get_ref()
                ),
            );
            Lane::Talks
        });
        if raw.cues.is_empty() && raw.phrases.is_empty() {
            c.at(
                raw.id.span().start,
                format!(
                    "event {} has neither cues nor phrases: nothing can refer to it",
                    raw.id.get_ref()
                ),
            );
        }
        events.push(CatalogEvent {
            id: raw.id.into_inner(),
            label: raw.label,
            date,
            until,
            lane,
        });
        cues.push(EventCues {
            cues: raw.cues,
            phrases: raw.phrases,
        });
    }
    (events, cues)
}

fn parse_articles(
    seeds: &SeedFiles,
    entities: Option<&HashMap<&str, EntityIx>>,
    errors: &mut Vec<SeedError>,
) -> Vec<ArticleInput> {
    let mut c = Checker {
        seeds,
        file: ARTICLES,
        errors,
    };
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
        inputs.push(ArticleInput {
            id: raw.id.into_inner(),
            file: raw.file.into_inner(),
            headline: raw.headline.into_inner(),
            place,
            talks,
            published,
            outlet,
            wire,
            text,
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

/// Lowercase ASCII letters and digits in words joined by single hyphens.
pub(crate) fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
