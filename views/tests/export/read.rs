//! The reader's marks, the filter's sentences, and the list when no article is open.

use super::{ctx, exported, state, texts};
use views::read::view::{ReadUi, read_html};

fn drawn(query: &str, testid: &str) -> usize {
    let s = state(query);
    read_html(ctx(), &s, &ctx().select(&s), &ReadUi::default())
        .matches(&format!(r#"data-testid="{testid}""#))
        .count()
}

#[test]
fn every_mention_and_quotation_the_reader_draws_is_a_row() {
    let q = "view=read&a=cairo-2014-09";
    let e = exported(q);
    let kinds = texts(&e, "marks", "kind");
    let count = |k: &str| kinds.iter().filter(|x| *x == k).count();
    assert_eq!(count("entity"), drawn(q, "mention"));
    assert_eq!(count("quotation"), drawn(q, "quote-speaker"));
    assert!(
        count("date") > 0 && count("loaded-term") + count("uncurated") > 0,
        "{kinds:?}"
    );
    // In text order, each mark inside its sentence.
    let starts: Vec<usize> = texts(&e, "marks", "start")
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
    let a = ctx().corpus.article("cairo-2014-09").unwrap();
    for ((start, end), text) in starts
        .iter()
        .zip(texts(&e, "marks", "end"))
        .zip(texts(&e, "marks", "text"))
    {
        assert_eq!(a.text[*start..end.parse::<usize>().unwrap()], text);
    }
}

#[test]
fn a_text_query_keeps_the_marks_of_matching_sentences_only() {
    let q = "view=read&a=cairo-2014-09&q=ceasefire";
    let e = exported(q);
    let sel = ctx().select(&state(q));
    let ix = ctx().corpus.article_ix("cairo-2014-09").unwrap();
    let a = &ctx().corpus.articles[ix];
    let matched: Vec<usize> = sel.sentences[ix]
        .iter()
        .map(|&s| a.sentences[s as usize].span.start as usize)
        .collect();
    let starts = texts(&e, "marks", "sentence_start");
    assert!(!starts.is_empty());
    assert!(
        starts.iter().all(|s| matched.contains(&s.parse().unwrap())),
        "{starts:?}"
    );
    assert!(starts.len() < texts(&exported("view=read&a=cairo-2014-09"), "marks", "kind").len());
}

#[test]
fn with_no_article_open_the_list_is_exported_filtered() {
    let e = exported("view=read&f=plo");
    let sel = ctx().select(&state("view=read&f=plo"));
    let ids: Vec<String> = sel
        .passing()
        .map(|i| ctx().corpus.articles[i].id.clone())
        .collect();
    assert_eq!(texts(&e, "articles", "article_id"), ids);
    assert!(ids.len() < ctx().corpus.articles.len());
}
