//! The shell's regions: the header, the notice and the filter bar, drawn by
//! `views::shell` and wired here.

pub mod filters;
pub mod header;
pub mod notice;
