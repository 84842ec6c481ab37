//! The files: CSV read back by a strict RFC 4180 reader, with the BOM, the header and
//! the source on every row; JSON read back by serde, with the same rows.

use super::{exported, texts};
use views::export::csv::{BOM, SOURCE_COLUMNS};
use views::export::{Cell, Export};

/// Records of an RFC 4180 file: CRLF after every record, fields quoted when they hold
/// `"`, `,`, CR or LF, quotes doubled inside; anything else is a failure.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if field.is_empty() => loop {
                match chars.next().expect("a closing quote") {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => break,
                    c => field.push(c),
                }
            },
            '"' => panic!("a bare quote inside an unquoted field: {field}"),
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("LF without CR"),
            c => field.push(c),
        }
    }
    assert!(
        field.is_empty() && record.is_empty(),
        "the last record ends with CRLF"
    );
    records
}

fn check_csv(e: &Export) {
    for table in &e.tables {
        let file = e.csv(table.name).expect("a table it has");
        let body = file.strip_prefix(BOM).expect("the BOM first");
        let records = read_csv(body);
        let header: Vec<&str> = table
            .columns
            .iter()
            .copied()
            .chain(SOURCE_COLUMNS)
            .collect();
        assert_eq!(records[0], header, "{}", table.name);
        assert_eq!(
            records.len(),
            table.rows.len() + 1,
            "{}: one record per row",
            table.name
        );
        for (record, row) in records[1..].iter().zip(&table.rows) {
            let cells: Vec<String> = row.iter().map(Cell::plain).collect();
            assert_eq!(record[..cells.len()], cells[..]);
            assert_eq!(
                record[cells.len()..],
                [e.source.url.clone(), e.source.corpus.clone()]
            );
        }
    }
    assert_eq!(e.csv("no-such-table"), None);
}

#[test]
fn every_views_csv_reads_back_row_for_row() {
    for q in [
        "",
        "t=elections",
        "view=map&f=hamas",
        "view=compare&cmp=cairo-2013-01,cairo-2017-11,cairo-2025-10",
        "view=read&a=cairo-2013-01",
        "view=read",
    ] {
        check_csv(&exported(q));
    }
}

#[test]
fn sentences_with_quotation_marks_and_commas_survive_the_quoting() {
    let e = exported("view=read&a=cairo-2014-09");
    let file = e.csv("marks").unwrap();
    let quoted: Vec<String> = texts(&e, "marks", "sentence");
    let tricky = quoted.iter().find(|s| s.contains('"') && s.contains(','));
    let tricky = tricky
        .or_else(|| quoted.iter().find(|s| s.contains(['“', ','])))
        .expect("a sentence with a quotation");
    assert!(file.contains(&format!("\"{}\"", tricky.replace('"', "\"\""))));
    let records = read_csv(file.strip_prefix(BOM).unwrap());
    assert!(records.iter().any(|r| r.contains(tricky)));
}

#[test]
fn the_json_has_every_table_and_the_source() {
    let e = exported("view=map&round=cairo-2024-10");
    let v: serde_json::Value = serde_json::from_str(&e.json()).expect("JSON");
    assert_eq!(v["app"], "Cairo Talks");
    assert_eq!(v["view"], "map");
    assert_eq!(v["url"], e.source.url);
    assert!(e.source.url.ends_with("?view=map&round=cairo-2024-10"));
    assert_eq!(v["corpus_version"], e.source.corpus);
    for table in &e.tables {
        let rows = v["tables"][table.name].as_array().expect(table.name);
        assert_eq!(rows.len(), table.rows.len());
        if let (Some(first), Some(row)) = (rows.first(), table.rows.first()) {
            let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
            assert_eq!(keys.len(), table.columns.len());
            // Numbers stay numbers.
            for (column, cell) in table.columns.iter().zip(row) {
                if let Cell::Int(n) = cell {
                    assert_eq!(first[column], *n);
                }
            }
        }
    }
    assert_eq!(
        e.file_name(Some("nodes"), "csv"),
        "cairo-talks-map-nodes.csv"
    );
    assert_eq!(e.file_name(None, "json"), "cairo-talks-map.json");
}
