//! Properties: `select` agrees with a naive, index-free reading of the semantics on
//! random states; the compact offset map agrees with `Folded`; the generated corpus is
//! well formed and filters like the oracle says.

use super::common::strategies::{filters, some_of};
use super::{corpus, index};
use corpus::date::PartialDate;
use corpus::model::{Corpus, EntityKind};
use corpus::text::{Folded, fold, words};
use proptest::prelude::*;
use proptest::sample::select as pick;
use std::collections::BTreeSet;
use views::filter::synth::{scaled, shift};
use views::filter::{OffsetMap, SearchIndex, Selection, select};
use views::state::ViewState;

/// The lead's semantics read literally from the corpus, with no index and no cleverness.
fn oracle_articles(c: &Corpus, s: &ViewState) -> Vec<bool> {
    let folded = fold(s.query.trim());
    let q = folded.trim();
    let id = |x: u16| c.entity(x).id.as_str();
    c.articles
        .iter()
        .map(|a| {
            let ents = a.entity_set();
            let f_ok = s.factions.is_empty()
                || a.mentions.iter().any(|m| {
                    let e = c.entity(m.entity);
                    s.factions.contains(&e.id)
                        || (e.kind == EntityKind::Person
                            && e.faction
                                .is_some_and(|f| s.factions.iter().any(|x| x == id(f))))
                });
            let e_ok = s.entities.iter().all(|e| ents.iter().any(|&x| id(x) == e));
            let t_ok = s.topics.is_empty()
                || a.sentences.iter().any(|se| {
                    se.topics
                        .iter()
                        .any(|&t| s.topics.contains(&c.topics[t as usize].id))
                });
            let d = a.date();
            let from_ok = s.from.is_none_or(|f| d.last_day() >= f.first_day());
            let to_ok = s.to.is_none_or(|t| d.first_day() <= t.last_day());
            let q_ok = q.is_empty()
                || Folded::new(&a.text).text.contains(q)
                || ents.iter().any(|&x| {
                    let e = c.entity(x);
                    std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|n| fold(n).contains(q))
                });
            f_ok && e_ok && t_ok && from_ok && to_ok && q_ok
        })
        .collect()
}

/// Checks every part of `sel` that has a simple definition against the corpus.
fn check_against_oracle(c: &Corpus, s: &ViewState, sel: &Selection) {
    assert_eq!(sel.articles, oracle_articles(c, s), "{}", s.to_query());
    let pass: Vec<usize> = sel.passing().collect();
    let mentioned: BTreeSet<u16> = pass
        .iter()
        .flat_map(|&i| &c.articles[i].mentions)
        .map(|m| m.entity)
        .collect();
    for (x, &shown) in sel.entities.iter().enumerate() {
        assert_eq!(shown, mentioned.contains(&(x as u16)));
    }
    for (k, ev) in c.events.iter().enumerate() {
        let referenced = pass.iter().any(|&i| {
            let refs = &c.articles[i].events;
            refs.iter().any(|r| r.catalog.contains(&(k as u16)))
        });
        let last = ev.until.unwrap_or(ev.date).max(ev.date);
        let in_range = s.from.is_none_or(|f| last.last_day() >= f.first_day())
            && s.to.is_none_or(|t| ev.date.first_day() <= t.last_day());
        assert_eq!(sel.events[k], referenced && in_range, "event {}", ev.id);
    }
    let q = fold(s.query.trim()).trim().to_string();
    for (i, a) in c.articles.iter().enumerate() {
        // Every literal match lies inside a highlighted span, and so does its sentence.
        if !q.is_empty() {
            let folded = Folded::new(&a.text);
            for (at, _) in folded.text.match_indices(q.as_str()) {
                let span = folded.original(at, at + q.len());
                assert!(sel.query_hits[i].iter().any(|h| h.contains(span)));
                let s = a.sentence_at(span.start);
                assert!(s.is_none_or(|s| sel.sentences[i].contains(&s)));
            }
        }
        // Mentions of entities named by the query are highlighted too, and highlights
        // never overlap (overlapping ones are merged).
        if !q.is_empty() {
            for m in &a.mentions {
                let e = c.entity(m.entity);
                if std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .any(|n| fold(n).contains(q.as_str()))
                {
                    assert!(sel.query_hits[i].iter().any(|h| h.contains(m.span)));
                }
            }
        }
        assert!(sel.query_hits[i].windows(2).all(|w| w[0].end <= w[1].start));
        if q.is_empty() && s.topics.is_empty() {
            assert!(sel.sentences[i].is_empty() && sel.query_hits[i].is_empty());
        }
        assert!(sel.sentences[i].is_sorted() && sel.query_hits[i].is_sorted());
        for (r, &p) in a.relations.iter().zip(&sel.relations[i]) {
            let ends = [r.source, r.target];
            let for_faction = |x: u16| {
                let e = c.entity(x);
                s.factions.contains(&e.id)
                    || (e.kind == EntityKind::Person
                        && e.faction
                            .is_some_and(|f| s.factions.contains(&c.entity(f).id)))
            };
            let expected = sel.articles[i]
                && (s.factions.is_empty() || ends.iter().any(|&x| for_faction(x)))
                && (s.entities.is_empty()
                    || ends.iter().any(|&x| s.entities.contains(&c.entity(x).id)));
            assert_eq!(p, expected);
        }
    }
}

/// States over the real ids, with queries drawn from the articles' own words, the
/// entities' aliases (in any case) and random text.
fn arb_state(c: &'static Corpus) -> impl Strategy<Value = ViewState> {
    let mut vocab: BTreeSet<String> = c
        .articles
        .iter()
        .flat_map(|a| {
            words(&a.text)
                .into_iter()
                .map(|(s, e)| a.text[s..e].to_string())
        })
        .collect();
    vocab.extend(c.entities.iter().flat_map(|e| e.aliases.iter().cloned()));
    let query = prop_oneof![
        2 => Just(String::new()),
        4 => (pick(vocab.into_iter().collect::<Vec<_>>()), any::<bool>())
            .prop_map(|(w, up)| if up { w.to_uppercase() } else { w }),
        1 => "\\PC{0,4}",
    ];
    // Each facet unset two times in three, else up to two ids.
    let facet = |ids| prop_oneof![2 => Just(vec![]), 1 => some_of(ids, 2)];
    filters(facet, 2010..2027, query).prop_map(ViewState::canonical)
}

fn arb_text() -> impl Strategy<Value = String> {
    let tricky = vec![
        'é',
        '\u{2019}',
        '\u{0301}',
        'İ',
        'ß',
        'Å',
        'ﬁ',
        'Σ',
        '—',
        'A',
        'a',
        ' ',
        '\u{1F1F5}',
    ];
    prop::collection::vec(prop_oneof![pick(tricky), any::<char>()], 0..40)
        .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn select_agrees_with_the_naive_oracle(s in arb_state(corpus())) {
        let sel = select(corpus(), index(), &s);
        check_against_oracle(corpus(), &s, &sel);
    }

    #[test]
    fn the_offset_map_agrees_with_folded(text in arb_text()) {
        let folded = Folded::new(&text);
        let (folded_text, map) = OffsetMap::fold(&text);
        prop_assert_eq!(&folded_text, &folded.text);
        prop_assert_eq!(&folded_text, &fold(&text));
        prop_assert_eq!(&OffsetMap::new(&text), &map);
        let n = folded.text.len();
        for start in 0..n {
            for end in start + 1..=n {
                prop_assert_eq!(map.original(start, end), folded.original(start, end));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn the_thousand_article_corpus_filters_like_the_oracle(s in arb_state(corpus())) {
        let big = thousand();
        check_against_oracle(&big.0, &s, &select(&big.0, &big.1, &s));
    }
}

fn thousand() -> &'static (Corpus, SearchIndex) {
    static BIG: std::sync::OnceLock<(Corpus, SearchIndex)> = std::sync::OnceLock::new();
    BIG.get_or_init(|| {
        let c = scaled(corpus(), 1000);
        let ix = SearchIndex::new(&c);
        (c, ix)
    })
}

#[test]
fn the_generated_corpus_is_well_formed() {
    let (big, ix) = thousand();
    assert_eq!(big.articles.len(), 1000);
    assert!(ix.fits(big));
    let ids: BTreeSet<&str> = big.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 1000);
    for a in &corpus().articles {
        assert_eq!(
            big.article(&a.id),
            Some(a),
            "the first round keeps the seeds as they are"
        );
    }
    assert!(big.articles.windows(2).all(|w| w[0].date() <= w[1].date()));
    let years: BTreeSet<i16> = big.articles.iter().map(|a| a.date().year).collect();
    assert!(years.len() > 25, "dates spread over decades: {years:?}");
    let (state, _) = ViewState::parse("f=islamic-jihad", big);
    assert_eq!(select(big, ix, &state).article_count(), 200);
    assert_eq!(scaled(&Corpus::default(), 10), Corpus::default());
}

#[test]
fn dates_shift_by_months_at_their_own_precision() {
    let d = |s| PartialDate::parse(s).unwrap();
    assert_eq!(shift(d("2024-02-29"), 12), d("2025-02-28"));
    assert_eq!(shift(d("2014-01-31"), 1), d("2014-02-28"));
    assert_eq!(shift(d("2014-11"), 3), d("2015-02"));
    assert_eq!(shift(d("2014-01"), -1), d("2013-12"));
    assert_eq!(shift(d("2014"), 7), d("2014"));
    assert_eq!(shift(d("2014"), -13), d("2012"));
}
