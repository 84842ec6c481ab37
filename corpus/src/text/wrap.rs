//! Wire copy with hard line breaks: a text whose lines were broken at a fixed width,
//! inside sentences and names ("Ismail\nHaniyeh", a reporting verb on the next line).
//! Extraction reads it with its white space normalised ([`Normalised`]): each run of
//! spaces and tabs one space, each line break that only wraps a line one space, the
//! breaks that end a line of its own (a headline, a paragraph, a caption) kept. A map
//! takes every offset of the normalised text back to the original, so every span is
//! still a byte offset into the file as stored.
//!
//! Two more habits of wire copy and of pages copied from it are read the same way:
//! characters that show nothing inside a word (a soft hyphen, a zero-width space) are
//! dropped, the letter before them mapped over them, and ASCII double quotation marks (``We agree,'') are read as curly ones.
//!
//! Which breaks wrap: in a text where lines often go on in lower case after a line
//! that does not end a sentence (the mark of a wrapped text, not of one paragraph a
//! line), a break wraps when the next line goes on in lower case, or when the line is
//! full: the next line's first word would not have fitted on it within the text's
//! width. A short line, an indented or bulleted next line, and a blank line end a
//! block; a line longer than a wire's (a web page's paragraph, furniture around a
//! wire's body) is never wrapped. A brief of a paragraph or two has too few breaks to show this; it counts as
//! wrapped when every break that goes on mid-sentence ends a line of a wire's width.
//! In a text one paragraph a line, only a break where the line cannot end wraps: one
//! that stops mid-sentence before a line going on in lower case ("Ismail Haniyeh\nsaid
//! ..."), or after a word no sentence ends with ("the head of\nHamas"), inside
//! an open quotation, or after a quotation closed by a comma whose speaker is still to
//! come. The rest is read as it is, line breaks and all.

mod breaks;

use super::Span;
use breaks::{Break, breaks};

/// Horizontal white space: spaces, tabs, no-break and thin spaces.
fn is_blank(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}'
    )
}

/// Characters that show nothing and may stand inside a word: a soft hyphen, a
/// zero-width space, a word joiner, a byte-order mark ("Hani\u{ad}yeh"). Dropped only
/// inside a word, so that every character outside one is still read.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// A text with its white space normalised, and for every byte of it the original
/// character's offsets.
#[derive(Debug, Clone)]
pub struct Normalised {
    pub text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
    len: u32,
}

impl Normalised {
    /// The normalised form of `original`; `None` when it would be the same text.
    pub fn of(original: &str) -> Option<Normalised> {
        let breaks = breaks(original);
        let mut n = Normalised {
            text: String::with_capacity(original.len()),
            starts: Vec::with_capacity(original.len()),
            ends: Vec::with_capacity(original.len()),
            len: original.len() as u32,
        };
        // The run of white space being read: where it started, and whether it holds
        // a break that joins a hyphenated word without a space.
        let mut run: Option<(usize, bool)> = None;
        let mut next_break = breaks.iter().map(|&(_, b)| b);
        let mut chars = original.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let start = run.map_or(i, |(s, _)| s);
            let joining = run.is_some_and(|(_, j)| j);
            if c == '\n' {
                match next_break.next().unwrap_or(Break::Keep) {
                    // The white space before a kept break goes with it.
                    Break::Keep => {
                        run = None;
                        n.push('\n', start, i + 1);
                    }
                    b => run = Some((start, joining || b == Break::Join)),
                }
                continue;
            }
            let carriage = c == '\r' && chars.peek().is_some_and(|&(_, d)| d == '\n');
            if is_blank(c) || carriage {
                run = Some((start, joining));
                continue;
            }
            // Inside a word it goes with the letter before it ("Hani\u{ad}yeh"); elsewhere
            // it is read as it is.
            let in_word = n.text.ends_with(char::is_alphanumeric)
                && run.is_none()
                && chars.peek().is_some_and(|&(_, d)| d.is_alphanumeric());
            if is_invisible(c) && in_word {
                n.extend_last(i + c.len_utf8());
                continue;
            }
            // Wire copy's ASCII double quotation marks: ``We agree,'' he said.
            let doubled = matches!(c, '`' | '\'') && chars.peek().is_some_and(|&(_, d)| d == c);
            if run.take().is_some() && !joining {
                n.push(' ', start, i);
            }
            if doubled {
                chars.next();
                let opens = c == '`'
                    || n.text
                        .chars()
                        .next_back()
                        .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '\u{2014}'));
                n.push(if opens { '\u{201c}' } else { '\u{201d}' }, i, i + 2);
                continue;
            }
            n.push(c, i, i + c.len_utf8());
        }
        if let Some((start, joining)) = run
            && !joining
        {
            n.push(' ', start, original.len());
        }
        (n.text != original).then_some(n)
    }

    /// Makes the last character pushed end at `end` of the original.
    fn extend_last(&mut self, end: usize) {
        let bytes = self.text.chars().next_back().map_or(0, char::len_utf8);
        let from = self.ends.len() - bytes;
        for e in &mut self.ends[from..] {
            *e = end as u32;
        }
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.starts.push(start as u32);
            self.ends.push(end as u32);
        }
    }

    /// The original span of a span of the normalised text.
    pub fn original(&self, span: Span) -> Span {
        let (s, e) = (span.start as usize, span.end as usize);
        let start = self.starts.get(s).copied().unwrap_or(self.len);
        if e <= s {
            return Span { start, end: start };
        }
        let end = self.ends.get(e - 1).copied().unwrap_or(self.len);
        Span { start, end }
    }
}

#[cfg(test)]
#[path = "wrap_tests.rs"]
mod tests;
