//! One table of an export: named columns and rows of typed cells, written as CSV (one
//! file per table) and as JSON (rows as objects, in the columns' order).

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A value: text, a whole number, a yes/no, or nothing (an empty CSV field, JSON
/// `null`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Bool(bool),
    Empty,
}

impl Cell {
    /// Text, or nothing when empty.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    pub fn int(n: impl Into<i64>) -> Cell {
        Cell::Int(n.into())
    }

    /// The value as CSV writes it, before quoting.
    pub fn plain(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::text(s)
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::text(s)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Cell {
        v.map_or(Cell::Empty, Into::into)
    }
}

/// A table: its name (the CSV file's, the JSON key), its columns, its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub name: &'static str,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(name: &'static str, columns: &[&'static str]) -> Table {
        Table {
            name,
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row, cut or padded with empty cells to the number of columns, so every
    /// row has one cell per column whatever the caller passed.
    pub fn push(&mut self, mut row: Vec<Cell>) {
        row.resize(self.columns.len(), Cell::Empty);
        self.rows.push(row);
    }

    /// The cells of one column, top to bottom; empty for a column it lacks.
    pub fn column(&self, name: &str) -> Vec<&Cell> {
        match self.columns.iter().position(|c| *c == name) {
            Some(i) => self.rows.iter().filter_map(|r| r.get(i)).collect(),
            None => Vec::new(),
        }
    }
}

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Text(t) => s.serialize_str(t),
            Cell::Int(n) => s.serialize_i64(*n),
            Cell::Bool(b) => s.serialize_bool(*b),
            Cell::Empty => s.serialize_none(),
        }
    }
}

/// Rows as objects keyed by column, in the columns' order.
impl Serialize for Table {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut rows = s.serialize_seq(Some(self.rows.len()))?;
        for row in &self.rows {
            rows.serialize_element(&Row(&self.columns, row))?;
        }
        rows.end()
    }
}

struct Row<'a>(&'a [&'static str], &'a [Cell]);

impl Serialize for Row<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (column, cell) in self.0.iter().zip(self.1) {
            map.serialize_entry(column, cell)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fit_the_columns_and_serialize_in_their_order() {
        let mut t = Table::new("t", &["b", "a", "c"]);
        t.push(vec![
            Cell::int(2),
            "x".into(),
            Cell::Bool(true),
            "extra".into(),
        ]);
        t.push(vec![Cell::text("")]);
        assert_eq!(t.rows[0].len(), 3);
        assert_eq!(t.rows[1], [Cell::Empty, Cell::Empty, Cell::Empty]);
        assert_eq!(t.column("a"), [&Cell::text("x"), &Cell::Empty]);
        assert!(t.column("z").is_empty());
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"[{"b":2,"a":"x","c":true},{"b":null,"a":null,"c":null}]"#
        );
    }
}
