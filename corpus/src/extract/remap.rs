//! An article read on its normalised text (wire copy with hard line breaks,
//! [`crate::text::Normalised`]), its spans mapped back onto the text as stored, so
//! every span stays a byte offset into the original file.
//!
//! Apart from `mod.rs` because it must name every span an article carries: a span
//! added to the model and left out here would point into the wrong text, which the
//! test below and `tests/never_panics.rs` catch.

use crate::model::Article;
use crate::text::{Normalised, Span};

/// Puts the original text back into `article`, read on `normalised`, and maps each of
/// its spans onto it.
pub(super) fn to_original(article: &mut Article, normalised: &Normalised, original: String) {
    let map = |s: &mut Span| *s = normalised.original(*s);
    for s in &mut article.sentences {
        map(&mut s.span);
    }
    for m in &mut article.mentions {
        map(&mut m.span);
    }
    for c in &mut article.candidates {
        map(&mut c.span);
        if let Some(role) = &mut c.role {
            map(role);
        }
    }
    for q in &mut article.quotes {
        map(&mut q.span);
        if let Some(speaker) = &mut q.speaker_span {
            map(speaker);
        }
    }
    for e in &mut article.events {
        map(&mut e.span);
    }
    for f in &mut article.framing {
        map(&mut f.span);
    }
    for c in &mut article.commitments {
        map(&mut c.span);
    }
    for o in &mut article.outcomes {
        map(&mut o.span);
    }
    article.text = original;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Deadline, Outcome, Status};

    #[test]
    fn the_promises_spans_are_mapped_back_too() {
        let original = "Rivals sign deal

The two movements agreed to hold a vote within
six months, and the crossing was opened on
Monday.
";
        let n = Normalised::of(original).expect("a wrapped text");
        let find = |words: &str| {
            let at = n.text.find(words).expect("in the normalised text");
            Span::new(at, at + words.len())
        };
        let mut article = Article::unannotated("wrapped", &n.text);
        article.commitments.push(Commitment {
            provision: 0,
            by: vec![],
            agreement: None,
            deadline: Deadline::None,
            sentence: 1,
            span: find("hold a vote within six months"),
        });
        article.outcomes.push(Outcome {
            provision: 0,
            agreement: None,
            status: Status::Met,
            sentence: 1,
            span: find("opened on Monday"),
        });
        to_original(&mut article, &n, original.to_string());
        assert_eq!(
            article.slice(article.commitments[0].span),
            "hold a vote within\nsix months"
        );
        assert_eq!(article.slice(article.outcomes[0].span), "opened on\nMonday");
    }
}
