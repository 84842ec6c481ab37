//! Fidelity on the seeds: who the text places at the talks and who it says led each
//! side (never more than the text says), and a knowledge base in which no spelling
//! could name two entities.

mod common;

use common::lookup::{article, corpus, entity};
use corpus::model::Article;
use corpus::seeds::ENTITIES;

fn present(a: &Article) -> Vec<(&str, &str)> {
    a.present
        .iter()
        .map(|p| {
            (
                corpus().entity(p.person).id.as_str(),
                a.sentence_text(p.sentence),
            )
        })
        .collect()
}

#[test]
fn the_2017_round_places_no_one_at_the_talks_it_only_announces() {
    // Haniyeh is in a photo caption, Naim speaks in Gaza, al-Aruri in Iran, Abbas
    // demands: all named, none placed at the talks, and no leader is named.
    let a = article("cairo-2017-11");
    for id in [
        "ismail-haniyeh",
        "bassem-naim",
        "salah-al-aruri",
        "mahmoud-abbas",
    ] {
        assert!(a.mentions_entity(entity(id)), "{id} is named");
    }
    assert_eq!(present(a), []);
    assert_eq!(a.leaders(), []);
}

#[test]
fn leaders_are_the_delegation_heads_the_text_names_and_no_one_else() {
    let a = article("cairo-2024-10");
    assert_eq!(
        a.leaders(),
        [
            (entity("hamas"), entity("khalil-al-hayya")),
            (entity("fatah"), entity("mahmoud-al-aloul"))
        ]
    );
    // 2013: Abbas and Mashaal met, and Elaraby held talks with each; the text says
    // who was there and names no delegation head.
    let a = article("cairo-2013-01");
    let who: Vec<&str> = present(a).iter().map(|(id, _)| *id).collect();
    assert_eq!(who, ["nabil-elaraby", "mahmoud-abbas", "khaled-mashaal"]);
    assert!(
        present(a)[1].1.contains("held talks with"),
        "{:?}",
        present(a)
    );
    assert_eq!(a.leaders(), []);
    // Morsi is named only in a meeting that "never materialized".
    assert!(a.mentions_entity(entity("mohamed-morsi")));
}

#[test]
fn an_alias_that_is_a_spelling_of_another_entitys_alias_stops_the_build() {
    // "Mousa Abu Marzuk" is written unlike every alias of Moussa Abu Marzouk, but it
    // spells the same name: given to Izzat Risheq, a text could not say whom it names.
    let mut seeds = common::real_seeds();
    let text = seeds.files.get_mut(ENTITIES).unwrap();
    let at = text
        .find("aliases = [\"Risheq\", ")
        .expect("Risheq's aliases");
    text.insert_str(at + "aliases = [".len(), "\"Mousa Abu Marzuk\", ");
    let line = common::line_at(text, at);
    let errors = seeds
        .compile()
        .expect_err("a shared spelling key compiled")
        .0;
    let [e] = errors.as_slice() else {
        panic!("expected one error, got {errors:#?}");
    };
    assert_eq!((e.file.as_str(), e.line), ("seeds/entities.toml", line));
    for fragment in [
        "\"Mousa Abu Marzuk\" of izzat-risheq",
        "\"Moussa Abu Marzouk\" of moussa-abu-marzouk",
        "\"musa abu marzuk\"",
    ] {
        assert!(e.message.contains(fragment), "{e}: {fragment}");
    }
}

#[test]
fn texts_one_paragraph_a_line_are_not_read_as_wrapped_wire_copy() {
    // Issue 23: only wire copy's hard line breaks are joined; the seeds and the tuned
    // tier, as web pages store them, keep every line break (runs of spaces aside).
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let tuned = corpus::seeds::SeedFiles::read_dirs(
        &root.join("seeds"),
        &root.join("tests/fixtures/unseen"),
    )
    .and_then(|s| s.check())
    .unwrap_or_else(|e| panic!("{e}"))
    .1;
    let texts = corpus()
        .articles
        .iter()
        .map(|a| (&a.id, &a.text))
        .chain(tuned.iter().map(|a| (&a.id, &a.text)));
    let mut read = 0;
    for (id, text) in texts {
        if let Some(n) = corpus::text::Normalised::of(text) {
            assert_eq!(
                n.text.matches('\n').count(),
                text.matches('\n').count(),
                "{id}"
            );
        }
        read += 1;
    }
    assert_eq!(read, 20);
}
