//! The comparison's topic grid, its sentences, voices and framing counts.

use super::{ctx, exported, state, texts};
use views::compare::view::comparison;

const PAIR: &str = "view=compare&cmp=cairo-2014-09,cairo-2024-10";

#[test]
fn the_grid_has_a_row_per_topic_and_column_and_counts_its_sentences() {
    let cmp = comparison(ctx(), &state(PAIR));
    let e = exported(PAIR);
    assert_eq!(texts(&e, "topics", "topic_id").len(), cmp.rows.len() * 2);
    let counts: Vec<String> = (cmp.rows.iter())
        .flat_map(|r| r.cells.iter().map(|c| c.len().to_string()))
        .collect();
    assert_eq!(texts(&e, "topics", "sentences"), counts);
    let sentences: usize = cmp.rows.iter().flat_map(|r| &r.cells).map(Vec::len).sum();
    assert_eq!(texts(&e, "topic_sentences", "sentence").len(), sentences);
    assert_eq!(texts(&e, "topics", "column")[..2], ["1", "2"]);
}

#[test]
fn a_topic_filter_keeps_its_topic_only() {
    let topic = &ctx().corpus.topics[0].id;
    let q = format!("{PAIR}&t={topic}");
    let e = exported(&q);
    let ids = texts(&e, "topics", "topic_id");
    assert!(!ids.is_empty() && ids.iter().all(|t| t == topic), "{ids:?}");
    assert!(ids.len() < texts(&exported(PAIR), "topics", "topic_id").len());
}

#[test]
fn voices_and_framing_add_up_to_the_comparisons() {
    let cmp = comparison(ctx(), &state(PAIR));
    let e = exported(PAIR);
    let quotes: usize = (cmp.voices.iter())
        .map(|v| {
            v.groups
                .iter()
                .flat_map(|g| &g.speakers)
                .map(|s| s.quotes.len())
                .sum::<usize>()
                + v.unattributed.len()
        })
        .sum();
    let exported_quotes: usize = texts(&e, "voices", "quotations")
        .iter()
        .map(|n| n.parse::<usize>().unwrap())
        .sum();
    assert_eq!(exported_quotes, quotes);
    let framing: u32 = cmp.framing.terms.iter().flat_map(|(_, c)| c).sum();
    let exported_framing: u32 = texts(&e, "framing", "count")
        .iter()
        .map(|n| n.parse::<u32>().unwrap())
        .sum();
    assert_eq!(exported_framing, framing);
    assert!(framing > 0 && quotes > 0);
}
