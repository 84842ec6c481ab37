//! The promises matrix as data: which provisions (rows) each agreement (columns)
//! promised in the passing articles, and what later sentences report of them.

use crate::filter::Selection;
use crate::state::ViewState;
use corpus::PartialDate;
use corpus::model::{AgreementIx, Corpus, Deadline, EntityIx, ProvisionIx, SentenceIx, Status};

/// One sentence behind a mark: the article (index into `corpus.articles`) and the
/// sentence in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Source {
    pub article: usize,
    pub sentence: SentenceIx,
}

/// A column of the matrix: a curated agreement, or the commitments and outcomes whose
/// sentence names no deal (never guessed onto one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Deal(AgreementIx),
    Unnamed,
}

/// A commitment as a cell shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Promise {
    pub deadline: Deadline,
    pub by: Vec<EntityIx>,
    pub source: Source,
}

/// The sentences of a cell that report one status.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub status: Status,
    pub sources: Vec<Source>,
}

/// What a cell says, in the order the rules are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellState {
    /// Nothing promised or reported for this provision in this deal.
    Empty,
    /// At least one sentence reports what became of it.
    Reported,
    /// Promised, a deadline has passed ([`passed`]), and no sentence reports on it.
    DeadlinePassed,
    /// Promised, and no sentence reports on it.
    NoReport,
}

impl CellState {
    /// The `data-state` word of the cell.
    pub fn as_str(self) -> &'static str {
        match self {
            CellState::Empty => "empty",
            CellState::Reported => "reported",
            CellState::DeadlinePassed => "deadline-passed",
            CellState::NoReport => "no-report",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// In article order, then sentence order.
    pub promises: Vec<Promise>,
    /// In the order of [`Status::ALL`], only statuses some sentence reports.
    pub reports: Vec<Report>,
    /// Set by [`Promises::new`]: whether a promise's deadline passed ([`passed`]).
    pub deadline_passed: bool,
}

impl Cell {
    pub fn state(&self) -> CellState {
        if !self.reports.is_empty() {
            CellState::Reported
        } else if self.promises.is_empty() {
            CellState::Empty
        } else if self.deadline_passed {
            CellState::DeadlinePassed
        } else {
            CellState::NoReport
        }
    }

    /// The sentences behind the cell, each counted once.
    pub fn sentence_count(&self) -> usize {
        let mut all: Vec<Source> = self.promises.iter().map(|p| p.source).collect();
        all.extend(self.reports.iter().flat_map(|r| r.sources.iter().copied()));
        crate::sort::sort(&mut all);
        all.dedup();
        all.len()
    }

    pub fn reports(&self, status: Status) -> bool {
        self.reports.iter().any(|r| r.status == status)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub provision: ProvisionIx,
    /// Parallel to [`Promises::columns`].
    pub cells: Vec<Cell>,
}

/// The matrix over the articles that pass the filters.
#[derive(Debug, Clone, PartialEq)]
pub struct Promises {
    /// Agreements in the order of their dates, then [`Column::Unnamed`] if used.
    pub columns: Vec<Column>,
    /// Provisions in the curated order, those with a commitment or an outcome only.
    pub rows: Vec<Row>,
    /// The date a deadline is judged against: the newest article's in the whole
    /// corpus (filters do not move it, so a filter never makes a deadline "pass").
    pub as_of: Option<PartialDate>,
    /// The one provision `p=` asks for, when it names one.
    pub only: Option<ProvisionIx>,
}

/// Whether `deadline` has passed by `as_of`: the whole of its date (a month, a year)
/// lies before the first day of `as_of`. A deadline in the newest article's own month
/// has not passed; no deadline never passes.
pub fn passed(deadline: Deadline, as_of: Option<PartialDate>) -> bool {
    match (deadline.date(), as_of) {
        (Some(due), Some(now)) => due.last_day() < now.first_day(),
        _ => false,
    }
}

impl Promises {
    pub fn new(corpus: &Corpus, state: &ViewState, sel: &Selection) -> Promises {
        let as_of = (corpus.articles.iter().map(|a| a.date())).max_by_key(|d| d.first_day());
        let only = state
            .provision
            .as_deref()
            .and_then(|id| corpus.provision_ix(id));
        let wanted =
            |p: ProvisionIx| (p as usize) < corpus.provisions.len() && only.is_none_or(|o| o == p);
        // An agreement index the curated list lacks is not guessed: no deal named.
        let column = |a: Option<AgreementIx>| match a {
            Some(a) if corpus.agreement(a).is_some() => Column::Deal(a),
            _ => Column::Unnamed,
        };
        let mut found: Vec<(ProvisionIx, Column, Entry)> = Vec::new();
        for i in sel.passing().filter(|&i| i < corpus.articles.len()) {
            let article = &corpus.articles[i];
            for c in article.commitments.iter().filter(|c| wanted(c.provision)) {
                let source = Source {
                    article: i,
                    sentence: c.sentence,
                };
                let promise = Promise {
                    deadline: c.deadline,
                    by: c.by.clone(),
                    source,
                };
                found.push((c.provision, column(c.agreement), Entry::Promise(promise)));
            }
            for o in article.outcomes.iter().filter(|o| wanted(o.provision)) {
                let source = Source {
                    article: i,
                    sentence: o.sentence,
                };
                found.push((
                    o.provision,
                    column(o.agreement),
                    Entry::Report(o.status, source),
                ));
            }
        }
        let columns = columns_in_order(corpus, found.iter().map(|f| f.1));
        let rows = (0..corpus.provisions.len() as ProvisionIx)
            .filter_map(|p| {
                let mut cells = vec![Cell::default(); columns.len()];
                for (_, col, entry) in found.iter().filter(|f| f.0 == p) {
                    if let Some(at) = columns.iter().position(|c| c == col) {
                        entry.add_to(&mut cells[at]);
                    }
                }
                for cell in &mut cells {
                    finish(cell, as_of);
                }
                cells
                    .iter()
                    .any(|c| c.state() != CellState::Empty)
                    .then_some(Row {
                        provision: p,
                        cells,
                    })
            })
            .collect();
        Promises {
            columns,
            rows,
            as_of,
            only,
        }
    }
}

enum Entry {
    Promise(Promise),
    Report(Status, Source),
}

impl Entry {
    fn add_to(&self, cell: &mut Cell) {
        match self {
            Entry::Promise(p) => cell.promises.push(p.clone()),
            Entry::Report(status, source) => {
                match cell.reports.iter_mut().find(|r| r.status == *status) {
                    Some(r) => r.sources.push(*source),
                    None => cell.reports.push(Report {
                        status: *status,
                        sources: vec![*source],
                    }),
                }
            }
        }
    }
}

/// Orders what was gathered: promises and sources by article and sentence, each
/// sentence once per status, statuses as [`Status::ALL`] lists them.
fn finish(cell: &mut Cell, as_of: Option<PartialDate>) {
    crate::sort::sort_by_key(&mut cell.promises, |p| p.source);
    for r in &mut cell.reports {
        crate::sort::sort(&mut r.sources);
        r.sources.dedup();
    }
    crate::sort::sort_by_key(&mut cell.reports, |r| r.status);
    cell.deadline_passed = cell.promises.iter().any(|p| passed(p.deadline, as_of));
}

/// The columns used, each once: agreements by date (the curated order breaks ties),
/// then the unnamed column.
fn columns_in_order(corpus: &Corpus, used: impl Iterator<Item = Column>) -> Vec<Column> {
    let mut deals: Vec<AgreementIx> = Vec::new();
    let mut unnamed = false;
    for c in used {
        match c {
            Column::Deal(a) if !deals.contains(&a) => deals.push(a),
            Column::Deal(_) => {}
            Column::Unnamed => unnamed = true,
        }
    }
    crate::sort::sort_by_key(&mut deals, |&a| {
        let date = corpus.agreement(a).map(|g| g.date.first_day());
        (date, a)
    });
    let mut out: Vec<Column> = deals.into_iter().map(Column::Deal).collect();
    if unnamed {
        out.push(Column::Unnamed);
    }
    out
}
