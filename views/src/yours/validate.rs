//! Whether an article of yours fits the corpus it is shown in. It comes back from the
//! browser's storage, perhaps written by an older build against another knowledge
//! base, or edited by hand: an index past the end of a list, or a span that does not
//! fall on the text's characters, would make a view panic or name the wrong entity.
//! Such an article is refused with the reason, and extracted again by the app.

use corpus::model::{Article, Corpus, EntityIx, Span};

/// Why `article` cannot be shown beside `corpus`, or `Ok` if it can.
pub(super) fn fits(article: &Article, corpus: &Corpus) -> Result<(), String> {
    let entities = corpus.entities.len();
    let entity = |ix: EntityIx, what: &str| {
        if (ix as usize) < entities {
            Ok(())
        } else {
            Err(format!(
                "{what} names entity {ix}, and there are {entities}"
            ))
        }
    };
    let span = |s: Span, what: &str| {
        let ok = s.start <= s.end
            && article.text.is_char_boundary(s.start as usize)
            && article.text.is_char_boundary(s.end as usize);
        if ok {
            Ok(())
        } else {
            Err(format!("a {what} is not a part of the text"))
        }
    };
    let sentences = article.sentences.len();
    let sentence = |ix: u16, what: &str| {
        if (ix as usize) < sentences {
            Ok(())
        } else {
            Err(format!(
                "a {what} is in sentence {ix}, and there are {sentences}"
            ))
        }
    };
    if let Some(place) = article.place {
        entity(place, "the place")?;
    }
    for (i, s) in article.sentences.iter().enumerate() {
        span(s.span, "sentence")?;
        if i > 0 && s.span.start < article.sentences[i - 1].span.end {
            return Err("the sentences overlap".into());
        }
        if s.topics.iter().any(|&t| t as usize >= corpus.topics.len()) {
            return Err("a sentence names a topic the corpus lacks".into());
        }
    }
    for m in &article.mentions {
        entity(m.entity, "a mention")?;
        span(m.span, "mention")?;
    }
    if !article.mentions.is_sorted_by_key(|m| m.span.start) {
        return Err("the mentions are out of order".into());
    }
    for c in &article.candidates {
        span(c.span, "name")?;
        if let Some(role) = c.role {
            span(role, "title")?;
        }
        if let Some(f) = c.affiliation {
            entity(f, "a name's faction")?;
        }
    }
    for q in &article.quotes {
        span(q.span, "quotation")?;
        sentence(q.sentence, "quotation")?;
        for ix in [q.speaker, q.speaker_faction].into_iter().flatten() {
            entity(ix, "a quotation")?;
        }
        if let Some(s) = q.speaker_span {
            span(s, "speaker")?;
        }
    }
    for e in &article.events {
        span(e.span, "date")?;
        sentence(e.sentence, "date")?;
        if e.catalog.iter().any(|&c| c as usize >= corpus.events.len()) {
            return Err("a date names an event the catalogue lacks".into());
        }
    }
    for r in &article.relations {
        entity(r.source, "a relation")?;
        entity(r.target, "a relation")?;
        sentence(r.sentence, "relation")?;
    }
    for f in &article.framing {
        span(f.span, "loaded term")?;
        if f.term as usize >= corpus.framing.len() {
            return Err("a loaded term is not in the lexicon".into());
        }
    }
    for p in &article.present {
        entity(p.person, "a participant")?;
        sentence(p.sentence, "participant")?;
        if let Some(f) = p.leads {
            entity(f, "a delegation")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> &'static Corpus {
        corpus::seeds::repository()
    }

    #[test]
    fn every_published_article_fits_its_corpus() {
        for a in &corpus().articles {
            assert_eq!(fits(a, corpus()), Ok(()), "{}", a.id);
        }
    }

    #[test]
    fn an_index_or_a_span_out_of_place_is_refused_with_the_reason() {
        let good = corpus().articles[1].clone();
        let n = corpus().entities.len() as EntityIx;
        type Break = fn(&mut Article, EntityIx);
        let broken: [(&str, Break); 8] = [
            ("mention", |a, n| a.mentions[0].entity = n),
            ("place", |a, n| a.place = Some(n)),
            ("relation", |a, n| a.relations[0].target = n),
            ("participant", |a, n| a.present[0].person = n),
            ("not a part of the text", |a, _| {
                a.mentions[0].span.end = u32::MAX
            }),
            ("sentence", |a, _| a.quotes[0].sentence = u16::MAX),
            ("topic", |a, _| a.sentences[0].topics.push(u16::MAX)),
            ("event", |a, _| a.events[0].catalog.push(u16::MAX)),
        ];
        for (why, break_it) in broken {
            let mut a = good.clone();
            break_it(&mut a, n);
            let reason = fits(&a, corpus()).unwrap_err();
            assert!(reason.contains(why), "{why}: {reason}");
        }
        // A span that cuts a character in two.
        let mut a = Article::unannotated("yours-x", "Gaza\u{2019}s talks.");
        a.mentions.push(corpus::model::Mention {
            entity: 0,
            span: Span::new(0, 5),
            variant: false,
        });
        assert!(fits(&a, corpus()).is_err());
    }
}
