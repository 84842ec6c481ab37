//! Article text as HTML: sentences cut into segments by `crate::read::segments`, each
//! mention a link that filters by its entity (in its faction's colour), each date a
//! link to the timeline, uncurated names and loaded terms marked, quotations tagged
//! with their speaker, query hits highlighted. Shared by the reader and the comparison.

use crate::markup::esc;
use crate::read::segments::{Mark, Segment, SentenceSegments};
use corpus::Corpus;
use corpus::model::{Article, SentenceIx, Span};
use std::fmt::Write;

/// Links the text needs, built by the caller from the current view state.
pub struct TextLinks<'a> {
    /// The view filtered by an entity id.
    pub entity: &'a dyn Fn(&str) -> String,
    /// The timeline with an item (catalogue event id or article id) selected.
    pub timeline: &'a dyn Fn(&str) -> String,
    /// The entity whose mentions are marked `hovered` (the comparison outlines one
    /// entity everywhere while the pointer is on it; a class, since the page's
    /// Content-Security-Policy allows no inline style).
    pub hovered: Option<&'a str>,
}

impl<'a> TextLinks<'a> {
    /// The same links, with the mentions of entity `id` marked `hovered`.
    pub fn hovering(&self, id: Option<&'a str>) -> TextLinks<'a> {
        TextLinks {
            hovered: id,
            ..*self
        }
    }

    /// Calls `f` with the links a text shows under `state`: entities filter the
    /// current view, dates open the timeline.
    pub fn for_state<R>(state: &crate::state::ViewState, f: impl FnOnce(&TextLinks) -> R) -> R {
        let entity = |id: &str| crate::state::links::entity_href(state, id);
        let timeline = |id: &str| crate::state::links::timeline_item_href(state, id);
        f(&TextLinks {
            entity: &entity,
            timeline: &timeline,
            hovered: None,
        })
    }
}

/// How a sentence is marked besides its segments.
#[derive(Clone, Copy, Default)]
pub struct SentenceMarks {
    /// Matches the active topic or text filter.
    pub matched: bool,
    /// Echoed by a sentence of another article (comparison).
    pub echoed: bool,
    /// The sentence a link pointed at (`#s12`).
    pub targeted: bool,
}

/// One sentence as a `<span class="sentence">` with its segments.
pub fn sentence_html(
    out: &mut String,
    corpus: &Corpus,
    article: &Article,
    sentence: &SentenceSegments,
    marks: SentenceMarks,
    links: &TextLinks,
) {
    let ix = sentence.sentence;
    let _ = write!(
        out,
        r#"<span class="sentence{m}{e}{t}" id="s{ix}" data-sentence="{ix}"{tid}>"#,
        m = if marks.matched { " matched" } else { "" },
        e = if marks.echoed { " echoed" } else { "" },
        t = if marks.targeted { " targeted" } else { "" },
        tid = if marks.matched {
            r#" data-testid="matched-sentence""#
        } else {
            ""
        },
    );
    for seg in &sentence.segments {
        segment_html(out, corpus, article, seg, links);
    }
    out.push_str("</span> ");
}

/// Opening quotation marks as they are written out (escaped).
const OPENING_MARKS: [&str; 5] = ["&quot;", "\u{201C}", "\u{2018}", "\u{AB}", "&#39;"];

fn segment_html(out: &mut String, corpus: &Corpus, a: &Article, seg: &Segment, links: &TextLinks) {
    if let Some(quote) = seg.quote_starts.and_then(|q| a.quotes.get(q)) {
        let tag = crate::speaker::speaker_tag(corpus, a, quote);
        // The tag goes before the opening quotation mark, which ends the text written
        // so far (the quote's span holds only the words), not inside it.
        let mark = OPENING_MARKS.iter().find(|m| out.ends_with(*m));
        match mark {
            Some(m) => out.insert_str(out.len() - m.len(), &tag),
            None => out.push_str(&tag),
        }
    }
    let quoted = if seg.quote.is_some() { " in-quote" } else { "" };
    let text = with_hits(a, seg.span, &seg.hits);
    match seg.mark {
        Mark::Plain if quoted.is_empty() => out.push_str(&text),
        Mark::Plain => {
            let _ = write!(out, r#"<span class="in-quote">{text}</span>"#);
        }
        Mark::Mention(i) => {
            let m = a.mentions[i];
            let Some(e) = corpus.entities.get(m.entity as usize) else {
                out.push_str(&text);
                return;
            };
            // A spelling no alias has: said in the title, named for a screen reader,
            // and marked by the stylesheet (`.variant`), not by text in the article.
            let (variant, title, label) = if m.variant {
                let spelled = a.slice(m.span);
                (
                    " variant",
                    format!(
                        "{} ({}), spelled {spelled} here: filter by this",
                        e.name,
                        e.kind.as_str()
                    ),
                    format!(
                        r#" data-variant="true" aria-label="{}""#,
                        esc(&format!("{spelled} (spelling of {})", e.name))
                    ),
                )
            } else {
                (
                    "",
                    format!("{} ({}): filter by this", e.name, e.kind.as_str()),
                    String::new(),
                )
            };
            let _ = write!(
                out,
                r#"<a class="mention {colour}{variant}{quoted}{hovered}" href="{href}" data-testid="mention" data-entity="{id}"{label} title="{title}">{text}</a>"#,
                colour = crate::entity::colour_class(corpus, m.entity),
                hovered = if links.hovered == Some(e.id.as_str()) {
                    " hovered"
                } else {
                    ""
                },
                href = esc(&(links.entity)(&e.id)),
                id = esc(&e.id),
                title = esc(&title),
            );
        }
        Mark::Candidate(i) => {
            let role = a
                .candidates
                .get(i)
                .and_then(|c| crate::read::names::candidate_role(corpus, a, c))
                .map(|r| format!("{} — {r} (role read from the text). ", a.slice(seg.span)))
                .unwrap_or_default();
            let _ = write!(
                out,
                r#"<span class="candidate{quoted}" data-testid="candidate" title="{t}">{text}</span>"#,
                t = esc(&format!(
                    "{role}A name not in the knowledge base yet (uncurated)"
                )),
            );
        }
        Mark::Date(i) => {
            let r = &a.events[i];
            let target = r
                .catalog
                .first()
                .map(|&e| corpus.events[e as usize].id.as_str())
                .unwrap_or(a.id.as_str());
            let _ = write!(
                out,
                r#"<a class="date-ref{quoted}" href="{href}" data-date="{date}" title="{label}: show on the timeline">{text}</a>"#,
                href = esc(&(links.timeline)(target)),
                date = r.date,
                label = esc(&r.date.label()),
            );
        }
        Mark::Framing(i) => {
            let term = &corpus.framing[a.framing[i].term as usize];
            let _ = write!(
                out,
                r#"<span class="framing{quoted}" data-term="{id}" title="Loaded term: {label}. {note}">{text}</span>"#,
                id = esc(&term.id),
                label = esc(&term.label),
                note = esc(&term.note),
            );
        }
    }
}

/// The escaped text of `span` with query hits wrapped in `<mark>`.
fn with_hits(a: &Article, span: Span, hits: &[Span]) -> String {
    let mut out = String::new();
    let mut at = span.start;
    for h in hits {
        if h.start > at {
            out.push_str(&esc(a.slice(Span {
                start: at,
                end: h.start,
            })));
        }
        let _ = write!(
            out,
            r#"<mark class="query-hit">{}</mark>"#,
            esc(a.slice(*h))
        );
        at = h.end;
    }
    if at < span.end {
        out.push_str(&esc(a.slice(Span {
            start: at,
            end: span.end,
        })));
    }
    out
}

/// The whole article: one `<p>` per paragraph.
pub fn article_html(
    corpus: &Corpus,
    article: &Article,
    hits: &[Span],
    matched: &[SentenceIx],
    links: &TextLinks,
) -> String {
    article_html_at(corpus, article, hits, matched, None, links)
}

/// The whole article, with the sentence a link pointed at marked.
pub fn article_html_at(
    corpus: &Corpus,
    article: &Article,
    hits: &[Span],
    matched: &[SentenceIx],
    target: Option<SentenceIx>,
    links: &TextLinks,
) -> String {
    let mut out = String::with_capacity(article.text.len() * 3);
    for paragraph in crate::read::segments::paragraphs(article, hits) {
        out.push_str("<p>");
        for s in &paragraph {
            let marks = SentenceMarks {
                matched: matched.contains(&s.sentence),
                echoed: false,
                targeted: target == Some(s.sentence),
            };
            sentence_html(&mut out, corpus, article, s, marks, links);
        }
        out.push_str("</p>");
    }
    out
}

/// Some sentences of an article, each on its own, for the comparison's cells.
pub fn sentences_html(
    corpus: &Corpus,
    article: &Article,
    which: &[SentenceIx],
    hits: &[Span],
    marks: impl Fn(SentenceIx) -> SentenceMarks,
    links: &TextLinks,
) -> String {
    let mut out = String::new();
    let all = crate::read::segments::paragraphs(article, hits);
    for s in all.iter().flatten().filter(|s| which.contains(&s.sentence)) {
        out.push_str("<p class=\"cell-sentence\">");
        sentence_html(&mut out, corpus, article, s, marks(s.sentence), links);
        out.push_str("</p>");
    }
    out
}
