//! Curated entities: who and what the text names, and the roles they held.
//!
//! Apart from the article annotations because they come from the knowledge base
//! (`seeds/entities.toml`), not from extraction: an annotation refers to an entity
//! by its index, and the kinds decide who can be party to a relation.

use super::EntityIx;
use crate::date::PartialDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    Person,
    /// A Palestinian faction or body: Hamas, Fatah, the PA, the PLO, Islamic Jihad...
    Organization,
    State,
    /// A body that mediates: the Arab League, Egypt's intelligence service, the UN.
    Mediator,
    /// A news agency or outlet quoted or credited in the text.
    Media,
    Place,
}

impl EntityKind {
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::State,
        EntityKind::Mediator,
        EntityKind::Media,
        EntityKind::Place,
    ];

    /// The lowercase word used in seeds, URLs and the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::State => "state",
            EntityKind::Mediator => "mediator",
            EntityKind::Media => "media",
            EntityKind::Place => "place",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Plural heading for lists grouped by kind.
    pub fn plural_label(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Organization => "Factions and organizations",
            EntityKind::State => "States",
            EntityKind::Mediator => "Mediating bodies",
            EntityKind::Media => "Media",
            EntityKind::Place => "Places",
        }
    }

    /// Organizations, states and mediating bodies can be parties to relations.
    pub fn is_party(self) -> bool {
        matches!(
            self,
            EntityKind::Organization | EntityKind::State | EntityKind::Mediator
        )
    }
}

/// A curated person, faction, state, body, outlet or place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Lowercase kebab-case of the canonical English name: `khaled-mashaal`.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Every spelling matched in text, the canonical name first.
    pub aliases: Vec<String>,
    /// The faction or state a person belongs to or represents.
    pub faction: Option<EntityIx>,
    pub roles: Vec<Role>,
    pub description: String,
}

/// A dated role from the knowledge base: "Hamas politburo leader", 1996 to 2017.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub title: String,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}
