//! A stretch of text as the attribution rules read it: words and the punctuation that
//! shapes a clause (commas, dashes, brackets, stops), with each quotation one token.
//!
//! Quotations are atoms because nothing inside them frames them: a name or a verb in
//! the quoted words never speaks or reports them. Every word keeps its lowercase form,
//! computed once, since the rules compare words many times.

use super::marks::Quotation;
use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    /// `,`: separates chunks (appositions, lists, introductory phrases).
    Comma,
    /// A dash between spaces (`—`, `–`, ` - `, `--`): read like a comma.
    Dash,
    Open,
    Close,
    /// `;` or `:`: a clause ends; no subject is read across it.
    Stop,
    /// A whole quotation, by its index among the article's quotations.
    Quote(usize),
    /// Anything else (`.`, `?`, `&`...).
    Other,
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub kind: Kind,
    pub span: Span,
    /// Lowercase form, for words only.
    pub lower: String,
    /// Whether a word starts with a capital: a name, a title or a sentence start.
    pub capital: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn capitalized(&self) -> bool {
        self.capital
    }

    /// Commas and dashes both bracket appositions and asides.
    pub fn separates(&self) -> bool {
        matches!(self.kind, Kind::Comma | Kind::Dash)
    }

    /// A quotation, a stop or a closing bracket ends the words a subject is read from.
    pub fn is_boundary(&self) -> bool {
        matches!(self.kind, Kind::Stop | Kind::Quote(_))
    }
}

/// The tokens of `range`, with the quotations of `quotations` (sorted) whose marks lie
/// in it as single tokens.
pub(super) fn tokenize(text: &str, range: Span, quotations: &[(usize, Quotation)]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut q = quotations.iter().peekable();
    let end = range.end as usize;
    let mut i = range.start as usize;
    while i < end {
        while q.peek().is_some_and(|(_, x)| (x.outer.start as usize) < i) {
            q.next();
        }
        if let Some(&&(ix, x)) = q.peek()
            && x.outer.start as usize == i
            && x.outer.end as usize <= end
        {
            out.push(token(Kind::Quote(ix), x.outer, text));
            i = x.outer.end as usize;
            q.next();
            continue;
        }
        let Some(c) = text[i..end].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            let w = word_end(text, i, end);
            out.push(token(Kind::Word, Span::new(i, w), text));
            i = w;
            continue;
        }
        let kind = match c {
            ',' => Some(Kind::Comma),
            ';' | ':' => Some(Kind::Stop),
            '(' | '[' => Some(Kind::Open),
            ')' | ']' => Some(Kind::Close),
            '\u{2014}' | '\u{2013}' => Some(Kind::Dash),
            '-' if text[i..end].starts_with("--") => {
                out.push(token(Kind::Dash, Span::new(i, i + 2), text));
                i += 2;
                continue;
            }
            '-' if text[..i].ends_with(' ') => Some(Kind::Dash),
            c if c.is_whitespace() => None,
            _ => Some(Kind::Other),
        };
        if let Some(kind) = kind {
            out.push(token(kind, Span::new(i, i + len), text));
        }
        i += len;
    }
    out
}

fn token(kind: Kind, span: Span, text: &str) -> Token {
    let word = kind == Kind::Word;
    let lower = if word {
        text[span.range()].to_lowercase()
    } else {
        String::new()
    };
    let capital = word && text[span.range()].starts_with(char::is_uppercase);
    Token {
        kind,
        span,
        lower,
        capital,
    }
}

/// The end of the word starting at `start`: letters and digits, joined by inner
/// hyphens, apostrophes and dots (`al-Ahmad`, `Hamas's`, `U.S.`), trailing joiners
/// left out.
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let mut end = start;
    for (k, c) in text[start..limit].char_indices() {
        if c.is_alphanumeric() {
            end = start + k + c.len_utf8();
        } else if !matches!(c, '-' | '\'' | '\u{2019}' | '.') {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::marks::quotations;

    #[test]
    fn quotations_are_single_tokens_and_dashes_read_as_separators() {
        let text =
            "Naim \u{2014} a Hamas official -- said: \"We, too,\" al-Ahmad's (PLO) U.S. aid.";
        let qs: Vec<(usize, Quotation)> = quotations(text).into_iter().enumerate().collect();
        let toks = tokenize(text, Span::new(0, text.len()), &qs);
        let shown: Vec<String> = toks
            .iter()
            .map(|t| match t.kind {
                Kind::Word => t.lower.clone(),
                Kind::Quote(i) => format!("Q{i}"),
                k => format!("{k:?}"),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "naim",
                "Dash",
                "a",
                "hamas",
                "official",
                "Dash",
                "said",
                "Stop",
                "Q0",
                "al-ahmad's",
                "Open",
                "plo",
                "Close",
                "u.s",
                "Other",
                "aid",
                "Other"
            ]
        );
    }
}
