//! What is cited: an article, or a quotation in it, with the link to the view that
//! shows it. Borrowed from the corpus; every format reads only this.

use crate::speaker::Speaker;
use corpus::PartialDate;
use corpus::extract::edits::is_yours_id;
use corpus::model::{Article, Corpus, Quote, Sourced, Span};

/// An article, or a quotation of it when `quotation` is set.
#[derive(Debug, Clone, PartialEq)]
pub struct Work<'a> {
    /// The article's id in the corpus.
    pub id: &'a str,
    pub headline: &'a str,
    /// The headline is the first line of a reader's own article, not the editors'.
    pub headline_from_text: bool,
    pub published: &'a Sourced<PartialDate>,
    pub outlet: &'a Sourced<String>,
    pub wire: &'a Sourced<String>,
    /// The canonical, absolute link to the view: the reader at the article, or at the
    /// quotation's sentence.
    pub url: &'a str,
    pub quotation: Option<Quotation<'a>>,
}

/// A quotation as the app reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation<'a> {
    /// The quoted words, without their quotation marks.
    pub words: &'a str,
    /// Their byte span in the article's text: what tells two quotations of one
    /// sentence apart.
    pub span: Span,
    /// The curated name, the words naming an unnamed speaker, or "unattributed".
    pub speaker: &'a str,
    /// False for words the text does not make anyone's for certain.
    pub attributed: bool,
    /// The byte span in the article's text of the quotation's sentence, or of the
    /// sentences it runs over ([`sentence_span`]).
    pub sentence: Span,
}

impl<'a> Work<'a> {
    /// The article, linked by `url`.
    pub fn article(article: &'a Article, url: &'a str) -> Work<'a> {
        Work {
            id: &article.id,
            headline: &article.headline,
            headline_from_text: is_yours_id(&article.id),
            published: &article.published,
            outlet: &article.outlet,
            wire: &article.wire,
            url,
            quotation: None,
        }
    }

    /// A quotation of `article`, linked by `url` (the reader at its sentence: the app
    /// makes it from [`sentence_span`] with `state::links::highlight_href`).
    pub fn quotation(
        corpus: &'a Corpus,
        article: &'a Article,
        quote: &Quote,
        url: &'a str,
    ) -> Work<'a> {
        let (speaker, attributed) = match Speaker::of(corpus, article, quote) {
            Speaker::Entity(e) => (corpus.entity(e).name.as_str(), true),
            Speaker::Words(words) => (words, true),
            Speaker::Unattributed => ("unattributed", false),
            Speaker::Term => ("nobody (a quoted term)", false),
        };
        let sentence = sentence_span(article, quote);
        Work {
            quotation: Some(Quotation {
                words: article.slice(quote.span),
                span: quote.span,
                speaker,
                attributed,
                sentence,
            }),
            ..Work::article(article, url)
        }
    }

    /// The entry's key: the article id, with the words' span for a quotation
    /// (`cairo-2014-09@2593-2745`), so an article and its quotations can sit in one
    /// library.
    pub fn key(&self) -> String {
        match &self.quotation {
            Some(q) => format!("{}@{}-{}", self.id, q.span.start, q.span.end),
            None => self.id.to_string(),
        }
    }

    /// The outlet's name, if known.
    pub fn outlet_name(&self) -> Option<&'a str> {
        self.outlet
            .value
            .as_deref()
            .filter(|s| !s.trim().is_empty())
    }

    /// The wire's name, if known.
    pub fn wire_name(&self) -> Option<&'a str> {
        self.wire.value.as_deref().filter(|s| !s.trim().is_empty())
    }
}

/// The span of the sentences a quotation runs over, from the start of the one it
/// opens in to the end of the one it closes in: what its link highlights. A quotation
/// outside every sentence (a corrupt blob) gives its own span.
pub fn sentence_span(article: &Article, quote: &Quote) -> Span {
    let first = article.sentence_at(quote.span.start);
    let last = article.sentence_at(quote.span.end.saturating_sub(1).max(quote.span.start));
    let span = |ix: Option<u16>| {
        ix.and_then(|i| article.sentences.get(i as usize))
            .map(|s| s.span)
    };
    match (span(first), span(last)) {
        (Some(a), Some(b)) if a.start <= b.end => Span {
            start: a.start,
            end: b.end,
        },
        _ => quote.span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::ctx;
    use corpus::model::AttributionRule;

    #[test]
    fn a_quotation_carries_its_speaker_as_the_app_reads_it() {
        let corpus = ctx().corpus;
        let mut quotes = corpus
            .articles
            .iter()
            .flat_map(|a| a.quotes.iter().map(move |q| (a, q)));
        let (a, q) = quotes
            .find(|(_, q)| q.speaker.is_some() && q.rule != AttributionRule::Unattributed)
            .expect("a named speaker in the seeds");
        let work = Work::quotation(corpus, a, q, "u");
        let quoted = work.quotation.as_ref().unwrap();
        assert_eq!(quoted.speaker, corpus.entity(q.speaker.unwrap()).name);
        assert!(quoted.attributed);
        assert!(quoted.sentence.contains(q.span));
        assert_eq!(quoted.words, a.slice(q.span));
        assert!(work.key().starts_with(&format!("{}@", a.id)));

        let mut unattributed = q.clone();
        unattributed.rule = AttributionRule::Unattributed;
        let work = Work::quotation(corpus, a, &unattributed, "u");
        let quoted = work.quotation.unwrap();
        assert_eq!((quoted.speaker, quoted.attributed), ("unattributed", false));
    }

    #[test]
    fn a_quotation_over_several_sentences_highlights_them_all() {
        let corpus = ctx().corpus;
        let (a, q) = (corpus.articles.iter())
            .flat_map(|a| a.quotes.iter().map(move |q| (a, q)))
            .find(|(a, q)| a.sentence_at(q.span.start) != a.sentence_at(q.span.end - 1))
            .expect("a quotation of several sentences in the seeds");
        let span = sentence_span(a, q);
        assert!(span.contains(q.span));
        let first = &a.sentences[a.sentence_at(q.span.start).unwrap() as usize];
        assert_eq!(span.start, first.span.start);
        assert!(a.sentences.iter().any(|s| s.span.end == span.end));
    }

    #[test]
    fn a_quotation_outside_every_sentence_cites_its_own_span() {
        let corpus = ctx().corpus;
        let a = &corpus.articles[0];
        let mut q = a.quotes[0].clone();
        q.span = Span::new(a.text.len() + 5, a.text.len() + 9);
        let work = Work::quotation(corpus, a, &q, "u");
        assert_eq!(work.quotation.unwrap().sentence, q.span);
        assert_eq!(Work::article(a, "u").key(), a.id);
    }
}
