//! A broken seed must fail the build with its file, its line and what is wrong, and
//! produce no corpus at all ("nothing partial is embedded").
//!
//! Each test starts from the real seed files, read once into memory, makes one
//! targeted edit of the kind an editor could make by mistake, and checks that
//! `SeedFiles::compile` refuses it with exactly that error: the file, the line of the
//! edited text in the edited file (computed from the edit, not copied from the
//! implementation), and a message that names the problem and the offending value.

mod common;

use common::{line_at, real_seeds as real};
use corpus::seeds::{
    AGREEMENTS, ARTICLES, ENTITIES, EVENTS, PROVISIONS, SeedError, SeedFiles, TOPICS,
};

/// Replaces the first occurrence of `from` in `file` (which must contain it) and
/// returns the line the replacement starts on.
fn edit(seeds: &mut SeedFiles, file: &str, from: &str, to: &str) -> usize {
    let text = seeds.files.get_mut(file).expect("a seed file");
    let at = text
        .find(from)
        .unwrap_or_else(|| panic!("{file} no longer contains {from:?}: update this test"));
    text.replace_range(at..at + from.len(), to);
    line_at(text, at)
}

/// One edit of the real seeds, which must fail with exactly one error: in the edited
/// file, at the edited line, naming every fragment.
fn edit_fails_with(file: &str, from: &str, to: &str, fragments: &[&str]) {
    let mut s = real();
    let line = edit(&mut s, file, from, to);
    fails_with(&s, file, line, fragments);
}

/// The line `file` first contains `text` on.
fn first_line_with(seeds: &SeedFiles, file: &str, text: &str) -> usize {
    let in_file = &seeds.files[file];
    let at = in_file
        .find(text)
        .unwrap_or_else(|| panic!("{file} no longer contains {text:?}: update this test"));
    line_at(in_file, at)
}

/// The errors of seeds that must not compile.
fn errors(seeds: &SeedFiles) -> Vec<SeedError> {
    let errors = seeds
        .compile()
        .expect_err("broken seeds compiled into a corpus")
        .0;
    assert!(!errors.is_empty(), "an Err with no error in it");
    errors
}

/// Asserts that `seeds` fail with exactly one error, at `file:line`, whose message
/// contains every fragment.
fn fails_with(seeds: &SeedFiles, file: &str, line: usize, fragments: &[&str]) {
    let errors = errors(seeds);
    let [e] = errors.as_slice() else {
        panic!("expected one error, got {errors:#?}");
    };
    assert_eq!(
        (e.file.as_str(), e.line),
        (&*format!("seeds/{file}"), line),
        "{e}"
    );
    for fragment in fragments {
        assert!(
            e.message.contains(fragment),
            "{e:?} should say {fragment:?}"
        );
    }
    assert_eq!(e.to_string(), format!("seeds/{file}:{line}: {}", e.message));
}

#[test]
fn the_real_seeds_compile() {
    let corpus = real().compile().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(corpus.articles.len(), 5);
}

#[test]
fn an_impossible_date() {
    edit_fails_with(
        ARTICLES,
        "value = \"2014-09-24\"",
        "value = \"2014-09-31\"",
        &["bad date", "\"2014-09-31\""],
    );
}

#[test]
fn a_malformed_date() {
    edit_fails_with(
        EVENTS,
        "date = \"2007-06\"",
        "date = \"June 2007\"",
        &["bad date", "\"June 2007\""],
    );
}

#[test]
fn a_duplicate_entity_id() {
    let mut s = real();
    let first = first_line_with(&s, ENTITIES, "id = \"hamas\"");
    let block =
        "\n[[entity]]\nid = \"hamas\"\nname = \"Harakat al-Muqawama\"\nkind = \"organization\"\n";
    let text = s.files.get_mut(ENTITIES).unwrap();
    text.push_str(block);
    let line = line_at(text, text.rfind("id = \"hamas\"").unwrap());
    fails_with(
        &s,
        ENTITIES,
        line,
        &["duplicate entity id \"hamas\"", &format!("line {first}")],
    );
}

#[test]
fn a_duplicate_article_id() {
    edit_fails_with(
        ARTICLES,
        "id = \"cairo-2014-09\"",
        "id = \"cairo-2013-01\"",
        &["duplicate article id \"cairo-2013-01\""],
    );
}

#[test]
fn an_alias_claimed_by_two_entities() {
    let mut s = real();
    // Khaled Mashaal comes after Mahmoud Abbas, who owns "Abbas"; any capitalization
    // of the same spelling is the same alias.
    let line = edit(
        &mut s,
        ENTITIES,
        "aliases = [\"Mashaal\", ",
        "aliases = [\"ABBAS\", \"Mashaal\", ",
    );
    fails_with(
        &s,
        ENTITIES,
        line,
        &["\"ABBAS\"", "khaled-mashaal", "mahmoud-abbas"],
    );
}

#[test]
fn an_unknown_faction() {
    edit_fails_with(
        ENTITIES,
        "faction = \"hamas\"",
        "faction = \"hamass\"",
        &["unknown entity \"hamass\""],
    );
}

#[test]
fn an_unknown_place() {
    edit_fails_with(
        ARTICLES,
        "place = \"cairo\"",
        "place = \"atlantis\"",
        &["unknown entity \"atlantis\""],
    );
}

#[test]
fn an_unknown_confidence() {
    edit_fails_with(
        ARTICLES,
        "confidence = \"stated\", note = \"The dateline",
        "confidence = \"certain\", note = \"The dateline",
        &["unknown confidence \"certain\"", "wire"],
    );
}

#[test]
fn a_missing_article_file() {
    let mut s = real();
    let path = "articles/002_5decf7ee375e2bf5.txt";
    assert!(s.files.remove(path).is_some());
    let line = first_line_with(&s, ARTICLES, path);
    fails_with(&s, ARTICLES, line, &["cannot read", path]);
}

#[test]
fn an_unknown_key() {
    edit_fails_with(
        ARTICLES,
        "headline = \"Fatah and Hamas meet",
        "headlin = \"Fatah and Hamas meet",
        &["headlin"],
    );
}

#[test]
fn a_missing_key() {
    let mut s = real();
    let line = edit(&mut s, ENTITIES, "kind = \"state\"\n", "");
    // A missing key has no line of its own: the error points at the header of the
    // entity that lacks it.
    let text = &s.files[ENTITIES];
    let cut: usize = text.lines().take(line - 1).map(|l| l.len() + 1).sum();
    let header = line_at(text, text[..cut].rfind("[[entity]]").unwrap());
    fails_with(&s, ENTITIES, header, &["missing field `kind`"]);
}

#[test]
fn a_wrong_type() {
    edit_fails_with(
        ENTITIES,
        "aliases = [\"Abbas\", \"Abu Mazen\"]",
        "aliases = \"Abbas\"",
        &["sequence"],
    );
}

#[test]
fn broken_toml_syntax() {
    edit_fails_with(
        TOPICS,
        "id = \"salaries\"",
        "id = \"salaries",
        &["invalid basic string"],
    );
}

#[test]
fn an_unknown_lane() {
    edit_fails_with(
        EVENTS,
        "lane = \"war\"",
        "lane = \"battle\"",
        &["unknown lane \"battle\""],
    );
}

#[test]
fn an_id_that_is_not_kebab_case() {
    edit_fails_with(
        TOPICS,
        "id = \"salaries\"",
        "id = \"Public_Salaries\"",
        &["\"Public_Salaries\"", "kebab-case"],
    );
}

#[test]
fn a_role_that_ends_before_it_starts() {
    edit_fails_with(
        ENTITIES,
        "from = \"1996\", to = \"2017-05\"",
        "from = \"1996\", to = \"1995-12\"",
        &["ends before it starts", "khaled-mashaal"],
    );
}

#[test]
fn a_stated_fact_without_a_value() {
    edit_fails_with(
        ARTICLES,
        "wire = { value = \"AFP\", ",
        "wire = { ",
        &["wire", "no value"],
    );
}

#[test]
fn every_problem_is_reported_at_once_in_file_and_line_order() {
    let mut s = real();
    let place = edit(
        &mut s,
        ARTICLES,
        "place = \"cairo\"",
        "place = \"atlantis\"",
    );
    let date = edit(
        &mut s,
        ARTICLES,
        "value = \"2014-09-24\"",
        "value = \"2014-02-30\"",
    );
    let lane = edit(&mut s, EVENTS, "lane = \"war\"", "lane = \"battle\"");
    let faction = edit(
        &mut s,
        ENTITIES,
        "faction = \"hamas\"",
        "faction = \"hamass\"",
    );
    let kebab = edit(&mut s, ENTITIES, "id = \"fatah\"", "id = \"Fatah\"");
    let syntax = edit(&mut s, TOPICS, "id = \"salaries\"", "id = salaries");
    let got: Vec<(String, usize)> = errors(&s).into_iter().map(|e| (e.file, e.line)).collect();
    let want: Vec<(String, usize)> = [
        (ARTICLES, place),
        (ARTICLES, date),
        (ENTITIES, kebab),
        (ENTITIES, faction),
        (EVENTS, lane),
        (TOPICS, syntax),
    ]
    .into_iter()
    .map(|(f, l)| (format!("seeds/{f}"), l))
    .collect();
    // "Fatah" is no longer an id, so whoever names fatah as faction is reported too.
    let mut unexpected: Vec<&(String, usize)> = got.iter().filter(|g| !want.contains(g)).collect();
    unexpected.retain(|(f, _)| f != "seeds/entities.toml");
    assert!(
        unexpected.is_empty(),
        "unexpected errors {unexpected:?} in {got:?}"
    );
    for w in &want {
        assert!(got.contains(w), "{w:?} missing from {got:?}");
    }
    let mut sorted = got.clone();
    sorted.sort();
    assert_eq!(got, sorted, "errors are not in file and line order");
}

#[test]
fn a_broken_file_does_not_cascade_into_errors_elsewhere() {
    // With entities.toml unreadable as TOML, articles.toml's `place = "cairo"` is
    // not "unknown": only the syntax error is the problem.
    edit_fails_with(
        ENTITIES,
        "id = \"fatah\"",
        "id = = \"fatah\"",
        &["extra `=`"],
    );
}

#[test]
fn an_article_file_outside_the_seeds_folder() {
    edit_fails_with(
        ARTICLES,
        "file = \"articles/002_5decf7ee375e2bf5.txt\"",
        "file = \"../../etc/passwd\"",
        &["../../etc/passwd", "inside the seeds folder"],
    );
}

#[test]
fn one_text_named_by_two_articles() {
    let mut s = real();
    let first = first_line_with(&s, ARTICLES, "articles/000_8df9275ebf8a9017.txt");
    let line = edit(
        &mut s,
        ARTICLES,
        "file = \"articles/001_cdb1c23807caef6f.txt\"",
        "file = \"articles/000_8df9275ebf8a9017.txt\"",
    );
    fails_with(
        &s,
        ARTICLES,
        line,
        &["already used", &format!("line {first}")],
    );
}

#[test]
fn a_duplicate_event_id() {
    edit_fails_with(
        EVENTS,
        "id = \"hamas-takes-gaza-2007\"",
        "id = \"legislative-elections-2006\"",
        &["duplicate event id \"legislative-elections-2006\""],
    );
}

#[test]
fn the_real_seeds_list_every_provision_and_agreement_the_guide_names() {
    let corpus = real().compile().unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = corpus.provisions.iter().map(|p| p.id.as_str()).collect();
    for id in [
        "elections",
        "unity-government",
        "gaza-handover",
        "crossings",
        "other",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    assert_eq!(corpus.provisions.len(), 13);
    assert_eq!(corpus.agreements.len(), 14);
    let dates: Vec<_> = corpus
        .agreements
        .iter()
        .map(|a| a.date.first_day())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "not in date order");
}

#[test]
fn an_unknown_provision_field() {
    edit_fails_with(
        PROVISIONS,
        "label = \"Elections\"",
        "lable = \"Elections\"",
        &["lable"],
    );
}

#[test]
fn a_provision_without_phrases() {
    let mut s = real();
    let text = &s.files[PROVISIONS];
    let at = text.find("id = \"ceasefire\"").unwrap();
    let from = text[at..].find("phrases = [").unwrap() + at;
    let to = text[from..].find('\n').unwrap() + from;
    let phrases = text[from..to].to_string();
    let line = edit(&mut s, PROVISIONS, &phrases, "phrases = []");
    fails_with(&s, PROVISIONS, line, &["ceasefire has no phrases"]);
}

#[test]
fn a_duplicate_provision_id() {
    edit_fails_with(
        PROVISIONS,
        "id = \"ceasefire\"",
        "id = \"prisoners\"",
        &["duplicate provision id \"prisoners\""],
    );
}

#[test]
fn a_bad_agreement_date() {
    edit_fails_with(
        AGREEMENTS,
        "date = \"2007-02-08\"",
        "date = \"2007-02-30\"",
        &["bad date", "\"2007-02-30\""],
    );
}

#[test]
fn a_duplicate_agreement_id() {
    edit_fails_with(
        AGREEMENTS,
        "id = \"sanaa-2008-03\"",
        "id = \"mecca-2007-02\"",
        &["duplicate agreement id \"mecca-2007-02\""],
    );
}

#[test]
fn an_unknown_agreement_field() {
    edit_fails_with(
        AGREEMENTS,
        "place = \"Doha\"",
        "venue = \"Doha\"",
        &["venue"],
    );
}

#[test]
fn a_folder_without_the_promises_lists_builds_with_none() {
    let mut s = real();
    assert!(s.files.remove(PROVISIONS).is_some() && s.files.remove(AGREEMENTS).is_some());
    let corpus = s.compile().unwrap_or_else(|e| panic!("{e}"));
    assert!(corpus.provisions.is_empty() && corpus.agreements.is_empty());
    assert!(corpus.articles.iter().all(|a| a.commitments.is_empty()));
}
