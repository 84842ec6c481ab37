//! The corpus a reader sees: the published one with their articles (and the entities
//! they made while curating) in it, in date order like every other article.
//!
//! The published corpus is only copied when there is something of theirs to add;
//! [`Context::with_yours`] then marks which articles are theirs, so every view can
//! tell them apart in constant time. An article that does not fit (another knowledge
//! base, an id taken, a broken index) is left out and named with the reason.

use super::{is_yours_id, validate};
use crate::context::Context;
use corpus::extract::edits::{KbEdits, local_entities};
use corpus::model::{Article, Corpus};

/// The published corpus with a reader's articles merged in.
pub struct Merged {
    pub corpus: Corpus,
    /// Parallel to `corpus.articles`: whether each is the reader's.
    pub yours: Vec<bool>,
    /// The reader's articles left out: (id, why).
    pub refused: Vec<(String, String)>,
}

impl Merged {
    /// The context every writer reads, over this corpus.
    pub fn context(&self) -> Context<'_> {
        Context::with_yours(&self.corpus, self.yours.clone())
    }
}

/// Merges `yours` (extracted with the knowledge base of `published` and `edits`) into
/// a copy of `published`: the edits' entities appended after the published ones, the
/// articles sorted by date and id.
pub fn merge(published: &Corpus, edits: &KbEdits, yours: Vec<Article>) -> Merged {
    let mut corpus = published.clone();
    corpus
        .entities
        .extend(local_entities(&published.entities, edits));
    let mut refused = Vec::new();
    let mut flags = vec![false; corpus.articles.len()];
    for article in yours {
        let why = if !is_yours_id(&article.id) {
            Err("not an article of yours".to_string())
        } else if corpus.article(&article.id).is_some() {
            Err("an article with this id is already shown".to_string())
        } else {
            validate::fits(&article, &corpus)
        };
        match why {
            Ok(()) => {
                corpus.articles.push(article);
                flags.push(true);
            }
            Err(why) => refused.push((article.id, why)),
        }
    }
    // Date order, as the corpus compiles it; the flags move with their articles.
    let mut pairs: Vec<(Article, bool)> = std::mem::take(&mut corpus.articles)
        .into_iter()
        .zip(flags)
        .collect();
    crate::sort::sort_by(&mut pairs, |(a, _), (b, _)| {
        a.date().cmp(&b.date()).then_with(|| a.id.cmp(&b.id))
    });
    let (articles, yours): (Vec<Article>, Vec<bool>) = pairs.into_iter().unzip();
    corpus.articles = articles;
    Merged {
        corpus,
        yours,
        refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::PartialDate;
    use corpus::extract::edits::NewEntity;
    use corpus::model::{EntityKind, Mention, Span};

    fn published() -> &'static Corpus {
        corpus::seeds::repository()
    }

    fn mine(id: &str, date: &str) -> Article {
        let mut a = Article::unannotated(id, "Hamas and Fatah met in Cairo.");
        a.talks.value = PartialDate::parse(date);
        a
    }

    #[test]
    fn articles_of_yours_take_their_place_by_date_and_are_marked() {
        let m = merge(
            published(),
            &KbEdits::default(),
            vec![
                mine("yours-00000002", "2026-03-12"),
                mine("yours-00000001", "2015-06-01"),
            ],
        );
        assert!(m.refused.is_empty());
        let ids: Vec<&str> = m.corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "cairo-2013-01",
                "cairo-2014-09",
                "yours-00000001",
                "cairo-2017-11",
                "cairo-2024-10",
                "cairo-2025-10",
                "yours-00000002"
            ]
        );
        let ctx = m.context();
        let marked: Vec<bool> = (0..ids.len()).map(|i| ctx.is_yours(i)).collect();
        assert_eq!(marked, [false, false, true, false, false, false, true]);
        assert!(!ctx.is_yours(99));
        // The published corpus itself is untouched.
        assert_eq!(published().articles.len(), 5);
    }

    #[test]
    fn entities_of_yours_follow_the_published_ones_and_articles_may_name_them() {
        let edits = KbEdits {
            aliases: vec![],
            entities: vec![NewEntity {
                name: "Wang Yi".into(),
                kind: EntityKind::Person,
                faction: Some("china".into()),
            }],
        };
        let n = published().entities.len();
        let mut a = mine("yours-0000000a", "2024-07-23");
        a.mentions.push(Mention {
            entity: n as u16,
            span: Span::new(0, 5),
            variant: false,
        });
        let m = merge(published(), &edits, vec![a.clone()]);
        assert!(m.refused.is_empty(), "{:?}", m.refused);
        assert_eq!(m.corpus.entities[n].id, "yours-wang-yi");
        // Without the edits the same article names an entity there is not.
        let m = merge(published(), &KbEdits::default(), vec![a]);
        assert_eq!(m.refused.len(), 1);
        assert!(m.refused[0].1.contains("names entity"), "{:?}", m.refused);
    }

    #[test]
    fn ids_that_are_not_yours_or_already_shown_are_refused() {
        let m = merge(
            published(),
            &KbEdits::default(),
            vec![
                mine("cairo-2014-09", "2014-09-24"),
                mine("not-mine", "2014-09-24"),
                mine("yours-00000003", "2020-01-01"),
                mine("yours-00000003", "2020-01-01"),
            ],
        );
        let refused: Vec<&str> = m.refused.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(refused, ["cairo-2014-09", "not-mine", "yours-00000003"]);
        assert_eq!(m.yours.iter().filter(|&&y| y).count(), 1);
    }
}
