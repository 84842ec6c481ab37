//! What a reader adds to the knowledge base while curating an article of their own:
//! a name the text uses for a known entity (an alias), or a new entity of their own.
//!
//! The edits live in the reader's browser, never in `seeds/`, and are applied to a
//! copy of the knowledge base before extraction. Applying them is total and keeps
//! indices stable: new entities are appended in the order they were made, each under
//! an id in a namespace of its own (`yours-…`) that no curated id uses, so an
//! article extracted earlier still points to the right entities after more are added.
//! An alias that would make a name ambiguous is refused when the reader makes it
//! ([`check_alias`]) and skipped if it became ambiguous since ([`apply`]): a refused
//! alias changes what is found, never which entity an index means.

use super::names::{BREAK, is_all_capitals, name_key};
use crate::model::{Entity, EntityIx, EntityKind};
use crate::text::fold;
use serde::{Deserialize, Serialize};

/// The id rule lives below this module ([`crate::ids`]), where the seed checker reads
/// it too; these paths are kept for the code that reads it from here.
pub use crate::ids::{YOURS_PREFIX, is_yours_id};

/// Longest name or alias kept, in characters: a name, not a paragraph.
pub const MAX_NAME_CHARS: usize = 80;

/// The reader's edits to the knowledge base, in the order they were made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KbEdits {
    /// A name the text uses for an entity, by the entity's id.
    pub aliases: Vec<LinkedAlias>,
    /// Entities the knowledge base lacks, appended after its own.
    pub entities: Vec<NewEntity>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedAlias {
    pub entity: String,
    pub alias: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEntity {
    pub name: String,
    pub kind: EntityKind,
    /// The id of the faction or state a person belongs to or represents.
    pub faction: Option<String>,
}

/// Appends the new entities to `entities` and adds the aliases that are still
/// unambiguous. Returns the aliases skipped, with why. Never fails: what cannot be
/// applied is left out, and the entities keep their places.
pub fn apply(entities: &mut Vec<Entity>, edits: &KbEdits) -> Vec<(LinkedAlias, String)> {
    for new in &edits.entities {
        let name = clean(&new.name);
        let id = fresh_id(entities, &name);
        let faction = new
            .faction
            .as_deref()
            .and_then(|f| index_of(entities, f))
            .filter(|&f| can_be_faction(entities[f as usize].kind));
        entities.push(Entity {
            id,
            aliases: vec![name.clone()],
            name,
            kind: new.kind,
            faction,
            roles: Vec::new(),
            description: String::new(),
        });
    }
    let mut skipped = Vec::new();
    for link in &edits.aliases {
        match check_alias(entities, &link.entity, &clean(&link.alias)) {
            Ok(ix) => {
                let alias = clean(&link.alias);
                let entity = &mut entities[ix as usize];
                if !entity.aliases.contains(&alias) {
                    entity.aliases.push(alias);
                }
            }
            Err(why) => skipped.push((link.clone(), why)),
        }
    }
    skipped
}

/// The entities the edits add, with the ids and places [`apply`] gives them: what the
/// app appends to the published corpus so that an article of yours can name them.
pub fn local_entities(published: &[Entity], edits: &KbEdits) -> Vec<Entity> {
    let mut all = published.to_vec();
    apply(&mut all, edits);
    all.split_off(published.len())
}

/// Whether `alias` can be linked to the entity `id`: the entity exists, and the alias
/// is a name (not empty, not too long) that no other entity is known by, as written
/// or under its spelling key (the seed checker's rule, so that the alias can go into
/// `seeds/` unchanged). Returns the entity's index.
pub fn check_alias(entities: &[Entity], id: &str, alias: &str) -> Result<EntityIx, String> {
    let ix = index_of(entities, id).ok_or_else(|| format!("no entity with the id {id:?}"))?;
    let alias = collapse(alias);
    if alias.is_empty() {
        return Err("the name is empty".into());
    }
    if alias.chars().count() > MAX_NAME_CHARS {
        return Err(format!("a name has at most {MAX_NAME_CHARS} characters"));
    }
    match owner_of(entities, &alias) {
        Some(owner) if owner != ix => Err(format!(
            "{alias:?} already names {}",
            entities[owner as usize].name
        )),
        _ => Ok(ix),
    }
}

/// Whether a new entity can be made: a name no entity is known by, and a faction
/// (if any) that exists and is a body or a state, not a person or a place.
pub fn check_entity(entities: &[Entity], new: &NewEntity) -> Result<(), String> {
    let name = collapse(&new.name);
    if name.is_empty() {
        return Err("the name is empty".into());
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(format!("a name has at most {MAX_NAME_CHARS} characters"));
    }
    if let Some(owner) = owner_of(entities, &name) {
        let known = &entities[owner as usize];
        return Err(format!(
            "{name:?} already names {} ({}): link it to that entity instead",
            known.name,
            known.kind.as_str()
        ));
    }
    if let Some(faction) = &new.faction {
        match index_of(entities, faction) {
            None => return Err(format!("no entity with the id {faction:?} as faction")),
            Some(f) if !can_be_faction(entities[f as usize].kind) => {
                return Err(format!(
                    "{} is a {}, not a faction or a state",
                    entities[f as usize].name,
                    entities[f as usize].kind.as_str()
                ));
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// The entity that already goes by `name`, as written (ignoring case and accents) or,
/// for a name that is not an acronym, under its spelling key.
fn owner_of(entities: &[Entity], name: &str) -> Option<EntityIx> {
    let folded = fold(name);
    let key = name_key(name);
    let keyed = !is_all_capitals(name) && !key.is_empty() && !key.contains(BREAK);
    entities
        .iter()
        .position(|e| {
            e.aliases
                .iter()
                .any(|a| fold(a) == folded || (keyed && !is_all_capitals(a) && name_key(a) == key))
        })
        .map(|i| i as EntityIx)
}

fn index_of(entities: &[Entity], id: &str) -> Option<EntityIx> {
    entities
        .iter()
        .position(|e| e.id == id)
        .and_then(|i| EntityIx::try_from(i).ok())
}

/// People and places belong to factions; they are none.
fn can_be_faction(kind: EntityKind) -> bool {
    !matches!(kind, EntityKind::Person | EntityKind::Place)
}

/// A name as kept: white space collapsed, cut to [`MAX_NAME_CHARS`] (the checks
/// refuse a longer one; what was stored before is cut rather than refused).
fn clean(name: &str) -> String {
    collapse(name).chars().take(MAX_NAME_CHARS).collect()
}

fn collapse(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `yours-` and the name in lowercase kebab-case, numbered if an entity has it.
fn fresh_id(entities: &[Entity], name: &str) -> String {
    let base = format!("{YOURS_PREFIX}{}", kebab(name));
    let taken = |id: &str| entities.iter().any(|e| e.id == id);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Lowercase kebab-case of a name, accents dropped: "Wang Yi" → `wang-yi`; a name
/// with no letter or digit in it gives `entity`.
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "entity".into()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::kebab;

    #[test]
    fn kebab_case_of_names() {
        assert_eq!(kebab("Wang Yi"), "wang-yi");
        assert_eq!(kebab("  Ṣāliḥ al-‘Arūrī "), "salih-al-aruri");
        assert_eq!(kebab("!!!"), "entity");
    }
}
