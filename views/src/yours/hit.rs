//! What a click, an input or a drop can land on in the add-an-article dialog, and on
//! the header control that opens it. Every value starts with `yours-`, so the header
//! region can decode its own hits and these apart.

use super::Field;
use crate::hit::hit_codec;

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

hit_codec! {
    YoursHit {
        "yours-open" => [Self::Open],
        "yours-close" => [Self::Close],
        // A field's hit is its control's id (`Field::control_id`; a test keeps the two
        // equal).
        "yours-text" => [Self::Field(Field::Text)],
        "yours-talks" => [Self::Field(Field::Talks)],
        "yours-published" => [Self::Field(Field::Published)],
        "yours-outlet" => [Self::Field(Field::Outlet)],
        "yours-place" => [Self::Field(Field::Place)],
        "yours-file" => [Self::File],
        "yours-use-guess" => [Self::UseGuess],
        "yours-submit" => [Self::Submit],
        "yours-curate"(i) => [Self::Curate(i)],
        "yours-link"(i) => [Self::Link(i)],
        "yours-save"(i) => [Self::SaveEntity(i)],
        "yours-propose" => [Self::Propose],
        "yours-remove"(i) => [Self::Remove(i)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hit::Hit;

    #[test]
    fn a_field_hit_is_its_control_id() {
        for field in Field::ALL {
            assert_eq!(YoursHit::Field(field).encode(), field.control_id());
            assert_eq!(
                YoursHit::decode(field.control_id()),
                Some(YoursHit::Field(field))
            );
        }
    }

    #[test]
    fn every_hit_starts_with_yours() {
        for hit in YoursHit::samples() {
            assert!(hit.encode().starts_with("yours-"), "{hit:?}");
        }
    }

    #[test]
    fn hits_of_other_regions_are_not_these() {
        for other in ["copy-link", "filters", "yours-link", "yours-remove:x", ""] {
            assert_eq!(YoursHit::decode(other), None, "{other}");
        }
    }
}
