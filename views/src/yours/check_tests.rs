//! The checks of a draft on the real seeds: each problem, and the duplicates.

use super::*;

fn corpus() -> &'static Corpus {
    corpus::seeds::repository()
}

fn draft(text: &str, talks: &str) -> Draft {
    Draft {
        text: text.into(),
        talks: talks.into(),
        ..Draft::default()
    }
}

const TEXT: &str = "Hamas and Fatah met in Cairo on Thursday to discuss a unity government.";

#[test]
fn a_good_draft_has_no_problem() {
    let mut d = draft(TEXT, "2026-03-12");
    d.published = "2026-03-13".into();
    d.outlet = "Some Paper".into();
    d.place = "cairo".into();
    assert_eq!(check(&d, corpus()), []);
    assert_eq!(check(&draft(TEXT, " 2026-03 "), corpus()), []);
}

#[test]
fn every_problem_is_found_at_once_with_its_field() {
    let mut d = draft("  \n ", "");
    d.published = "yesterday".into();
    d.outlet = "x".repeat(200);
    d.place = "hamas".into();
    let problems = check(&d, corpus());
    let fields: Vec<Field> = problems.iter().map(Problem::field).collect();
    assert_eq!(
        fields,
        [
            Field::Text,
            Field::Talks,
            Field::Published,
            Field::Outlet,
            Field::Place
        ]
    );
    assert!(problems[0].message().contains("no text"));
    assert!(problems[1].message().contains("date of the talks"));
}

#[test]
fn dates_out_of_the_timeline_or_malformed_are_bad() {
    for bad in [
        "2026-13-01",
        "12/03/2026",
        "0099-01-01",
        "2026-02-30",
        "next week",
    ] {
        let p = check(&draft(TEXT, bad), corpus());
        assert!(
            matches!(
                &p[..],
                [Problem::BadDate {
                    field: Field::Talks,
                    ..
                }]
            ),
            "{bad}: {p:?}"
        );
    }
}

#[test]
fn too_much_text_is_refused_in_kilobytes() {
    let long = "word ".repeat(MAX_TEXT_BYTES / 5 + 1);
    let p = check(&draft(&long, "2026-03-12"), corpus());
    assert_eq!(p.len(), 1);
    assert!(
        p[0].message().contains("at most 200 KB"),
        "{}",
        p[0].message()
    );
}

#[test]
fn a_seed_article_again_is_a_duplicate_however_it_is_spaced_or_trimmed() {
    let seed = &corpus().articles[0];
    let respaced = seed.text.replace('\n', "\n\n  ").replace(". ", ".   ");
    let p = check(&draft(&respaced, "2026-03-12"), corpus());
    assert_eq!(
        p,
        [Problem::Duplicate {
            id: seed.id.clone(),
            headline: seed.headline.clone()
        }]
    );
    assert!(p[0].message().contains("already in the corpus"));
    // All but its last sentence, with a line of one's own: still the same article.
    let sentences = corpus::text::sentences(&seed.text);
    let cut = sentences[sentences.len() - 1].start as usize;
    let edited = format!("My note on this.\n{}", &seed.text[..cut]);
    assert!(matches!(
        &check(&draft(&edited, "2026-03-12"), corpus())[..],
        [Problem::Duplicate { .. }]
    ));
    // A few of its sentences quoted in a new article are not.
    let quoted = format!("{TEXT}\n{}", &seed.text[..sentences[3].end as usize]);
    assert_eq!(check(&draft(&quoted, "2026-03-12"), corpus()), []);
}

#[test]
fn files_that_are_not_text_say_why() {
    assert_eq!(check_bytes(b"\xef\xbb\xbfHello."), Ok("Hello.".into()));
    assert_eq!(check_bytes(b" \n\t"), Err(Problem::EmptyText));
    let why = |bytes: &[u8]| match check_bytes(bytes) {
        Err(Problem::NotText { why }) => why,
        other => panic!("{other:?}"),
    };
    assert!(why(b"caf\xe9 au lait").contains("UTF-8"));
    assert!(why(b"\xff\xfeH\0i\0").contains("UTF-16"));
    assert!(why(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").contains("binary"));
    let big = vec![b'a'; MAX_TEXT_BYTES + 1];
    assert!(matches!(check_bytes(&big), Err(Problem::TooLarge { .. })));
    // Pasted text with a control character in it is no article either.
    let p = check(&draft("Hamas\u{0}met.", "2026-03-12"), corpus());
    assert!(matches!(&p[..], [Problem::NotText { .. }]));
}

#[test]
fn the_readers_own_article_is_a_duplicate_unless_it_is_the_same_text() {
    let text = "Hamas and Fatah met in Cairo on Thursday to discuss a unity government.\n\
                The delegations agreed to meet again within a month in Cairo.";
    let mut mine = corpus::model::Article::unannotated(&super::super::article_id(text), text);
    mine.talks.value = corpus::PartialDate::parse("2026-03-12");
    let merged = crate::yours::merge::merge(
        corpus(),
        &corpus::extract::edits::KbEdits::default(),
        vec![mine],
    );
    // The same text: the reader reads it again, after curating.
    assert_eq!(check(&draft(text, "2026-03-12"), &merged.corpus), []);
    // The same sentences, spaced otherwise: a second copy.
    let p = check(
        &draft(&text.replace(' ', "  "), "2026-03-12"),
        &merged.corpus,
    );
    assert!(
        p[0].message()
            .contains("You have already added this article"),
        "{p:?}"
    );
}
