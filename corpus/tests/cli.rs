//! The `corpus report` CLI, run as a process on copies of the seeds folder.
//!
//! ARCHITECTURE.md section 9 promises that `report DIR --json` works on any folder
//! laid out like `seeds/` and fixes the JSON shape other tools check extraction
//! through. So the tests copy the seeds to a folder with another name, under another
//! working directory, with the article texts moved to another subfolder, and check
//! every field of the shape and every offset against the article files themselves. A
//! broken folder must exit non-zero and say FILE:LINE on stderr.

mod common;

use corpus::seeds::SeedFiles;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// A copy of the real seeds in a fresh temporary folder, removed on drop. The texts
/// live in `texts/` instead of `articles/`, and articles.toml says so.
struct SeedsCopy {
    parent: PathBuf,
    dir: PathBuf,
}

impl SeedsCopy {
    fn new(test: &str) -> SeedsCopy {
        let parent =
            std::env::temp_dir().join(format!("cairo-talks-cli-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&parent);
        let dir = parent.join("round-up");
        std::fs::create_dir_all(dir.join("texts")).unwrap();
        for (path, text) in common::real_seeds().files {
            let (path, text) = match path.strip_prefix("articles/") {
                Some(name) => (format!("texts/{name}"), text),
                None => (path, text.replace("file = \"articles/", "file = \"texts/")),
            };
            std::fs::write(dir.join(path), text).unwrap();
        }
        SeedsCopy { parent, dir }
    }

    /// Runs `corpus report round-up [--json]` from the copy's parent folder.
    fn report(&self, json: bool) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_corpus"));
        cmd.current_dir(&self.parent).args(["report", "round-up"]);
        if json {
            cmd.arg("--json");
        }
        cmd.output().expect("the corpus binary runs")
    }

    fn edit(&self, file: &str, from: &str, to: &str) -> usize {
        let path = self.dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let at = text.find(from).expect("text to edit");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        common::line_at(&text, at)
    }
}

impl Drop for SeedsCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.parent);
    }
}

/// The output of a run that must succeed (else its stderr is the failure).
fn succeeded(out: Output) -> Vec<u8> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn field<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.get(key).unwrap_or_else(|| panic!("no {key:?} in {v}"))
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    field(v, key)
        .as_str()
        .unwrap_or_else(|| panic!("{key:?} is not a string in {v}"))
}

fn list<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    field(v, key)
        .as_array()
        .unwrap_or_else(|| panic!("{key:?} is not a list in {v}"))
}

/// `text` of an annotation equals the article's bytes `[start, end)`.
fn check_slice(article: &str, v: &Value, what: &str) -> usize {
    let at = |k: &str| {
        field(v, k)
            .as_u64()
            .unwrap_or_else(|| panic!("{what} {k} in {v}")) as usize
    };
    let (start, end) = (at("start"), at("end"));
    let slice = article
        .as_bytes()
        .get(start..end)
        .unwrap_or_else(|| panic!("{what} {v} out of bounds"));
    assert_eq!(
        std::str::from_utf8(slice).ok(),
        Some(str_of(v, "text")),
        "{what} {v}"
    );
    start
}

#[test]
fn report_json_on_another_folder_has_the_documented_shape_and_offsets() {
    let copy = SeedsCopy::new("json");
    let json: Value =
        serde_json::from_slice(&succeeded(copy.report(true))).expect("--json prints JSON");

    // The article texts as stored in the copy, by id, read apart from the CLI.
    let seeds = SeedFiles::read_dir(&copy.dir).unwrap();
    let (_, inputs) = seeds.check().unwrap();
    let texts: BTreeMap<String, String> = inputs
        .into_iter()
        .map(|a| {
            (
                a.id,
                std::fs::read_to_string(copy.dir.join(&a.file)).unwrap(),
            )
        })
        .collect();

    let mut entity_ids = Vec::new();
    for e in list(&json, "entities") {
        entity_ids.push(str_of(e, "id").to_string());
        for k in ["name", "kind"] {
            assert!(!str_of(e, k).is_empty(), "{k} of {e}");
        }
        assert!(list(e, "aliases").iter().all(Value::is_string), "{e}");
        assert!(
            field(e, "faction").is_null() || field(e, "faction").is_string(),
            "{e}"
        );
    }
    let known = |v: &Value| {
        v.is_null()
            || v.as_str()
                .is_some_and(|id| entity_ids.iter().any(|e| e == id))
    };

    let articles = list(&json, "articles");
    let ids: Vec<&str> = articles.iter().map(|a| str_of(a, "id")).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert!(
        sorted.iter().copied().eq(texts.keys().map(String::as_str)),
        "{ids:?}"
    );
    let curated = Curated::of(&SeedFiles::read_dir(&copy.dir).unwrap().compile().unwrap());
    let mut reads: BTreeMap<String, usize> = BTreeMap::new();
    for a in articles {
        let id = str_of(a, "id");
        let text = &texts[id];
        assert!(
            corpus::PartialDate::parse(str_of(a, "date")).is_some(),
            "date of {id}"
        );
        let mentions = list(a, "mentions");
        assert!(!mentions.is_empty(), "{id} has no mentions");
        let mut last = 0;
        for m in mentions {
            assert!(
                known(field(m, "entity")) && !field(m, "entity").is_null(),
                "{m}"
            );
            let start = check_slice(text, m, "mention");
            assert!(start >= last, "mentions of {id} out of order");
            last = start;
        }
        for c in list(a, "candidates") {
            check_slice(text, c, "candidate");
            let kind = field(c, "kind");
            assert!(
                kind.is_null()
                    || kind
                        .as_str()
                        .is_some_and(|k| corpus::model::EntityKind::parse(k).is_some()),
                "{c}"
            );
        }
        for q in list(a, "quotes") {
            assert!(known(field(q, "speaker")), "{q}");
            check_slice(text, q, "quote");
        }
        for e in list(a, "events") {
            assert!(
                corpus::PartialDate::parse(str_of(e, "date")).is_some(),
                "{e}"
            );
            assert!(
                ["year", "month", "day"].contains(&str_of(e, "precision")),
                "{e}"
            );
            assert!(!str_of(e, "label").is_empty(), "{e}");
            check_slice(text, e, "event");
            // How the date was read, and from what (issue 23).
            let read = str_of(e, "read");
            let kind = corpus::model::DateRead::ALL
                .into_iter()
                .find(|r| r.as_str() == read)
                .unwrap_or_else(|| panic!("unknown read {read:?}: {e}"));
            assert_eq!(
                field(e, "inferred").as_bool(),
                Some(kind.is_counted()),
                "{e}"
            );
            if field(e, "dated_by_text").as_bool() == Some(false) {
                assert_eq!(read, "catalogue", "{e}");
            }
            let from = field(e, "from");
            let from_kind = field(e, "from_kind");
            assert_eq!(from.is_null(), from_kind.is_null(), "{e}");
            if kind.is_counted() {
                assert!(
                    corpus::PartialDate::parse(from.as_str().unwrap_or("")).is_some(),
                    "{e}"
                );
                assert!(
                    ["article", "sentence", "previous-event", "dateline"]
                        .contains(&from_kind.as_str().unwrap_or("")),
                    "{e}"
                );
                assert!(str_of(e, "shown").starts_with("about "), "{e}");
            }
            if matches!(read, "stated" | "catalogue") {
                assert!(from.is_null(), "{e}");
            }
            assert_eq!(field(e, "how_read").is_null(), read == "stated", "{e}");
            *reads.entry(read.to_string()).or_insert(0) += 1;
        }
        check_commitments(text, a, &curated);
        assert!(
            list(a, "topics").iter().all(Value::is_string),
            "topics of {id}"
        );
        for r in list(a, "relations") {
            assert!(!str_of(r, "kind").is_empty(), "{r}");
            assert!(
                known(field(r, "source")) && known(field(r, "target")),
                "{r}"
            );
            assert!(
                text.contains(str_of(r, "sentence")),
                "relation sentence not in {id}: {r}"
            );
        }
    }
}

/// The ids a report may refer to: the curated provisions, agreements and entities.
struct Curated {
    provisions: Vec<String>,
    agreements: Vec<String>,
    entities: Vec<String>,
}

impl Curated {
    fn of(corpus: &corpus::Corpus) -> Curated {
        Curated {
            provisions: corpus.provisions.iter().map(|p| p.id.clone()).collect(),
            agreements: corpus.agreements.iter().map(|g| g.id.clone()).collect(),
            entities: corpus.entities.iter().map(|e| e.id.clone()).collect(),
        }
    }
}

/// An article's `commitments` (issue 22) have the shape ARCHITECTURE.md section 9
/// gives: each a commitment or an outcome, of a curated provision and agreement, a
/// status for outcomes only, a deadline only for commitments, at a whole sentence of
/// the text, in order of the sentence.
fn check_commitments(text: &str, a: &Value, curated: &Curated) {
    let sentences = corpus::text::sentences(text);
    let mut last = 0;
    for c in list(a, "commitments") {
        let is_outcome = match str_of(c, "kind") {
            "commitment" => false,
            "outcome" => true,
            other => panic!("kind {other:?} in {c}"),
        };
        assert!(
            curated
                .provisions
                .iter()
                .any(|p| p == str_of(c, "provision")),
            "{c}"
        );
        let agreement = field(c, "agreement");
        assert!(
            agreement.is_null()
                || agreement
                    .as_str()
                    .is_some_and(|g| curated.agreements.iter().any(|k| k == g)),
            "{c}"
        );
        let status = field(c, "status");
        match status.as_str() {
            Some(s) => assert!(
                is_outcome && corpus::model::Status::parse(s).is_some(),
                "{c}"
            ),
            None => assert!(status.is_null() && !is_outcome, "{c}"),
        }
        let deadline = field(c, "deadline");
        let inferred = field(c, "deadline_inferred").as_bool();
        match deadline.as_str() {
            Some(d) => assert!(
                !is_outcome
                    && corpus::PartialDate::parse(d).is_some_and(|p| p.to_string() == d)
                    && inferred.is_some(),
                "{c}"
            ),
            None => assert!(deadline.is_null() && inferred == Some(false), "{c}"),
        }
        let by = list(c, "by");
        assert!(
            by.iter().all(|e| e
                .as_str()
                .is_some_and(|e| curated.entities.iter().any(|k| k == e))),
            "{c}"
        );
        let start = check_slice(text, c, "commitment");
        let end = field(c, "end").as_u64().unwrap_or(0) as u32;
        assert!(
            sentences
                .iter()
                .any(|s| s.start as usize == start && s.end == end),
            "not a whole sentence: {c}"
        );
        assert!(start >= last, "commitments out of order at {c}");
        last = start;
    }
}

/// This gives one real seed article commitments and outcomes of fixed values, and
/// checks the report's exact values and order.
#[test]
fn report_json_gives_commitments_and_outcomes_at_their_sentences_in_order() {
    use corpus::model::{Anchor, AnchorKind, Commitment, Deadline, Outcome, Span, Status};
    let mut corpus = common::real_seeds().compile().unwrap();
    let day = |s| corpus::PartialDate::parse(s).unwrap();
    // The curated lists, looked up by id: the article's own extracted promises are
    // replaced below by entries whose values the test fixes.
    let ix = |found: Option<u16>, id: &str| found.unwrap_or_else(|| panic!("{id} is curated"));
    let elections = ix(corpus.provision_ix("elections"), "elections");
    let crossings = ix(corpus.provision_ix("crossings"), "crossings");
    let cairo = ix(corpus.agreement_ix("cairo-2017-10"), "cairo-2017-10");
    let fatah = corpus.entity_ix("fatah").expect("fatah is curated");
    let a = &mut corpus.articles[0];
    assert!(a.sentences.len() > 4, "{} is too short for this test", a.id);
    let span = |a: &corpus::Article, i: usize| a.sentences[i].span;
    let cue = |s: Span| Span {
        start: s.start,
        end: s.start + 1,
    };
    let (s1, s3) = (span(a, 1), span(a, 3));
    // Given out of order (the outcome in sentence 1 after the commitments of sentence 3)
    // so the test fails if the report does not sort by sentence.
    a.commitments = vec![
        Commitment {
            provision: elections,
            by: vec![fatah],
            agreement: Some(cairo),
            deadline: Deadline::Inferred {
                date: day("2018-04"),
                from: Anchor {
                    kind: AnchorKind::Sentence,
                    date: day("2017-10-12"),
                },
            },
            sentence: 3,
            span: cue(s3),
        },
        Commitment {
            provision: crossings,
            by: vec![],
            agreement: None,
            deadline: Deadline::Stated(day("2017-11-01")),
            sentence: 1,
            span: cue(s1),
        },
    ];
    a.outcomes = vec![Outcome {
        provision: crossings,
        agreement: Some(cairo),
        status: Status::Postponed,
        sentence: 1,
        span: cue(s1),
    }];
    let text = a.text.clone();
    let slice = |s: Span| &text[s.start as usize..s.end as usize];
    let json: Value = serde_json::from_str(&corpus::report::json(&corpus)).unwrap();
    let article = &list(&json, "articles")[0];
    let want = serde_json::json!([
        { "kind": "commitment", "provision": "crossings", "status": null,
          "deadline": "2017-11-01", "deadline_inferred": false, "agreement": null, "by": [],
          "start": s1.start, "end": s1.end, "text": slice(s1) },
        { "kind": "outcome", "provision": "crossings", "status": "postponed",
          "deadline": null, "deadline_inferred": false, "agreement": "cairo-2017-10", "by": [],
          "start": s1.start, "end": s1.end, "text": slice(s1) },
        { "kind": "commitment", "provision": "elections", "status": null,
          "deadline": "2018-04", "deadline_inferred": true, "agreement": "cairo-2017-10",
          "by": ["fatah"], "start": s3.start, "end": s3.end, "text": slice(s3) },
    ]);
    assert_eq!(field(article, "commitments"), &want);
    check_commitments(&text, article, &Curated::of(&corpus));
    // Every other article of the report has the field, with what was extracted.
    for other in &list(&json, "articles")[1..] {
        let id = field(other, "id").as_str().unwrap_or("");
        let theirs = corpus
            .articles
            .iter()
            .find(|x| x.id == id)
            .expect("reported");
        check_commitments(&theirs.text, other, &Curated::of(&corpus));
    }
}

#[test]
fn the_text_report_runs_on_another_folder() {
    let copy = SeedsCopy::new("text");
    let stdout = String::from_utf8(succeeded(copy.report(false))).unwrap();
    for id in [
        "cairo-2013-01",
        "cairo-2014-09",
        "cairo-2017-11",
        "cairo-2024-10",
        "cairo-2025-10",
    ] {
        assert!(
            stdout.contains(&format!("== {id} (")),
            "{id} missing from the report"
        );
    }
    assert!(stdout.contains("texts/000_8df9275ebf8a9017.txt"));
}

#[test]
fn a_broken_folder_exits_non_zero_with_file_and_line_on_stderr() {
    let copy = SeedsCopy::new("broken");
    let date = copy.edit(
        "articles.toml",
        "value = \"2014-09-24\"",
        "value = \"2014-09-31\"",
    );
    let lane = copy.edit("events.toml", "lane = \"war\"", "lane = \"battle\"");
    let out = copy.report(true);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "a broken folder printed a report");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!(
            "round-up/articles.toml:{date}: bad date \"2014-09-31\""
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "round-up/events.toml:{lane}: unknown lane \"battle\""
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_missing_folder_or_article_is_named_on_stderr() {
    let copy = SeedsCopy::new("missing");
    std::fs::remove_file(copy.dir.join("texts/003_a88e8a8105096347.txt")).unwrap();
    let out = copy.report(true);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("round-up/articles.toml:")
            && stderr.contains("texts/003_a88e8a8105096347.txt"),
        "{stderr}"
    );

    let out = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(["report", &copy.parent.join("nowhere").display().to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nowhere/articles.toml: cannot read"));
}

#[test]
fn a_folder_of_articles_reads_the_knowledge_base_of_kb() {
    // The articles of one copy, with no knowledge base of their own, read with the
    // knowledge base of another copy: the same report as the whole folder.
    let whole = SeedsCopy::new("kb-whole");
    let articles = SeedsCopy::new("kb-articles");
    for name in [
        "entities.toml",
        "topics.toml",
        "framing.toml",
        "events.toml",
    ] {
        std::fs::remove_file(articles.dir.join(name)).unwrap();
    }
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_corpus"))
            .current_dir(&articles.parent)
            .args(["report", "round-up", "--json"])
            .args(extra)
            .output()
            .unwrap()
    };
    let kb = whole.dir.display().to_string();
    assert_eq!(succeeded(run(&["--kb", &kb])), whole.report(true).stdout);

    // Without --kb the folder has no knowledge base; with a broken one, the error
    // names the knowledge base's folder, not the articles'.
    let missing = run(&[]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("round-up/entities.toml: cannot read")
    );
    let lane = whole.edit("events.toml", "lane = \"war\"", "lane = \"battle\"");
    let broken = run(&["--kb", &kb]);
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stderr.contains(&format!("{kb}/events.toml:{lane}: unknown lane \"battle\"")),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &[][..],
        &["report"][..],
        &["reprot", "seeds"][..],
        &["report", "a", "b"][..],
        &["report", "a", "--kb"][..],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_corpus"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage:"));
    }
}

#[test]
fn a_reader_that_goes_away_is_not_a_panic() {
    // `corpus report seeds/ --json | head -1`: the pipe closes before the report is
    // written. Dropping our end before the child writes makes that deterministic.
    let mut child = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args([
            "report",
            &common::seeds_dir().display().to_string(),
            "--json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}
