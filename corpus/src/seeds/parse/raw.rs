//! The seed files' TOML shapes, exactly as written: what serde reads before any check.
//!
//! Kept apart from the checks so that the shape of each file can be read at a glance.
//! Fields that can be wrong are `Spanned`, so a problem found later is reported at
//! its line; unknown fields are refused, so a misspelt key is an error, not ignored.

use super::checker::PhraseEntry;
use serde::Deserialize;
use toml::Spanned;

/// A seed file: one array of tables (`[[topic]]`), empty when the file has none, and
/// nothing else.
macro_rules! seed_file {
    ($($file:ident: [[$key:ident]] of $entry:ident;)*) => {$(
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(super) struct $file {
            #[serde(default)]
            pub(super) $key: Vec<$entry>,
        }
    )*};
}

seed_file! {
    EntitiesFile: [[entity]] of RawEntity;
    TopicsFile: [[topic]] of RawTopic;
    FramingFile: [[term]] of RawTerm;
    EventsFile: [[event]] of RawEvent;
    ArticlesFile: [[article]] of RawArticle;
    ProvisionsFile: [[provision]] of RawProvision;
    AgreementsFile: [[agreement]] of RawAgreement;
}

/// Topics and framing terms are checked alike ([`PhraseEntry`]).
macro_rules! phrase_entry {
    ($($raw:ident),*) => {$(
        impl PhraseEntry for $raw {
            fn id(&self) -> &Spanned<String> {
                &self.id
            }
            fn phrases(&self) -> &Spanned<Vec<String>> {
                &self.phrases
            }
        }
    )*};
}

phrase_entry!(RawTopic, RawTerm, RawProvision, RawAgreement);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEntity {
    pub(super) id: Spanned<String>,
    pub(super) name: Spanned<String>,
    pub(super) kind: Spanned<String>,
    #[serde(default)]
    pub(super) aliases: Vec<Spanned<String>>,
    pub(super) faction: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) roles: Vec<RawRole>,
    #[serde(default)]
    pub(super) description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRole {
    pub(super) title: String,
    pub(super) from: Option<Spanned<String>>,
    pub(super) to: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTopic {
    pub(super) id: Spanned<String>,
    pub(super) name: String,
    #[serde(default)]
    pub(super) description: String,
    pub(super) phrases: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTerm {
    pub(super) id: Spanned<String>,
    pub(super) label: String,
    pub(super) family: String,
    #[serde(default)]
    pub(super) note: String,
    pub(super) phrases: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) id: Spanned<String>,
    pub(super) label: String,
    pub(super) date: Spanned<String>,
    pub(super) until: Option<Spanned<String>>,
    pub(super) lane: Spanned<String>,
    #[serde(default)]
    pub(super) cues: Vec<String>,
    #[serde(default)]
    pub(super) phrases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawArticle {
    pub(super) id: Spanned<String>,
    pub(super) file: Spanned<String>,
    pub(super) headline: Spanned<String>,
    pub(super) place: Option<Spanned<String>>,
    pub(super) talks: Spanned<RawSourced>,
    pub(super) published: Spanned<RawSourced>,
    pub(super) outlet: Spanned<RawSourced>,
    pub(super) wire: Spanned<RawSourced>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSourced {
    pub(super) value: Option<Spanned<String>>,
    pub(super) confidence: Spanned<String>,
    #[serde(default)]
    pub(super) note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProvision {
    pub(super) id: Spanned<String>,
    pub(super) label: String,
    pub(super) phrases: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAgreement {
    pub(super) id: Spanned<String>,
    pub(super) label: String,
    pub(super) place: String,
    #[serde(default)]
    pub(super) venues: Vec<String>,
    pub(super) date: Spanned<String>,
    pub(super) phrases: Spanned<Vec<String>>,
}
