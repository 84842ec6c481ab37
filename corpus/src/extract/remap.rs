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
