//! What extraction finds in an article: spans, sentences, mentions, candidates,
//! quotes, dated references, relations and framing hits.
//!
//! Every annotation points into the article by a byte [`Span`] (a text primitive,
//! defined in [`crate::text`]) and into the corpus by index, so an article stays
//! compact in the embedded blob. Kept apart from [`Article`](super::Article), which
//! only holds them, so that this file is the one place that says what an annotation
//! is.

use super::reading::{Anchor, DateRead};
use super::{EntityIx, EntityKind, EventIx, FramingIx, SentenceIx, TopicIx};
use crate::date::PartialDate;
use crate::reporting::VerbIx;
use crate::text::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub topics: Vec<TopicIx>,
}

/// An occurrence of a known entity in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub entity: EntityIx,
    pub span: Span,
    /// Spelled otherwise than every alias of the entity, and found by its spelling key
    /// ("Musa Abu Marzuk" for Moussa Abu Marzouk): the reader says "spelled ... here".
    pub variant: bool,
}

/// A capitalized name that matches no curated entity: shown as uncurated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub span: Span,
    /// The title right before the name, read as a role: "Foreign Minister" in
    /// "Chinese Foreign Minister Wang Yi".
    pub role: Option<Span>,
    /// The known state or body the title is of: China there.
    pub affiliation: Option<EntityIx>,
    /// What the words suggest the name is, where they do: a place after "in" in a
    /// sentence about the meeting, or in the dateline ("met in Mecca", "MECCA, Feb 8
    /// (Reuters) -"); a person in a photo credit. A hint for whoever curates it, not
    /// a knowledge-base entry.
    pub kind: Option<EntityKind>,
}

/// A direct quotation and who it is attributed to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    pub speaker: Option<EntityIx>,
    /// The words naming the speaker ("a Hamas official", "the source"), if any.
    pub speaker_span: Option<Span>,
    /// The faction or state the speaker speaks for, when the text says so.
    pub speaker_faction: Option<EntityIx>,
    pub sentence: SentenceIx,
    /// How the speaker was found, or why there is none.
    pub rule: AttributionRule,
}

impl Quote {
    /// Whether someone, named or not, is credited with the words.
    pub fn has_speaker(&self) -> bool {
        self.speaker.is_some() || self.speaker_span.is_some()
    }
}

/// The rule that attributed a quotation, so the reader can say why ("speaker: subject
/// of *said*") and keep unattributed words apart. A verb is an index into the
/// reporting-verb lexicon ([`crate::reporting::VERBS`]): one byte in the blob.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AttributionRule {
    /// `X said "…"`, `"…," X told Y`, `X called Z a "…"`: the verb's subject, read past
    /// appositions, relative clauses and parentheticals.
    SubjectOf(VerbIx),
    /// `"…," said X`: the words after an inverted verb.
    AfterVerb(VerbIx),
    /// `X and Y said`: several named speakers at once; the speaker is the first.
    Joint(VerbIx),
    /// `according to X`.
    According,
    /// `a statement by X`, `an Egyptian statement`: the body that issued it.
    Statement,
    /// `he said`: the person the pronoun stands for (the previous quotation's speaker
    /// or the subject of the sentence it refers back to).
    Pronoun(VerbIx),
    /// `was dismissed as "…" by X`: the agent of a passive verb.
    Agent(VerbIx),
    /// A quotation that goes on from the one before (`"…," he said, "…"` or a bare
    /// quotation right after an attributed one): the same speaker.
    Continuation,
    /// A quotation that is a sentence of its own, right after a sentence in the same
    /// paragraph about one person: `Rajoub was upbeat. "We are confident …"`.
    Introduced,
    /// Words reported by someone the structure does not make certain: shown as
    /// unattributed rather than guessed.
    Unattributed,
    /// No reporting frame at all: a quoted term or title, nobody's words.
    #[default]
    Term,
}

impl AttributionRule {
    /// The rule's words and the cue the reader sets in italics: ("subject of",
    /// Some("said")). The cue is `None` for rules without a verb, and for a verb index
    /// the lexicon lacks.
    pub fn parts(self) -> (&'static str, Option<&'static str>) {
        let verb = |v: VerbIx| crate::reporting::entry(v).map(|e| e.display);
        match self {
            AttributionRule::SubjectOf(v) => ("subject of", verb(v)),
            AttributionRule::AfterVerb(v) => ("named after", verb(v)),
            AttributionRule::Joint(v) => ("first of the joint subjects of", verb(v)),
            AttributionRule::According => ("named after", Some("according to")),
            AttributionRule::Statement => ("issuer of the", Some("statement")),
            AttributionRule::Pronoun(v) => ("pronoun subject of", verb(v)),
            AttributionRule::Agent(v) => ("agent (by …) of", verb(v)),
            AttributionRule::Continuation => ("continues the quotation before", None),
            AttributionRule::Introduced => ("subject of the sentence before", None),
            AttributionRule::Unattributed => ("unattributed", None),
            AttributionRule::Term => ("quoted term, nobody's words", None),
        }
    }

    /// The rule as plain text: "subject of said".
    pub fn label(self) -> String {
        match self.parts() {
            (words, Some(cue)) => format!("{words} {cue}"),
            (words, None) => words.to_string(),
        }
    }

    /// A short machine name for the report: "subject", "after", "according"...
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionRule::SubjectOf(_) => "subject",
            AttributionRule::AfterVerb(_) => "after-verb",
            AttributionRule::Joint(_) => "joint",
            AttributionRule::According => "according",
            AttributionRule::Statement => "statement",
            AttributionRule::Pronoun(_) => "pronoun",
            AttributionRule::Agent(_) => "agent",
            AttributionRule::Continuation => "continuation",
            AttributionRule::Introduced => "introduced",
            AttributionRule::Unattributed => "unattributed",
            AttributionRule::Term => "term",
        }
    }
}

/// A date the text refers to, resolved against the article's date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRef {
    pub date: PartialDate,
    /// The words that give the date: "Oct. 7, 2023", "last month".
    pub span: Span,
    pub sentence: SentenceIx,
    /// Catalogue events this reference names, if any.
    pub catalog: Vec<EventIx>,
    /// False when the text names the event without a date ("Trump's 20-point plan")
    /// and the date comes from the catalogue.
    pub dated_by_text: bool,
    /// How the words became the date: stated, resolved, counted, from the dateline
    /// or the catalogue.
    pub read: DateRead,
    /// The date it was resolved or counted from; `None` when stated in full or taken
    /// from the catalogue.
    pub from: Option<Anchor>,
}

impl EventRef {
    /// Whether the date is only approximate (counted from another by a duration):
    /// drawn as uncertain.
    pub fn is_inferred(&self) -> bool {
        self.read.is_counted()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RelationKind {
    Rivalry,
    Alliance,
    Mediation,
    Membership,
    Leadership,
    Designation,
    War,
}

impl RelationKind {
    pub const ALL: [RelationKind; 7] = [
        RelationKind::Rivalry,
        RelationKind::Alliance,
        RelationKind::Mediation,
        RelationKind::Membership,
        RelationKind::Leadership,
        RelationKind::Designation,
        RelationKind::War,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Rivalry => "rivalry",
            RelationKind::Alliance => "alliance",
            RelationKind::Mediation => "mediation",
            RelationKind::Membership => "membership",
            RelationKind::Leadership => "leadership",
            RelationKind::Designation => "designation",
            RelationKind::War => "war",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RelationKind::Rivalry => "Rivalry",
            RelationKind::Alliance => "Alliance",
            RelationKind::Mediation => "Mediation",
            RelationKind::Membership => "Member of",
            RelationKind::Leadership => "Leads",
            RelationKind::Designation => "Designates as terrorist",
            RelationKind::War => "War",
        }
    }

    /// Rivalry, alliance and war have no direction: their ends come in either order,
    /// and a sentence that states one both ways stores it once.
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            RelationKind::Rivalry | RelationKind::Alliance | RelationKind::War
        )
    }
}

/// A relation between two entities with the sentence that evidences it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub kind: RelationKind,
    pub source: EntityIx,
    pub target: EntityIx,
    pub sentence: SentenceIx,
    /// For membership and leadership: the role words ("politburo member").
    pub role: Option<String>,
}

/// A framing term found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FramingHit {
    pub term: FramingIx,
    pub span: Span,
}

/// What places a person at the talks, as the text says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PresenceCue {
    /// "the Hamas delegation, led by ...": the one cue that makes a leader.
    HeadsDelegation,
    /// "a delegation including ...", "accompanied by ...".
    InDelegation,
    /// "met with", "meets", "hosted", "received", "held talks with".
    MetWith,
    /// "taking part in", "attended", "at the ceremony", "chairing".
    TookPart,
    /// "the agreement was signed by", "sealing the deal".
    Signed,
    /// Speaking in the place of the talks: "Mashaal spoke in Cairo".
    SpokeThere,
}

impl PresenceCue {
    pub fn as_str(self) -> &'static str {
        match self {
            PresenceCue::HeadsDelegation => "heads-delegation",
            PresenceCue::InDelegation => "in-delegation",
            PresenceCue::MetWith => "met-with",
            PresenceCue::TookPart => "took-part",
            PresenceCue::Signed => "signed",
            PresenceCue::SpokeThere => "spoke-there",
        }
    }

    /// How the reader says it: "headed the delegation", "met", ...
    pub fn label(self) -> &'static str {
        match self {
            PresenceCue::HeadsDelegation => "headed the delegation",
            PresenceCue::InDelegation => "was in the delegation",
            PresenceCue::MetWith => "met at the talks",
            PresenceCue::TookPart => "took part",
            PresenceCue::Signed => "signed",
            PresenceCue::SpokeThere => "spoke where the talks were held",
        }
    }
}

/// A person the text places at the talks, with the sentence and cue that place them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Present {
    pub person: EntityIx,
    /// The first sentence that places them (a stronger cue replaces it: a later
    /// sentence that says they led the delegation).
    pub sentence: SentenceIx,
    pub cue: PresenceCue,
    /// The faction whose delegation the text says they headed: a leader only then.
    pub leads: Option<EntityIx>,
}
