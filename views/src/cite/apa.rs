//! APA (7th edition) reference for a newspaper article without a byline: the title
//! moves to the author's place, and a title the editors supplied is described in
//! square brackets, as APA marks a description. The access date is given ("Retrieved
//! …, from"), since the page it links to is a living view, not an archived copy. A
//! reference list names sources, so a quotation's entry is its article's with the
//! words before the link.

use super::dates::{Dated, in_line, month_day_year, year_month_day};
use super::line::quoted_sentence;
use super::notes::{headline_by, quoting, source};
use super::{Line, Work, one_line};

/// `Headline [headline by the Cairo Talks editors]. ([2014, September 24, inferred]).
/// *Gulf Times* [outlet inferred] (Reuters). Retrieved December 7, 2026, from URL`
pub fn reference(work: &Work, accessed: time::Date) -> Line {
    let mut line = Line::default();
    line.plain(&format!(
        "{} [{}]. ({}). ",
        one_line(work.headline).trim_end_matches('.'),
        capitalized(headline_by(work)),
        in_line(Dated::of(work.published), year_month_day),
    ));
    source(&mut line, work);
    line.plain(". ");
    if let Some(q) = &work.quotation {
        line.plain(&format!("{}: {} ", quoting(q), quoted_sentence(q.words)));
    }
    line.plain(&format!(
        "Retrieved {}, from {}",
        month_day_year(super::dates::day(accessed)),
        work.url
    ));
    line
}

/// The first letter in capitals: ASCII only, since the phrases are this module's own
/// (Unicode's case tables would cost the bundle some 15 KB).
fn capitalized(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
