//! What a prerendered page says of itself to a crawler, a chat app pasting its link, or
//! a reference manager: its canonical URL, its description in words, OpenGraph and
//! Twitter card tags, and on an article's page the Highwire `citation_*` tags that
//! Zotero's connector reads. Every value is written from the corpus and the state,
//! escaped; none is invented (an outlet not established is left out).

use crate::filter::Selection;
use crate::markup::esc;
use crate::page::page_title;
use crate::state::{View, ViewState};
use corpus::{Corpus, PartialDate};
use std::fmt::Write;

/// The head of one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    pub title: String,
    pub description: String,
    /// Absolute: the canonical URL of the state.
    pub url: String,
    /// Absolute: the page's preview image (1200×630 PNG), if it has one.
    pub image: Option<String>,
    /// On an article's page: what a citation needs.
    pub citation: Option<Citation>,
}

/// The Highwire tags of an article's page.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub title: String,
    pub date: Option<PartialDate>,
    pub publisher: Option<String>,
}

impl Head {
    /// The head of `state`'s page, whose canonical address is `url`.
    pub fn of(corpus: &Corpus, state: &ViewState, sel: &Selection, url: String) -> Head {
        let citation = (state.view == View::Read)
            .then(|| state.article.as_deref().and_then(|id| corpus.article(id)))
            .flatten()
            .map(|a| Citation {
                title: a.headline.clone(),
                date: a.published.value.or(a.talks.value),
                publisher: a.outlet.value.clone(),
            });
        Head {
            title: page_title(corpus, state),
            description: describe(corpus, state, sel),
            url,
            image: None,
            citation,
        }
    }
}

/// The page's description, in words.
pub fn describe(corpus: &Corpus, state: &ViewState, sel: &Selection) -> String {
    let article = |id: &Option<String>| id.as_deref().and_then(|id| corpus.article(id));
    let outlet = |a: &corpus::Article| {
        a.outlet
            .value
            .clone()
            .unwrap_or_else(|| "an outlet not established".into())
    };
    let n = corpus.articles.len();
    let text = match state.view {
        View::Read => article(&state.article).map(|a| {
            format!(
                "{}. The round of {} as {} reported it, with every entity, quotation, date and loaded term marked, and where each fact comes from.",
                a.headline,
                a.date().label(),
                outlet(a)
            )
        }),
        View::Map => article(&state.round).map(|a| {
            format!(
                "Who stood with whom in the Fatah–Hamas reconciliation talks as of the round of {} ({}): factions, their people, states and mediators, and every relation the articles state, each backed by its sentence.",
                a.date().label(),
                a.headline
            )
        }),
        View::Compare => {
            let both: Vec<&corpus::Article> = state.compare.iter().filter_map(|id| corpus.article(id)).collect();
            (both.len() > 1).then(|| {
                let each: Vec<String> = both.iter().map(|a| format!("{} ({}, {})", a.headline, a.date().label(), outlet(a))).collect();
                format!("{}: side by side, what each says on the same disputes, whom it quotes and which words frame it.", each.join(" beside "))
            })
        }
        View::Promises => {
            let m = crate::promises::Promises::new(corpus, state, sel);
            let what = "What each Fatah–Hamas agreement promised and what later articles report became of it, each status backed by its sentence";
            Some(match m.rows.len() {
                0 => format!("{what}. No promise is found in these {n} articles yet."),
                rows => format!(
                    "{what}: {} by {} in {n} articles.",
                    crate::promises::words::count(rows, "provision"),
                    crate::promises::words::count(
                        (m.columns.iter())
                            .filter(|c| matches!(c, crate::promises::Column::Deal(_)))
                            .count(),
                        "agreement"
                    ),
                ),
            })
        }
        View::Timeline => {
            let names: Vec<&str> = (state.factions.iter().chain(&state.entities))
                .filter_map(|id| corpus.entity_ix(id))
                .map(|e| corpus.entity(e).name.as_str())
                .collect();
            (!names.is_empty()).then(|| {
                let who = if state.factions.is_empty() { names.join(", ") } else { format!("{} or its people", names.join(", ")) };
                format!(
                    "The rounds of Fatah–Hamas reconciliation talks in Cairo whose report names {who}: {} of {n} articles, on a timeline with the events they refer to.",
                    sel.article_count()
                )
            })
        }
    };
    text.unwrap_or_else(|| {
        format!("Twelve years of Fatah–Hamas reconciliation talks in Cairo in {n} articles: a timeline, a faction map and side-by-side articles, every fact linked to its sentence.")
    })
}

/// The tags of `head`, one per line, to go in the page's `<head>`.
pub fn head_html(head: &Head) -> String {
    let mut out = String::new();
    let mut tag = |attr: &str, key: &str, value: &str| {
        let _ = writeln!(out, r#"  <meta {attr}="{key}" content="{}">"#, esc(value));
    };
    tag("name", "description", &head.description);
    tag(
        "property",
        "og:type",
        if head.citation.is_some() {
            "article"
        } else {
            "website"
        },
    );
    tag("property", "og:site_name", "Cairo Talks");
    tag("property", "og:title", &head.title);
    tag("property", "og:description", &head.description);
    tag("property", "og:url", &head.url);
    let card = if head.image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    tag("name", "twitter:card", card);
    tag("name", "twitter:title", &head.title);
    tag("name", "twitter:description", &head.description);
    if let Some(image) = &head.image {
        tag("property", "og:image", image);
        tag("property", "og:image:width", "1200");
        tag("property", "og:image:height", "630");
        tag("property", "og:image:alt", &head.title);
        tag("name", "twitter:image", image);
    }
    if let Some(c) = &head.citation {
        tag("name", "citation_title", &c.title);
        if let Some(d) = c.date {
            // Highwire writes dates with slashes: 2014/09/24, 2014/09, 2014.
            tag(
                "name",
                "citation_publication_date",
                &d.to_string().replace('-', "/"),
            );
        }
        if let Some(p) = &c.publisher {
            tag("name", "citation_publisher", p);
        }
        tag("name", "citation_public_url", &head.url);
    }
    let _ = writeln!(out, r#"  <link rel="canonical" href="{}">"#, esc(&head.url));
    out
}

#[cfg(test)]
mod tests;
