//! The side-by-side comparison: topic rows, voices, framing counts, similar passages.
//!
//! [`compare`] takes two or three articles (any number is tolerated) and computes
//! everything the comparison view renders, so the writers only draw. It is a
//! pure function of the corpus, the chosen articles and the shared filters, and its
//! cost is linear in the articles' annotations plus one O(n·m) pass over sentence
//! pairs for similar passages (see [`similar_sentences`]).
//!
//! The markup: [`view`] assembles the view from [`picker`], [`heads`], [`html`] (the
//! topic rows and the matrix), [`full_texts`] and [`panels`]; [`hit`] names what an
//! event can land on.
//!
//! Decisions where the brief was silent:
//!
//! - Columns keep the order asked for. Out-of-range indexes are skipped and a repeated
//!   article keeps only its first column (an article compared with itself is all
//!   echo); [`Comparison::columns`] is the list the view must draw.
//! - The filters define which sentences are *in scope* ([`sentence_scope`]): with a
//!   topic filter, sentences about one of its topics; with an entity filter, sentences
//!   mentioning one of its entities. Rows, the "only this article" row, entities,
//!   voices and framing counts are computed over the sentences in scope, so every
//!   panel narrows together and a highlight never points at a hidden sentence. With
//!   no filter the scope is the whole article.
//! - The overview [`Comparison::matrix`] ignores the filters: it is the map a reader
//!   picks a topic filter from, so it must not shrink to the topic picked.
//! - Similar passages are found over all sentences (so "echoed" does not depend on
//!   the filter) and kept when at least one of the two sentences is in scope: a
//!   passage about the filtered entity echoed by one that does not name it is still
//!   worth marking.
//! - With a single column nothing is shared: [`EntityComparison::shared`] is empty and
//!   every entity is unique to it. More than three columns are computed like three;
//!   whether to allow them is the view's call.
//! - Voices count quotations with a speaker or speaker words (scare quotes are
//!   nobody's voice; unattributed quotations are counted apart, under nobody) and
//!   paraphrases by the rule in `compare/attribution.rs`;
//!   unnamed speakers merge by role noun and faction ("An Egyptian official" …
//!   "The Egyptian official").
//! - An index the knowledge base lacks (a stale or corrupt blob) never comes out of
//!   [`compare`]: the view may look up every index it gets without checking.

mod attribution;
mod entities;
mod framing;
mod profile;
mod similar;
mod topics;
mod voices;

pub mod full_texts;
pub mod heads;
pub mod hit;
pub mod html;
pub mod panels;
pub mod picker;
pub mod view;
#[cfg(test)]
mod view_tests;

pub use similar::{MIN_DICE_ALONE, MIN_DICE_WITH_PHRASE, MIN_PHRASES, similar_sentences};

use corpus::model::{Article, Corpus, EntityIx, FramingIx, SentenceIx, TopicIx};

/// Everything the comparison view shows, computed for its columns.
/// How the compared articles are laid out: the view's choice, and what its radio
/// hits carry ([`hit::CompareHit::Layout`]); here so that neither writer nor hit table
/// needs the other for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Layout {
    /// Rows of sentences on the same dispute, level across the columns.
    #[default]
    ByTopic,
    /// The whole texts side by side.
    FullTexts,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    /// Indexes into `corpus.articles`, in column order.
    pub columns: Vec<usize>,
    /// One row per topic (in the lexicon's order) some column addresses in scope.
    pub rows: Vec<TopicRow>,
    /// Per column: sentences in scope with no topic that no other column echoes
    /// (no [`SimilarPair`] links them): the "only this article says" row.
    pub unique_rows: Vec<Vec<SentenceIx>>,
    /// Per topic any column addresses (whole articles, filters ignored): sentence
    /// count per column.
    pub matrix: Vec<(TopicIx, Vec<u32>)>,
    pub entities: EntityComparison,
    /// Per column.
    pub voices: Vec<Voices>,
    pub framing: FramingComparison,
    /// Strongest first; `a` is always in an earlier column than `b`.
    pub similar: Vec<SimilarPair>,
}

/// The sentences of each column about one recurring dispute.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRow {
    pub topic: TopicIx,
    /// Per column, in reading order.
    pub cells: Vec<Vec<SentenceIx>>,
}

/// Entities mentioned in scope, in knowledge-base order (which groups them by kind).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityComparison {
    /// Mentioned in every column (empty with fewer than two columns).
    pub shared: Vec<EntityIx>,
    /// Per column: mentioned in that column only.
    pub unique: Vec<Vec<EntityIx>>,
}

/// Who speaks in one column, grouped by faction.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Voices {
    /// Most heard first (quotes plus paraphrases); the unaffiliated group last.
    pub groups: Vec<VoiceGroup>,
    /// Quotations in scope that a verb reports but whose speaker the text leaves
    /// uncertain (indexes into `article.quotes`): counted apart, under nobody.
    pub unattributed: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VoiceGroup {
    /// `None`: unaffiliated or unknown.
    pub faction: Option<EntityIx>,
    /// Most heard first, then in order of first appearance.
    pub speakers: Vec<Voice>,
}

/// One speaker of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    pub speaker: Option<EntityIx>,
    /// The entity's name, or the unnamed speaker's words as first written
    /// ("An Egyptian official", "the source").
    pub label: String,
    /// Indexes into `article.quotes`, in order.
    pub quotes: Vec<usize>,
    /// Sentences without quotation marks that report this speaker's words (the rule
    /// is documented in `compare/attribution.rs`).
    pub paraphrases: u32,
    /// Those sentences, in order, so they can be shown beside the quotes.
    pub paraphrase_sentences: Vec<SentenceIx>,
}

impl Voice {
    /// How often this speaker is heard: quotes plus paraphrases.
    pub fn weight(&self) -> u32 {
        self.quotes.len() as u32 + self.paraphrases
    }
}

impl VoiceGroup {
    /// How often this group is heard: the sum of its speakers' weights.
    pub fn weight(&self) -> u32 {
        self.speakers.iter().map(Voice::weight).sum()
    }
}

/// Loaded terms counted per column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FramingComparison {
    /// In the lexicon's order, only terms some column uses: counts per column.
    pub terms: Vec<(FramingIx, Vec<u32>)>,
    /// Per family (in the lexicon's order of first appearance), only families some
    /// column uses: counts per column.
    pub families: Vec<(String, Vec<u32>)>,
}

/// Two sentences of different columns that read alike.
#[derive(Debug, Clone, PartialEq)]
pub struct SimilarPair {
    /// (column, sentence).
    pub a: (usize, SentenceIx),
    pub b: (usize, SentenceIx),
    pub score: f32,
    /// The shared phrases, then the shared words, that make them alike.
    pub shared: Vec<String>,
}

/// Compares `articles` (indexes into `corpus.articles`, in column order) under the
/// shared filters: `topic_filter` and `entity_filter` narrow the scope when not empty.
pub fn compare(
    corpus: &Corpus,
    articles: &[usize],
    topic_filter: &[TopicIx],
    entity_filter: &[EntityIx],
) -> Comparison {
    let mut columns: Vec<usize> = Vec::with_capacity(articles.len());
    for &ix in articles {
        if ix < corpus.articles.len() && !columns.contains(&ix) {
            columns.push(ix);
        }
    }
    let arts: Vec<&Article> = columns.iter().map(|&i| &corpus.articles[i]).collect();
    let scope: Vec<Vec<bool>> = arts
        .iter()
        .map(|a| sentence_scope(a, topic_filter, entity_filter))
        .collect();
    let all_similar = similar::similar_pairs(&arts);
    let in_scope = |(c, s): (usize, SentenceIx)| scope[c].get(s as usize).copied() == Some(true);
    Comparison {
        rows: topics::rows(corpus, &arts, &scope, topic_filter),
        unique_rows: topics::unique_rows(&arts, &scope, &all_similar),
        matrix: topics::matrix(corpus, &arts),
        entities: entities::compare(corpus, &arts, &scope),
        voices: arts
            .iter()
            .zip(&scope)
            .map(|(a, s)| voices::voices(corpus, a, s))
            .collect(),
        framing: framing::compare(corpus, &arts, &scope),
        similar: all_similar
            .iter()
            .filter(|p| in_scope(p.a) || in_scope(p.b))
            .cloned()
            .collect(),
        columns,
    }
}

/// Per sentence of `article`: whether it passes the filters (an empty filter passes
/// everything). The view can use it to highlight exactly what the comparison counts.
pub fn sentence_scope(
    article: &Article,
    topic_filter: &[TopicIx],
    entity_filter: &[EntityIx],
) -> Vec<bool> {
    let mut scope: Vec<bool> = article
        .sentences
        .iter()
        .map(|s| topic_filter.is_empty() || s.topics.iter().any(|t| topic_filter.contains(t)))
        .collect();
    if !entity_filter.is_empty() {
        let mut names = vec![false; scope.len()];
        for m in &article.mentions {
            if entity_filter.contains(&m.entity)
                && let Some(s) = article.sentence_at(m.span.start)
            {
                names[s as usize] = true;
            }
        }
        for (keep, named) in scope.iter_mut().zip(names) {
            *keep &= named;
        }
    }
    scope
}

/// The sentence an annotation starting at `offset` belongs to, if it is in scope.
fn scoped_sentence(article: &Article, scope: &[bool], offset: u32) -> Option<SentenceIx> {
    article
        .sentence_at(offset)
        .filter(|&s| scope.get(s as usize).copied().unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::model::{
        Entity, EntityKind, FramingHit, FramingTerm, Mention, Quote, Sentence, Span, Topic,
    };

    fn article(id: &str, text: &str, sentences: Vec<Sentence>) -> Article {
        Article {
            sentences,
            ..Article::unannotated(id, text)
        }
    }

    /// A corpus whose annotations point everywhere they should not.
    fn broken() -> Corpus {
        let text = "Ali said the talks went well. « Ünïcode » “quoted”";
        let mut bad = article(
            "bad",
            text,
            vec![
                Sentence {
                    span: Span::new(0, 29),
                    topics: vec![0, 7, 999],
                },
                Sentence {
                    span: Span::new(40, 10),
                    topics: vec![],
                },
                Sentence {
                    span: Span::new(31, 500),
                    topics: vec![],
                },
                Sentence {
                    span: Span::new(32, 33),
                    topics: vec![],
                },
            ],
        );
        bad.mentions = vec![
            Mention {
                entity: 0,
                span: Span::new(0, 3),
                variant: false,
            },
            Mention {
                entity: 999,
                span: Span::new(900, 905),
                variant: false,
            },
        ];
        bad.framing = vec![FramingHit {
            term: 42,
            span: Span::new(5, 9),
        }];
        bad.quotes = vec![Quote {
            span: Span::new(45, 999),
            speaker: Some(999),
            speaker_span: Some(Span::new(700, 701)),
            speaker_faction: Some(999),
            sentence: 999,
            rule: Default::default(),
        }];
        Corpus {
            entities: vec![Entity {
                id: "ali".into(),
                name: "Ali".into(),
                kind: EntityKind::Person,
                aliases: vec!["Ali".into()],
                faction: Some(999),
                roles: Vec::new(),
                description: String::new(),
            }],
            topics: vec![Topic {
                id: "talks".into(),
                name: "Talks".into(),
                description: String::new(),
                phrases: vec!["talks".into()],
            }],
            framing: vec![FramingTerm {
                id: "t".into(),
                label: "t".into(),
                family: "f".into(),
                note: String::new(),
                phrases: Vec::new(),
            }],
            events: Vec::new(),
            provisions: Vec::new(),
            agreements: Vec::new(),
            articles: vec![bad, article("empty", "", Vec::new())],
        }
    }

    #[test]
    fn broken_annotations_never_panic() {
        let c = broken();
        for cols in [
            &[0, 1][..],
            &[1, 0],
            &[0],
            &[0, 0, 0],
            &[],
            &[5, usize::MAX],
        ] {
            for topics in [&[][..], &[0], &[999]] {
                for entities in [&[][..], &[0], &[999]] {
                    let cmp = compare(&c, cols, topics, entities);
                    assert_eq!(cmp.voices.len(), cmp.columns.len());
                    assert!(cmp.rows.iter().all(|r| r.cells.len() == cmp.columns.len()));
                }
            }
        }
        let cmp = compare(&c, &[0, 1], &[], &[]);
        assert_eq!(cmp.columns, [0, 1]);
        assert_eq!(cmp.matrix, [(0, vec![1, 0])]);
        // A hit on a term the lexicon lacks is not counted.
        assert!(cmp.framing.terms.is_empty());
        // Ali, a person with a dangling faction, still speaks: unaffiliated. The
        // quote's dangling speaker is nobody; no index the corpus lacks gets out.
        let groups = &cmp.voices[0].groups;
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].faction, None);
        assert_eq!(groups[0].speakers[0].label, "Ali");
        assert_eq!(groups[0].speakers[0].paraphrases, 1);
        assert_eq!(cmp.entities.unique, [vec![0], vec![]]);
    }

    #[test]
    fn scope_combines_both_filters() {
        let c = broken();
        let a = &c.articles[0];
        assert_eq!(sentence_scope(a, &[], &[]), [true; 4]);
        assert_eq!(sentence_scope(a, &[0], &[]), [true, false, false, false]);
        assert_eq!(sentence_scope(a, &[], &[0]), [true, false, false, false]);
        assert_eq!(sentence_scope(a, &[0], &[999]), [false; 4]);
    }
}
