//! What every writer reads and nothing changes after start-up: the corpus, its search
//! index, the timeline's items and (on first use) the map's anchors. Built once, by the
//! app when the corpus is decoded, by the worker and by the build's prerender, then
//! shared by reference. The anchors are computed only where the map is drawn (the
//! worker), so the map's layout code stays out of the front page's wasm.
//!
//! The corpus may hold a reader's own articles ("yours", see [`crate::yours`]): the
//! context then knows which, so any writer can mark them in constant time.

use crate::filter::{SearchIndex, Selection, select};
use crate::map::{Anchors, anchors, graph_as_of};
use crate::state::ViewState;
use crate::timeline::{TimelineItem, items};
use corpus::Corpus;
use std::sync::OnceLock;

pub struct Context<'a> {
    pub corpus: &'a Corpus,
    pub index: SearchIndex,
    /// Rounds and referenced events, built once from the corpus.
    pub items: Vec<TimelineItem>,
    anchors: OnceLock<Anchors>,
    /// Parallel to `corpus.articles` when some are the reader's; empty when none is.
    yours: Vec<bool>,
}

impl<'a> Context<'a> {
    pub fn new(corpus: &'a Corpus) -> Self {
        Self::with_yours(corpus, Vec::new())
    }

    /// A context over a corpus some of whose articles are the reader's: `yours[i]`
    /// says whether `corpus.articles[i]` is (see [`crate::yours::merge`], which
    /// builds both). A missing flag means published.
    pub fn with_yours(corpus: &'a Corpus, yours: Vec<bool>) -> Self {
        Context {
            corpus,
            index: SearchIndex::new(corpus),
            items: items(corpus),
            anchors: OnceLock::new(),
            yours,
        }
    }

    /// Whether the article at `ix` is the reader's own, not in the published corpus.
    pub fn is_yours(&self, ix: usize) -> bool {
        self.yours.get(ix).copied().unwrap_or(false)
    }

    /// Whether the corpus holds any article of the reader's.
    pub fn has_yours(&self) -> bool {
        self.yours.contains(&true)
    }

    /// Where every node of the whole-corpus map sits, so each faction keeps its place
    /// from round to round.
    pub fn anchors(&self) -> &Anchors {
        self.anchors.get_or_init(|| {
            let all = vec![true; self.corpus.articles.len()];
            anchors(&graph_as_of(self.corpus, None, &all))
        })
    }

    /// What passes the filters of `state`.
    pub fn select(&self, state: &ViewState) -> Selection {
        select(self.corpus, &self.index, state)
    }
}
