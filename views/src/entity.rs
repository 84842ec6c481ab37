//! How an entity looks wherever it appears. One colour rule ([`Swatch`]) gives both
//! the CSS class of chips, links and mentions and the colour the SVG map paints, and
//! one writer draws an entity as a link that filters by it.

use crate::markup::esc;
use crate::palette::{Scheme, faction_colour, kind_colour};
use crate::state::ViewState;
use crate::state::links::entity_href;
use corpus::Corpus;
use corpus::model::{EntityIx, EntityKind};
use std::fmt::Write;

/// The colour an entity is drawn in: its faction's, else that of the body it
/// represents (an Egyptian official is coloured as a state), else its own kind's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch<'a> {
    Faction(&'a str),
    Kind(EntityKind),
}

impl<'a> Swatch<'a> {
    pub fn of(corpus: &'a Corpus, ix: EntityIx) -> Self {
        match corpus.faction_of(ix) {
            Some(f) if corpus.entity(f).kind == EntityKind::Organization => {
                Swatch::Faction(&corpus.entity(f).id)
            }
            Some(f) => Swatch::Kind(corpus.entity(f).kind),
            None => Swatch::Kind(corpus.entity(ix).kind),
        }
    }

    /// The class that sets `--c` for the stylesheet: `faction-hamas`, `kind-state`.
    pub fn class(self) -> String {
        match self {
            Swatch::Faction(id) => format!("faction-{id}"),
            Swatch::Kind(kind) => format!("kind-{}", kind.as_str()),
        }
    }

    /// The colour itself in a scheme, for SVG presentation attributes (an exported
    /// map keeps it).
    pub fn hex(self, scheme: Scheme) -> &'static str {
        match self {
            Swatch::Faction(id) => faction_colour(id, scheme),
            Swatch::Kind(kind) => kind_colour(kind, scheme),
        }
    }
}

/// The CSS class that colours an entity (see [`Swatch`]).
pub fn colour_class(corpus: &Corpus, ix: EntityIx) -> String {
    Swatch::of(corpus, ix).class()
}

/// An entity as a link, in its colour, that filters the current view by it.
pub fn entity_link(out: &mut String, corpus: &Corpus, state: &ViewState, ix: EntityIx) {
    let e = corpus.entity(ix);
    let _ = write!(
        out,
        r#"<a class="entity-link {c}" href="{h}" title="{d} — show only what mentions {n}" data-entity="{id}">{n}</a>"#,
        c = colour_class(corpus, ix),
        h = esc(&entity_href(state, &e.id)),
        d = esc(&e.description),
        n = esc(&e.name),
        id = esc(&e.id),
    );
}

/// An entity as a chip in a list (`<li>`), linked like [`entity_link`].
pub fn entity_chip(out: &mut String, corpus: &Corpus, state: &ViewState, ix: EntityIx) {
    out.push_str("<li>");
    entity_link(out, corpus, state, ix);
    out.push_str("</li>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{ctx, entity};

    #[test]
    fn a_person_takes_the_colour_of_their_faction() {
        let c = ctx().corpus;
        let abbas = entity("mahmoud-abbas");
        let fatah = c.faction_of(abbas).map(|f| c.entity(f).id.as_str());
        assert_eq!(
            Swatch::of(c, abbas).class(),
            format!("faction-{}", fatah.unwrap())
        );
        let egypt = entity("egypt");
        assert_eq!(Swatch::of(c, egypt), Swatch::Kind(EntityKind::State));
        assert_eq!(
            Swatch::of(c, egypt).hex(Scheme::Dark),
            kind_colour(EntityKind::State, Scheme::Dark)
        );
    }

    #[test]
    fn an_entity_link_filters_by_the_entity_and_escapes_its_text() {
        let mut out = String::new();
        let hamas = entity("hamas");
        entity_link(&mut out, ctx().corpus, &ViewState::default(), hamas);
        assert!(out.contains(r#"href="?e=hamas""#), "{out}");
        assert!(out.contains(r#"data-entity="hamas""#));
        assert!(!out.contains("<script"));
    }
}
