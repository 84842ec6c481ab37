//! The reader: one article with everything extracted from it marked in place and
//! its facts beside it, or the list of articles to choose from when none is open.

use super::text::{TextLinks, article_html_at};
use crate::context::Context;
use crate::filter::Selection;
use crate::markup::esc;
use crate::state::ViewState;
use crate::yours::{is_yours_id, mark_html};
use corpus::model::SentenceIx;
use std::fmt::Write;

/// What the reader shows besides the URL state.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReadUi {
    /// The sentence a link pointed at (`#s12`): marked, and scrolled to.
    pub target: Option<SentenceIx>,
}

impl ReadUi {
    /// The target sentence of a location hash such as `#s12`.
    pub fn from_hash(hash: &str) -> ReadUi {
        ReadUi {
            target: hash.strip_prefix("#s").and_then(|n| n.parse().ok()),
        }
    }
}

pub fn read_html(ctx: &Context, state: &ViewState, sel: &Selection, ui: &ReadUi) -> String {
    let corpus = ctx.corpus;
    let mut out = String::with_capacity(32 * 1024);
    let Some(ix) = state
        .article
        .as_deref()
        .and_then(|id| corpus.article_ix(id))
    else {
        super::list::list_html(&mut out, corpus, state, sel);
        return out;
    };
    let a = &corpus.articles[ix];
    let _ = write!(
        out,
        r#"<div class="read-view"><article class="article-text" aria-labelledby="article-headline"><h2 id="article-headline">{h}</h2><p class="byline"><time datetime="{d}">{dl}</time> · {o}{editorial}</p><div class="legend-inline" aria-hidden="true"><span class="mention kind-organization">named entity</span><span class="candidate">uncurated name</span><span class="date-ref">date</span><span class="framing">loaded term</span><span class="mention variant kind-person">spelling variant</span><span class="speaker-tag">speaker</span><span class="speaker-tag speaker-unattributed">unattributed</span></div><div class="text">"#,
        h = esc(&a.headline),
        d = a.date(),
        dl = a.date().label(),
        o = esc(a.outlet.value.as_deref().unwrap_or("outlet unknown")),
        // The corpus's headlines are the editors'; yours is the text's first line.
        editorial = if is_yours_id(&a.id) {
            format!(
                r#"<span class="editorial"> · headline taken from the text's first line</span> {}"#,
                mark_html()
            )
        } else {
            r#"<span class="editorial"> · headline written by the editors</span>"#.to_string()
        },
    );
    let hits = sel.query_hits.get(ix).map(Vec::as_slice).unwrap_or(&[]);
    let matched = sel.sentences.get(ix).map(Vec::as_slice).unwrap_or(&[]);
    let text = TextLinks::for_state(state, |links| {
        article_html_at(corpus, a, hits, matched, ui.target, links)
    });
    out.push_str(&text);
    out.push_str("</div></article>");
    super::facts::facts_html(&mut out, corpus, state, ix);
    out.push_str("</div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{ctx, state};

    fn draw(query: &str, ui: &ReadUi) -> String {
        let state = state(query);
        read_html(ctx(), &state, &ctx().select(&state), ui)
    }

    #[test]
    fn without_an_article_the_reader_lists_them_all() {
        let html = draw("view=read", &ReadUi::default());
        assert_eq!(html.matches(r#"data-testid="article-card""#).count(), 5);
        assert!(html.contains("5 of 5 articles"));
    }

    #[test]
    fn an_open_article_marks_its_mentions_and_its_target_sentence() {
        let html = draw("view=read&a=cairo-2014-09", &ReadUi::from_hash("#s3"));
        assert!(html.contains(r#"data-testid="mention" data-entity="hamas""#));
        assert!(html.contains(r#"id="s3" data-sentence="3""#));
        assert!(
            html.contains("sentence targeted"),
            "the linked sentence is marked"
        );
        assert!(html.contains(r#"<dt>Outlet</dt>"#));
    }

    #[test]
    fn the_speaker_tag_stands_outside_the_quotation_marks() {
        let html = draw("view=read&a=cairo-2014-09", &ReadUi::default());
        let tag = html
            .find(r#"data-testid="quote-speaker""#)
            .expect("a quote");
        let before = &html[..tag];
        let after = &html[tag..];
        let tag_end = after.find("</span>").unwrap() + "</span>".len();
        assert!(
            after[tag_end..].starts_with("&quot;") || after[tag_end..].starts_with('“'),
            "the opening mark follows the tag: {}",
            &after[..tag_end + 20]
        );
        assert!(!before.ends_with("&quot;") && !before.ends_with('“'));
    }

    #[test]
    fn a_filtered_list_hides_what_does_not_pass() {
        let html = draw("view=read&e=khaled-mashaal", &ReadUi::default());
        assert!(html.contains("1 of 5 articles"));
        assert_eq!(html.matches(r#"hidden aria-hidden="true""#).count(), 4);
    }
}
