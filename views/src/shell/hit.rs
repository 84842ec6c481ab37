//! What a click, a key or an input can land on in the shell: the header, the filter
//! bar and the notice.

use crate::hit::hit_codec;

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

hit_codec! {
    ShellHit {
        "copy-link" => [Self::CopyLink],
        "filters" => [Self::ToggleFilters],
        "search" => [Self::Search],
        "entity-input" => [Self::EntityInput],
        "suggestion"(i) => [Self::Suggestion(i)],
        "date-from" => [Self::DateFrom],
        "date-to" => [Self::DateTo],
        "faction"(i) => [Self::Faction(i)],
        "topic"(i) => [Self::Topic(i)],
        "rm-faction"(i) => [Self::Remove(Filter::Faction(i))],
        "rm-entity"(i) => [Self::Remove(Filter::Entity(i))],
        "rm-topic"(i) => [Self::Remove(Filter::Topic(i))],
        "rm-from" => [Self::Remove(Filter::From)],
        "rm-to" => [Self::Remove(Filter::To)],
        "rm-query" => [Self::Remove(Filter::Query)],
        "clear-all" => [Self::ClearAll],
        "dismiss-notice" => [Self::DismissNotice],
    }
}
