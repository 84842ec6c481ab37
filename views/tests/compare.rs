//! The comparison on the real seeds: concrete facts the comparison view must show.

mod common;

use common::lookup::{article_ix as col, corpus, entity, topic};
use corpus::model::{Article, SentenceIx, Span};
use std::time::Instant;
use views::compare::{Comparison, Voice, compare, similar_sentences};

fn cmp(ids: &[&str]) -> Comparison {
    let cols: Vec<usize> = ids.iter().map(|id| col(id)).collect();
    compare(corpus(), &cols, &[], &[])
}

/// The article shown in column `c`.
fn article(c: &Comparison, column: usize) -> &'static Article {
    &corpus().articles[c.columns[column]]
}

fn texts(c: &Comparison, column: usize, sentences: &[SentenceIx]) -> Vec<&'static str> {
    let a = article(c, column);
    sentences.iter().map(|&s| a.sentence_text(s)).collect()
}

/// Counts per column of a framing term, if some column uses it.
fn term_counts(c: &Comparison, id: &str) -> Option<Vec<u32>> {
    let term = corpus().framing.iter().position(|t| t.id == id)? as u16;
    c.framing
        .terms
        .iter()
        .find(|t| t.0 == term)
        .map(|t| t.1.clone())
}

/// The voice of `speaker` in the group of `faction`, in column `column`.
fn voice<'c>(c: &'c Comparison, column: usize, faction: &str, speaker: &str) -> Option<&'c Voice> {
    c.voices[column]
        .groups
        .iter()
        .find(|g| g.faction == Some(entity(faction)))?
        .speakers
        .iter()
        .find(|v| v.speaker == Some(entity(speaker)))
}

#[test]
fn columns_keep_the_order_asked_for() {
    let forward = cmp(&["cairo-2014-09", "cairo-2017-11"]);
    assert_eq!(
        forward.columns,
        [col("cairo-2014-09"), col("cairo-2017-11")]
    );
    let back = cmp(&["cairo-2017-11", "cairo-2014-09"]);
    assert_eq!(back.columns, [col("cairo-2017-11"), col("cairo-2014-09")]);
    // Every per-column result follows the columns.
    let mut terrorist = term_counts(&forward, "terrorist").unwrap();
    terrorist.reverse();
    assert_eq!(term_counts(&back, "terrorist"), Some(terrorist));
    assert!(voice(&back, 0, "hamas", "bassem-naim").is_some());
    assert!(voice(&back, 1, "hamas", "izzat-risheq").is_some());
}

#[test]
fn bad_indexes_are_skipped_and_repeats_drop() {
    let (a, b) = (col("cairo-2014-09"), col("cairo-2017-11"));
    let c = compare(corpus(), &[99, a, a, usize::MAX, b], &[999], &[999]);
    assert_eq!(c.columns, [a, b]);
    assert!(c.rows.is_empty(), "a filter naming nothing matches nothing");
    assert!(c.matrix.iter().all(|(_, n)| n.len() == 2));
    let empty = compare(corpus(), &[], &[], &[]);
    assert!(empty.columns.is_empty() && empty.rows.is_empty() && empty.matrix.is_empty());
    let one = compare(corpus(), &[a], &[], &[]);
    assert!(one.entities.shared.is_empty());
    assert!(one.entities.unique[0].contains(&entity("hamas")));
    assert!(one.similar.is_empty());
}

#[test]
fn the_security_control_row_holds_sentences_from_2014_and_2017() {
    let c = cmp(&["cairo-2014-09", "cairo-2017-11"]);
    let row = c
        .rows
        .iter()
        .find(|r| r.topic == topic("security-control"))
        .expect("a security-control row");
    assert!(row.cells.iter().all(|cell| !cell.is_empty()), "{row:?}");
    let (y2014, y2017) = (texts(&c, 0, &row.cells[0]), texts(&c, 1, &row.cells[1]));
    assert!(
        y2014
            .iter()
            .any(|s| s.contains("security, elections and governance"))
    );
    assert!(y2017.iter().any(|s| s.contains("full security control")));
    assert!(
        y2017
            .iter()
            .any(|s| s.contains("armed militias in Gaza disarm"))
    );
    // Rows follow the lexicon's order.
    assert!(c.rows.windows(2).all(|w| w[0].topic < w[1].topic));
}

#[test]
fn terrorist_is_counted_only_in_the_2017_column() {
    let c = cmp(&["cairo-2014-09", "cairo-2017-11"]);
    let counts = |id: &str| term_counts(&c, id);
    let terrorist = counts("terrorist").expect("terrorist is used");
    assert_eq!(terrorist[0], 0);
    assert!(
        terrorist[1] >= 3,
        "armed terrorists, terrorist group, sanctioned terrorist: {terrorist:?}"
    );
    // Reuters in 2014 says "militant groups"; the 2017 copy does not.
    assert_eq!(counts("militant"), Some(vec![1, 0]));
    let family = c
        .framing
        .families
        .iter()
        .find(|f| f.0 == "armed-groups")
        .unwrap();
    assert!(family.1.iter().all(|&n| n > 0), "{family:?}");
    // Only terms some column uses are listed.
    assert!(c.framing.terms.iter().all(|t| t.1.iter().any(|&n| n > 0)));
}

#[test]
fn voices_put_risheq_and_naim_under_hamas() {
    let c = cmp(&["cairo-2014-09", "cairo-2017-11"]);
    let risheq = voice(&c, 0, "hamas", "izzat-risheq").expect("Risheq under Hamas in 2014");
    assert_eq!(risheq.label, "Izzat Risheq");
    assert_eq!(risheq.quotes.len(), 2);
    assert_eq!(
        risheq.paraphrases, 1,
        "Risheq said Palestinian unity was essential"
    );
    let naim = voice(&c, 1, "hamas", "bassem-naim").expect("Naim under Hamas in 2017");
    assert_eq!((naim.quotes.len(), naim.paraphrases), (1, 1));
    // Paraphrase only: Bseiso told Reuters. MENA, a news agency, reports: no voice.
    let bseiso = voice(&c, 0, "fatah", "sakher-bseiso").expect("Bseiso under Fatah");
    assert_eq!((bseiso.quotes.len(), bseiso.paraphrases), (0, 1));
    assert!(
        c.voices[0]
            .groups
            .iter()
            .all(|g| g.faction != Some(entity("mena")))
    );
    // Hamas is the most heard in both; nobody is in two groups.
    for v in &c.voices {
        assert_eq!(v.groups[0].faction, Some(entity("hamas")));
        let mut all: Vec<&str> = v
            .groups
            .iter()
            .flat_map(|g| &g.speakers)
            .map(|s| s.label.as_str())
            .collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
    }
    // The "declared aim" of Israel's offensive is not Israel speaking.
    assert!(
        c.voices[0]
            .groups
            .iter()
            .all(|g| g.faction != Some(entity("israel")))
    );
}

#[test]
fn unnamed_speakers_merge_by_role_and_faction() {
    let c = cmp(&["cairo-2013-01", "cairo-2025-10"]);
    let egyptian = c.voices[0]
        .groups
        .iter()
        .find(|g| g.faction == Some(entity("egypt")))
        .expect("an Egyptian group in 2013");
    let official = &egyptian.speakers[0];
    assert_eq!(official.speaker, None);
    assert_eq!(official.label, "An Egyptian official");
    assert_eq!((official.quotes.len(), official.paraphrases), (1, 1));
    let source = c.voices[1].groups.last().unwrap();
    assert_eq!(source.faction, None);
    assert_eq!(source.speakers[0].label, "an informed source");
    assert_eq!(
        source.speakers[0].quotes.len(),
        2,
        "\"the source\" is the same voice"
    );
}

/// Every speaker of every group of every column.
fn speakers(c: &Comparison) -> impl Iterator<Item = &Voice> {
    c.voices
        .iter()
        .flat_map(|v| &v.groups)
        .flat_map(|g| &g.speakers)
}

#[test]
fn news_agencies_are_never_voices() {
    // "an informed source told AFP": the source speaks, AFP only listens.
    let c = cmp(&["cairo-2025-10"]);
    let labels: Vec<&str> = speakers(&c).map(|v| v.label.as_str()).collect();
    assert!(labels.contains(&"an informed source"), "{labels:?}");
    for agency in ["afp", "reuters"] {
        let e = entity(agency);
        assert!(
            speakers(&c).all(|v| v.speaker != Some(e)),
            "{agency}: {labels:?}"
        );
        assert!(c.voices[0].groups.iter().all(|g| g.faction != Some(e)));
    }
    assert!(
        labels
            .iter()
            .all(|l| !l.contains("AFP") && !l.contains("Reuters")),
        "{labels:?}"
    );
    // No outlet of the knowledge base speaks in any article ("AFP reported Sunday",
    // "according to AFP", "MENA said", "Al-Qahera News reported").
    let all: Vec<&str> = corpus().articles.iter().map(|a| a.id.as_str()).collect();
    for pair in all.windows(2) {
        let c = cmp(pair);
        for v in speakers(&c) {
            let kind = v.speaker.map(|e| corpus().entity(e).kind);
            assert_ne!(
                kind,
                Some(corpus::model::EntityKind::Media),
                "{pair:?}: {}",
                v.label
            );
        }
        let factions = c
            .voices
            .iter()
            .flat_map(|v| &v.groups)
            .filter_map(|g| g.faction);
        for f in factions {
            assert_ne!(corpus().entity(f).kind, corpus::model::EntityKind::Media);
        }
    }
    // Hamas, not AFP, is heard in 2017: the agency's reports credit nobody.
    let c = cmp(&["cairo-2017-11"]);
    assert_eq!(c.voices[0].groups[0].faction, Some(entity("hamas")));
}

#[test]
fn shared_and_unique_entities() {
    let c = cmp(&["cairo-2014-09", "cairo-2017-11"]);
    for id in ["hamas", "fatah", "gaza", "palestinian-authority"] {
        assert!(c.entities.shared.contains(&entity(id)), "{id}");
    }
    assert!(c.entities.unique[0].contains(&entity("izzat-risheq")));
    assert!(c.entities.unique[1].contains(&entity("iran")));
    assert!(!c.entities.unique[1].contains(&entity("hamas")));
    assert!(c.entities.shared.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn a_three_way_comparison_has_three_counts_per_topic() {
    let c = cmp(&["cairo-2013-01", "cairo-2014-09", "cairo-2017-11"]);
    assert_eq!(c.columns.len(), 3);
    assert!(!c.matrix.is_empty());
    assert!(
        c.matrix
            .iter()
            .all(|(_, n)| n.len() == 3 && n.iter().any(|&k| k > 0))
    );
    assert!(c.rows.iter().all(|r| r.cells.len() == 3));
    assert_eq!(
        (c.voices.len(), c.unique_rows.len(), c.entities.unique.len()),
        (3, 3, 3)
    );
    // The matrix covers exactly the topics the three articles address.
    let sentences = c
        .columns
        .iter()
        .flat_map(|&a| &corpus().articles[a].sentences);
    let mut addressed: Vec<u16> = sentences.flat_map(|s| s.topics.clone()).collect();
    addressed.sort_unstable();
    addressed.dedup();
    assert_eq!(c.matrix.iter().map(|m| m.0).collect::<Vec<_>>(), addressed);
    let un = c.matrix.iter().find(|m| m.0 == topic("un-status")).unwrap();
    assert!(un.1[0] > 0 && un.1[1] == 0 && un.1[2] == 0, "{un:?}");
    // Similar pairs span every pair of columns in order.
    assert!(c.similar.iter().all(|p| p.a.0 < p.b.0 && p.b.0 < 3));
}

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

#[test]
fn filters_narrow_rows_and_panels_but_not_the_matrix() {
    let cols = [col("cairo-2014-09"), col("cairo-2017-11")];
    let all = compare(corpus(), &cols, &[], &[]);
    let security = topic("security-control");
    let by_topic = compare(corpus(), &cols, &[security], &[]);
    assert_eq!(by_topic.rows.len(), 1);
    assert_eq!(by_topic.rows[0].topic, security);
    assert!(by_topic.unique_rows.iter().all(Vec::is_empty));
    assert_eq!(by_topic.matrix, all.matrix);
    assert!(all.rows.len() > by_topic.rows.len());

    let iran = entity("iran");
    let by_entity = compare(corpus(), &cols, &[], &[iran]);
    assert!(!by_entity.rows.is_empty());
    for row in &by_entity.rows {
        assert!(row.cells[0].is_empty(), "2014 never names Iran");
        for &s in &row.cells[1] {
            let span: Span = article(&by_entity, 1).sentences[s as usize].span;
            assert!(
                article(&by_entity, 1)
                    .mentions
                    .iter()
                    .any(|m| m.entity == iran && span.contains(m.span))
            );
        }
    }
    assert!(by_entity.rows.len() < all.rows.len());
    // The 2017 voices who speak in sentences naming Iran: only al-Aruri.
    let groups = &by_entity.voices[1].groups;
    let speakers = groups.iter().flat_map(|g| &g.speakers).map(|v| &v.label);
    assert_eq!(speakers.collect::<Vec<_>>(), ["Salah al-Aruri"]);
    assert!(by_entity.voices[0].groups.is_empty());
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
