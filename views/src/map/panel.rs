//! The focused entity's panel: what the knowledge base and the whole corpus say about
//! it (aliases, roles over time, mentions per article with a snippet, quotations, who
//! it appears with) and where to go from it. It describes the entity across all
//! rounds, whatever round the map shows (`entity_profile` reads the whole corpus).

use super::entity_profile;
use super::hit::MapHit;
use crate::entity::entity_link;
use crate::hit::Hit;
use crate::markup::esc;
use crate::state::links::sentence_href;
use crate::state::{View, ViewState};
use corpus::Corpus;
use corpus::model::EntityIx;
use std::fmt::Write;

/// People it appears with, at most.
const APPEARS_WITH: usize = 8;
/// Longest snippet of a mention's sentence, in bytes.
const SNIPPET: usize = 160;

pub fn entity_panel_html(out: &mut String, corpus: &Corpus, state: &ViewState, ix: EntityIx) {
    let Some(e) = corpus.entities.get(ix as usize) else {
        return;
    };
    let profile = entity_profile(corpus, ix);
    let faction = e
        .faction
        .map(|f| format!(" · {}", esc(&corpus.entity(f).name)))
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<aside class="entity-panel" data-testid="entity-panel" data-entity="{id}" aria-label="About {name}"><button type="button" class="close" aria-label="Close"{close}>×</button><h3>{name}</h3><p class="meta">{kind}{faction}</p><p>{desc}</p>"#,
        id = esc(&e.id),
        name = esc(&e.name),
        close = MapHit::ClosePanel.attr(),
        kind = e.kind.as_str(),
        desc = esc(&e.description),
    );
    if e.aliases.len() > 1 {
        let _ = write!(
            out,
            r#"<p class="aliases"><strong>Also spelled: </strong>{}</p>"#,
            esc(&e.aliases[1..].join(", "))
        );
    }
    out.push_str("<h4>Roles over time</h4><ul>");
    for r in &e.roles {
        let span = match (r.from, r.to) {
            (Some(f), Some(t)) => format!(" ({} – {})", f.label(), t.label()),
            (Some(f), None) => format!(" (from {})", f.label()),
            (None, Some(t)) => format!(" (until {})", t.label()),
            (None, None) => String::new(),
        };
        let _ = write!(
            out,
            "<li>{}{}<small> knowledge base</small></li>",
            esc(&r.title),
            esc(&span)
        );
    }
    for (article, role, target) in &profile.textual_roles {
        let Some(a) = corpus.articles.get(*article) else {
            continue;
        };
        let _ = write!(
            out,
            "<li>{}",
            esc(&format!("“{role}” ({}): ", a.date().label()))
        );
        entity_link(out, corpus, state, *target);
        out.push_str("<small> from the text</small></li>");
    }
    out.push_str(r#"</ul><h4>Mentions per article</h4><ul class="mentions">"#);
    for &(article, count) in &profile.mentions_per_article {
        let Some(a) = corpus.articles.get(article) else {
            continue;
        };
        let first = a.mentions.iter().find(|m| m.entity == ix).map(|m| m.span);
        let sentence = first.and_then(|s| a.sentence_at(s.start));
        let (href, snippet) = match sentence {
            Some(s) => (
                sentence_href(state, &a.id, s),
                corpus::model::shorten(a.sentence_text(s), SNIPPET),
            ),
            None => (
                state.href_with(|st| {
                    st.view = View::Read;
                    st.article = Some(a.id.clone());
                }),
                String::new(),
            ),
        };
        let _ = write!(
            out,
            r#"<li><a href="{h}">{d}</a> ×{count}: <span class="snippet">{s}</span></li>"#,
            h = esc(&href),
            d = esc(&a.date().label()),
            s = esc(&snippet),
        );
    }
    out.push_str(r#"</ul><h4>Quotations</h4><ul class="quotes">"#);
    for &(article, q) in &profile.quotes {
        let Some((a, quote)) = corpus
            .articles
            .get(article)
            .and_then(|a| Some((a, a.quotes.get(q)?)))
        else {
            continue;
        };
        let _ = write!(
            out,
            "<li><q>{}</q> <small>{}</small></li>",
            esc(a.slice(quote.span)),
            esc(&a.date().label())
        );
    }
    out.push_str("</ul><h4>Appears with</h4><ul>");
    for &(other, n) in profile.co_occurring.iter().take(APPEARS_WITH) {
        out.push_str("<li>");
        entity_link(out, corpus, state, other);
        let _ = write!(out, " ×{n}</li>");
    }
    let timeline = state.href_with(|s| {
        s.view = View::Timeline;
        s.entities = vec![e.id.clone()];
    });
    let _ = write!(
        out,
        r#"</ul><p class="actions"><a class="action" href="{t}">Show in timeline</a><button type="button"{filter}>Filter by this</button></p></aside>"#,
        t = esc(&timeline),
        filter = MapHit::FilterBy(ix as usize).attr(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw(id: &str, query: &str) -> String {
        let c = corpus::seeds::repository();
        let (state, _) = ViewState::parse(query, c);
        let mut out = String::new();
        entity_panel_html(&mut out, c, &state, c.entity_ix(id).unwrap());
        out
    }

    #[test]
    fn the_panel_names_the_entity_and_links_each_mention_to_its_sentence() {
        let c = corpus::seeds::repository();
        let abbas = c.entity_ix("mahmoud-abbas").unwrap();
        let html = draw("mahmoud-abbas", "view=map&focus=mahmoud-abbas");
        assert!(html.starts_with(
            r#"<aside class="entity-panel" data-testid="entity-panel" data-entity="mahmoud-abbas" aria-label="About Mahmoud Abbas">"#
        ));
        let profile = entity_profile(c, abbas);
        assert!(!profile.mentions_per_article.is_empty());
        assert_eq!(
            html.matches(r#"<li><a href="?view=read&amp;a="#).count(),
            profile.mentions_per_article.len()
        );
        assert!(html.contains(r#"data-hit="close-panel""#));
        assert!(html.contains(&format!(r#"data-hit="filter-by:{abbas}""#)));
        // Show in timeline replaces the entity filters with this one entity (the rest
        // of the state goes along, as every link keeps it).
        assert!(
            html.contains(r#"href="?e=mahmoud-abbas&amp;focus=mahmoud-abbas">Show in timeline"#),
            "{html}"
        );
    }

    #[test]
    fn appears_with_lists_at_most_eight_entity_links() {
        let html = draw("hamas", "view=map");
        let with = html.split("<h4>Appears with</h4>").nth(1).unwrap();
        let links = with.matches(r#"class="entity-link"#).count();
        assert!((1..=APPEARS_WITH).contains(&links), "{links}");
    }

    #[test]
    fn an_unknown_entity_draws_nothing() {
        let mut out = String::new();
        let c = corpus::seeds::repository();
        entity_panel_html(&mut out, c, &ViewState::default(), u16::MAX);
        assert!(out.is_empty());
    }
}
