/*!
Which articles, sentences, events, relations and entities pass the shared filters of a
[`ViewState`].

Every view draws from one [`Selection`], computed by [`select`] whenever the state
changes, so the timeline, the map, the comparison and the reader always agree on what
is filtered out. Everything that does not depend on the state (folded text, entity
sets, day ranges) is precomputed once in a [`SearchIndex`], so a filter change costs
a pass over small sorted sets plus, only when there is a text query, one substring
search per article. A thousand articles are filtered well within a frame.

Semantics (decided by the lead). An article passes when ALL active facets pass; a
facet is active when its key is set:

- `f` (OR): the article mentions at least one selected faction, either the
  organization itself or a person whose `faction` it is;
- `e` (AND): the article mentions every selected entity;
- `t` (OR): at least one of its sentences has one of the selected topics;
- `from`/`to`: the article's [`date`](corpus::model::Article::date) overlaps
  `[from.first_day(), to.last_day()]` (an open end when one is unset);
- `q`: the folded query (case and accents folded with [`corpus::text::fold`], then
  trimmed) is a substring of the folded article text, OR of a name or alias of an
  entity the article mentions (`q=meshaal` finds the 2013 article, which spells it
  "Mashaal"). A query that folds to nothing is not a filter.

Ids in the state that name nothing match nothing: an unknown `f` or `t` id adds no
match, an unknown `e` id makes the facet fail. (Parsing drops such ids first; this is
for states built by hand.)

Derived parts, each parallel to its corpus list:

- `sentences[i]`: sentences of article `i` that have a selected topic or contain a
  query hit, sorted; empty when neither `t` nor `q` is active. Computed for every
  article, passing or not, so the reader can mark an article opened by link;
- `query_hits[i]`: original byte spans of the query in article `i`, plus the mentions
  of entities whose name or alias matched (so `q=meshaal` highlights "Mashaal");
  sorted, overlapping spans merged; also computed for every article;
- `events[k]`: catalogue event `k` is referenced (an `EventRef::catalog` entry) by a
  passing article and its time (`date` through `until`, when curated) overlaps the
  `from`/`to` range;
- `relations[i][j]`: article `i` passes, and (no `f`, or an end is a selected faction
  or a person of one) and (no `e`, or an end is a selected entity);
- `entities[x]`: entity `x` is mentioned in at least one passing article.
*/

mod index;
pub mod synth;

pub use index::{OffsetMap, SearchIndex};

use crate::state::ViewState;
use corpus::model::{Corpus, EntityIx, Mention, SentenceIx, Span, TopicIx};
use corpus::text::fold;

/// What passes the filters of a [`ViewState`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Selection {
    /// Parallel to `corpus.articles`: does the article pass.
    pub articles: Vec<bool>,
    /// Parallel to `corpus.articles`: sentences that match the active topic or text
    /// query (empty if neither is active).
    pub sentences: Vec<Vec<SentenceIx>>,
    /// Parallel to `corpus.articles`: byte spans in the original article text where
    /// the text query matches (for highlighting).
    pub query_hits: Vec<Vec<Span>>,
    /// Parallel to `corpus.events` (the catalogue).
    pub events: Vec<bool>,
    /// Parallel to `corpus.articles[i].relations`.
    pub relations: Vec<Vec<bool>>,
    /// Parallel to `corpus.entities`: mentioned in at least one passing article.
    pub entities: Vec<bool>,
}

impl Selection {
    /// Indices of the passing articles, in corpus order.
    pub fn passing(&self) -> impl Iterator<Item = usize> + '_ {
        self.articles
            .iter()
            .enumerate()
            .filter_map(|(i, &p)| p.then_some(i))
    }

    pub fn article_count(&self) -> usize {
        self.articles.iter().filter(|&&p| p).count()
    }

    /// Whether article `i` passes; false for an index out of range.
    pub fn passes(&self, i: usize) -> bool {
        self.articles.get(i).copied().unwrap_or(false)
    }
}

/// The query as it is searched: folded, trimmed; `None` when nothing is left.
pub fn fold_query(query: &str) -> Option<String> {
    let folded = fold(query.trim());
    let folded = folded.trim();
    (!folded.is_empty()).then(|| folded.to_string())
}

/// Applies the filters of `state` to `corpus`. `index` must come from
/// [`SearchIndex::new`] on the same corpus; if it does not fit, a fresh index is built
/// for this call rather than trusting stale offsets.
pub fn select(corpus: &Corpus, index: &SearchIndex, state: &ViewState) -> Selection {
    if !index.fits(corpus) {
        return select_fitted(corpus, &SearchIndex::new(corpus), state);
    }
    select_fitted(corpus, index, state)
}

/// The state's filters resolved to corpus indices.
struct Facets {
    factions: Option<Vec<EntityIx>>,
    /// `None` inside: an id that names nothing, which no article can mention.
    entities: Option<Vec<Option<EntityIx>>>,
    topics: Option<Vec<TopicIx>>,
    /// Day numbers `[lo, hi)`.
    days: Option<(i32, i32)>,
    query: Option<String>,
}

impl Facets {
    fn new(corpus: &Corpus, state: &ViewState) -> Facets {
        let active = |list: &Vec<String>| !list.is_empty();
        let entities = active(&state.entities).then(|| {
            state
                .entities
                .iter()
                .map(|id| corpus.entity_ix(id))
                .collect()
        });
        let days = (state.from.is_some() || state.to.is_some()).then(|| {
            (
                state.from.map_or(i32::MIN, |d| d.first_day_number()),
                state.to.map_or(i32::MAX, |d| d.end_day_number()),
            )
        });
        Facets {
            factions: known_sorted(&state.factions, |id| corpus.entity_ix(id)),
            entities,
            topics: known_sorted(&state.topics, |id| corpus.topic_ix(id)),
            days,
            query: fold_query(&state.query),
        }
    }

    /// Whether an entity counts for a selected faction: it is one, or it is a person
    /// of one.
    fn counts_for_faction(&self, index: &SearchIndex, x: EntityIx) -> bool {
        self.factions.as_ref().is_none_or(|f| {
            f.binary_search(&x).is_ok()
                || index
                    .person_faction
                    .get(x as usize)
                    .copied()
                    .flatten()
                    .is_some_and(|p| f.binary_search(&p).is_ok())
        })
    }

    fn is_selected_entity(&self, x: EntityIx) -> bool {
        self.entities.as_ref().is_none_or(|e| e.contains(&Some(x)))
    }
}

/// The indices of the ids that name something, sorted for binary search; `None` when
/// the filter is not set.
fn known_sorted<Ix: Ord + Copy>(
    ids: &[String],
    ix: impl Fn(&str) -> Option<Ix>,
) -> Option<Vec<Ix>> {
    if ids.is_empty() {
        return None;
    }
    let mut found: Vec<Ix> = ids.iter().filter_map(|id| ix(id)).collect();
    crate::sort::sort(&mut found);
    Some(found)
}

fn select_fitted(corpus: &Corpus, index: &SearchIndex, state: &ViewState) -> Selection {
    let facets = Facets::new(corpus, state);
    let name_hits = match &facets.query {
        Some(q) => index.entities_matching(q),
        None => Vec::new(),
    };
    let n = corpus.articles.len();
    let mut sel = Selection {
        articles: Vec::with_capacity(n),
        sentences: Vec::with_capacity(n),
        query_hits: Vec::with_capacity(n),
        events: vec![false; corpus.events.len()],
        relations: Vec::with_capacity(n),
        entities: vec![false; corpus.entities.len()],
    };
    let events_in_range: Vec<bool> = index
        .event_days
        .iter()
        .map(|&(first, end)| facets.days.is_none_or(|(lo, hi)| end > lo && first < hi))
        .collect();

    for (article, ax) in corpus.articles.iter().zip(&index.articles) {
        let mut pass = true;
        if let Some(f) = &facets.factions {
            pass &= f.iter().any(|x| ax.faction_keys.binary_search(x).is_ok());
        }
        if let Some(e) = &facets.entities {
            pass &= e
                .iter()
                .all(|x| x.is_some_and(|x| ax.entities.binary_search(&x).is_ok()));
        }
        if let Some(t) = &facets.topics {
            pass &= t.iter().any(|x| ax.topics.binary_search(x).is_ok());
        }
        if let Some((lo, hi)) = facets.days {
            pass &= ax.days.1 > lo && ax.days.0 < hi;
        }

        let mut sentences: Vec<SentenceIx> = Vec::new();
        let mut hits: Vec<Span> = Vec::new();
        if let Some(q) = &facets.query {
            // `str::match_indices`, not aho-corasick: measured in wasm (opt-level z,
            // 1,000 articles) aho-corasick was 2x faster for a rare word, slower for
            // "the", and added 139 KB of wasm to a harness; extraction alone uses it.
            let (folded, map) = ax.folded(&article.text);
            for (at, _) in folded.match_indices(q.as_str()) {
                hits.push(map.original(at, at + q.len()));
            }
            let named = |m: &&Mention| name_hits.get(m.entity as usize).copied().unwrap_or(false);
            hits.extend(article.mentions.iter().filter(named).map(|m| m.span));
            pass &= !hits.is_empty();
            merge_overlapping(&mut hits);
            for h in &hits {
                let mut i = article.sentences.partition_point(|s| s.span.end <= h.start);
                while article
                    .sentences
                    .get(i)
                    .is_some_and(|s| s.span.start < h.end)
                {
                    sentences.push(i as SentenceIx);
                    i += 1;
                }
            }
        }
        if let Some(t) = &facets.topics {
            for (i, s) in article.sentences.iter().enumerate() {
                if s.topics.iter().any(|x| t.binary_search(x).is_ok()) {
                    sentences.push(i as SentenceIx);
                }
            }
        }
        crate::sort::sort(&mut sentences);
        sentences.dedup();

        let relations = article
            .relations
            .iter()
            .map(|r| {
                pass && (facets.counts_for_faction(index, r.source)
                    || facets.counts_for_faction(index, r.target))
                    && (facets.is_selected_entity(r.source) || facets.is_selected_entity(r.target))
            })
            .collect();
        if pass {
            for &x in &ax.entities {
                if let Some(e) = sel.entities.get_mut(x as usize) {
                    *e = true;
                }
            }
            for k in article.events.iter().flat_map(|r| &r.catalog) {
                if events_in_range.get(*k as usize) == Some(&true) {
                    sel.events[*k as usize] = true;
                }
            }
        }
        sel.articles.push(pass);
        sel.sentences.push(sentences);
        sel.query_hits.push(hits);
        sel.relations.push(relations);
    }
    sel
}

/// Sorts spans and merges those that overlap (touching spans stay apart, so two hits
/// side by side still count as two).
fn merge_overlapping(spans: &mut Vec<Span>) {
    // Literal hits arrive sorted; only alias mentions mixed in need a sort.
    if !spans.is_sorted() {
        crate::sort::sort(spans);
    }
    let mut kept = 0usize;
    for i in 0..spans.len() {
        let s = spans[i];
        match kept.checked_sub(1).map(|k| &mut spans[k]) {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => {
                spans[kept] = s;
                kept += 1;
            }
        }
    }
    spans.truncate(kept);
}
