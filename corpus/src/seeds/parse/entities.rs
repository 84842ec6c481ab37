//! Checking `entities.toml`: ids, kinds, aliases that point to one entity only (as
//! written and under their spelling key, so that no variant in a text could name two
//! entities), factions that exist and can be factions, and roles whose dates are in
//! order.
//!
//! A file of its own because entities are the one seed that refers to itself
//! (factions, aliases claimed across entries) and so needs the most checks.

use super::checker::Checker;
use super::raw::EntitiesFile;
use crate::extract::names::{BREAK, is_all_capitals, name_key};
use crate::model::{Entity, EntityIx, EntityKind, Role};
use crate::seeds::{ENTITIES, SeedError, SeedFiles};
use std::collections::HashMap;

pub(super) fn parse_entities(
    seeds: &SeedFiles,
    errors: &mut Vec<SeedError>,
) -> Option<Vec<Entity>> {
    let mut c = Checker::new(seeds, ENTITIES, errors);
    let file = c.parse::<EntitiesFile>()?;
    let mut ids = HashMap::new();
    for raw in &file.entity {
        c.id(&raw.id, &mut ids, "entity");
    }
    // Every spelling must point to one entity, whatever its capitalization.
    let mut alias_owner: HashMap<String, &str> = HashMap::new();
    // Spelling keys of the aliases matched by key, with the alias that first had it.
    let mut key_owner: HashMap<String, (&str, &str)> = HashMap::new();
    let mut entities = Vec::new();
    for raw in &file.entity {
        let id = raw.id.get_ref();
        let kind = c
            .member(
                &raw.kind,
                &EntityKind::ALL,
                EntityKind::as_str,
                "kind",
                &format!(" for {id}"),
            )
            .unwrap_or(EntityKind::Organization);
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
                    let spelling = name_key(text);
                    if is_all_capitals(text) || spelling.is_empty() || spelling.contains(BREAK) {
                        continue;
                    }
                    match key_owner.get(&spelling) {
                        Some(&(owner, other)) if owner != id.as_str() => c.at(
                            alias.span().start,
                            format!(
                                "alias {text:?} of {id} is a spelling of {other:?} of {owner} \
                                 (both read as {spelling:?}): a text spelling it either way \
                                 would name both"
                            ),
                        ),
                        Some(_) => {}
                        None => {
                            key_owner.insert(spelling, (id, text));
                        }
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
