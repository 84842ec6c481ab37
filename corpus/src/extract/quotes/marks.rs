//! Quotation marks: which pairs open and close a quotation.
//!
//! Straight and curly marks are paired within a paragraph; a mark left open at a line
//! break is dropped, so one stray mark never swallows the rest of the article.

use crate::model::Span;

/// One pair of quotation marks and the words between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Quotation {
    /// From the opening mark to the end of the closing mark.
    pub outer: Span,
    /// The quoted words, trimmed of white space.
    pub inner: Span,
}

impl Quotation {
    /// Whether the words end as a quotation that a frame follows does:
    /// `"We agree,"`, `"Really?"`, `"Never!"`, `"We will —"`.
    pub fn ends_open(&self, text: &str) -> bool {
        text[self.inner.range()]
            .trim_end()
            .ends_with([',', '?', '!', '\u{2014}', '\u{2026}'])
    }
}

/// Every pair of quotation marks that opens and closes within one paragraph, in order.
pub(super) fn quotations(text: &str) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '\n' => open = None,
            '\u{201C}' => open = Some(i),
            '"' if open.is_none() => open = Some(i),
            '"' | '\u{201D}' => {
                if let Some(at) = open.take() {
                    let mark = text[at..].chars().next().map_or(1, char::len_utf8);
                    let body = &text[at + mark..i];
                    let inner = body.trim();
                    if !inner.is_empty() {
                        let lead = body.len() - body.trim_start().len();
                        let start = at + mark + lead;
                        found.push(Quotation {
                            outer: Span::new(at, i + c.len_utf8()),
                            inner: Span::new(start, start + inner.len()),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_straight_and_curly_quotation_marks_within_a_paragraph() {
        let text = "He said \"yes\" and \u{201C}no\u{201D}.\nAn \"unclosed\nline \"ok\" \"\"";
        let found: Vec<(&str, &str)> = quotations(text)
            .iter()
            .map(|q| (&text[q.inner.range()], &text[q.outer.range()]))
            .collect();
        assert_eq!(
            found,
            [
                ("yes", "\"yes\""),
                ("no", "\u{201C}no\u{201D}"),
                ("ok", "\"ok\"")
            ]
        );
    }
}
