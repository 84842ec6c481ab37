//! The pretty paths of the states people share (issue 25): each is a real page that
//! `make site` writes (`views::site::pages`), with the view drawn in it, so the link
//! paints before the app arrives and a crawler reads its title and description.
//!
//! | path, under the app's root | state | query form |
//! |---|---|---|
//! | `read/ID/` | the article in the reader | `?view=read&a=ID` |
//! | `map/ID/` | the faction map as of the round | `?view=map&round=ID` |
//! | `compare/ID/` | the article beside the round before it | `?view=compare&cmp=PREV,ID` |
//! | `faction/ID/` | the timeline filtered to a faction | `?f=ID` |
//! | `entity/ID/` | the timeline filtered to an entity | `?e=ID` |
//! | `promises/` | the promises tracker, every provision | `?view=promises` |
//!
//! A state has a path only when it is exactly one of these, every other key at its
//! default; one state, one canonical URL ([`ViewState::path`]). Every query link keeps
//! working: the path and the query open the same view.

use super::{Known, View, ViewState};
use corpus::Corpus;

/// The kinds of pages a path names, in the order above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    Read,
    Map,
    Compare,
    Faction,
    Entity,
}

impl PathKind {
    pub const ALL: [PathKind; 5] = [
        PathKind::Read,
        PathKind::Map,
        PathKind::Compare,
        PathKind::Faction,
        PathKind::Entity,
    ];

    /// The path's first segment.
    pub fn as_str(self) -> &'static str {
        match self {
            PathKind::Read => "read",
            PathKind::Map => "map",
            PathKind::Compare => "compare",
            PathKind::Faction => "faction",
            PathKind::Entity => "entity",
        }
    }

    /// The state of the page of `id`, if `id` names what this kind needs.
    pub fn state(self, id: &str, corpus: &Corpus) -> Option<ViewState> {
        let mut s = ViewState::default();
        match self {
            PathKind::Read | PathKind::Map if !corpus.is_article(id) => return None,
            PathKind::Read => {
                s.view = View::Read;
                s.article = Some(id.to_string());
            }
            PathKind::Map => {
                s.view = View::Map;
                s.round = Some(id.to_string());
            }
            PathKind::Compare => {
                let ix = corpus.article_ix(id)?;
                let previous = corpus.articles.get(ix.checked_sub(1)?)?;
                s.view = View::Compare;
                s.compare = vec![previous.id.clone(), id.to_string()];
            }
            PathKind::Faction if corpus.is_faction(id) => s.factions = vec![id.to_string()],
            PathKind::Entity if corpus.is_entity(id) => s.entities = vec![id.to_string()],
            PathKind::Faction | PathKind::Entity => return None,
        }
        Some(s)
    }
}

/// The one path without an id: the promises tracker as a whole.
const PROMISES: &str = "promises";

fn promises_page() -> ViewState {
    ViewState {
        view: View::Promises,
        ..ViewState::default()
    }
}

impl ViewState {
    /// The pretty path of this state under the app's root (`read/cairo-2014-09/`), if
    /// it has one: it is then its canonical URL, and a page of its own.
    pub fn path(&self, corpus: &Corpus) -> Option<String> {
        let s = self.clone().canonical();
        let (kind, id) = match s.view {
            View::Read => (PathKind::Read, s.article.as_deref()?),
            View::Map => (PathKind::Map, s.round.as_deref()?),
            View::Compare => (PathKind::Compare, s.compare.get(1)?.as_str()),
            View::Promises => return (s == promises_page()).then(|| format!("{PROMISES}/")),
            View::Timeline => match (s.factions.as_slice(), s.entities.as_slice()) {
                ([f], []) => (PathKind::Faction, f.as_str()),
                ([], [e]) => (PathKind::Entity, e.as_str()),
                _ => return None,
            },
        };
        (kind.state(id, corpus)? == s).then(|| format!("{}/{id}/", kind.as_str()))
    }

    /// The state a path under the app's root names (`read/cairo-2014-09/`, with or
    /// without its last slash or `index.html`); `None` for any other path.
    pub fn from_path(path: &str, corpus: &Corpus) -> Option<ViewState> {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        if path.trim_matches('/') == PROMISES {
            return Some(promises_page());
        }
        let mut parts = path.trim_matches('/').split('/');
        let (Some(kind), Some(id), None) = (parts.next(), parts.next(), parts.next()) else {
            return None;
        };
        let kind = PathKind::ALL.into_iter().find(|k| k.as_str() == kind)?;
        kind.state(id, corpus)
    }

    /// Every state that has a path, kind by kind: the pages `make site` writes. An
    /// entity no article names (an empty timeline) gets none.
    pub fn with_paths(corpus: &Corpus) -> Vec<ViewState> {
        let articles = corpus.articles.iter().map(|a| a.id.as_str());
        let named = |ix: usize| corpus.articles.iter().any(|a| a.mentions_entity(ix as u16));
        let entities: Vec<&str> = (corpus.entities.iter().enumerate())
            .filter(|&(i, _)| named(i))
            .map(|(_, e)| e.id.as_str())
            .collect();
        let mut out = Vec::new();
        for kind in PathKind::ALL {
            let ids: Vec<&str> = match kind {
                PathKind::Read | PathKind::Map | PathKind::Compare => articles.clone().collect(),
                PathKind::Faction | PathKind::Entity => entities.clone(),
            };
            out.extend(ids.into_iter().filter_map(|id| kind.state(id, corpus)));
        }
        out.push(promises_page());
        out
    }
}

#[cfg(test)]
mod tests;
