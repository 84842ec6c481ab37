//! The `make eval` figures as floors: a change that reads new articles worse, or the
//! seeds at all worse, fails here and not only in a printed table. On the tuned tier
//! (`tests/fixtures/unseen/`, fifteen articles): mentions at F1 ≥ 0.93 and precision ≥
//! 0.92, dates at recall ≥ 0.85, no presence or leader beyond the text, and quotations
//! given to the right speaker at least nine times in ten, never to the wrong person,
//! never to someone when the text names no speaker (issue 15), and no date read at a
//! gold date's words with another value (issue 23). The seeds stay exact: F1 ≥ 0.99,
//! every event, quote and speaker right.
//!
//! The blind tier (`tests/fixtures/heldout/`) is not read here: it is run once per
//! change set by `make eval`, and a test suite runs on every build.
//!
//! The scoring is the `eval` example's own (`examples/eval/`), included rather than
//! copied so that the table and the floors never disagree. Each set is read and scored
//! once, whichever test asks first. The promises scorer's own unit tests (issue 22)
//! run here too, with the module.

// Some of what the example prints (the tier names, every field) is not asserted here.
#[allow(dead_code)]
#[path = "../examples/eval/gold.rs"]
mod gold;
#[allow(dead_code)]
#[path = "../examples/eval/promises/mod.rs"]
mod promises;
#[allow(dead_code)]
#[path = "../examples/eval/score.rs"]
mod score;
#[allow(dead_code)]
#[path = "../examples/eval/tier.rs"]
mod tier;

use score::Score;
use std::sync::OnceLock;
use tier::Tier;

/// The whole tier's score: its articles, knowledge base from seeds/.
fn total(tier: Tier) -> Score {
    let loaded = tier::load_tier(tier)
        .unwrap_or_else(|e| panic!("{e:#?}"))
        .unwrap_or_else(|| panic!("{} has no articles", tier.label()));
    let mut total = Score::default();
    for a in &loaded.corpus.articles {
        total.add(&score::score(&loaded.corpus, a, &loaded.gold[&a.id]));
    }
    total
}

fn unseen() -> &'static Score {
    static SCORE: OnceLock<Score> = OnceLock::new();
    SCORE.get_or_init(|| total(Tier::Tuned))
}

fn seeds() -> &'static Score {
    static SCORE: OnceLock<Score> = OnceLock::new();
    SCORE.get_or_init(|| total(Tier::Seeds))
}

/// Issue 12's targets for text the project has never read.
fn assert_reads_at_target(s: &Score) {
    let m = s.mentions;
    assert!(
        m.f1() >= 0.93 && m.precision() >= 0.92,
        "{m:?}: F1 {:.3}",
        m.f1()
    );
    assert!(s.dates.recall() >= 0.85, "dates {:?}", s.dates);
    // Issue 23: no date read at a gold date's words with another year, month or day.
    assert_eq!(s.wrong_dates, 0, "dates in a wrong year, month or day");
    // Presence claims nothing the text does not say.
    let claimed_beyond_the_text = (s.present.fp, s.leaders.fp);
    assert_eq!(
        claimed_beyond_the_text,
        (0, 0),
        "{:?} {:?}",
        s.present,
        s.leaders
    );
}

/// Issue 15's targets for the same text.
fn assert_speakers_at_target(s: &Score) {
    let sp = s.speakers;
    assert!(sp.stated > 0, "{sp:?}");
    assert_eq!(sp.wrong, 0, "a quotation given to the wrong person: {sp:?}");
    assert_eq!(sp.invented, 0, "a speaker the text does not name: {sp:?}");
    assert!(
        sp.right * 10 >= sp.stated * 9,
        "fewer than 90% of stated speakers right: {sp:?}"
    );
}

#[test]
fn unseen_articles_are_read_at_the_issue_targets() {
    assert_reads_at_target(unseen());
}

#[test]
fn unseen_articles_give_quotations_to_the_right_speaker_or_to_no_one() {
    assert_speakers_at_target(unseen());
}

#[test]
fn the_seeds_stay_read_as_before() {
    let s = seeds();
    // Issue 23: F1 at least 0.99, every dated event right and none extra.
    assert!(s.mentions.f1() >= 0.99, "{:?}", s.mentions);
    let dates = (s.dates.fn_, s.dates.fp, s.wrong_dates);
    assert_eq!(dates, (0, 0, 0), "{:?}", s.dates);
    assert_eq!(s.quotes.fn_, 0, "{:?}", s.quotes);
    assert_eq!((s.present.fp, s.present.fn_), (0, 0), "{:?}", s.present);
}

#[test]
fn every_seed_speaker_stays_right() {
    let s = seeds().speakers;
    assert_eq!(s.right, s.stated, "{s:?}");
    assert_eq!(s.stated, 13, "{s:?}");
}

/// A fresh folder under the system's temporary one, for a tier written by a test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("cairo-eval-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("gold")).unwrap();
    dir
}

#[test]
fn an_empty_tier_is_no_articles_and_no_error() {
    // The blind tier while it is refilled: a header comment and an empty gold/.
    let dir = scratch("empty");
    std::fs::write(dir.join("articles.toml"), "# The blind tier.\n").unwrap();
    let loaded = tier::load(&tier::root().join("seeds"), &dir, &dir.join("gold"));
    assert!(matches!(loaded, Ok(None)), "{:?}", loaded.err());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gold_date_words_must_be_in_the_text() {
    let dir = scratch("words");
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(
        dir.join("articles.toml"),
        "[[article]]\nid = \"x-2020-02\"\nfile = \"articles/x.txt\"\nheadline = \"X\"\n\
         talks = { value = \"2020-02-10\", confidence = \"stated\", note = \"\" }\n\
         published = { value = \"2020-02-10\", confidence = \"stated\", note = \"\" }\n\
         outlet = { confidence = \"unknown\", note = \"\" }\n\
         wire = { confidence = \"unknown\", note = \"\" }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("articles/x.txt"),
        "The rivals met on\nSunday. They met again on Sunday.\n",
    )
    .unwrap();
    let gold = |dates: &str| {
        std::fs::write(dir.join("gold/x-2020-02.toml"), dates).unwrap();
        tier::load(&tier::root().join("seeds"), &dir, &dir.join("gold")).map(|_| ())
    };
    // A line break is `\n` in the words; words inside an earlier date's are taken, so
    // "Sunday" after "on\nSunday" is the second one.
    let twice = "[[date]]\ndate = \"2020-02-09\"\nwords = \"on\\nSunday\"\n\
                 [[date]]\ndate = \"2020-02-09\"\nwords = \"Sunday\"\n";
    assert_eq!(gold(twice), Ok(()));
    let errors = gold(&format!(
        "{twice}[[date]]\ndate = \"2020\"\nwords = \"Sunday\"\n"
    ))
    .unwrap_err();
    assert!(
        errors[0].contains("x-2020-02.toml: date \"2020\""),
        "{errors:?}"
    );
    assert!(errors[0].contains("taken by an earlier date"), "{errors:?}");
    // Overlapping counts too: "met on" overlaps "on\nSunday".
    let errors = gold(&format!("{twice}[[date]]\ndate = \"2020\"\nwords = \"again on\"\n[[date]]\ndate = \"2020\"\nwords = \"met on\"\n"))
        .unwrap_err();
    assert!(
        errors.iter().any(|e| e.contains("\"met on\"")),
        "{errors:?}"
    );
    let errors = gold("[[date]]\ndate = \"2020-02\"\nwords = \"last month\"\n").unwrap_err();
    assert!(
        errors[0].contains("\"last month\": not in the text"),
        "{errors:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_date_read_at_the_gold_words_with_another_value_is_wrong_and_a_miss() {
    use corpus::model::{Article, Corpus, EventRef, Span};
    let text = "They signed the deal last April. Talks resume in May.";
    let event = |date: &str, words: &str| {
        let at = text.find(words).unwrap();
        EventRef {
            date: corpus::PartialDate::parse(date).unwrap(),
            span: Span::new(at, at + words.len()),
            sentence: 0,
            catalog: Vec::new(),
            dated_by_text: true,
            read: corpus::model::DateRead::Stated,
            from: None,
        }
    };
    let article = Article {
        events: vec![event("2024-04", "last April"), event("2023-05", "May")],
        ..Article::unannotated("x", text)
    };
    let gold: gold::Gold = toml::from_str(
        "[[date]]\ndate = \"2023-04\"\nwords = \"last April\"\n\
         [[date]]\ndate = \"2023-05\"\nwords = \"May\"\n",
    )
    .unwrap();
    let s = score::score(&Corpus::default(), &article, &gold);
    assert_eq!((s.dates.tp, s.dates.fn_, s.dates.fp), (1, 1, 1));
    assert_eq!(s.wrong_dates, 1);
    assert!(
        s.diff
            .iter()
            .any(|d| d.starts_with("date wrong (year): 2024-04 read at \"last April\"")),
        "{:?}",
        s.diff
    );
}

/// A scratch tier of one article, `x-2020-02`, with `text` and no gold dates.
fn one_article_tier(name: &str, text: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::create_dir_all(dir.join("promises")).unwrap();
    std::fs::write(
        dir.join("articles.toml"),
        "[[article]]\nid = \"x-2020-02\"\nfile = \"articles/x.txt\"\nheadline = \"X\"\n\
         talks = { value = \"2020-02-10\", confidence = \"stated\", note = \"\" }\n\
         published = { value = \"2020-02-10\", confidence = \"stated\", note = \"\" }\n\
         outlet = { confidence = \"unknown\", note = \"\" }\n\
         wire = { confidence = \"unknown\", note = \"\" }\n",
    )
    .unwrap();
    std::fs::write(dir.join("articles/x.txt"), text).unwrap();
    std::fs::write(dir.join("gold/x-2020-02.toml"), "").unwrap();
    dir
}

#[test]
fn promises_gold_words_locate_one_sentence_or_are_a_loud_error_with_file_and_entry() {
    let dir = one_article_tier(
        "promises",
        "The rivals agreed to hold\nelections. The vote was later postponed. It was postponed.",
    );
    let promises = |toml: &str| {
        std::fs::write(dir.join("promises/x-2020-02.toml"), toml).unwrap();
        let loaded = tier::load(&tier::root().join("seeds"), &dir, &dir.join("gold"))
            .unwrap_or_else(|e| panic!("{e:?}"))
            .expect("one article");
        loaded.promises
    };
    let good = "[[commitment]]\nwords = \"to hold\\nelections\"\nprovision = \"elections\"\n\
                deadline = \"2021\"\n\
                [[outcome]]\nwords = \"later postponed. It\"\nprovision = \"elections\"\nstatus = \"postponed\"\n";
    let read = promises(good);
    let located = read.articles["x-2020-02"].as_ref().unwrap();
    // `\n` in the words is the line break inside the first sentence; the outcome's
    // words run across the sentence break after "postponed.", a gold error, and the
    // commitment is still located and scored.
    assert_eq!(located.len(), 1, "{located:?} {:?}", read.errors);
    assert_eq!(
        (located[0].sentence, located[0].deadline.as_deref()),
        (0, Some("2021"))
    );
    assert_eq!(read.errors.len(), 1, "{:?}", read.errors);
    let e = &read.errors[0];
    assert!(
        e.contains("x-2020-02.toml: [[outcome]] \"later postponed. It\""),
        "{e}"
    );
    assert!(e.contains("across a sentence break"), "{e}");
    // Blank lines before the words only make them unique (a headline repeated
    // after the dateline): the trimmed words are located in their one sentence.
    let read = promises(
        "[[outcome]]\nwords = \"\\nelections\"\nprovision = \"elections\"\nstatus = \"met\"\n",
    );
    let located = read.articles["x-2020-02"].as_ref().unwrap();
    assert_eq!(
        (located.len(), located[0].sentence),
        (1, 0),
        "{:?}",
        read.errors
    );

    let read = promises(
        "[[outcome]]\nwords = \"postponed\"\nprovision = \"elections\"\nstatus = \"postponed\"\n\
         [[outcome]]\nwords = \"were held\"\nprovision = \"elections\"\nstatus = \"broken\"\n",
    );
    assert!(read.articles["x-2020-02"].as_ref().unwrap().is_empty());
    let all = read.errors.join("\n");
    assert!(
        all.contains("\"postponed\": words are in the text 2 times"),
        "{all}"
    );
    assert!(all.contains("\"were held\": status \"broken\""), "{all}");
    assert!(
        all.contains("\"were held\": words are not in the text"),
        "{all}"
    );

    // A file that does not parse leaves the article unscored, and says where.
    let read = promises("[[outcome]]\nwords = 3\n");
    assert!(read.articles["x-2020-02"].is_none());
    assert!(
        read.errors[0].contains("promises/x-2020-02.toml"),
        "{:?}",
        read.errors
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
