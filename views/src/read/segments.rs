//! An article cut into what the reader draws: paragraphs of sentences of segments,
//! each segment plain text or one annotation (a mention, an uncurated candidate, a
//! date, a framing term), with the quotation it falls in and the query hits inside it.
//!
//! Annotations never overlap in the output: where two would, the more specific wins
//! (mention, then candidate, then date, then framing term), so a mention is always
//! one element that a test or a reader can point at.

use corpus::model::{Article, SentenceIx, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    /// Index into `article.mentions`.
    Mention(usize),
    /// Index into `article.candidates`.
    Candidate(usize),
    /// Index into `article.events`.
    Date(usize),
    /// Index into `article.framing`.
    Framing(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub mark: Mark,
    /// Index into `article.quotes` of the quotation this text is inside, if any.
    pub quote: Option<usize>,
    /// Set on the first segment of a quotation: where to show who speaks.
    pub quote_starts: Option<usize>,
    /// Sub-spans that match the text query, for highlighting.
    pub hits: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceSegments {
    pub sentence: SentenceIx,
    pub segments: Vec<Segment>,
}

/// Paragraphs (the text's lines) of sentences of segments, in text order.
pub fn paragraphs(article: &Article, query_hits: &[Span]) -> Vec<Vec<SentenceSegments>> {
    let marks = annotations(article);
    let mut out: Vec<Vec<SentenceSegments>> = Vec::new();
    let mut last_line_end = 0usize;
    for (ix, sentence) in article.sentences.iter().enumerate() {
        let start = sentence.span.start as usize;
        // A line break between two sentences starts a new paragraph.
        let new_paragraph = out.is_empty()
            || article
                .text
                .get(last_line_end..start)
                .is_some_and(|g| g.contains('\n'));
        if new_paragraph {
            out.push(Vec::new());
        }
        last_line_end = sentence.span.end as usize;
        let segments = cut(article, sentence.span, &marks, query_hits);
        if let Some(p) = out.last_mut() {
            p.push(SentenceSegments {
                sentence: ix as SentenceIx,
                segments,
            });
        }
    }
    out
}

/// All annotations, non-overlapping, sorted by start.
fn annotations(article: &Article) -> Vec<(Span, Mark)> {
    let mut all: Vec<(Span, Mark, u8)> = Vec::new();
    all.extend(
        article
            .mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (m.span, Mark::Mention(i), 0)),
    );
    all.extend(
        article
            .candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.span, Mark::Candidate(i), 1)),
    );
    all.extend(
        article
            .events
            .iter()
            .enumerate()
            .filter(|(_, r)| r.dated_by_text)
            .map(|(i, r)| (r.span, Mark::Date(i), 2)),
    );
    all.extend(
        article
            .framing
            .iter()
            .enumerate()
            .map(|(i, f)| (f.span, Mark::Framing(i), 3)),
    );
    // Most specific first, then keep whatever does not overlap what is kept.
    crate::sort::sort_by_key(&mut all, |&(span, _, rank)| (rank, span.start));
    let mut kept: Vec<(Span, Mark)> = Vec::new();
    for (span, mark, _) in all {
        if span.start < span.end && !kept.iter().any(|(k, _)| k.overlaps(span)) {
            kept.push((span, mark));
        }
    }
    crate::sort::sort_by_key(&mut kept, |(s, _)| s.start);
    kept
}

/// One sentence cut at annotation and quotation boundaries.
fn cut(article: &Article, sentence: Span, marks: &[(Span, Mark)], hits: &[Span]) -> Vec<Segment> {
    let mut bounds = vec![sentence.start, sentence.end];
    for (span, _) in marks.iter().filter(|(s, _)| sentence.overlaps(*s)) {
        bounds.extend([span.start, span.end]);
    }
    for q in &article.quotes {
        bounds.extend([q.span.start, q.span.end]);
    }
    bounds.retain(|&b| sentence.start <= b && b <= sentence.end);
    crate::sort::sort(&mut bounds);
    bounds.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for pair in bounds.windows(2) {
        let span = Span {
            start: pair[0],
            end: pair[1],
        };
        let mark = marks
            .iter()
            .find(|(s, _)| s.contains(span))
            .map_or(Mark::Plain, |&(_, m)| m);
        // Merge pieces of one annotation that a quotation boundary did not split.
        if let Some(last) = out.last_mut()
            && mark != Mark::Plain
            && last.mark == mark
        {
            last.span.end = span.end;
            continue;
        }
        let quote = article.quotes.iter().position(|q| q.span.contains(span));
        let quote_starts = quote.filter(|&q| article.quotes[q].span.start == span.start);
        out.push(Segment {
            span,
            mark,
            quote,
            quote_starts,
            hits: Vec::new(),
        });
    }
    for segment in &mut out {
        segment.hits = hits
            .iter()
            .filter(|h| h.overlaps(segment.span))
            .map(|h| Span {
                start: h.start.max(segment.span.start),
                end: h.end.min(segment.span.end),
            })
            .collect();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::model::{Mention, Quote};

    fn article(text: &str) -> Article {
        Article::unannotated("t", text)
    }

    fn find(text: &str, what: &str) -> Span {
        let s = text.find(what).unwrap();
        Span::new(s, s + what.len())
    }

    #[test]
    fn paragraphs_follow_line_breaks_and_cover_every_sentence() {
        let a = article("One. Two.\nThree.");
        let p = paragraphs(&a, &[]);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].len(), 2);
        assert_eq!(p[1][0].sentence, 2);
    }

    #[test]
    fn a_mention_is_one_segment_even_when_a_quotation_starts_inside_the_sentence() {
        let text = "Hamas said \"we agree\" today.";
        let mut a = article(text);
        a.mentions.push(Mention {
            entity: 0,
            span: find(text, "Hamas"),
            variant: false,
        });
        a.quotes.push(Quote {
            span: find(text, "we agree"),
            speaker: Some(0),
            speaker_span: None,
            speaker_faction: None,
            sentence: 0,
            rule: Default::default(),
        });
        let segs = &paragraphs(&a, &[find(text, "agree")])[0][0].segments;
        let texts: Vec<&str> = segs.iter().map(|s| a.slice(s.span)).collect();
        assert_eq!(texts, ["Hamas", " said \"", "we agree", "\" today."]);
        assert_eq!(segs[0].mark, Mark::Mention(0));
        assert_eq!(segs[2].quote_starts, Some(0));
        assert_eq!(segs[2].hits, vec![find(text, "agree")]);
    }
}
