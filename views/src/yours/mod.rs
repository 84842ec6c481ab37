//! Yours: an article a reader adds in their browser, "yours, not in the published
//! corpus". A journalist reads a new report of the talks and wants it beside the
//! earlier rounds; the same extractor that builds the corpus reads it in a worker,
//! and every view shows it, marked as theirs. Nothing is sent anywhere.
//!
//! Native and tested here; the app only moves what these functions return:
//! - [`Draft`]: the form as the reader fills it; [`check`] and [`check_bytes`] say
//!   what is wrong with it, each problem in words ([`Problem`]);
//! - [`article`]: from a draft to the extractor's input and back to an article of
//!   yours (its id, headline and provenance), and the names left for curation;
//! - [`merge`]: the published corpus with the reader's articles (and entities) in it;
//! - [`jobs`]: what the worker does for the form: guess the dates, extract a draft;
//! - [`propose`]: the `.txt` and the TOML that propose the article for `seeds/`;
//! - [`form`] and [`hit`]: the dialog's markup and what a click in it lands on.
//!
//! The add-an-article worker runs [`dialog`] beside the extractor (`crate::worker::yours`).

pub mod actions;
pub mod article;
mod check;
mod curate;
pub mod dialog;
pub mod form;
pub mod hit;
pub mod jobs;
pub mod merge;
pub mod page;
pub mod propose;
pub mod store;
mod validate;

pub use crate::state::ONLY_THERE;
pub use check::{Field, MAX_TEXT_BYTES, Problem, check, check_bytes};
pub use corpus::extract::edits::{YOURS_PREFIX, is_yours_id};

use serde::{Deserialize, Serialize};

/// The label every view shows beside an article of yours.
pub const LABEL: &str = "yours, not in the published corpus";

/// The mark beside an article of yours wherever a view names it: a label, styled
/// apart (`style/yours.css`), never a colour alone.
pub fn mark_html() -> String {
    format!(r#"<span class="yours-mark" data-testid="yours-mark">{LABEL}</span>"#)
}

/// [`mark_html`] after an article's name if `id` is one of yours, else nothing.
pub fn mark_after(id: &str) -> String {
    if is_yours_id(id) {
        format!(" {}", mark_html())
    } else {
        String::new()
    }
}

/// The mark in words, where markup cannot go (an `<option>`, an `aria-label`, an
/// SVG `<title>`): `" (yours, not in the published corpus)"` or nothing.
pub fn words_after(id: &str) -> String {
    if is_yours_id(id) {
        format!(" ({LABEL})")
    } else {
        String::new()
    }
}

/// The form as the reader fills it: every field as typed, so nothing is lost when a
/// problem is shown.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Draft {
    /// The article's body, verbatim: every span of the extraction indexes into it.
    pub text: String,
    /// The date of the talks, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); required.
    pub talks: String,
    /// The date the article was published; optional.
    pub published: String,
    pub outlet: String,
    /// The id of a place in the knowledge base, or empty.
    pub place: String,
}

/// The id of an article of yours: `yours-` and eight hex digits of a hash of its
/// text, so the same text always gets the same id (in every browser) and an id says
/// nothing of what the article says.
pub fn article_id(text: &str) -> String {
    let hash = corpus::model::fnv1a(text.as_bytes());
    // The two halves folded together: 32 bits, eight digits.
    format!("{YOURS_PREFIX}{:08x}", (hash ^ (hash >> 32)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_stable_kebab_case_and_differ_with_the_text() {
        let a = article_id("Hamas and Fatah met in Cairo on Thursday.");
        assert_eq!(a, article_id("Hamas and Fatah met in Cairo on Thursday."));
        assert_ne!(a, article_id("Hamas and Fatah met in Cairo on Friday."));
        assert_eq!(a.len(), "yours-".len() + 8);
        assert!(is_yours_id(&a));
        assert!(
            a[6..]
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert!(mark_html().contains(r#"class="yours-mark""#) && mark_html().contains(LABEL));
        // Pinned: a stored article keeps its id from build to build.
        assert_eq!(article_id(""), "yours-4fd0bfc1");
    }
}
