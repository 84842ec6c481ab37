//! What the app sends the add-an-article dialog in the worker ([`Action`]) and what it
//! does with the answer ([`Outcome`]): the messages of `super::dialog`, apart from how
//! the worker carries them out.

use super::Field;
use serde::{Deserialize, Serialize};

/// What the reader did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// The page opened with this store in the browser: its articles are merged into
    /// every view (those read with another knowledge base are read again first).
    Load(String),
    Open,
    /// Sent after `Open`: the knowledge base is decoded, its automata built and the
    /// extractor run once on the published articles while the reader pastes, so the
    /// first article is read as fast as the next. No answer but an empty outcome.
    Prepare,
    /// Closes the dialog, keeping the draft.
    Close,
    /// Typing paused: the dates the text suggests.
    Guess,
    /// Puts the suggested dates into the form.
    UseGuess,
    Submit,
    /// Opens or closes the curation controls of the name at this place.
    Curate(usize),
    /// Links the name at `index` to the entity `entity` (an id, or empty: none chosen).
    Link {
        index: usize,
        entity: String,
    },
    /// Saves the name at `index` as a new entity of the reader's.
    SaveEntity {
        index: usize,
        name: String,
        kind: String,
        faction: String,
    },
    Propose,
    /// Removes the reader's article at this index of the corpus shown.
    Remove(usize),
    /// A file dropped or chosen: its bytes (`None`: the browser could not read it),
    /// and whether it is an HTML page (reduced to its text, [`super::page`]).
    File {
        bytes: Option<Vec<u8>>,
        html: bool,
    },
    /// The browser did not keep the store.
    NotKept,
}

/// Which corpus the views show from now on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Shown {
    /// The published corpus alone (the app has it).
    Published,
    /// The corpus with the reader's articles: postcard bytes (`Corpus::decode`) and,
    /// per article, whether it is the reader's.
    Merged { corpus: Vec<u8>, yours: Vec<bool> },
}

/// A file the reader downloads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Download {
    pub name: String,
    pub text: String,
}

/// What the app does after an action.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Outcome {
    /// The dialog's markup; `None`: unchanged.
    pub html: Option<String>,
    /// Values to write into the controls (the morph leaves a focused control and the
    /// text area alone: they hold what the reader types).
    pub set: Vec<(Field, String)>,
    /// What `localStorage` must hold from now on (empty: nothing); `None`: unchanged.
    pub store: Option<String>,
    pub shown: Option<Shown>,
    pub downloads: Vec<Download>,
}
