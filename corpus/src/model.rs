//! The compiled corpus: what the bundle embeds and every view reads.
//!
//! Entities, topics, framing terms and catalogued events are referred to by their
//! index in the corpus (`EntityIx`, ...), so an article's annotations stay small.
//! Every span is a byte range into [`Article::text`], end exclusive.

use crate::date::PartialDate;
use serde::{Deserialize, Serialize};

pub type EntityIx = u16;
pub type TopicIx = u16;
pub type FramingIx = u16;
pub type EventIx = u16;
pub type SentenceIx = u16;

/// Everything the app knows, decoded once at start-up and shared by reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Corpus {
    pub entities: Vec<Entity>,
    pub topics: Vec<Topic>,
    pub framing: Vec<FramingTerm>,
    /// The curated catalogue of historical events the articles refer to.
    pub events: Vec<CatalogEvent>,
    /// In order of the talks' date.
    pub articles: Vec<Article>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    Person,
    /// A Palestinian faction or body: Hamas, Fatah, the PA, the PLO, Islamic Jihad...
    Organization,
    State,
    /// A body that mediates: the Arab League, Egypt's intelligence service, the UN.
    Mediator,
    /// A news agency or outlet quoted or credited in the text.
    Media,
    Place,
}

impl EntityKind {
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::State,
        EntityKind::Mediator,
        EntityKind::Media,
        EntityKind::Place,
    ];

    /// The lowercase word used in seeds, URLs and the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::State => "state",
            EntityKind::Mediator => "mediator",
            EntityKind::Media => "media",
            EntityKind::Place => "place",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Plural heading for lists grouped by kind.
    pub fn plural_label(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Organization => "Factions and organizations",
            EntityKind::State => "States",
            EntityKind::Mediator => "Mediating bodies",
            EntityKind::Media => "Media",
            EntityKind::Place => "Places",
        }
    }

    /// Organizations, states and mediating bodies can be parties to relations.
    pub fn is_party(self) -> bool {
        matches!(
            self,
            EntityKind::Organization | EntityKind::State | EntityKind::Mediator
        )
    }
}

/// A curated person, faction, state, body, outlet or place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Lowercase kebab-case of the canonical English name: `khaled-mashaal`.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Every spelling matched in text, the canonical name first.
    pub aliases: Vec<String>,
    /// The faction or state a person belongs to or represents.
    pub faction: Option<EntityIx>,
    pub roles: Vec<Role>,
    pub description: String,
}

/// A dated role from the knowledge base: "Hamas politburo leader", 1996 to 2017.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub title: String,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

/// A recurring dispute, signalled by phrases in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub name: String,
    pub description: String,
    pub phrases: Vec<String>,
}

/// A loaded or contested term whose use frames a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FramingTerm {
    pub id: String,
    /// How the term is shown: "terrorist".
    pub label: String,
    /// The family it belongs to, e.g. `armed-groups` for terrorist / militant / resistance.
    pub family: String,
    pub note: String,
    pub phrases: Vec<String>,
}

/// The kind of event a timeline lane holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lane {
    Talks,
    War,
    Deadline,
    International,
}

impl Lane {
    pub const ALL: [Lane; 4] = [Lane::Talks, Lane::War, Lane::Deadline, Lane::International];

    pub fn as_str(self) -> &'static str {
        match self {
            Lane::Talks => "talks",
            Lane::War => "war",
            Lane::Deadline => "deadline",
            Lane::International => "international",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Lane::Talks => "Talks and agreements",
            Lane::War => "Wars and ceasefires",
            Lane::Deadline => "Deadlines",
            Lane::International => "International moves",
        }
    }
}

/// A historical event from the curated catalogue (`seeds/events.toml`). It is shown
/// only where an article's sentence refers to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogEvent {
    pub id: String,
    pub label: String,
    pub date: PartialDate,
    /// Last day of an event that lasted (a war), if curated.
    pub until: Option<PartialDate>,
    pub lane: Lane,
}

/// How a researched fact about an article is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Confidence {
    /// The article's text says it.
    Stated,
    /// Researched from outside evidence (weekday references, wire copies...).
    Inferred,
    Unknown,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Stated => "stated",
            Confidence::Inferred => "inferred",
            Confidence::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Stated, Self::Inferred, Self::Unknown]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
}

/// A fact with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: Option<T>,
    pub confidence: Confidence,
    /// How it was established, for the reader who asks.
    pub note: String,
}

/// One article: one round of talks as one outlet reported it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    /// The seed file the text came from, relative to `seeds/`.
    pub file: String,
    /// Written by the corpus editors: the articles as stored carry no headline.
    pub headline: String,
    pub place: Option<EntityIx>,
    /// First day of the talks the article reports.
    pub talks: Sourced<PartialDate>,
    pub published: Sourced<PartialDate>,
    pub outlet: Sourced<String>,
    pub wire: Sourced<String>,
    /// The body exactly as stored in `seeds/`; every span indexes into it.
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
    pub candidates: Vec<Candidate>,
    pub quotes: Vec<Quote>,
    pub events: Vec<EventRef>,
    pub relations: Vec<Relation>,
    pub framing: Vec<FramingHit>,
}

/// A byte range into an article's text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

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
}

/// A capitalized name that matches no curated entity: shown as uncurated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub span: Span,
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
}

/// How finely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
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

    /// Rivalry, alliance and war have no direction; their ends are stored sorted.
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

impl Corpus {
    /// The compact binary form embedded in the bundle.
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("a corpus always serializes")
    }

    /// Decodes what [`Corpus::encode`] produced; a corrupt blob is an error, not a panic.
    pub fn decode(bytes: &[u8]) -> Result<Self, postcard::Error> {
        postcard::from_bytes(bytes)
    }

    pub fn entity(&self, ix: EntityIx) -> &Entity {
        &self.entities[ix as usize]
    }

    pub fn entity_ix(&self, id: &str) -> Option<EntityIx> {
        self.entities
            .iter()
            .position(|e| e.id == id)
            .map(|i| i as EntityIx)
    }

    pub fn topic_ix(&self, id: &str) -> Option<TopicIx> {
        self.topics
            .iter()
            .position(|t| t.id == id)
            .map(|i| i as TopicIx)
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn article_ix(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }

    /// The faction colour key of an entity: itself for an organization, its faction
    /// for a person, none otherwise.
    pub fn faction_of(&self, ix: EntityIx) -> Option<EntityIx> {
        let entity = self.entity(ix);
        match entity.kind {
            EntityKind::Organization => Some(ix),
            _ => entity.faction,
        }
    }
}

impl Article {
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    pub fn sentence_text(&self, ix: SentenceIx) -> &str {
        self.sentences
            .get(ix as usize)
            .map(|s| self.slice(s.span))
            .unwrap_or("")
    }

    /// The sentence a byte offset falls in.
    pub fn sentence_at(&self, offset: u32) -> Option<SentenceIx> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset)
            .then_some(i as SentenceIx)
    }

    /// The date that places this round on the timeline: the talks, else publication.
    pub fn date(&self) -> PartialDate {
        self.talks
            .value
            .or(self.published.value)
            .unwrap_or(PartialDate::year(1970))
    }

    /// Entities mentioned in this article, each once, in order of first mention.
    pub fn entity_set(&self) -> Vec<EntityIx> {
        let mut seen = Vec::new();
        for m in &self.mentions {
            if !seen.contains(&m.entity) {
                seen.push(m.entity);
            }
        }
        seen
    }

    /// The topics this article addresses, each once, in the lexicon's order.
    pub fn topic_ixs(&self) -> Vec<TopicIx> {
        let mut ixs: Vec<TopicIx> = self
            .sentences
            .iter()
            .flat_map(|s| s.topics.iter().copied())
            .collect();
        ixs.sort_unstable();
        ixs.dedup();
        ixs
    }

    pub fn mentions_entity(&self, ix: EntityIx) -> bool {
        self.mentions.iter().any(|m| m.entity == ix)
    }
}

impl Corpus {
    /// What a dated reference is about: its catalogued events' labels, else the
    /// sentence it stands in, shortened.
    pub fn event_ref_label(&self, article: &Article, r: &EventRef) -> String {
        if !r.catalog.is_empty() {
            return r
                .catalog
                .iter()
                .filter_map(|&e| self.events.get(e as usize))
                .map(|e| e.label.as_str())
                .collect::<Vec<_>>()
                .join("; ");
        }
        shorten(article.sentence_text(r.sentence), 120)
    }
}

/// `text` cut at a word boundary to at most `max` bytes, with an ellipsis if cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let head = head.rfind(' ').map_or(head, |i| &head[..i]);
    format!("{}…", head.trim_end_matches([',', ';', ':']))
}
