//! The `s` key: a span of the open article's text, `START-END` in byte offsets (end
//! exclusive), whose sentence the reader highlights and scrolls to. A quotation's
//! citation links to its sentence this way (`?view=read&a=cairo-2014-09&s=812-1004`).
//!
//! Why byte offsets rather than the sentence's index (`#s12`): the texts in `seeds/`
//! are never edited, so an offset names the same words for as long as the article
//! exists, while an index moves whenever the sentence splitter changes. For the same
//! reason a span is accepted wherever it overlaps a sentence, not only when it is one
//! exactly: an old link still lands on its words after a sentence is cut differently.
//! Links written by the app always carry one sentence's exact span.
//!
//! A highlight remembers the article it was made for: a state that opens another
//! article (any writer setting `article`) loses it in canonical form, so a stale span
//! never lands on the wrong text.

use corpus::model::{Article, Corpus, SentenceIx, Span};

/// What `s` asks for: `span` in the text of `article`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// The article id the span is an offset into; kept only while it is the open one.
    pub article: String,
    pub span: Span,
}

impl Highlight {
    pub fn new(article: &str, span: Span) -> Highlight {
        Highlight {
            article: article.to_string(),
            span,
        }
    }

    /// The value of `s`: `START-END`.
    pub fn value(&self) -> String {
        format!("{}-{}", self.span.start, self.span.end)
    }

    /// The sentences of `article` the span overlaps, in order; empty when it names
    /// none (another article's span, or one past the end).
    pub fn sentences(&self, article: &Article) -> Vec<SentenceIx> {
        (article.sentences.iter().enumerate())
            .filter(|(_, s)| s.span.overlaps(self.span))
            .map(|(i, _)| i as SentenceIx)
            .collect()
    }
}

/// Why a value of `s` is not a range, for the notice.
pub const RANGE_FORM: &str = "not a byte range (START-END, e.g. 120-245)";

/// Parses `START-END`: two decimal numbers (no sign), `START` before `END`.
pub fn parse_range(value: &str) -> Result<Span, &'static str> {
    let (a, b) = value.split_once('-').ok_or(RANGE_FORM)?;
    let number = |s: &str| {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .ok_or(RANGE_FORM)
    };
    let (start, end) = (number(a)?, number(b)?);
    if start >= end {
        return Err("the range is empty or ends before it starts");
    }
    Ok(Span { start, end })
}

/// Whether `span` can be highlighted in the article `id` of `corpus`: inside its
/// text, on character boundaries, overlapping at least one sentence.
pub fn fits_article(corpus: &Corpus, id: &str, span: Span) -> bool {
    let Some(article) = corpus.article(id) else {
        return false;
    };
    let (start, end) = (span.start as usize, span.end as usize);
    start < end
        && end <= article.text.len()
        && article.text.is_char_boundary(start)
        && article.text.is_char_boundary(end)
        && article.sentences.iter().any(|s| s.span.overlaps(span))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_parse_strictly() {
        assert_eq!(parse_range("12-40"), Ok(Span { start: 12, end: 40 }));
        assert_eq!(parse_range("0012-040"), Ok(Span { start: 12, end: 40 }));
        for bad in [
            "",
            "-",
            "12",
            "12-",
            "-40",
            "a-b",
            "+1-4",
            "1--4",
            "1-4-6",
            "1 -4",
            "4294967296-4294967297",
            "1.5-4",
        ] {
            assert_eq!(parse_range(bad), Err(RANGE_FORM), "{bad:?}");
        }
        assert!(parse_range("40-12").is_err());
        assert!(parse_range("40-40").is_err());
    }

    #[test]
    fn a_span_fits_where_it_overlaps_a_sentence_on_char_boundaries() {
        let mut corpus = Corpus::default();
        corpus
            .articles
            .push(Article::unannotated("x", "Émile said so.  Then he left."));
        let fits = |s, e| fits_article(&corpus, "x", Span { start: s, end: e });
        assert!(fits(0, 15), "the first sentence");
        assert!(fits(3, 20), "across two sentences");
        assert!(!fits(1, 5), "inside the É");
        assert!(!fits(15, 17), "only the space between sentences");
        assert!(!fits(0, 99), "past the end");
        assert!(!fits_article(&corpus, "y", Span { start: 0, end: 4 }));
        let h = Highlight::new("x", Span { start: 3, end: 20 });
        assert_eq!(h.sentences(&corpus.articles[0]), [0, 1]);
        assert_eq!(h.value(), "3-20");
    }
}
