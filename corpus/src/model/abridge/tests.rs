use crate::model::{Article, Corpus};
use crate::seeds::repository;

fn each(f: impl Fn(&Article, &Article)) {
    for a in &repository().articles {
        f(a, &a.abridged());
    }
}

#[test]
fn the_facets_the_filters_read_are_kept() {
    each(|full, short| {
        assert_eq!(short.entity_set(), full.entity_set(), "{}", full.id);
        assert_eq!(short.topic_ixs(), full.topic_ixs(), "{}", full.id);
        assert_eq!(short.date(), full.date());
        assert_eq!(short.leaders(), full.leaders());
        assert_eq!(short.present, full.present);
        assert_eq!(short.sentences.len(), full.sentences.len());
        let catalog = |a: &Article| {
            a.events
                .iter()
                .map(|r| (r.date, r.catalog.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(catalog(short), catalog(full));
        assert_eq!(short.headline, full.headline);
        assert_eq!(short.outlet.value, full.outlet.value);
        assert_eq!(short.talks.value, full.talks.value);
        assert_eq!(short.outlet.confidence, full.outlet.confidence);
        assert!(short.outlet.note.is_empty() && short.wire.note.is_empty());
    });
}

#[test]
fn an_uncatalogued_reference_keeps_its_sentence_and_its_words() {
    each(|full, short| {
        for (r, s) in full.events.iter().zip(&short.events) {
            if r.catalog.is_empty() {
                assert_eq!(
                    short.sentence_text(s.sentence),
                    full.sentence_text(r.sentence)
                );
                assert_eq!(short.slice(s.span), full.slice(r.span), "{}", full.id);
            }
        }
    });
    let refs: usize = (repository().articles.iter())
        .map(|a| a.events.iter().filter(|r| r.catalog.is_empty()).count())
        .sum();
    assert!(refs > 0, "the seeds have uncatalogued references to check");
}

#[test]
fn the_text_and_the_heavy_annotations_are_left_out() {
    let full = repository();
    let short = full.abridged();
    // The articles' part of the blob, beside the knowledge base both share.
    let kb = Corpus {
        articles: Vec::new(),
        ..full.clone()
    }
    .encode()
    .len();
    let (short_len, full_len) = (short.encode().len() - kb, full.encode().len() - kb);
    assert!(short_len * 3 < full_len, "{short_len} vs {full_len}");
    each(|full, short| {
        assert!(short.text.len() < full.text.len() / 2, "{}", full.id);
        assert!(short.quotes.is_empty() && short.relations.is_empty());
        assert!(short.candidates.is_empty() && short.framing.is_empty());
        // Every span of what is kept is inside the shorter text, on a char boundary.
        let spans = (short.sentences.iter().map(|s| s.span))
            .chain(short.events.iter().map(|r| r.span))
            .chain(short.mentions.iter().map(|m| m.span));
        for span in spans {
            assert!(span.end as usize <= short.text.len() && span.start <= span.end);
            assert!(short.text.is_char_boundary(span.start as usize));
            assert!(short.text.is_char_boundary(span.end as usize));
        }
    });
}

#[test]
fn an_article_with_nothing_extracted_abridges_to_its_metadata() {
    let mut a = Article::unannotated("t", "Nothing dated here. Nor here.");
    a.headline = "A headline".into();
    let short = a.abridged();
    assert_eq!(short.text, "");
    assert_eq!(short.headline, "A headline");
    assert_eq!(short.sentences.len(), 2);
    assert_eq!(Corpus::default().abridged(), Corpus::default());
}
