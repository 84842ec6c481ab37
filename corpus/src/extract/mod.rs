//! Extraction: from an article's text, its metadata and the knowledge base to the
//! annotations every view shows (mentions, candidates, quotes, dated events, topics,
//! relations, framing terms, who the text places at the talks, and the commitments
//! and outcomes of the promises tracker).
//!
//! Each step is a pure function of the text and what earlier steps found, linear in
//! the length of the text: the same code can run in the browser on a pasted article
//! and over corpora of a thousand articles. Matchers over the knowledge base are
//! built once per corpus ([`Matchers`]), not once per article.

mod affiliations;
mod candidates;
mod credits;
mod dates;
pub mod edits;
mod mentions;
pub mod names;
mod phrases;
mod presence;
mod promises;
mod quotes;
mod relations;
mod remap;
/// The reporting-verb lexicon lives below the model ([`crate::reporting`]), which names
/// a rule's verb by it; this path is kept for the code that reads it from here.
pub use crate::reporting;

pub use dates::guess::{Basis, DateGuess, Guess, guess_dates};
pub use edits::KbEdits;
pub use mentions::EntityMatcher;
pub use phrases::PhraseMatcher;

use crate::model::{
    Agreement, Article, CatalogEvent, Corpus, Entity, FramingHit, FramingTerm, Provision, Sentence,
    SentenceIx, Span, Topic,
};
use crate::text::{self, Folded};
use serde::{Deserialize, Serialize};

/// The curated knowledge the extractor matches against. The build writes it beside
/// the corpus (postcard, [`KnowledgeBase::encode`]) for the browser worker that
/// extracts a reader's own article: the corpus alone lacks the events' cue words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KnowledgeBase {
    pub entities: Vec<Entity>,
    pub topics: Vec<Topic>,
    pub framing: Vec<FramingTerm>,
    pub events: Vec<CatalogEvent>,
    /// How text refers to each catalogue event, parallel to `events`.
    pub event_cues: Vec<EventCues>,
    /// The kinds of step a deal promises (issue 22).
    pub provisions: Vec<Provision>,
    /// The phrases that name each provision's step, parallel to `provisions`.
    pub provision_phrases: Vec<Vec<String>>,
    /// The deals a commitment can belong to, in date order.
    pub agreements: Vec<Agreement>,
    /// The phrases a sentence names each deal by, parallel to `agreements`.
    pub agreement_phrases: Vec<Vec<String>>,
    /// The names of each deal's place (its `place` first, then other names such as
    /// the country), parallel to `agreements`: with a date, a sentence names a deal
    /// by them ("signed in Cairo in May 2011").
    pub agreement_venues: Vec<Vec<String>>,
}

/// The words by which a sentence refers to a catalogued event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventCues {
    /// Refer to the event together with a date in the same sentence.
    pub cues: Vec<String>,
    /// Refer to the event on their own.
    pub phrases: Vec<String>,
}

impl KnowledgeBase {
    /// The compact binary form the worker embeds.
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("a knowledge base always serializes")
    }

    /// Decodes what [`KnowledgeBase::encode`] produced; a corrupt blob is an error.
    pub fn decode(bytes: &[u8]) -> Result<Self, postcard::Error> {
        postcard::from_bytes(bytes)
    }

    /// What an article's indices into the knowledge base depend on, hashed: equal for
    /// a knowledge base and the corpus compiled from it ([`Corpus::kb_fingerprint`]).
    pub fn fingerprint(&self) -> u64 {
        crate::model::kb_fingerprint(&crate::model::KbParts {
            entities: &self.entities,
            topics: &self.topics,
            framing: &self.framing,
            events: &self.events,
            provisions: &self.provisions,
            agreements: &self.agreements,
        })
    }
}

/// The knowledge base compiled into automata, built once per corpus.
pub struct Matchers {
    pub entities: EntityMatcher,
    pub topics: PhraseMatcher,
    pub framing: PhraseMatcher,
    pub event_cues: PhraseMatcher,
    pub event_phrases: PhraseMatcher,
    pub promises: promises::PromiseMatchers,
}

impl Matchers {
    pub fn new(kb: &KnowledgeBase) -> Self {
        let cue_lists = |pick: fn(&EventCues) -> &Vec<String>| {
            kb.event_cues
                .iter()
                .enumerate()
                .flat_map(|(i, c)| pick(c).iter().map(move |p| (i as u16, format!("{p}*"))))
                .collect::<Vec<_>>()
        };
        Matchers {
            entities: EntityMatcher::new(&kb.entities),
            topics: PhraseMatcher::new(
                kb.topics
                    .iter()
                    .enumerate()
                    .flat_map(|(i, t)| t.phrases.iter().map(move |p| (i as u16, p.clone()))),
            ),
            framing: PhraseMatcher::new(
                kb.framing
                    .iter()
                    .enumerate()
                    .flat_map(|(i, t)| t.phrases.iter().map(move |p| (i as u16, p.clone()))),
            ),
            event_cues: PhraseMatcher::new(cue_lists(|c| &c.cues)),
            event_phrases: PhraseMatcher::new(cue_lists(|c| &c.phrases)),
            promises: promises::PromiseMatchers::new(kb),
        }
    }
}

/// Compiles a whole corpus: every article extracted, in order of the talks' date.
pub fn compile(kb: KnowledgeBase, inputs: Vec<Article>) -> Corpus {
    let matchers = Matchers::new(&kb);
    let mut articles: Vec<Article> = inputs
        .into_iter()
        .map(|input| extract_article(&kb, &matchers, input))
        .collect();
    articles.sort_by(|a, b| a.date().cmp(&b.date()).then_with(|| a.id.cmp(&b.id)));
    Corpus {
        entities: kb.entities,
        topics: kb.topics,
        framing: kb.framing,
        events: kb.events,
        provisions: kb.provisions,
        agreements: kb.agreements,
        articles,
    }
}

/// Runs every extraction step over one article: its text and metadata are read, and
/// every annotation it carries is replaced. An article as the seeds give it, or as a
/// reader pastes it, is [`Article::unannotated`] with its metadata filled in.
///
/// The text is read with its white space normalised (wire copy's hard line breaks
/// inside sentences and names, runs of spaces: [`text::Normalised`]), and every span
/// is then mapped back onto the text as given.
pub fn extract_article(kb: &KnowledgeBase, matchers: &Matchers, mut input: Article) -> Article {
    let Some(normalised) = text::Normalised::of(&input.text) else {
        return extract_as_is(kb, matchers, input);
    };
    let original = std::mem::replace(&mut input.text, normalised.text.clone());
    let mut article = extract_as_is(kb, matchers, input);
    remap::to_original(&mut article, &normalised, original);
    article
}

/// Every extraction step over the text exactly as it is.
fn extract_as_is(kb: &KnowledgeBase, matchers: &Matchers, input: Article) -> Article {
    let text = input.text.as_str();
    let folded = Folded::new(text);
    let sentence_spans = at_most_indexable(text::sentences(text));
    let sentence_of = |offset: u32| -> SentenceIx {
        sentence_spans
            .partition_point(|s| s.end <= offset)
            .min(sentence_spans.len().saturating_sub(1)) as SentenceIx
    };

    let (mentions, candidates) = names(text, &folded, &sentence_spans, kb, matchers);
    let mut candidate_spans: Vec<Span> = candidates.iter().map(|c| c.span).collect();
    candidate_spans.sort_unstable();
    let quotes = quotes::extract(
        text,
        &sentence_spans,
        &mentions,
        &candidate_spans,
        &kb.entities,
    );

    let reference = input
        .published
        .value
        .or(input.talks.value)
        .map(|d| d.first_day())
        .unwrap_or(time::Date::MIN);
    let events = dates::extract(text, &folded, &sentence_spans, reference, kb, matchers);
    let (commitments, outcomes) = promises::extract(
        &promises::ArticleText {
            text,
            folded: &folded,
            sentences: &sentence_spans,
            mentions: &mentions,
            events: &events,
            today: reference,
        },
        kb,
        &matchers.promises,
    );

    let mut sentences: Vec<Sentence> = sentence_spans
        .iter()
        .map(|&span| Sentence {
            span,
            topics: Vec::new(),
        })
        .collect();
    for (topic, span) in matchers.topics.find(&folded) {
        if let Some(sentence) = sentences.get_mut(sentence_of(span.start) as usize)
            && !sentence.topics.contains(&topic)
        {
            sentence.topics.push(topic);
        }
    }
    for s in &mut sentences {
        s.topics.sort_unstable();
    }

    let framing = matchers
        .framing
        .find_longest(&folded)
        .into_iter()
        .map(|(term, span)| FramingHit { term, span })
        .collect();

    let mut relations =
        affiliations::extract(text, &sentence_spans, &mentions, &kb.entities, &quotes);
    relations.extend(relations::extract(
        text,
        &folded,
        &sentence_spans,
        &mentions,
        &kb.entities,
    ));

    let present = presence::extract(
        text,
        &sentence_spans,
        &mentions,
        &kb.entities,
        &quotes,
        input.place,
    );

    Article {
        sentences,
        mentions,
        candidates,
        quotes,
        events,
        relations,
        framing,
        present,
        commitments,
        outcomes,
        ..input
    }
}

/// The names of a text: the knowledge base's mentions and the uncurated candidates.
/// Candidates come before quotes and relations: a mention inside a longer unknown name
/// ("Gaza" in "Gaza City") is no mention, and quotes and relations must not see it;
/// and an unknown name can speak a quotation.
fn names(
    text: &str,
    folded: &Folded,
    sentences: &[Span],
    kb: &KnowledgeBase,
    matchers: &Matchers,
) -> (Vec<crate::model::Mention>, Vec<crate::model::Candidate>) {
    let mut mentions = matchers.entities.find(text, folded);
    // A photographer's name in a credit ("AFP PHOTO/ABBAS MOMANI") names no one the
    // knowledge base knows: one candidate of the whole name.
    let photographers = credits::names(text, sentences, &mentions, &kb.entities);
    credits::drop_people(&mut mentions, &photographers, &kb.entities);
    let mut candidates = candidates::extract(text, sentences, &mut mentions, &kb.entities);
    credits::name_candidates(&mut candidates, &photographers, &mentions);
    (mentions, candidates)
}

/// Sentences are indexed by `SentenceIx`: past the last index, the rest of a (very
/// long) text is one sentence, rather than indices that wrap around and point to
/// the wrong sentence.
fn at_most_indexable(mut spans: Vec<Span>) -> Vec<Span> {
    let max = SentenceIx::MAX as usize + 1;
    if let Some(&Span { end, .. }) = spans.last()
        && spans.len() > max
    {
        spans.truncate(max);
        spans[max - 1].end = end;
    }
    spans
}

/// Mentions that fall inside `span`.
pub(crate) fn mentions_in(
    mentions: &[crate::model::Mention],
    span: Span,
) -> &[crate::model::Mention] {
    let from = mentions.partition_point(|m| m.span.start < span.start);
    let to = mentions.partition_point(|m| m.span.start < span.end);
    &mentions[from..to.max(from)]
}

/// Whether `span` overlaps one of `mentions` (sorted and disjoint, so their ends are
/// sorted too): a binary search, not a scan, so that the cost stays linear overall.
pub(crate) fn overlaps_any(mentions: &[crate::model::Mention], span: Span) -> bool {
    let first_ending_after = mentions.partition_point(|m| m.span.end <= span.start);
    mentions
        .get(first_ending_after)
        .is_some_and(|m| m.span.overlaps(span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;
    use crate::model::{Confidence, EntityKind, Sourced};

    #[test]
    fn sentence_indices_of_a_text_with_more_sentences_than_they_count_stay_true() {
        // Found reviewing index types: 70,000 lines made 70,000 sentences, and the
        // quotation on the last line was said to be in sentence 70,000 as u16 = 4,464.
        let mut text = "It rained.\n".repeat(70_000);
        text.push_str("\"We agree,\" Abbas said on Monday.");
        let abbas = Entity {
            id: "mahmoud-abbas".into(),
            name: "Mahmoud Abbas".into(),
            kind: EntityKind::Person,
            aliases: vec!["Abbas".into()],
            faction: None,
            roles: vec![],
            description: String::new(),
        };
        let kb = KnowledgeBase {
            entities: vec![abbas],
            ..KnowledgeBase::default()
        };
        let date = Sourced {
            value: PartialDate::parse("2014-09-24"),
            confidence: Confidence::Stated,
            note: String::new(),
        };
        let input = Article {
            talks: date.clone(),
            published: date,
            ..Article::unannotated("long", &text)
        };
        let a = extract_article(&kb, &Matchers::new(&kb), input);
        assert_eq!(a.sentences.len(), SentenceIx::MAX as usize + 1);
        assert_eq!(a.sentences.last().unwrap().span.end as usize, a.text.len());
        let quote = &a.quotes[0];
        assert_eq!(a.slice(quote.span), "We agree,");
        assert_eq!(quote.speaker, Some(0));
        let event = a.events.last().unwrap();
        assert_eq!(a.slice(event.span), "Monday");
        for (ix, span) in [(quote.sentence, quote.span), (event.sentence, event.span)] {
            assert!(
                a.sentences[ix as usize].span.contains(span),
                "sentence {ix}"
            );
        }
    }
}
