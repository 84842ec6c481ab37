//! Every link the views write, built from a view state in one place: the state's own
//! link, an entity that filters, a timeline item, a sentence in the reader, a span
//! highlighted in the reader, a round beside the one before it.

use super::{Highlight, View, ViewState};
use corpus::model::Span;

impl ViewState {
    /// The relative link that opens this state: "?view=map&f=hamas", or "./" for the
    /// default view (a bare "?" would keep the current query in some browsers).
    pub fn href(&self) -> String {
        let query = self.to_query();
        if query.is_empty() {
            "./".to_string()
        } else {
            format!("?{query}")
        }
    }

    /// This state changed by `change`, as a link.
    pub fn href_with(&self, change: impl FnOnce(&mut ViewState)) -> String {
        let mut next = self.clone();
        change(&mut next);
        next.href()
    }
}

/// Where an entity named in a text leads: the same view, filtered by that entity.
pub fn entity_href(state: &ViewState, id: &str) -> String {
    state.href_with(|s| {
        if !s.entities.iter().any(|e| e == id) {
            s.toggle_entity(id);
        }
    })
}

/// Where a date in a text leads: the timeline with that item selected.
pub fn timeline_item_href(state: &ViewState, id: &str) -> String {
    state.href_with(|s| {
        s.view = View::Timeline;
        s.selected = Some(id.to_string());
    })
}

/// The reader at one sentence of an article, marked and scrolled to (`#s12`).
pub fn sentence_href(
    state: &ViewState,
    article: &str,
    sentence: corpus::model::SentenceIx,
) -> String {
    let reader = state.href_with(|s| {
        s.view = View::Read;
        s.article = Some(article.to_string());
        s.highlight = None;
    });
    format!("{reader}#s{sentence}")
}

/// The reader at a span of an article (a quotation's sentence), highlighted and
/// scrolled to: `?view=read&a=cairo-2014-09&s=812-1004`. The span is checked when the
/// link is opened, like every parameter.
pub fn highlight_href(state: &ViewState, article: &str, span: Span) -> String {
    state.href_with(|s| {
        s.view = View::Read;
        s.article = Some(article.to_string());
        s.highlight = Some(Highlight::new(article, span));
    })
}

/// The comparison of article `ix` with the round before it (articles are in the order
/// of their talks); `None` for the first round or an index out of range.
pub fn compare_with_previous_href(
    state: &ViewState,
    corpus: &corpus::Corpus,
    ix: usize,
) -> Option<String> {
    let previous = corpus.articles.get(ix.checked_sub(1)?)?;
    let article = corpus.articles.get(ix)?;
    Some(state.href_with(|s| {
        s.view = View::Compare;
        s.compare = vec![previous.id.clone(), article.id.clone()];
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_round_compares_with_the_one_before_and_the_first_with_none() {
        let corpus = corpus::seeds::repository();
        let state = ViewState::default();
        assert_eq!(
            compare_with_previous_href(&state, corpus, 1).as_deref(),
            Some("?view=compare&cmp=cairo-2013-01,cairo-2014-09")
        );
        assert_eq!(compare_with_previous_href(&state, corpus, 0), None);
        assert_eq!(compare_with_previous_href(&state, corpus, 99), None);
    }

    #[test]
    fn the_default_state_links_to_the_page_itself() {
        assert_eq!(ViewState::default().href(), "./");
    }

    #[test]
    fn a_sentence_link_opens_the_reader_at_its_anchor() {
        let state = ViewState {
            view: View::Map,
            ..ViewState::default()
        };
        assert_eq!(
            sentence_href(&state, "cairo-2014-09", 7),
            "?view=read&a=cairo-2014-09#s7"
        );
    }

    #[test]
    fn a_highlight_link_opens_the_reader_on_the_span_and_a_sentence_link_drops_it() {
        let span = Span { start: 12, end: 40 };
        let href = highlight_href(&ViewState::default(), "cairo-2014-09", span);
        assert_eq!(href, "?view=read&a=cairo-2014-09&s=12-40");
        let (state, ignored) = ViewState::parse(&href, corpus::seeds::repository());
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(
            sentence_href(&state, "cairo-2014-09", 3),
            "?view=read&a=cairo-2014-09#s3"
        );
        // Opening another article drops the span: it indexes the first one's text.
        let other = state.href_with(|s| s.article = Some("cairo-2013-01".into()));
        assert_eq!(other, "?view=read&a=cairo-2013-01");
    }

    #[test]
    fn an_entity_link_adds_the_entity_once() {
        let mut state = ViewState::default();
        state.toggle_entity("hamas");
        assert_eq!(entity_href(&state, "hamas"), state.href());
        assert_eq!(entity_href(&ViewState::default(), "hamas"), "?e=hamas");
    }
}
