//! Which line breaks of a text wrap a line and which end one: the rules of
//! [`super`]'s module doc, read line by line.

use super::is_blank;

/// How many breaks must go on mid-sentence, and what share of the breaks inside
/// blocks, for a text to count as wrapped.
const GOING_ON: usize = 3;
const GOING_ON_SHARE: f64 = 0.3;

/// Wire copy is wrapped at 60 to 80 columns; a line longer than this is a web page's
/// paragraph, one a line.
const WIDEST: usize = 100;

/// A line ending in a lower-case word goes on only if it is at least this share of
/// the width: "Rivals agree to revive unity pact" over a byline is a headline.
const FULL_SHARE: f64 = 0.6;

/// A short item (a brief of a paragraph or two) has too few breaks to count; it is
/// wrapped when each of its breaks that goes on mid-sentence ends a line at least this
/// long: a wire's width (60 to 80) less a long word, longer than most headlines and
/// furniture lines of a page.
const SHORT_ITEM_WIDTH: usize = 48;

/// Words a sentence cannot end with, nor a headline: a line ending in one goes on.
const NEVER_LAST: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as",
    "that", "who", "which", "whose", "whom", "than",
];

/// Characters a line may begin with that start a block of its own: bullets, dashes.
const BLOCK_STARTS: &[char] = &['•', '*', '-', '\u{2013}', '\u{2014}', '>', '|', '#'];

/// How a line break is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Break {
    Keep,
    /// One space.
    Space,
    /// Nothing: a word broken after its hyphen ("Hamas-\nled").
    Join,
}

/// Each line break of the text with how it is read, in order.
pub(super) fn breaks(text: &str) -> Vec<(usize, Break)> {
    let lines: Vec<(usize, &str)> = line_starts(text);
    let pairs: Vec<(usize, &str, &str)> = lines
        .windows(2)
        .map(|w| (w[1].0 - 1, w[0].1, w[1].1))
        .collect();
    let width = wrap_width(&lines, &pairs);
    // The quotation marks of the line being read, from the last kept break on.
    let mut marks = Marks::default();
    pairs
        .iter()
        .map(|&(at, a, b)| {
            marks.add(a);
            let open = marks.open();
            let inside = is_single(a, b) && !starts_block(b);
            let wraps = inside
                && match width {
                    Some(w) if is_wire_pair(a, b) => goes_on(a, b, w, open) || is_full(a, b, w),
                    // In any text, a line that cannot end where it does is one sentence
                    // with the next: "Ismail Haniyeh\nsaid ...", "the head of\nHamas".
                    _ => cannot_end_here(a, b, open),
                };
            let kind = match wraps {
                false => Break::Keep,
                true if ends_in_hyphen(a) && b.starts_with(char::is_alphabetic) => Break::Join,
                true => Break::Space,
            };
            if kind == Break::Keep {
                marks = Marks::default();
            }
            (at, kind)
        })
        .collect()
}

/// Quotation marks counted over lines: straight ones, and curly ones opened less
/// those closed.
#[derive(Debug, Default, Clone, Copy)]
struct Marks {
    straight: usize,
    curly: isize,
}

impl Marks {
    fn of(line: &str) -> Marks {
        let mut m = Marks::default();
        m.add(line);
        m
    }

    fn add(&mut self, line: &str) {
        for c in line.chars() {
            match c {
                '"' => self.straight += 1,
                '\u{201c}' => self.curly += 1,
                '\u{201d}' => self.curly -= 1,
                _ => {}
            }
        }
    }

    /// Whether a quotation is still open after the lines added.
    fn open(self) -> bool {
        self.straight % 2 == 1 || self.curly > 0
    }
}

/// The width a text's lines were wrapped at, if they were: enough breaks between
/// lines of a wire's width that go on mid-sentence. The width is the longest line
/// that such a break ends. Lines longer than a wire's (a web page's paragraphs and
/// furniture around a wire's body) are never wrapped, and say nothing either way.
fn wrap_width(lines: &[(usize, &str)], pairs: &[(usize, &str, &str)]) -> Option<usize> {
    let widest = lines
        .iter()
        .map(|(_, l)| width_of(l))
        .filter(|&n| n <= WIDEST)
        .max()?;
    let wire_pairs = || pairs.iter().filter(|&&(_, a, b)| is_wire_pair(a, b));
    let going_on: Vec<usize> = wire_pairs()
        // Each line's own marks: a quotation that runs over lines shows as one open.
        .filter(|&&(_, a, b)| goes_on(a, b, widest, Marks::of(a).open()) || is_prose_cut(a))
        .map(|&(_, a, _)| width_of(a))
        .collect();
    let share = going_on.len() as f64 >= GOING_ON_SHARE * wire_pairs().count() as f64;
    // A short item's paragraphs may be set flush, so its breaks after a sentence's
    // end say nothing: the share is of the breaks that do not end one.
    let unended = wire_pairs()
        .filter(|&&(_, a, _)| !ends_sentence(a.trim_end()))
        .count();
    let short_item = !going_on.is_empty()
        && going_on.len() as f64 >= GOING_ON_SHARE * unended as f64
        && going_on.iter().all(|&n| n >= SHORT_ITEM_WIDTH);
    let enough = (going_on.len() >= GOING_ON && share) || short_item;
    enough.then(|| going_on.iter().copied().max().unwrap_or(0))
}

/// A line's width in characters, less its trailing white space.
fn width_of(line: &str) -> usize {
    line.trim_end().chars().count()
}

/// Two non-blank lines, neither longer than a wire's line: a break that may wrap.
fn is_wire_pair(a: &str, b: &str) -> bool {
    is_single(a, b) && width_of(a) <= WIDEST && width_of(b) <= WIDEST
}

/// Two non-blank lines: a break inside a block.
fn is_single(a: &str, b: &str) -> bool {
    !a.trim().is_empty() && !b.trim().is_empty()
}

/// Each line's start offset and text (without its `\r\n` or `\n`).
fn line_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        out.push((start, text[start..i].trim_end_matches('\r')));
        start = i + 1;
    }
    out.push((start, &text[start..]));
    out
}

/// Whether a line's end (trimmed) may end a sentence: a full stop, a question or an
/// exclamation, a colon, a closing quotation or bracket; not a quotation closed by a
/// comma, whose reporting clause is still to come (`"We agree,"`).
fn ends_sentence(end: &str) -> bool {
    end.ends_with(['.', '!', '?', ':', '"', '\u{201d}', ')'])
        && !end.ends_with(",\"")
        && !end.ends_with(",\u{201d}")
}

/// A break mid-sentence in a wrapped text (`open`: a quotation is open at the line's
/// end): the line cannot end where it does, or it
/// does not end a sentence and ends with a comma or a semicolon, or a lower-case word
/// near the `width`.
fn goes_on(line: &str, next: &str, width: usize, open: bool) -> bool {
    let end = line.trim_end();
    let last_word = end.rsplit(char::is_whitespace).next().unwrap_or("");
    let lower_end = last_word.chars().next().is_some_and(char::is_lowercase);
    let near = end.chars().count() as f64 >= FULL_SHARE * width as f64;
    let unended = !ends_sentence(end);
    cannot_end_here(line, next, open)
        || (unended && (end.ends_with([',', ';']) || (lower_end && near)))
}

/// A line that cannot end where it does, in any text (`open`: a quotation is open at
/// its end): it does not end a sentence, and
/// the next line goes on with a lower-case word, or the line ends with a word
/// no sentence ends with ("of", "the"), or after a quotation closed by a comma, whose
/// speaker is still to come (`"...," the official`); or it ends with a colon over the
/// quotation it introduces, or inside a quotation the next line does not reopen.
fn cannot_end_here(line: &str, next: &str, open: bool) -> bool {
    let end = line.trim_end();
    if introduces_quotation(end, next) {
        return true;
    }
    // Inside a quotation, even after a full stop, unless the next line opens one anew
    // (a quotation over paragraphs reopens its mark on each).
    if open && !next.trim_start().starts_with(['"', '\u{201c}']) {
        return true;
    }
    if ends_sentence(end) {
        return false;
    }
    let last_word = end.rsplit(char::is_whitespace).next().unwrap_or("");
    next.trim_start().starts_with(char::is_lowercase)
        || end.ends_with(['"', '\u{201d}'])
        || NEVER_LAST.contains(&last_word)
        || after_comma_quotation(end)
}

/// A line of prose cut mid-sentence: as long as a wire's line, not ending a sentence,
/// and holding what a headline or a line of furniture does not: a sentence's end ("...
/// round of talks. Ismail") or a dateline's agency and dash ("CAIRO (AFP) - The").
fn is_prose_cut(line: &str) -> bool {
    let end = line.trim_end();
    let dateline = [") -", ") \u{2014}", ") \u{2013}"]
        .iter()
        .any(|d| end.contains(d));
    end.chars().count() >= SHORT_ITEM_WIDTH
        && !ends_sentence(end)
        && (dateline || crate::text::sentences(end).len() > 1)
}

/// "adding:" over the quotation it introduces.
fn introduces_quotation(end: &str, next: &str) -> bool {
    end.ends_with(':') && next.trim_start().starts_with(['"', '\u{201c}'])
}

/// A line whose last quotation closes with a comma, inside or after its mark (`"We
/// agree," the official`, `"We agree", according to`), and no sentence ends after it:
/// the reporting clause is still to come.
fn after_comma_quotation(line: &str) -> bool {
    let at = [",\"", ",\u{201d}", "\",", "\u{201d},"]
        .iter()
        .filter_map(|close| line.rfind(close))
        .max();
    at.is_some_and(|at| !line[at..].contains(['.', '!', '?']))
}

/// Whether the next line's first word would not have fitted on `line` in `width`.
fn is_full(line: &str, next: &str, width: usize) -> bool {
    let word = next
        .trim_start()
        .split(char::is_whitespace)
        .next()
        .unwrap_or("");
    width > 0 && line.trim_end().chars().count() + 1 + word.chars().count() > width
}

/// A line that starts a block of its own: indented, or a bullet.
fn starts_block(line: &str) -> bool {
    let indent = line.chars().take_while(|&c| is_blank(c)).count();
    indent >= 2 || line.trim_start().starts_with(BLOCK_STARTS)
}

/// "Hamas-": a word broken after its hyphen (not a dash after a space).
fn ends_in_hyphen(line: &str) -> bool {
    let end = line.trim_end();
    end.ends_with('-') && end[..end.len() - 1].ends_with(char::is_alphabetic)
}
