//! What the app asks of its web worker, and how the worker answers.
//!
//! The faction map (graph, layout), the comparison (alignment, voices, echoes) and the
//! reader (an article cut into marked segments) are the heaviest views to compute and
//! to carry in code; the front page (the timeline) needs none of them. So they are
//! drawn in a worker, fetched when one of them is first needed, and the front page's
//! wasm stays within its budget. The worker answers a [`Request`] (a view
//! state as its canonical query string, plus the view's UI state) with the view's
//! markup; the app morphs it in as it would its own. Messages travel as postcard
//! bytes. Everything here is plain Rust, tested natively: the worker binary only
//! moves bytes.
//!
//! A second worker runs the add-an-article dialog (issue 13, [`Job::Dialog`],
//! answered by [`yours::YoursWorker`]): it reads the reader's article
//! with the corpus's own extractor and knowledge base, which a map, a comparison or
//! an article link never needs, so the drawing worker carries none of them. When the
//! reader's articles change, the app passes the merged corpus on to the drawing
//! worker ([`Job::Corpus`]), which draws every view with them from then on.

use crate::compare::Comparison;
use crate::compare::view::{CompareUi, compare_view_html, comparison};
use crate::context::Context;
use crate::filter::Selection;
use crate::map::model::MapModel;
use crate::map::view::{MapUi, view_html};
use crate::promises::html::promises_html;
use crate::read::view::{ReadUi, read_html};
use crate::state::{ViewState, links::sentence_href};
use crate::yours::Draft;
use crate::yours::dialog::{Action, Outcome, Shown};
use serde::{Deserialize, Serialize};

/// A drawing asked for. `id` grows with every request, so an answer that arrives
/// after a newer request was sent can be told apart and dropped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    /// The view state as its canonical query string (`ViewState::to_query`).
    pub query: String,
    pub job: Job,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Job {
    Map(MapUi),
    Compare(CompareUi),
    Read(ReadUi),
    /// The promises tracker: nothing but the URL says how it is drawn.
    Promises,
    /// An action in the add-an-article dialog, with its fields as the page shows them
    /// (`None` when the dialog is not drawn); see [`crate::yours::dialog`].
    Dialog {
        draft: Option<Draft>,
        action: Action,
    },
    /// The corpus to draw with from now on, as the dialog's worker sent it to the
    /// app: the published one, or one with the reader's articles. No answer.
    Corpus(Shown),
    /// The published corpus whole, texts and annotations: the front page's wasm holds
    /// its articles abridged (`corpus::Corpus::abridged`), and asks for this when a
    /// view of its own needs a text (a round's details, a text search).
    Articles,
}

/// Which view (or the add-an-article form) an answer is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Drawn {
    Map,
    Compare,
    Read,
    Promises,
    Yours,
    /// The answer to [`Job::Articles`].
    Articles,
}

impl Job {
    /// What the answer is for; `None`: the job has no answer.
    pub fn view(&self) -> Option<Drawn> {
        match self {
            Job::Map(_) => Some(Drawn::Map),
            Job::Compare(_) => Some(Drawn::Compare),
            Job::Read(_) => Some(Drawn::Read),
            Job::Promises => Some(Drawn::Promises),
            Job::Dialog { .. } => Some(Drawn::Yours),
            Job::Corpus(_) => None,
            Job::Articles => Some(Drawn::Articles),
        }
    }
}

/// The markup, and what the app needs to know of the drawing without redrawing it;
/// for the dialog, no markup here and what to do in `yours`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: u32,
    pub view: Drawn,
    pub html: String,
    pub map: Option<MapFacts>,
    /// Boxed: most answers are drawings, and this is the largest part.
    pub yours: Option<Box<Outcome>>,
    /// For [`Job::Articles`]: the published corpus, as `Corpus::encode` writes it.
    pub articles: Option<Vec<u8>>,
}

impl Response {
    /// An answer that is a drawing of `view`.
    pub fn drawing(id: u32, view: Drawn, html: String) -> Response {
        Response {
            id,
            view,
            html,
            map: None,
            yours: None,
            articles: None,
        }
    }
}

/// What the map's events need: the layout's size and where a phone starts (zoom and
/// pan turn pixels into layout units from there) and, per edge, the link to the first
/// sentence that evidences it (a click on an edge opens it).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MapFacts {
    pub width: f64,
    pub height: f64,
    pub home: Option<crate::pan_zoom::ViewBox>,
    pub evidence: Vec<Option<String>>,
}

impl Request {
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Request> {
        postcard::from_bytes(bytes).ok()
    }
}

impl Response {
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Response> {
        postcard::from_bytes(bytes).ok()
    }
}

/// The drawing worker's side: draws what is asked, keeping the last map model and
/// comparison so that a hover or a zoom step costs only the markup.
pub struct Drawer<'a> {
    ctx: Context<'a>,
    /// The published corpus, to go back to when the reader removes their articles.
    published: &'a corpus::Corpus,
    map: Option<(ViewState, MapModel)>,
    compare: Option<(ViewState, Comparison)>,
}

impl<'a> Drawer<'a> {
    pub fn new(ctx: Context<'a>) -> Self {
        Drawer {
            published: ctx.corpus,
            ctx,
            map: None,
            compare: None,
        }
    }

    /// Draws from now on with `ctx`; what was kept from the old one is dropped.
    fn set_context(&mut self, ctx: Context<'a>) {
        self.ctx = ctx;
        self.map = None;
        self.compare = None;
    }

    /// The drawing `request` asks for; `None` for a job without an answer (a new
    /// corpus) or one this worker does not do (the dialog's).
    pub fn answer(&mut self, request: &Request) -> Option<Response> {
        let id = request.id;
        Some(match &request.job {
            Job::Corpus(shown) => {
                self.show(shown);
                return None;
            }
            Job::Dialog { .. } => return None,
            Job::Articles => Response {
                articles: Some(self.published.encode()),
                ..Response::drawing(id, Drawn::Articles, String::new())
            },
            Job::Map(ui) => {
                let (state, sel) = self.read(&request.query);
                self.map(id, &state, &sel, ui)
            }
            Job::Compare(ui) => {
                let (state, sel) = self.read(&request.query);
                self.compare(id, &state, &sel, ui)
            }
            Job::Read(ui) => {
                let (state, sel) = self.read(&request.query);
                Response::drawing(id, Drawn::Read, read_html(&self.ctx, &state, &sel, ui))
            }
            Job::Promises => {
                let (state, sel) = self.read(&request.query);
                let html = promises_html(&self.ctx, &state, &sel);
                Response::drawing(id, Drawn::Promises, html)
            }
        })
    }

    /// Draws with the corpus the dialog's worker made; bytes that do not decode leave
    /// the corpus as it was (they came from our own worker: this does not happen).
    fn show(&mut self, shown: &Shown) {
        match shown {
            Shown::Published => self.set_context(Context::new(self.published)),
            Shown::Merged { corpus, yours } => {
                if let Ok(corpus) = corpus::Corpus::decode(corpus) {
                    // Leaked: once per change the reader makes, which is rare and small.
                    let corpus: &'static corpus::Corpus = Box::leak(Box::new(corpus));
                    self.set_context(Context::with_yours(corpus, yours.clone()));
                }
            }
        }
    }

    /// The view state a request's query asks for, and what passes its filters.
    fn read(&self, query: &str) -> (ViewState, Selection) {
        let (state, _) = ViewState::parse(query, self.ctx.corpus);
        let sel = self.ctx.select(&state);
        (state, sel)
    }

    fn map(&mut self, id: u32, state: &ViewState, sel: &Selection, ui: &MapUi) -> Response {
        let ctx = &self.ctx;
        if self.map.as_ref().is_none_or(|(s, _)| s != state) {
            self.map = Some((
                state.clone(),
                MapModel::new(ctx.corpus, ctx.anchors(), state, sel),
            ));
        }
        let model = &self.map.as_ref().expect("just set").1;
        let evidence = model
            .graph
            .edges
            .iter()
            .map(|e| {
                let ev = e.evidence.first()?;
                let article = ctx.corpus.articles.get(ev.article)?;
                Some(sentence_href(state, &article.id, ev.sentence))
            })
            .collect();
        Response {
            map: Some(MapFacts {
                width: model.layout.width,
                height: model.layout.height,
                home: model.layout.home,
                evidence,
            }),
            ..Response::drawing(id, Drawn::Map, view_html(ctx.corpus, state, model, ui))
        }
    }

    fn compare(&mut self, id: u32, state: &ViewState, sel: &Selection, ui: &CompareUi) -> Response {
        let ctx = &self.ctx;
        // The comparison depends on the articles, topics and entities only.
        let key = ViewState {
            compare: state.compare.clone(),
            topics: state.topics.clone(),
            entities: state.entities.clone(),
            ..ViewState::default()
        };
        if self.compare.as_ref().is_none_or(|(k, _)| *k != key) {
            self.compare = Some((key, comparison(ctx, state)));
        }
        let cmp = &self.compare.as_ref().expect("just set").1;
        Response::drawing(
            id,
            Drawn::Compare,
            compare_view_html(ctx, state, sel, cmp, ui),
        )
    }
}

pub mod yours;

#[cfg(test)]
mod tests;
