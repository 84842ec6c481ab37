//! Quotation marks: which pairs open and close a quotation.
//!
//! Straight and curly marks are paired within a paragraph, so one stray mark never
//! swallows the rest of the article. A quotation opened but not closed by the end of
//! its paragraph runs to that end: wire copy leaves a quotation that continues in the
//! next paragraph open, and stored pages cut quotations short.

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

/// A quotation left open at the end of its paragraph is kept when it has at least
/// this many words: wire copy leaves a quotation that runs on into the next paragraph
/// unclosed, and stored pages cut quotations short; a stray mark opens fewer words.
const MIN_UNCLOSED_WORDS: usize = 3;

/// Every pair of quotation marks that opens and closes within one paragraph, in order,
/// and every quotation opened but not closed before its paragraph ends.
pub(super) fn quotations(text: &str) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '\n' => {
                if let Some(at) = open.take() {
                    push_unclosed(text, at, i, &mut found);
                }
            }
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
    if let Some(at) = open {
        push_unclosed(text, at, text.len(), &mut found);
    }
    found
}

/// A quotation opened at `at` that its paragraph, ending at `end`, never closes: kept
/// when the mark opens words (`"We are…`, not `12" pipe`) and there are enough of them.
fn push_unclosed(text: &str, at: usize, end: usize, found: &mut Vec<Quotation>) {
    let mark = text[at..].chars().next().map_or(1, char::len_utf8);
    let body = &text[at + mark..end];
    let opens_words = body.starts_with(char::is_alphanumeric);
    let inner = body.trim_end();
    if opens_words && inner.split_whitespace().count() >= MIN_UNCLOSED_WORDS {
        let start = at + mark;
        found.push(Quotation {
            outer: Span::new(at, start + inner.len()),
            inner: Span::new(start, start + inner.len()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_straight_and_curly_quotation_marks_within_a_paragraph() {
        let text =
            "He said \"yes\" and \u{201C}no\u{201D}.\nAn \"unclosed\nline \"ok\" \"\"\na 12\" pipe";
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

    #[test]
    fn a_quotation_running_on_past_its_paragraph_is_kept_to_the_paragraph_end() {
        let text = "She said: \u{201C}The first step is a ceasefire.\n\u{201C}The second step is\n";
        let found: Vec<&str> = quotations(text)
            .iter()
            .map(|q| &text[q.inner.range()])
            .collect();
        assert_eq!(
            found,
            ["The first step is a ceasefire.", "The second step is"]
        );
    }
}
