//! A formatted citation: runs of text, some in italics (the outlet's name), given as
//! plain text to copy and as markup to show.

use crate::markup::esc;

/// A citation line as runs of text, each plain or in italics.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    runs: Vec<(String, bool)>,
}

impl Line {
    pub fn plain(&mut self, text: &str) -> &mut Line {
        self.run(text, false)
    }

    pub fn italic(&mut self, text: &str) -> &mut Line {
        self.run(text, true)
    }

    fn run(&mut self, text: &str, italic: bool) -> &mut Line {
        if text.is_empty() {
            return self;
        }
        match self.runs.last_mut() {
            Some((last, i)) if *i == italic => last.push_str(text),
            _ => self.runs.push((text.to_string(), italic)),
        }
        self
    }

    /// The line as plain text, for the clipboard.
    pub fn text(&self) -> String {
        self.runs.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// The line as escaped markup, italics in `<i>`.
    pub fn html(&self) -> String {
        let mut out = String::new();
        for (text, italic) in &self.runs {
            if *italic {
                out.push_str("<i>");
                out.push_str(&esc(text));
                out.push_str("</i>");
            } else {
                out.push_str(&esc(text));
            }
        }
        out
    }
}

/// Words quoted inside a quotation: their double quotation marks become single ones,
/// as English nests them.
pub fn nested(words: &str) -> String {
    super::one_line(words)
        .chars()
        .map(|c| match c {
            '“' => '‘',
            '”' => '’',
            '"' => '\'',
            c => c,
        })
        .collect()
}

/// A quotation before a comma, the comma inside the marks: `“We agreed,”` (a full
/// stop becomes the comma; a question or exclamation mark stays and takes none).
pub fn quoted_clause(words: &str) -> String {
    let w = nested(words);
    let w = w.trim_end_matches(['.', ',', ';', ':']);
    if w.ends_with(['?', '!']) {
        format!("“{w}”")
    } else {
        format!("“{w},”")
    }
}

/// A quotation that ends a sentence, its stop inside the marks: `“We agreed.”`.
pub fn quoted_sentence(words: &str) -> String {
    let w = nested(words);
    let w = w.trim_end_matches([',', ';', ':']);
    if w.ends_with(['.', '?', '!', '…']) {
        format!("“{w}”")
    } else {
        format!("“{w}.”")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_merge_and_escape() {
        let mut line = Line::default();
        line.plain("“A & B,” ")
            .italic("Gulf <Times>")
            .plain("")
            .plain(", 2014.");
        assert_eq!(line.text(), "“A & B,” Gulf <Times>, 2014.");
        assert_eq!(line.html(), "“A &amp; B,” <i>Gulf &lt;Times&gt;</i>, 2014.");
        assert_eq!(
            nested("he said \"no\"\n and “never”"),
            "he said 'no' and ‘never’"
        );
        assert_eq!(quoted_clause("We agreed."), "“We agreed,”");
        assert_eq!(quoted_clause("Why?"), "“Why?”");
        assert_eq!(quoted_sentence("We agreed,"), "“We agreed.”");
        assert_eq!(quoted_sentence("Why?"), "“Why?”");
    }
}
