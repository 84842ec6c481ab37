//! The compiled corpus: what the bundle embeds and every view reads.
//!
//! Entities, topics, framing terms and catalogued events are referred to by their
//! index in the corpus (`EntityIx`, ...), so an article's annotations stay small.
//! Every span is a byte range into [`Article::text`], end exclusive.
//!
//! This file holds the two containers, [`Corpus`] and [`Article`], and their lookups.
//! What they contain lives in submodules by where it comes from: the curated
//! [`Entity`]s, the rest of the curated lexicon (topics, framing terms, catalogued
//! events), the provenance wrapper [`Sourced`], and the annotations extraction finds.
//! Every type is re-exported here, so `crate::model::Span` and the like is the one
//! path the rest of the code uses.

mod abridge;
mod annotations;
mod entity;
mod lexicon;
mod promises;
mod reading;
mod sourced;

pub use crate::date::Precision;
pub use crate::text::Span;
pub use annotations::{
    AttributionRule, Candidate, EventRef, FramingHit, Mention, PresenceCue, Present, Quote,
    Relation, RelationKind, Sentence,
};
pub use entity::{Entity, EntityKind, Role};
pub use lexicon::{CatalogEvent, FramingTerm, Lane, Topic};
pub use promises::{
    Agreement, AgreementIx, Commitment, Deadline, Outcome, Provision, ProvisionIx, Status,
};
pub use reading::{Anchor, AnchorKind, DateRead, reading_label, uncertain_label};
pub use sourced::{Confidence, Sourced};

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
    /// The kinds of step a deal promises (`seeds/provisions.toml`).
    pub provisions: Vec<Provision>,
    /// The deals a commitment can belong to (`seeds/agreements.toml`), in date order.
    pub agreements: Vec<Agreement>,
    /// In order of the talks' date.
    pub articles: Vec<Article>,
}

/// One article: one round of talks as one outlet reported it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    /// The seed file the text came from, relative to `seeds/`.
    pub file: String,
    /// Written by the corpus editors: the articles as stored carry no headline.
    pub headline: String,
    /// Where the talks were held, an entity of the knowledge base.
    pub place: Option<EntityIx>,
    /// First day of the talks the article reports.
    pub talks: Sourced<PartialDate>,
    /// The date that relative words in the text ("on Wednesday") are resolved against.
    pub published: Sourced<PartialDate>,
    /// The outlet that ran it.
    pub outlet: Sourced<String>,
    /// The agency the copy is credited to, if any.
    pub wire: Sourced<String>,
    /// The body exactly as stored in `seeds/`; every span indexes into it.
    pub text: String,
    /// The text cut into trimmed sentences, in order, with only white space between.
    pub sentences: Vec<Sentence>,
    /// Curated entities named in the text, in order and never overlapping.
    pub mentions: Vec<Mention>,
    /// Names the knowledge base lacks, shown as uncurated; never over a mention.
    pub candidates: Vec<Candidate>,
    /// Direct quotations, each inside its sentence, with the rule that gave (or did
    /// not give) its speaker.
    pub quotes: Vec<Quote>,
    /// Dated references, and the catalogued events they name.
    pub events: Vec<EventRef>,
    /// Relations between two entities that a sentence of the text states.
    pub relations: Vec<Relation>,
    /// The loaded terms of the framing lexicon the text uses.
    pub framing: Vec<FramingHit>,
    /// The people the text places at the talks, in order of first placement; those
    /// with `leads` are the leaders the text names. Not everyone named was there.
    pub present: Vec<Present>,
    /// The steps a sentence says a party agreed, pledged or is bound to take.
    pub commitments: Vec<Commitment>,
    /// What sentences say became of a commitment; a status only ever from a sentence.
    pub outcomes: Vec<Outcome>,
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

    pub fn provision_ix(&self, id: &str) -> Option<ProvisionIx> {
        self.provisions
            .iter()
            .position(|p| p.id == id)
            .map(|i| i as ProvisionIx)
    }

    pub fn agreement_ix(&self, id: &str) -> Option<AgreementIx> {
        self.agreements
            .iter()
            .position(|a| a.id == id)
            .map(|i| i as AgreementIx)
    }

    /// A provision by index; `None` for an index out of range (a reader's stale article).
    pub fn provision(&self, ix: ProvisionIx) -> Option<&Provision> {
        self.provisions.get(ix as usize)
    }

    pub fn agreement(&self, ix: AgreementIx) -> Option<&Agreement> {
        self.agreements.get(ix as usize)
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

impl Corpus {
    /// What an article's indices (entities, topics, framing terms, events) depend on,
    /// hashed: an article extracted against another knowledge base must be extracted
    /// again before it is shown beside this corpus, or its indices would name the
    /// wrong entities.
    pub fn kb_fingerprint(&self) -> u64 {
        kb_fingerprint(&KbParts {
            entities: &self.entities,
            topics: &self.topics,
            framing: &self.framing,
            events: &self.events,
            provisions: &self.provisions,
            agreements: &self.agreements,
        })
    }
}

/// The version of an extracted article's encoding, hashed into the fingerprint: an
/// article the browser stored before a field was added (issue 23: how each date was
/// read; issue 22: commitments and outcomes) no longer decodes, so it must count as
/// read with another knowledge base and be read again from its draft.
const ARTICLE_FORMAT: u32 = 3;

/// What an article's indices point into: the curated half of a corpus, borrowed.
#[derive(Serialize)]
pub struct KbParts<'a> {
    pub entities: &'a [Entity],
    pub topics: &'a [Topic],
    pub framing: &'a [FramingTerm],
    pub events: &'a [CatalogEvent],
    pub provisions: &'a [Provision],
    pub agreements: &'a [Agreement],
}

/// The fingerprint of a knowledge base's parts; see [`Corpus::kb_fingerprint`].
pub fn kb_fingerprint(parts: &KbParts) -> u64 {
    let bytes = postcard::to_allocvec(&(ARTICLE_FORMAT, parts)).unwrap_or_default();
    fnv1a(&bytes)
}

/// FNV-1a, 64 bits: a short, stable hash of bytes (no security meant), the same on
/// every platform and in every build, unlike the standard library's hasher.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

impl Article {
    /// An article with its text cut into sentences and nothing else known or
    /// extracted: what a pasted text starts as, and what tests build on.
    pub fn unannotated(id: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            file: String::new(),
            headline: String::new(),
            place: None,
            talks: Sourced::unknown(),
            published: Sourced::unknown(),
            outlet: Sourced::unknown(),
            wire: Sourced::unknown(),
            sentences: crate::text::sentences(text)
                .into_iter()
                .map(|span| Sentence {
                    span,
                    topics: Vec::new(),
                })
                .collect(),
            mentions: Vec::new(),
            candidates: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
            relations: Vec::new(),
            framing: Vec::new(),
            present: Vec::new(),
            commitments: Vec::new(),
            outcomes: Vec::new(),
            text: text.to_string(),
        }
    }

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
        // Marks by index, not a sort: the browser's wasm carries one sort routine only.
        let mut seen: Vec<bool> = Vec::new();
        for &t in self.sentences.iter().flat_map(|s| s.topics.iter()) {
            let i = t as usize;
            if seen.len() <= i {
                seen.resize(i + 1, false);
            }
            seen[i] = true;
        }
        (seen.iter().enumerate())
            .filter(|(_, on)| **on)
            .map(|(i, _)| i as TopicIx)
            .collect()
    }

    /// The leaders the text names: each faction whose delegation it says someone
    /// headed, with that person. Empty when the text names none; never a guess.
    pub fn leaders(&self) -> Vec<(EntityIx, EntityIx)> {
        self.present
            .iter()
            .filter_map(|p| p.leads.map(|faction| (faction, p.person)))
            .collect()
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

#[cfg(test)]
mod tests {
    #[test]
    fn fnv1a_gives_the_published_values() {
        // The FNV-1a 64-bit test vectors.
        assert_eq!(super::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
