//! The reader: one article cut into segments (`segments`) and drawn as marked-up
//! text (`text`).

pub mod segments;
pub mod text;
