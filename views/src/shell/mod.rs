//! The shell around every view: the header (name, corpus, view tabs, copy link), the
//! notice of what a link asked for and could not get, and the compact filter bar.
//!
//! What the shell shows besides the URL state (the filter panel open or not, the text
//! typed into the entity picker, the copy-link outcome, a dismissed notice) is a
//! [`ShellUi`] the app keeps; the writers are pure functions of it.

pub mod filters;
pub mod header;
pub mod hit;
pub mod notice;
pub mod picker;

/// What became of the last copy-link press.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CopyOutcome {
    #[default]
    Idle,
    Copied,
    /// The clipboard refused: the link is shown to copy by hand.
    Manual(String),
}

/// The shell's own state, outside the URL.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShellUi {
    pub filters_open: bool,
    /// What is typed into the entity picker.
    pub entity_text: String,
    /// The highlighted suggestion.
    pub entity_active: usize,
    /// The suggestion list is open.
    pub entity_open: bool,
    pub copy: CopyOutcome,
    /// The ignored parameters the reader dismissed; a different list shows again.
    pub dismissed: Vec<crate::state::Ignored>,
    /// The view's full address, which a printed page shows (the app knows it; the
    /// prerendered page does not).
    pub page_url: String,
}
