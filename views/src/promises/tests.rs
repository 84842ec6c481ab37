use super::fixture::{self, commitment, date, outcome};
use super::words::{DEADLINE_PASSED, NO_REPORT, count, deadline, row_sentence, unreported};
use super::*;
use crate::context::Context;
use crate::state::ViewState;
use corpus::model::{Corpus, Deadline, Status};

fn model_of(corpus: &Corpus, query: &str) -> Promises {
    let (state, _) = ViewState::parse(query, corpus);
    let ctx = Context::new(corpus);
    Promises::new(corpus, &state, &ctx.select(&state))
}

fn ids(corpus: &Corpus, m: &Promises) -> (Vec<String>, Vec<String>) {
    let cols = (m.columns.iter())
        .map(|c| match c {
            Column::Deal(a) => corpus.agreements[*a as usize].id.clone(),
            Column::Unnamed => "unnamed".into(),
        })
        .collect();
    let rows = (m.rows.iter())
        .map(|r| corpus.provisions[r.provision as usize].id.clone())
        .collect();
    (cols, rows)
}

#[test]
fn columns_are_the_named_deals_by_date_then_the_unnamed_and_rows_keep_the_curated_order() {
    let corpus = fixture::corpus();
    let m = model_of(&corpus, "view=read");
    let (cols, rows) = ids(&corpus, &m);
    assert_eq!(cols, ["cairo-2011-05", "cairo-2017-10", "unnamed"]);
    assert_eq!(
        rows,
        ["elections", "unity-government"],
        "crossings is never named"
    );
    assert_eq!(m.as_of, Some(date("2018-03")));
}

#[test]
fn a_cell_is_reported_or_says_it_has_no_report_and_whether_its_deadline_passed() {
    let corpus = fixture::corpus();
    let m = model_of(&corpus, "");
    let states = |r: usize| m.rows[r].cells.iter().map(Cell::state).collect::<Vec<_>>();
    use CellState::*;
    assert_eq!(states(0), [Reported, NoReport, Reported]);
    assert_eq!(states(1), [NoReport, DeadlinePassed, Empty]);
    let postponed = &m.rows[0].cells[0].reports;
    assert_eq!(postponed.len(), 1);
    assert_eq!(postponed[0].status, Status::Postponed);
    assert_eq!(postponed[0].sources.len(), 2, "two articles report it");
    assert_eq!(m.rows[0].cells[0].sentence_count(), 3);
    assert_eq!(unreported(NoReport), Some("no report in these articles"));
    assert_eq!(
        unreported(DeadlinePassed),
        Some("deadline passed, no report in these articles")
    );
    assert_eq!(unreported(Reported), None);
    for words in [NO_REPORT, DEADLINE_PASSED] {
        assert!(!words.contains("broken") && !words.contains("fail"));
    }
}

#[test]
fn each_row_says_it_in_words() {
    let corpus = fixture::corpus();
    let m = model_of(&corpus, "");
    assert_eq!(
        row_sentence(&corpus, &m, &m.rows[0]),
        "Elections: promised in 2 agreements since 2011. Reported postponed in 2 \
         sentences, missed in 1 sentence. No article here reports any of these promises \
         met. 1 deadline passed with no report of being met."
    );
    assert_eq!(
        row_sentence(&corpus, &m, &m.rows[1]),
        "Unity government: promised in 2 agreements since 2011. No article here reports \
         any of these promises met. 1 deadline passed with no report of being met."
    );
}

#[test]
fn the_row_sentence_follows_its_counts_in_the_singular_and_the_plural() {
    let mut corpus = fixture::corpus();
    // One deal, two deadlines passed there; met elsewhere stops nothing here.
    corpus.articles[0].commitments = vec![
        commitment(0, Some(1), Deadline::Stated(date("2011-06")), 0),
        commitment(0, Some(1), Deadline::Stated(date("2011-09-01")), 1),
        commitment(0, Some(1), Deadline::Stated(date("2011-09-01")), 2),
        commitment(0, None, Deadline::None, 3),
    ];
    corpus.articles[1].commitments.clear();
    corpus.articles[1].outcomes.clear();
    corpus.articles[2].outcomes = vec![outcome(0, Some(2), Status::Partly, 0)];
    let m = model_of(&corpus, "p=elections");
    assert_eq!(m.rows.len(), 1);
    assert_eq!(
        row_sentence(&corpus, &m, &m.rows[0]),
        "Elections: promised in 1 agreement, in 2011 and in 1 sentence that names no \
         agreement. Reported partly met in 1 sentence. No article here reports any of \
         these promises fully met. 2 deadlines passed with no report of being met."
    );
    // A met report in the deal's own cell: its deadlines no longer count.
    corpus.articles[2].outcomes = vec![outcome(0, Some(1), Status::Met, 4)];
    corpus.articles[0].commitments.pop();
    let m = model_of(&corpus, "p=elections");
    assert_eq!(
        row_sentence(&corpus, &m, &m.rows[0]),
        "Elections: promised in 1 agreement, in 2011. Reported met in 1 sentence."
    );
    // Only an outcome: no promise is claimed.
    corpus.articles[0].commitments.clear();
    let m = model_of(&corpus, "p=elections");
    let s = row_sentence(&corpus, &m, &m.rows[0]);
    assert!(
        s.starts_with("Elections: no sentence here records the promise."),
        "{s}"
    );
    assert_eq!(count(1, "deadline"), "1 deadline");
    assert_eq!(count(0, "deadline"), "0 deadlines");
}

#[test]
fn the_filters_apply_and_the_date_deadlines_are_judged_by_stays() {
    let corpus = fixture::corpus();
    let m = model_of(&corpus, "to=2017");
    let (cols, _) = ids(&corpus, &m);
    assert_eq!(
        cols,
        ["cairo-2011-05", "cairo-2017-10"],
        "the 2018 article is out"
    );
    assert_eq!(m.rows[0].cells[0].reports[0].sources.len(), 1);
    assert_eq!(m.as_of, Some(date("2018-03")), "the whole corpus's newest");
    assert!(model_of(&corpus, "from=2030").rows.is_empty());
}

#[test]
fn one_provision_alone_and_an_unknown_one_is_ignored() {
    let corpus = fixture::corpus();
    let m = model_of(&corpus, "view=read&p=unity-government");
    assert_eq!(ids(&corpus, &m).1, ["unity-government"]);
    assert_eq!(m.only, Some(1));
    let (state, ignored) = ViewState::parse("p=nonsense", &corpus);
    assert_eq!(state.provision, None);
    assert_eq!(ignored.len(), 1);
    assert_eq!(
        ignored[0].to_string(),
        "p=nonsense: no provision with this id"
    );
    assert_eq!(
        ViewState::parse("p=elections", &corpus).0.to_query(),
        "p=elections"
    );
}

#[test]
fn a_deadline_passes_only_when_all_of_it_lies_before_the_newest_article() {
    let now = Some(date("2018-03-10"));
    assert!(passed(Deadline::Stated(date("2018-02")), now));
    assert!(
        !passed(Deadline::Stated(date("2018-03")), now),
        "its own month"
    );
    assert!(!passed(Deadline::Stated(date("2018")), now), "its own year");
    assert!(
        !passed(Deadline::Stated(date("2018-03-10")), now),
        "the same day"
    );
    assert!(passed(Deadline::Stated(date("2018-03-09")), now));
    assert!(!passed(Deadline::None, now));
    assert!(!passed(Deadline::Stated(date("2000")), None));
    assert_eq!(
        deadline(Deadline::Stated(date("2017-12-01"))),
        "due 1 Dec 2017"
    );
    let counted = fixture::corpus().articles[0].commitments[0].deadline;
    assert_eq!(
        deadline(counted),
        "due about May 2012 (inferred: counted from the date of its sentence, 4 May 2011)"
    );
    assert_eq!(deadline(Deadline::None), "no deadline stated");
}

#[test]
fn indices_the_lists_lack_do_not_panic_and_no_deal_is_guessed() {
    let mut corpus = fixture::corpus();
    corpus.articles[0].commitments = vec![
        commitment(99, Some(0), Deadline::None, 0),
        commitment(1, Some(99), Deadline::None, 999),
    ];
    corpus.articles[1].commitments.clear();
    corpus.articles[1].outcomes.clear();
    corpus.articles[2].outcomes.clear();
    let m = model_of(&corpus, "");
    assert_eq!(
        ids(&corpus, &m),
        (vec!["unnamed".into()], vec!["unity-government".into()])
    );
    assert!(model_of(&Corpus::default(), "").rows.is_empty());
}

#[test]
fn the_export_has_a_row_per_sentence_behind_the_matrix() {
    let corpus = fixture::corpus();
    let (state, _) = ViewState::parse("view=promises", &corpus);
    let sel = Context::new(&corpus).select(&state);
    let t = crate::export::promises::table(&corpus, &state, &sel);
    assert_eq!(
        t.rows.len(),
        7,
        "elections 3 + 1 + 1, unity government 1 + 1"
    );
    let kinds: Vec<String> = t.column("kind").iter().map(|c| c.plain()).collect();
    assert_eq!(kinds.iter().filter(|k| *k == "outcome").count(), 3);
    let deadlines: Vec<String> = t.column("deadline").iter().map(|c| c.plain()).collect();
    assert_eq!(deadlines[0], "2012-05");
    assert_eq!(t.column("deadline_inferred")[0].plain(), "true");
    assert_eq!(t.column("sentence")[1].plain(), "The vote was postponed.");
}
