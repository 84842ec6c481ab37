//! Alignment by topic: one row per recurring dispute, the "only this article says"
//! row, and the overview matrix.
//!
//! Topics come from the extractor (a sentence is about a topic when it contains one of
//! the lexicon's phrases), so alignment here is bookkeeping, not guessing: each row
//! lists, per column, the sentences in scope that carry the topic. Rows and the matrix
//! follow the lexicon's order, which is the curators' order of importance, so a reader
//! finds "Security control" in the same place whatever the articles.

use super::SimilarPair;
use corpus::model::{Article, Corpus, SentenceIx, TopicIx};

/// One row per topic of the lexicon (restricted to `topic_filter` when set) that at
/// least one column addresses in scope.
pub(super) fn rows(
    corpus: &Corpus,
    articles: &[&Article],
    scope: &[Vec<bool>],
    topic_filter: &[TopicIx],
) -> Vec<super::TopicRow> {
    (0..corpus.topics.len())
        .map(|t| t as TopicIx)
        .filter(|t| topic_filter.is_empty() || topic_filter.contains(t))
        .filter_map(|topic| {
            let cells: Vec<Vec<SentenceIx>> = articles
                .iter()
                .zip(scope)
                .map(|(a, scope)| sentences_about(a, topic, Some(scope)))
                .collect();
            cells
                .iter()
                .any(|c| !c.is_empty())
                .then_some(super::TopicRow { topic, cells })
        })
        .collect()
}

/// Per column: sentences in scope with no topic that no similar pair links to
/// another column.
pub(super) fn unique_rows(
    articles: &[&Article],
    scope: &[Vec<bool>],
    similar: &[SimilarPair],
) -> Vec<Vec<SentenceIx>> {
    articles
        .iter()
        .zip(scope)
        .enumerate()
        .map(|(column, (a, scope))| {
            let mut echoed = vec![false; a.sentences.len()];
            for p in similar {
                for (c, s) in [p.a, p.b] {
                    if c == column
                        && let Some(slot) = echoed.get_mut(s as usize)
                    {
                        *slot = true;
                    }
                }
            }
            a.sentences
                .iter()
                .enumerate()
                .filter(|&(i, s)| {
                    s.topics.is_empty() && !echoed[i] && scope.get(i).copied().unwrap_or(false)
                })
                .map(|(i, _)| i as SentenceIx)
                .collect()
        })
        .collect()
}

/// Per topic any column addresses, over whole articles: sentence count per column.
pub(super) fn matrix(corpus: &Corpus, articles: &[&Article]) -> Vec<(TopicIx, Vec<u32>)> {
    (0..corpus.topics.len())
        .map(|t| t as TopicIx)
        .filter_map(|topic| {
            let counts: Vec<u32> = articles
                .iter()
                .map(|a| sentences_about(a, topic, None).len() as u32)
                .collect();
            counts.iter().any(|&n| n > 0).then_some((topic, counts))
        })
        .collect()
}

/// The sentences of `article` about `topic`, within `scope` when given.
fn sentences_about(article: &Article, topic: TopicIx, scope: Option<&[bool]>) -> Vec<SentenceIx> {
    article
        .sentences
        .iter()
        .enumerate()
        .filter(|(i, s)| {
            s.topics.contains(&topic) && scope.is_none_or(|sc| sc.get(*i).copied().unwrap_or(false))
        })
        .map(|(i, _)| i as SentenceIx)
        .collect()
}
