//! What the files say in their note field, and the lines in brackets: whose headline
//! it is, how the date, the outlet and the wire are known, and the quotation.

use super::dates::{Dated, month_day_year};
use super::{Work, one_line};
use corpus::model::{Confidence, Sourced};

/// Who wrote the headline, for a line's brackets.
pub fn headline_by(work: &Work) -> &'static str {
    if work.headline_from_text {
        "headline taken from the text's first line"
    } else {
        "headline by the Cairo Talks editors"
    }
}

/// The note, one sentence per fact, in a fixed order: the headline, the date, the
/// outlet, the wire, then the quotation. Stated facts need no word beyond the field.
pub fn notes(work: &Work) -> Vec<String> {
    let mut out = vec![if work.headline_from_text {
        "Headline taken from the text's first line: an article the reader added, not in the published corpus.".to_string()
    } else {
        "Headline written by the Cairo Talks editors; the outlet's own headline is not known."
            .to_string()
    }];
    match Dated::of(work.published) {
        Dated::Stated(_) => {}
        Dated::Inferred(d) => out.push(with_reason(
            format!(
                "Publication date inferred by the editors, not stated in the text: {}",
                month_day_year(d)
            ),
            &work.published.note,
        )),
        Dated::Unknown => out.push(with_reason(
            "Publication date not known".into(),
            &work.published.note,
        )),
    }
    out.extend(fact_note("Outlet", work.outlet_name(), work.outlet));
    out.extend(wire_note(work));
    if let Some(q) = &work.quotation {
        let words = one_line(q.words);
        out.push(format!(
            "{}: “{}”",
            quoting(q),
            words.trim_end_matches([',', ';', ':'])
        ));
    }
    out
}

/// The notes as one paragraph.
pub fn note(work: &Work) -> String {
    notes(work).join(" ")
}

/// "Quoting Mahmoud Abbas", or "Quoted words, unattributed".
pub fn quoting(q: &super::Quotation) -> String {
    if q.attributed {
        format!("Quoting {}", one_line(q.speaker))
    } else {
        format!("Quoted words, {}", one_line(q.speaker))
    }
}

fn fact_note(what: &str, value: Option<&str>, fact: &Sourced<String>) -> Option<String> {
    let sentence = match (value, fact.confidence) {
        (Some(_), Confidence::Stated) => return None,
        (Some(v), _) => format!("{what} inferred by the editors: {}", one_line(v)),
        (None, _) => format!("{what} not established"),
    };
    Some(with_reason(sentence, &fact.note))
}

fn wire_note(work: &Work) -> Option<String> {
    let name = one_line(work.wire_name()?);
    Some(match work.wire.confidence {
        Confidence::Stated => format!("Copy credited to {name} in the text."),
        _ => with_reason(
            format!("Copy attributed to {name} by the editors, not the text"),
            &work.wire.note,
        ),
    })
}

/// "What [why]." with the editors' reason in brackets when there is one.
fn with_reason(what: String, reason: &str) -> String {
    let reason = one_line(reason);
    if reason.is_empty() {
        format!("{what}.")
    } else {
        format!("{what} [{}].", reason.trim_end_matches('.'))
    }
}

/// Where the article ran, for a line: the outlet in italics, its wire in parentheses,
/// each marked when inferred: "*Gulf Times* [outlet inferred] (Reuters)".
pub fn source(line: &mut super::Line, work: &Work) {
    match work.outlet_name() {
        Some(outlet) => {
            line.italic(&one_line(outlet));
            if work.outlet.confidence != Confidence::Stated {
                line.plain(" [outlet inferred]");
            }
        }
        None => {
            line.plain("[outlet not established]");
        }
    }
    if let Some(wire) = work.wire_name() {
        let inferred = if work.wire.confidence == Confidence::Stated {
            ""
        } else {
            ", inferred"
        };
        line.plain(&format!(" ({}{inferred})", one_line(wire)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cite::testing::{SPEAKER, sample};
    use crate::cite::{Line, Quotation};

    #[test]
    fn each_fact_not_stated_is_named_with_the_editors_reason() {
        let (article, corpus) = sample("H");
        let work = Work::quotation(&corpus, &article, &article.quotes[0], "u");
        let notes = notes(&work);
        assert_eq!(notes.len(), 5, "{notes:?}");
        assert!(notes[0].starts_with("Headline written by the Cairo Talks editors"));
        assert_eq!(
            notes[1],
            "Publication date inferred by the editors, not stated in the text: September 24, 2014 [Reuters filed on Wednesday]."
        );
        assert_eq!(
            notes[2],
            "Outlet inferred by the editors: Gulf Times [Found as printed]."
        );
        // No field of any format holds the wire: the note names it even when stated.
        assert_eq!(notes[3], "Copy credited to Reuters in the text.");
        assert!(
            notes[4].starts_with(&format!("Quoting {SPEAKER}: “We will,")),
            "{}",
            notes[4]
        );
        assert!(!note(&Work::article(&article, "u")).contains("Quoting"));
    }

    #[test]
    fn a_readers_own_article_says_whose_headline_it_is() {
        let (mut article, _) = sample("First line of the text");
        article.id = "yours-1a2b3c4d".into();
        let work = Work::article(&article, "u");
        assert!(note(&work).starts_with("Headline taken from the text's first line"));
        assert_eq!(
            headline_by(&work),
            "headline taken from the text's first line"
        );
    }

    #[test]
    fn the_source_marks_what_is_inferred_and_what_is_missing() {
        let (mut article, _) = sample("H");
        let draw = |a: &corpus::model::Article| {
            let mut line = Line::default();
            source(&mut line, &Work::article(a, "u"));
            line.html()
        };
        assert_eq!(
            draw(&article),
            "<i>Gulf Times</i> [outlet inferred] (Reuters)"
        );
        article.outlet = corpus::model::Sourced::unknown();
        article.wire.confidence = Confidence::Inferred;
        assert_eq!(
            draw(&article),
            "[outlet not established] (Reuters, inferred)"
        );
        let unattributed = Quotation {
            words: "w",
            span: corpus::model::Span::new(0, 1),
            speaker: "unattributed",
            attributed: false,
            sentence: corpus::model::Span::new(0, 1),
        };
        assert_eq!(quoting(&unattributed), "Quoted words, unattributed");
    }
}
