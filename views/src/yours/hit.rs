//! What a click, an input or a drop can land on in the add-an-article dialog, and on
//! the header control that opens it. Every value starts with `yours-`, so the header
//! region can decode its own hits and these apart.

use super::Field;
use crate::hit::{Hit, split};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YoursHit {
    /// The header control: opens the dialog.
    Open,
    /// Cancel, or the dialog's close button: closes it, keeping the draft.
    Close,
    /// A field of the form (its `input` or `change` events).
    Field(Field),
    /// The file input, and the drop zone around the text (`change`, `drop`).
    File,
    /// Puts the dates the text suggests into the form.
    UseGuess,
    Submit,
    /// Opens (or closes) the controls that curate the uncurated name at this place.
    Curate(usize),
    /// Links the uncurated name at this place in the list to the entity chosen in its
    /// select (`yours-link-{i}`).
    Link(usize),
    /// Saves the uncurated name at this place as a new local entity, from its fields
    /// (`yours-new-name-{i}`, `yours-new-kind-{i}`, `yours-new-faction-{i}`).
    SaveEntity(usize),
    /// Downloads the `.txt` and the TOML that propose the article for the corpus.
    Propose,
    /// Removes the article of yours at this index of the corpus from the browser.
    Remove(usize),
}

impl Hit for YoursHit {
    fn encode(&self) -> String {
        match self {
            YoursHit::Open => "yours-open".into(),
            YoursHit::Close => "yours-close".into(),
            // A field's hit is its control's id.
            YoursHit::Field(f) => f.control_id().into(),
            YoursHit::File => "yours-file".into(),
            YoursHit::UseGuess => "yours-use-guess".into(),
            YoursHit::Submit => "yours-submit".into(),
            YoursHit::Curate(i) => format!("yours-curate:{i}"),
            YoursHit::Link(i) => format!("yours-link:{i}"),
            YoursHit::SaveEntity(i) => format!("yours-save:{i}"),
            YoursHit::Propose => "yours-propose".into(),
            YoursHit::Remove(i) => format!("yours-remove:{i}"),
        }
    }

    fn decode(value: &str) -> Option<Self> {
        if let Some(field) = Field::ALL.into_iter().find(|f| f.control_id() == value) {
            return Some(YoursHit::Field(field));
        }
        Some(match split(value) {
            ("yours-open", None) => YoursHit::Open,
            ("yours-close", None) => YoursHit::Close,
            ("yours-file", None) => YoursHit::File,
            ("yours-use-guess", None) => YoursHit::UseGuess,
            ("yours-submit", None) => YoursHit::Submit,
            ("yours-curate", Some(i)) => YoursHit::Curate(i),
            ("yours-link", Some(i)) => YoursHit::Link(i),
            ("yours-save", Some(i)) => YoursHit::SaveEntity(i),
            ("yours-propose", None) => YoursHit::Propose,
            ("yours-remove", Some(i)) => YoursHit::Remove(i),
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
            YoursHit::Open,
            YoursHit::Close,
            YoursHit::Field(Field::Text),
            YoursHit::Field(Field::Talks),
            YoursHit::Field(Field::Published),
            YoursHit::Field(Field::Outlet),
            YoursHit::Field(Field::Place),
            YoursHit::File,
            YoursHit::UseGuess,
            YoursHit::Submit,
            YoursHit::Curate(1),
            YoursHit::Link(3),
            YoursHit::SaveEntity(0),
            YoursHit::Propose,
            YoursHit::Remove(6),
        ]);
    }

    #[test]
    fn hits_of_other_regions_are_not_these() {
        for other in ["copy-link", "filters", "yours-link", "yours-remove:x", ""] {
            assert_eq!(YoursHit::decode(other), None, "{other}");
        }
    }
}
