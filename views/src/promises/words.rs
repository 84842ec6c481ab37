//! The promises matrix in words: each row's sentence, a cell's state, a deadline.
//!
//! The rules, for any provision and any counts (numbers in digits, nouns singular for
//! one and plural otherwise):
//!
//! 1. What was promised: "promised in N agreements since YEAR" (YEAR the earliest
//!    agreement's), "promised in 1 agreement, in YEAR" for one; commitments whose
//!    sentence names no deal add "and in N sentences that name no agreement" ("1
//!    sentence that names"; alone:
//!    "promised in N sentences that name no agreement"); no commitment at all: "no
//!    sentence here records the promise".
//! 2. What became of it: the statuses reported, each with its sentences ("Reported
//!    postponed in 3 sentences, missed in 1 sentence."); when no sentence reports it
//!    met: "No article here reports this promise met." (one promise) or "… any of
//!    these promises met." (several), "fully met" when one reports it partly met.
//! 3. Deadlines: the distinct deadlines, per agreement, that passed ([`super::passed`])
//!    in a cell no sentence reports met: "4 deadlines passed with no report of being
//!    met."; nothing said when there are none.
//!
//! Never "broken", "failed" or any word the sentences do not carry: a status is only
//! what a sentence says.

use super::model::{Cell, CellState, Column, Promises, Row};
use corpus::PartialDate;
use corpus::model::{Corpus, Deadline, Status};

/// `"1 sentence"`, `"3 sentences"`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The exact words of a cell without a report.
pub const NO_REPORT: &str = "no report in these articles";
pub const DEADLINE_PASSED: &str = "deadline passed, no report in these articles";

/// A cell's state in words, for one without reports; `None` when it has some (its
/// marks say it) or nothing at all.
pub fn unreported(state: CellState) -> Option<&'static str> {
    match state {
        CellState::NoReport => Some(NO_REPORT),
        CellState::DeadlinePassed => Some(DEADLINE_PASSED),
        CellState::Reported | CellState::Empty => None,
    }
}

/// "due 1 Dec 2017"; "due about May 2012 (inferred: counted from the sentence's date,
/// 4 May 2011)"; "no deadline stated".
pub fn deadline(d: Deadline) -> String {
    match d {
        Deadline::Stated(date) => format!("due {}", date.label()),
        Deadline::Inferred { date, from } => format!(
            "due about {} (inferred: counted from {}, {})",
            date.label(),
            from.kind.label(),
            from.date.label()
        ),
        Deadline::None => "no deadline stated".to_string(),
    }
}

/// The row's sentence: "Elections: promised in 5 agreements since 2007. No article
/// here reports any of these promises met. 4 deadlines passed with no report of
/// being met."
pub fn row_sentence(corpus: &Corpus, m: &Promises, row: &Row) -> String {
    let label = corpus
        .provision(row.provision)
        .map_or("This provision", |p| p.label.as_str());
    let mut out = format!("{label}: {}.", promised(corpus, m, row));
    if let Some(reported) = reported(row) {
        out.push(' ');
        out.push_str(&reported);
    }
    let promised_cells = row.cells.iter().filter(|c| !c.promises.is_empty()).count();
    if !row.cells.iter().any(|c| c.reports(Status::Met)) && promised_cells > 0 {
        let which = if promised_cells == 1 {
            "this promise"
        } else {
            "any of these promises"
        };
        let met = if row.cells.iter().any(|c| c.reports(Status::Partly)) {
            "fully met"
        } else {
            "met"
        };
        out.push_str(&format!(" No article here reports {which} {met}."));
    }
    let passed = passed_unmet(row, m.as_of);
    if passed > 0 {
        out.push_str(&format!(
            " {} passed with no report of being met.",
            count(passed, "deadline")
        ));
    }
    out
}

/// Rule 1.
fn promised(corpus: &Corpus, m: &Promises, row: &Row) -> String {
    let mut deals: Vec<PartialDate> = Vec::new();
    let mut unnamed = 0;
    for (col, cell) in m.columns.iter().zip(&row.cells) {
        if cell.promises.is_empty() {
            continue;
        }
        match col {
            Column::Deal(a) => deals.extend(corpus.agreement(*a).map(|g| g.date)),
            Column::Unnamed => unnamed += distinct_sentences(cell),
        }
    }
    let first = deals.iter().map(|d| d.year).min();
    let named = match (deals.len(), first) {
        (0, _) | (_, None) => None,
        (1, Some(y)) => Some(format!("promised in 1 agreement, in {y}")),
        (n, Some(y)) => Some(format!("promised in {n} agreements since {y}")),
    };
    let no_deal = |n: usize| match n {
        1 => "1 sentence that names no agreement".to_string(),
        n => format!("{n} sentences that name no agreement"),
    };
    match (named, unnamed) {
        (Some(named), 0) => named,
        (Some(named), n) => format!("{named} and in {}", no_deal(n)),
        (None, 0) => "no sentence here records the promise".to_string(),
        (None, n) => format!("promised in {}", no_deal(n)),
    }
}

/// Rule 2's first part: "Reported postponed in 3 sentences, missed in 1 sentence."
fn reported(row: &Row) -> Option<String> {
    let parts: Vec<String> = Status::ALL
        .into_iter()
        .filter_map(|status| {
            let mut sources: Vec<_> = (row.cells.iter())
                .flat_map(|c| c.reports.iter().filter(|r| r.status == status))
                .flat_map(|r| r.sources.iter().copied())
                .collect();
            crate::sort::sort(&mut sources);
            sources.dedup();
            (!sources.is_empty())
                .then(|| format!("{} in {}", status.label(), count(sources.len(), "sentence")))
        })
        .collect();
    (!parts.is_empty()).then(|| format!("Reported {}.", parts.join(", ")))
}

/// Rule 3: distinct passed deadlines in cells that no sentence reports met.
fn passed_unmet(row: &Row, as_of: Option<PartialDate>) -> usize {
    row.cells
        .iter()
        .filter(|c| !c.reports(Status::Met))
        .map(|c| {
            let mut due: Vec<PartialDate> = (c.promises.iter())
                .filter(|p| super::passed(p.deadline, as_of))
                .filter_map(|p| p.deadline.date())
                .collect();
            crate::sort::sort_by_key(&mut due, |d| (d.first_day(), d.last_day()));
            due.dedup();
            due.len()
        })
        .sum()
}

fn distinct_sentences(cell: &Cell) -> usize {
    let mut s: Vec<_> = cell.promises.iter().map(|p| p.source).collect();
    crate::sort::sort(&mut s);
    s.dedup();
    s.len()
}
