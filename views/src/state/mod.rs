/*!
The typed view state and its canonical query string (ARCHITECTURE.md section 6).

All of the app's state lives in the query string of its one page, so a link is the
whole view. This module is the single source of truth for that state: components read
a [`ViewState`] from context and write one back; nobody parses the URL by hand.

Why it is built this way:

- **One canonical form.** [`ViewState::canonical`] sorts and dedups the filter lists,
  trims and caps the text query, keeps at most three compared articles, drops empty
  ids and impossible ranges. [`ViewState::to_query`] always writes that canonical form
  with the keys in one fixed order, so the same view always gives the same link and
  `parse(to_query(s)) == s.canonical()` (property-tested against the real corpus).
- **Forgiving parsing.** A shared link outlives the corpus it was made with, and
  people edit URLs. [`ViewState::parse`] never fails and never panics: whatever does
  not parse or names nothing is dropped, reported as an [`Ignored`] for the notice,
  and the rest of the view still loads. See [`parse`](ViewState::parse) for the rules.
- **No corpus type in the codec.** What ids exist is asked through the small [`Known`]
  trait, so the codec is tested with the real corpus and with fakes alike.
*/

pub mod highlight;
pub mod links;
mod parse;
pub mod paths;
mod url;

pub use highlight::Highlight;
pub use parse::{Ignored, ONLY_THERE, parse_window};
pub use url::format_window;

use corpus::date::PartialDate;
use corpus::model::{Corpus, EntityKind, Span};

/// Longest text query kept, in characters; longer ones are cut (and reported).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most articles shown side by side in the comparison.
pub const MAX_COMPARE: usize = 3;
/// Every query key, in the fixed order [`ViewState::to_query`] writes them.
pub const KEYS: [&str; 15] = [
    "view", "f", "e", "t", "from", "to", "q", "a", "s", "cmp", "focus", "round", "window", "sel",
    "p",
];

/// The five views of the one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Timeline,
    Map,
    Compare,
    Read,
    Promises,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Timeline,
        View::Map,
        View::Compare,
        View::Read,
        View::Promises,
    ];

    /// The value of the `view` key.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Map => "map",
            View::Compare => "compare",
            View::Read => "read",
            View::Promises => "promises",
        }
    }

    /// The inverse of [`View::as_str`]; exact (lowercase) words only.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The name shown on the view's tab.
    pub fn label(self) -> &'static str {
        match self {
            View::Timeline => "Timeline",
            View::Map => "Faction map",
            View::Compare => "Compare",
            View::Read => "Reader",
            View::Promises => "Promises",
        }
    }
}

/// Everything a link restores. Field comments name the query key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// `view`; absent when [`View::Timeline`].
    pub view: View,
    /// `f`: organization ids (entities of kind Organization), sorted, deduped.
    pub factions: Vec<String>,
    /// `e`: entity ids that must all be mentioned, sorted, deduped.
    pub entities: Vec<String>,
    /// `t`: topic ids, sorted, deduped.
    pub topics: Vec<String>,
    /// `from`: first date of the filter range.
    pub from: Option<PartialDate>,
    /// `to`: last date of the filter range; never before `from`.
    pub to: Option<PartialDate>,
    /// `q`: full-text query, trimmed, at most [`MAX_QUERY_CHARS`]; empty when unset.
    pub query: String,
    /// `a`: the article open in the reader.
    pub article: Option<String>,
    /// `s`, written `START-END`: the span of `article`'s text whose sentence the reader
    /// highlights (see [`highlight`]); dropped when `article` is another.
    pub highlight: Option<Highlight>,
    /// `cmp`: articles side by side, order kept, deduped, at most [`MAX_COMPARE`].
    pub compare: Vec<String>,
    /// `focus`: the entity in focus on the map.
    pub focus: Option<String>,
    /// `round`: the article whose round the map shows relations as of.
    pub round: Option<String>,
    /// `window`, written `FROM..TO`: the timeline's visible range; never reversed.
    pub window: Option<(PartialDate, PartialDate)>,
    /// `sel`: the selected timeline item, an article id or a catalogue event id.
    pub selected: Option<String>,
    /// `p`: the one provision the promises view shows (a `corpus.provisions` id).
    pub provision: Option<String>,
}

/// What ids exist, as far as the URL codec needs to know.
pub trait Known {
    /// An entity of kind [`EntityKind::Organization`].
    fn is_faction(&self, id: &str) -> bool;
    fn is_entity(&self, id: &str) -> bool;
    fn is_topic(&self, id: &str) -> bool;
    fn is_article(&self, id: &str) -> bool;
    /// A catalogue event (`corpus.events[i].id`).
    fn is_event(&self, id: &str) -> bool;
    /// A provision of the promises tracker (`corpus.provisions[i].id`). A codec that
    /// knows none accepts none.
    fn is_provision(&self, _id: &str) -> bool {
        false
    }
    /// A span that can be highlighted in the article's text ([`highlight::fits_article`]).
    /// A codec that knows no texts accepts none.
    fn fits_article(&self, _article: &str, _span: Span) -> bool {
        false
    }
}

impl Known for Corpus {
    fn is_faction(&self, id: &str) -> bool {
        self.entities
            .iter()
            .any(|e| e.id == id && e.kind == EntityKind::Organization)
    }

    fn is_entity(&self, id: &str) -> bool {
        self.entities.iter().any(|e| e.id == id)
    }

    fn is_topic(&self, id: &str) -> bool {
        self.topics.iter().any(|t| t.id == id)
    }

    fn is_article(&self, id: &str) -> bool {
        self.articles.iter().any(|a| a.id == id)
    }

    fn is_event(&self, id: &str) -> bool {
        self.events.iter().any(|e| e.id == id)
    }

    fn is_provision(&self, id: &str) -> bool {
        self.provision_ix(id).is_some()
    }

    fn fits_article(&self, article: &str, span: Span) -> bool {
        highlight::fits_article(self, article, span)
    }
}

impl ViewState {
    /// Whether any of the shared filters (`f`, `e`, `t`, `from`, `to`, `q`) is set.
    pub fn has_filters(&self) -> bool {
        !self.factions.is_empty()
            || !self.entities.is_empty()
            || !self.topics.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || !self.query.trim().is_empty()
    }

    /// Clears the filters only; the view, the open article, the comparison, the map's
    /// focus and round, the timeline window and the selection stay.
    pub fn clear_filters(&mut self) {
        self.factions.clear();
        self.entities.clear();
        self.topics.clear();
        self.from = None;
        self.to = None;
        self.query.clear();
    }

    /// Adds the faction to `f`, or removes it if present; `f` stays sorted.
    pub fn toggle_faction(&mut self, id: &str) {
        toggle_sorted(&mut self.factions, id);
    }

    /// Adds the entity to `e`, or removes it if present; `e` stays sorted.
    pub fn toggle_entity(&mut self, id: &str) {
        toggle_sorted(&mut self.entities, id);
    }

    /// Adds the topic to `t`, or removes it if present; `t` stays sorted.
    pub fn toggle_topic(&mut self, id: &str) {
        toggle_sorted(&mut self.topics, id);
    }

    /// Adds the article to the comparison, or removes it if present. A fourth article
    /// replaces the oldest one, so the click the reader just made always shows.
    pub fn toggle_compare(&mut self, id: &str) {
        let id = id.trim();
        if id.is_empty() {
            return;
        }
        if let Some(i) = self.compare.iter().position(|c| c == id) {
            self.compare.remove(i);
        } else {
            self.compare.push(id.to_string());
            while self.compare.len() > MAX_COMPARE {
                self.compare.remove(0);
            }
        }
    }
}

/// Inserts `id` at its sorted place or removes it. Assumes `list` is sorted, as every
/// list of a canonical state is; an unsorted list is sorted first, so it stays correct.
fn toggle_sorted(list: &mut Vec<String>, id: &str) {
    let id = id.trim();
    if id.is_empty() {
        return;
    }
    if !list.is_sorted() {
        crate::sort::sort(list);
        list.dedup();
    }
    match list.binary_search_by(|x| x.as_str().cmp(id)) {
        Ok(i) => {
            list.remove(i);
        }
        Err(i) => list.insert(i, id.to_string()),
    }
}

/// Whether `from` starts after `to` ends: a range no date can fall in. Compared by
/// calendar days so that `2014-06..2014` (June within 2014) is a valid range even
/// though the derived order sorts `2014` first.
pub fn is_reversed(from: PartialDate, to: PartialDate) -> bool {
    from.first_day() > to.last_day()
}
