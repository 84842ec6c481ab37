//! The columns of a comparison and what each gets: the order asked for, indexes
//! that name nothing, a third column, the entities shared and unique.

use super::{cmp, col, corpus, entity, term_counts, topic, voice};
use views::compare::compare;

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
