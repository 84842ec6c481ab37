//! Echoed passages: the pair a reader would match, unrelated sentences left alone,
//! and the search's cost as the articles grow (timed, reported, not asserted).

use super::{article, cmp, col, corpus};
use corpus::model::{Article, SentenceIx, Span};
use std::time::Instant;
use views::compare::{compare, similar_sentences};

#[test]
fn positive_spirit_in_2013_echoes_positive_atmosphere_in_2014() {
    let c = cmp(&["cairo-2013-01", "cairo-2014-09"]);
    let pair = c
        .similar
        .iter()
        .find(|p| {
            p.shared.first().map(String::as_str) == Some("positive spirit ~ positive atmosphere")
        })
        .unwrap_or_else(|| panic!("{:#?}", c.similar));
    assert_eq!((pair.a.0, pair.b.0), (0, 1));
    assert!(
        article(&c, 0)
            .sentence_text(pair.a.1)
            .contains("\"positive spirit,\"")
    );
    assert!(
        article(&c, 1)
            .sentence_text(pair.b.1)
            .contains("\"positive atmosphere\"")
    );
    assert!(pair.score > 0.0 && pair.score <= 1.0);
    // An echoed sentence is not something only one article says.
    assert!(!c.unique_rows[0].contains(&pair.a.1));
    assert!(c.similar.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn unrelated_sentences_are_not_flagged() {
    let y2014 = corpus().article("cairo-2014-09").unwrap();
    let y2017 = corpus().article("cairo-2017-11").unwrap();
    let find = |a: &'static Article, start: &str| -> (SentenceIx, &'static str) {
        (0..a.sentences.len() as SentenceIx)
            .map(|s| (s, a.sentence_text(s)))
            .find(|(_, t)| t.starts_with(start))
            .unwrap()
    };
    let (casualties, casualties_text) = find(y2014, "Sixty-seven Israeli soldiers");
    let (_, rejects) = find(y2017, "Hamas rejects the demand");
    assert_eq!(similar_sentences(casualties_text, rejects), None);
    // Both name "a Hamas official", and that is all they share.
    let (_, risheq) = find(y2014, "Hamas official Izzat Risheq");
    let (_, naim) = find(y2017, "Bassem Naim, a top Hamas official");
    assert_eq!(similar_sentences(risheq, naim), None);
    let c = cmp(&["cairo-2014-09", "cairo-2017-11"]);
    assert!(c.similar.iter().all(|p| p.a != (0, casualties)));
    assert!(c.similar.len() <= 3, "{:#?}", c.similar);
    assert!(c.similar.iter().all(|p| !p.shared.is_empty()));
    assert!(c.unique_rows[0].contains(&casualties));
}

/// An article repeated `n` times, every span shifted: a long article for timing.
fn repeated(a: &Article, n: usize) -> Article {
    let mut out = a.clone();
    (out.text, out.sentences, out.mentions) = (String::new(), vec![], vec![]);
    (out.quotes, out.framing, out.events, out.relations) = (vec![], vec![], vec![], vec![]);
    for _ in 0..n {
        let (at, first) = (out.text.len() as u32, out.sentences.len() as SentenceIx);
        let shift = |s: Span| Span::new((s.start + at) as usize, (s.end + at) as usize);
        let mut copy = a.clone();
        copy.sentences
            .iter_mut()
            .for_each(|s| s.span = shift(s.span));
        copy.mentions
            .iter_mut()
            .for_each(|m| m.span = shift(m.span));
        copy.framing.iter_mut().for_each(|h| h.span = shift(h.span));
        for q in &mut copy.quotes {
            (q.span, q.sentence) = (shift(q.span), q.sentence + first);
            q.speaker_span = q.speaker_span.map(shift);
        }
        out.text.push_str(&a.text);
        out.text.push('\n');
        out.sentences.append(&mut copy.sentences);
        out.mentions.append(&mut copy.mentions);
        out.framing.append(&mut copy.framing);
        out.quotes.append(&mut copy.quotes);
    }
    out
}

#[test]
fn timing_of_a_three_way_comparison() {
    let ids = ["cairo-2013-01", "cairo-2014-09", "cairo-2017-11"];
    let cols: Vec<usize> = ids.iter().map(|id| col(id)).collect();
    let started = Instant::now();
    let c = compare(corpus(), &cols, &[], &[]);
    let seeds = started.elapsed();
    let sentences: usize = cols
        .iter()
        .map(|&a| corpus().articles[a].sentences.len())
        .sum();

    // The same three articles, each twenty times as long.
    let mut big = corpus().clone();
    big.articles = cols
        .iter()
        .map(|&a| repeated(&corpus().articles[a], 20))
        .collect();
    let started = Instant::now();
    let b = compare(&big, &[0, 1, 2], &[], &[]);
    let long = started.elapsed();
    let big_sentences: usize = big.articles.iter().map(|a| a.sentences.len()).sum();
    println!(
        "3-way comparison: seeds ({sentences} sentences, {} similar pairs) in {seeds:?}; \
         20x longer ({big_sentences} sentences, {} pairs) in {long:?}",
        c.similar.len(),
        b.similar.len()
    );
    // Twenty copies of each sentence pair: the pass scales as n·m, not worse.
    assert_eq!(b.similar.len(), c.similar.len() * 400);
    assert_eq!(b.rows.len(), c.rows.len());
}
