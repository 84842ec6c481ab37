//! What a click, a key or an input can land on in the shell: the header, the filter
//! bar and the notice.

use crate::hit::{Hit, split};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShellHit {
    CopyLink,
    /// Opens or closes the filter panel.
    ToggleFilters,
    /// The text search box (its `input` events).
    Search,
    /// The entity picker's text box (its `input` and `keydown` events).
    EntityInput,
    /// A suggestion of the entity picker, by its place in the list.
    Suggestion(usize),
    DateFrom,
    DateTo,
    /// A faction chip, by entity index.
    Faction(usize),
    /// A topic chip, by topic index.
    Topic(usize),
    /// Removes one active filter.
    Remove(Filter),
    ClearAll,
    DismissNotice,
}

/// One active filter, as a removable chip names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// By entity index.
    Faction(usize),
    Entity(usize),
    /// By topic index.
    Topic(usize),
    From,
    To,
    Query,
}

impl Hit for ShellHit {
    fn encode(&self) -> String {
        match self {
            ShellHit::CopyLink => "copy-link".into(),
            ShellHit::ToggleFilters => "filters".into(),
            ShellHit::Search => "search".into(),
            ShellHit::EntityInput => "entity-input".into(),
            ShellHit::Suggestion(i) => format!("suggestion:{i}"),
            ShellHit::DateFrom => "date-from".into(),
            ShellHit::DateTo => "date-to".into(),
            ShellHit::Faction(i) => format!("faction:{i}"),
            ShellHit::Topic(i) => format!("topic:{i}"),
            ShellHit::Remove(Filter::Faction(i)) => format!("rm-faction:{i}"),
            ShellHit::Remove(Filter::Entity(i)) => format!("rm-entity:{i}"),
            ShellHit::Remove(Filter::Topic(i)) => format!("rm-topic:{i}"),
            ShellHit::Remove(Filter::From) => "rm-from".into(),
            ShellHit::Remove(Filter::To) => "rm-to".into(),
            ShellHit::Remove(Filter::Query) => "rm-query".into(),
            ShellHit::ClearAll => "clear-all".into(),
            ShellHit::DismissNotice => "dismiss-notice".into(),
        }
    }

    fn decode(value: &str) -> Option<Self> {
        Some(match split(value) {
            ("copy-link", None) => ShellHit::CopyLink,
            ("filters", None) => ShellHit::ToggleFilters,
            ("search", None) => ShellHit::Search,
            ("entity-input", None) => ShellHit::EntityInput,
            ("suggestion", Some(i)) => ShellHit::Suggestion(i),
            ("date-from", None) => ShellHit::DateFrom,
            ("date-to", None) => ShellHit::DateTo,
            ("faction", Some(i)) => ShellHit::Faction(i),
            ("topic", Some(i)) => ShellHit::Topic(i),
            ("rm-faction", Some(i)) => ShellHit::Remove(Filter::Faction(i)),
            ("rm-entity", Some(i)) => ShellHit::Remove(Filter::Entity(i)),
            ("rm-topic", Some(i)) => ShellHit::Remove(Filter::Topic(i)),
            ("rm-from", None) => ShellHit::Remove(Filter::From),
            ("rm-to", None) => ShellHit::Remove(Filter::To),
            ("rm-query", None) => ShellHit::Remove(Filter::Query),
            ("clear-all", None) => ShellHit::ClearAll,
            ("dismiss-notice", None) => ShellHit::DismissNotice,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hit_survives_the_round_trip() {
        crate::hit::assert_round_trips(&[
            ShellHit::CopyLink,
            ShellHit::ToggleFilters,
            ShellHit::Search,
            ShellHit::EntityInput,
            ShellHit::Suggestion(2),
            ShellHit::DateFrom,
            ShellHit::DateTo,
            ShellHit::Faction(4),
            ShellHit::Topic(11),
            ShellHit::Remove(Filter::Faction(1)),
            ShellHit::Remove(Filter::Entity(30)),
            ShellHit::Remove(Filter::Topic(0)),
            ShellHit::Remove(Filter::From),
            ShellHit::Remove(Filter::To),
            ShellHit::Remove(Filter::Query),
            ShellHit::ClearAll,
            ShellHit::DismissNotice,
        ]);
    }
}
