//! The promises tracker's export: one row per sentence behind a cell of the matrix
//! (`promises::Promises`, the filters and `p=` applied), in the matrix's order: row
//! by row, column by column, the promises before the reports.

use super::table::{Cell, Table};
use crate::filter::Selection;
use crate::promises::{Column, Promises, Source};
use crate::state::ViewState;
use corpus::model::{Corpus, Deadline};

const COLUMNS: [&str; 11] = [
    "provision_id",
    "agreement_id",
    "kind",
    "status",
    "deadline",
    "deadline_inferred",
    "article_id",
    "sentence_index",
    "sentence_start",
    "sentence_end",
    "sentence",
];

pub fn table(corpus: &Corpus, state: &ViewState, sel: &Selection) -> Table {
    let m = Promises::new(corpus, state, sel);
    let mut t = Table::new("promises", &COLUMNS);
    for row in &m.rows {
        let provision = corpus
            .provision(row.provision)
            .map_or("", |p| p.id.as_str());
        for (col, cell) in m.columns.iter().zip(&row.cells) {
            let agreement = match col {
                Column::Deal(a) => corpus.agreement(*a).map_or("", |g| g.id.as_str()),
                Column::Unnamed => "",
            };
            let head = |kind: &str, status: &str| {
                vec![
                    Cell::text(provision),
                    Cell::text(agreement),
                    Cell::text(kind),
                    Cell::text(status),
                ]
            };
            for p in &cell.promises {
                let mut r = head("commitment", "");
                r.push(Cell::text(
                    p.deadline.date().map_or(String::new(), |d| d.to_string()),
                ));
                r.push(Cell::Bool(matches!(p.deadline, Deadline::Inferred { .. })));
                t.push(with_source(r, corpus, p.source));
            }
            for rep in &cell.reports {
                for &s in &rep.sources {
                    let mut r = head("outcome", rep.status.as_str());
                    r.extend([Cell::Empty, Cell::Empty]);
                    t.push(with_source(r, corpus, s));
                }
            }
        }
    }
    t
}

fn with_source(mut row: Vec<Cell>, corpus: &Corpus, s: Source) -> Vec<Cell> {
    let Some(a) = corpus.articles.get(s.article) else {
        return row;
    };
    let span = a.sentences.get(s.sentence as usize).map(|x| x.span);
    row.push(Cell::text(a.id.as_str()));
    row.push(Cell::int(s.sentence));
    row.push(span.map_or(Cell::Empty, |x| Cell::int(x.start)));
    row.push(span.map_or(Cell::Empty, |x| Cell::int(x.end)));
    row.push(Cell::text(a.sentence_text(s.sentence).trim()));
    row
}
