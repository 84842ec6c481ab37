//! Accent folding with the browser's own Unicode tables: `String.prototype.normalize`
//! splits a character into its letters and marks (NFD) and the marks are dropped, so
//! the wasm bundle does not carry a copy of the tables (see `corpus::text`).

use js_sys::{JsString, RegExp};

thread_local! {
    /// Every combining mark, compiled once.
    static MARKS: RegExp = RegExp::new("\\p{M}", "gu");
}

/// `c` in NFD without its combining marks: "é" → "e".
pub fn without_marks(c: char) -> String {
    let decomposed = JsString::from(c.to_string()).normalize("NFD");
    MARKS
        .with(|marks| decomposed.replace_by_pattern(marks, ""))
        .as_string()
        .unwrap_or_else(|| c.to_string())
}
