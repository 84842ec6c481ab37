//! How the reader words a name that is not simply a curated alias: a spelling variant
//! of a known person ("spelled Musa Abu Marzuk here", issue 12), and an uncurated name
//! with the role its title gives ("Wang Yi — foreign minister, China"). The text's
//! marks and the facts beside it both say it with these words.

use crate::markup::esc;
use corpus::model::{Article, Candidate, Corpus, EntityIx};
use std::fmt::Write;

/// The spellings the text uses for `entity` that no alias has, each once, in the
/// order they first appear.
pub fn variant_spellings(article: &Article, entity: EntityIx) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for m in article
        .mentions
        .iter()
        .filter(|m| m.variant && m.entity == entity)
    {
        let spelled = article.slice(m.span).trim();
        if !spelled.is_empty() && !out.contains(&spelled) {
            out.push(spelled);
        }
    }
    out
}

/// "spelled Musa Abu Marzuk here", the spellings set apart, for the facts' entity
/// list; nothing when the text uses only the knowledge base's spellings.
pub fn variant_note_html(out: &mut String, article: &Article, entity: EntityIx) {
    let spellings = variant_spellings(article, entity);
    if spellings.is_empty() {
        return;
    }
    out.push_str(r#" <span class="variant-note" data-testid="variant-note">spelled "#);
    for (i, s) in spellings.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, r#"<span class="spelling">{}</span>"#, esc(s));
    }
    out.push_str(" here</span>");
}

/// The role an uncurated name's title gives, with the state or body it is of:
/// "foreign minister, China"; `None` when the text gives neither.
pub fn candidate_role(corpus: &Corpus, article: &Article, c: &Candidate) -> Option<String> {
    let role = c
        .role
        .map(|r| role_case(article.slice(r).trim()))
        .filter(|r| !r.is_empty());
    let of = c
        .affiliation
        .and_then(|e| corpus.entities.get(e as usize))
        .map(|e| e.name.clone());
    match (role, of) {
        (Some(r), Some(o)) => Some(format!("{r}, {o}")),
        (r, o) => r.or(o),
    }
}

/// A title as a role in running text: capitalized words lowercased ("Foreign
/// Minister" → "foreign minister"), acronyms kept ("UN Envoy" → "UN envoy").
fn role_case(title: &str) -> String {
    title
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            let first_upper = chars.next().is_some_and(char::is_uppercase);
            if first_upper && chars.all(|c| !c.is_uppercase()) {
                w.to_lowercase()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::model::{Mention, Span};

    fn at(text: &str, what: &str) -> Span {
        let s = text.find(what).unwrap();
        Span::new(s, s + what.len())
    }

    #[test]
    fn variant_spellings_are_listed_once_in_text_order() {
        let text =
            "Musa Abu Marzuk spoke. Moussa Abu Marzouk left. Abu Marzuk and Musa Abu Marzuk again.";
        let mut a = Article::unannotated("t", text);
        let short = text.find("Abu Marzuk and").unwrap();
        let last = text.rfind("Musa Abu Marzuk").unwrap();
        let mention = |span, variant| Mention {
            entity: 7,
            span,
            variant,
        };
        a.mentions = vec![
            mention(at(text, "Musa Abu Marzuk"), true),
            mention(at(text, "Moussa Abu Marzouk"), false),
            mention(Span::new(short, short + "Abu Marzuk".len()), true),
            mention(Span::new(last, last + "Musa Abu Marzuk".len()), true),
        ];
        assert_eq!(variant_spellings(&a, 7), ["Musa Abu Marzuk", "Abu Marzuk"]);
        assert!(variant_spellings(&a, 8).is_empty());
        let mut out = String::new();
        variant_note_html(&mut out, &a, 7);
        assert_eq!(
            out,
            r#" <span class="variant-note" data-testid="variant-note">spelled <span class="spelling">Musa Abu Marzuk</span>, <span class="spelling">Abu Marzuk</span> here</span>"#
        );
        let mut none = String::new();
        variant_note_html(&mut none, &a, 8);
        assert!(none.is_empty());
    }

    #[test]
    fn a_title_reads_as_a_role_of_its_state() {
        let c = corpus::seeds::repository();
        let text = "Chinese Foreign Minister Wang Yi and UN Special Envoy Tor Wennesland met Li.";
        let a = Article::unannotated("t", text);
        let wang = Candidate {
            span: at(text, "Wang Yi"),
            role: Some(at(text, "Foreign Minister")),
            affiliation: c.entity_ix("china"),
            kind: None,
        };
        assert_eq!(
            candidate_role(c, &a, &wang).as_deref(),
            Some("foreign minister, China")
        );
        let envoy = Candidate {
            span: at(text, "Tor Wennesland"),
            role: Some(at(text, "UN Special Envoy")),
            affiliation: None,
            kind: None,
        };
        assert_eq!(
            candidate_role(c, &a, &envoy).as_deref(),
            Some("UN special envoy")
        );
        let bare = Candidate {
            span: at(text, "Li"),
            role: None,
            affiliation: Some(u16::MAX),
            kind: None,
        };
        assert_eq!(
            candidate_role(c, &a, &bare),
            None,
            "a stale index names nothing"
        );
    }
}
