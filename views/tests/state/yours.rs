//! A link to a view that includes an article of yours, opened by someone who lacks
//! it: the article is named as only in the sender's browser and the rest loads; the
//! same link opened by its sender shows the article.

use super::{corpus, keys, parse};
use corpus::PartialDate;
use corpus::extract::edits::KbEdits;
use corpus::model::Article;
use views::state::{View, ViewState};
use views::yours::{ONLY_THERE, merge::merge};

const LINK: &str = "view=compare&cmp=cairo-2014-09,yours-1a2b3c4d&a=yours-1a2b3c4d\
                    &round=yours-1a2b3c4d&sel=yours-1a2b3c4d&e=hamas,yours-wang-yi&t=nope";

#[test]
fn someone_without_the_article_gets_the_rest_of_the_view_and_the_reason() {
    let (state, ignored) = parse(LINK);
    assert_eq!(state.view, View::Compare);
    assert_eq!(state.compare, ["cairo-2014-09"]);
    assert_eq!(state.entities, ["hamas"]);
    assert_eq!(
        (state.article, state.round, state.selected),
        (None, None, None)
    );
    assert_eq!(keys(&ignored), ["cmp", "a", "round", "sel", "e", "t"]);
    for i in &ignored[..4] {
        assert_eq!(
            (i.value.as_str(), i.reason.as_str()),
            ("yours-1a2b3c4d", ONLY_THERE)
        );
    }
    assert!(ignored[4].reason.contains("only in the sender's browser"));
    // Not every unknown id is someone's article.
    assert_eq!(ignored[5].reason, "no topic with this id");
    let (_, ignored) = parse("a=cairo-1999-01");
    assert_eq!(ignored[0].reason, "no article with this id");
}

#[test]
fn the_sender_who_has_it_gets_the_whole_view() {
    let mut mine = Article::unannotated("yours-1a2b3c4d", "Hamas and Fatah met in Cairo.");
    mine.talks.value = PartialDate::parse("2026-03-12");
    let merged = merge(corpus(), &KbEdits::default(), vec![mine]);
    let (state, ignored) = ViewState::parse(LINK, &merged.corpus);
    assert_eq!(state.compare, ["cairo-2014-09", "yours-1a2b3c4d"]);
    assert_eq!(state.article.as_deref(), Some("yours-1a2b3c4d"));
    assert_eq!(state.selected.as_deref(), Some("yours-1a2b3c4d"));
    assert_eq!(keys(&ignored), ["e", "t"]);
}
