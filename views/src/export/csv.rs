//! CSV as RFC 4180 writes it, by hand (the `csv` crate added 29 KB of wasm, 20 KB
//! gzipped, to a test build, for what is twenty lines here): CRLF line ends; a field quoted when it holds a
//! quotation mark, a comma, a CR or an LF, its quotation marks doubled. UTF-8 with a
//! byte order mark first, so spreadsheets read the accents right.
//!
//! Where the file comes from is in two columns of every row, `view_url` and
//! `corpus_version`, last: not a comment line, which RFC 4180 does not have and which
//! every reader would take for the header; and on every row, so a row copied out of
//! the sheet still says where it came from. Values are written as they are: no
//! prefix against formulas, which would change the data a researcher counts (the
//! texts are the curated corpus's, or the reader's own).

use super::Source;
use super::table::Table;

/// The byte order mark that starts every CSV file.
pub const BOM: char = '\u{feff}';

/// The two columns every row ends with.
pub const SOURCE_COLUMNS: [&str; 2] = ["view_url", "corpus_version"];

/// The table as a CSV file: the BOM, the header, one line per row.
pub fn csv(table: &Table, source: &Source) -> String {
    let mut out = String::new();
    out.push(BOM);
    let header = table.columns.iter().copied().chain(SOURCE_COLUMNS);
    line(&mut out, header.map(str::to_string));
    for row in &table.rows {
        let cells = row.iter().map(|c| c.plain());
        line(
            &mut out,
            cells.chain([source.url.clone(), source.corpus.clone()]),
        );
    }
    out
}

fn line(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        field_into(out, &field);
    }
    out.push_str("\r\n");
}

/// One field, quoted only when it must be.
pub fn field_into(out: &mut String, field: &str) {
    if field.contains(['"', ',', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::table::Cell;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let quote = |s: &str| {
            let mut out = String::new();
            field_into(&mut out, s);
            out
        };
        assert_eq!(quote("plain words"), "plain words");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("he said \"no\""), "\"he said \"\"no\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("cr\r"), "\"cr\r\"");
        assert_eq!(quote(""), "");
        assert_eq!(quote("Ṣāliḥ"), "Ṣāliḥ");
    }

    #[test]
    fn a_file_starts_with_the_bom_and_ends_every_row_with_its_source() {
        let mut t = Table::new("t", &["a", "b"]);
        t.push(vec![Cell::int(-3), Cell::text("x,y")]);
        let source = Source {
            url: "https://x.org/?view=map&f=hamas,fatah".into(),
            corpus: "0123456789abcdef".into(),
        };
        assert_eq!(
            csv(&t, &source),
            "\u{feff}a,b,view_url,corpus_version\r\n\
             -3,\"x,y\",\"https://x.org/?view=map&f=hamas,fatah\",0123456789abcdef\r\n"
        );
    }
}
