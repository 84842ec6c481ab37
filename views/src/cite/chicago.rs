//! Chicago notes and bibliography, for an article without a byline: the title leads,
//! the newspaper follows (Chicago Manual of Style, newspaper articles, unsigned).
//! The headline is in quotation marks with who wrote it in brackets; a quotation's
//! note opens with its words and speaker, "quoted in"; a bibliography lists sources,
//! so a quotation's entry is its article's with the words before the link.

use super::dates::{Dated, in_line, month_day_year};
use super::line::{quoted_clause, quoted_sentence};
use super::notes::{headline_by, quoting, source};
use super::{ARCHIVE, Line, Work, one_line};

/// A note: `“Headline” [headline by the Cairo Talks editors], *Gulf Times* [outlet
/// inferred] (Reuters), [September 24, 2014, inferred], Cairo Talks, accessed
/// December 7, 2026, URL.`
pub fn note(work: &Work, accessed: time::Date) -> Line {
    let mut line = Line::default();
    if let Some(q) = &work.quotation {
        let speaker = one_line(q.speaker);
        line.plain(&format!("{} {speaker}, quoted in ", quoted_clause(q.words)));
    }
    line.plain(&format!(
        "“{}” [{}], ",
        one_line(work.headline),
        headline_by(work)
    ));
    source(&mut line, work);
    line.plain(&format!(
        ", {}, {ARCHIVE}, accessed {}, {}.",
        in_line(Dated::of(work.published), month_day_year),
        month_day_year(super::dates::day(accessed)),
        work.url,
    ));
    line
}

/// A bibliography entry: `“Headline” [headline by the Cairo Talks editors]. *Gulf
/// Times* [outlet inferred] (Reuters), [September 24, 2014, inferred]. Cairo Talks.
/// Accessed December 7, 2026. URL.`
pub fn bibliography(work: &Work, accessed: time::Date) -> Line {
    let mut line = Line::default();
    line.plain(&format!(
        "“{}” [{}]. ",
        one_line(work.headline),
        headline_by(work)
    ));
    source(&mut line, work);
    let date = in_line(Dated::of(work.published), month_day_year);
    // "n.d." ends the sentence itself.
    let stop = if date.ends_with('.') { " " } else { ". " };
    line.plain(&format!(", {date}{stop}"));
    if let Some(q) = &work.quotation {
        line.plain(&format!("{}: {} ", quoting(q), quoted_sentence(q.words)));
    }
    line.plain(&format!(
        "{ARCHIVE}. Accessed {}. {}.",
        month_day_year(super::dates::day(accessed)),
        work.url,
    ));
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cite::testing::{SPEAKER, accessed, sample};

    #[test]
    fn an_unknown_date_is_nd_and_a_quotation_leads_the_note() {
        let (mut article, corpus) = sample("Talks resume");
        article.published = corpus::model::Sourced::unknown();
        let work = Work::quotation(&corpus, &article, &article.quotes[0], "https://x.org/");
        assert_eq!(
            note(&work, accessed()).text(),
            format!(
                "“We will, 'God willing', agree & sign {{today}},” {SPEAKER}, quoted in “Talks resume” \
                 [headline by the Cairo Talks editors], Gulf Times [outlet inferred] (Reuters), n.d., \
                 Cairo Talks, accessed December 7, 2026, https://x.org/."
            )
        );
        assert!(
            bibliography(&work, accessed())
                .text()
                .contains("(Reuters), n.d. Quoting")
        );
    }
}
