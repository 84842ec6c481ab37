//! The reader: one article cut into segments (`segments`), drawn as marked-up text
//! (`text`) beside its facts (`facts`), or the list of articles (`list`); `view`
//! assembles them, and `names` words variant spellings and uncurated roles for both.

pub mod facts;
pub mod list;
pub mod names;
pub mod segments;
pub mod text;
pub mod view;
