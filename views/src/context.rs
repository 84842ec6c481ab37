//! What every writer reads and nothing changes after start-up: the corpus, its search
//! index, the timeline's items and the map's anchors. Built once, by the app when the
//! corpus is decoded and by the build's prerender, then shared by reference.

use crate::filter::{SearchIndex, Selection, select};
use crate::map::{Anchors, anchors, graph_as_of};
use crate::state::ViewState;
use crate::timeline::{TimelineItem, items};
use corpus::Corpus;

pub struct Context<'a> {
    pub corpus: &'a Corpus,
    pub index: SearchIndex,
    /// Rounds and referenced events, built once from the corpus.
    pub items: Vec<TimelineItem>,
    /// Where every node of the whole-corpus map sits, so each faction keeps its place
    /// from round to round.
    pub anchors: Anchors,
}

impl<'a> Context<'a> {
    pub fn new(corpus: &'a Corpus) -> Self {
        let all = vec![true; corpus.articles.len()];
        Context {
            corpus,
            index: SearchIndex::new(corpus),
            items: items(corpus),
            anchors: anchors(&graph_as_of(corpus, None, &all)),
        }
    }

    /// What passes the filters of `state`.
    pub fn select(&self, state: &ViewState) -> Selection {
        select(self.corpus, &self.index, state)
    }
}
