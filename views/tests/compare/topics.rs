//! Topic rows and framing terms, and how the filters narrow them (and leave the
//! matrix whole).

use super::{article, cmp, col, corpus, entity, term_counts, texts, topic};
use corpus::model::Span;
use views::compare::compare;

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
