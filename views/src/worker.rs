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

use crate::compare::Comparison;
use crate::compare::view::{CompareUi, compare_view_html, comparison};
use crate::context::Context;
use crate::filter::Selection;
use crate::map::model::MapModel;
use crate::map::view::{MapUi, view_html};
use crate::read::view::{ReadUi, read_html};
use crate::state::{ViewState, links::sentence_href};
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
}

/// Which view a drawing is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Drawn {
    Map,
    Compare,
    Read,
}

impl Job {
    pub fn view(&self) -> Drawn {
        match self {
            Job::Map(_) => Drawn::Map,
            Job::Compare(_) => Drawn::Compare,
            Job::Read(_) => Drawn::Read,
        }
    }
}

/// The markup, and what the app needs to know of the drawing without redrawing it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: u32,
    pub view: Drawn,
    pub html: String,
    pub map: Option<MapFacts>,
}

/// What the map's events need: the layout's size (zoom and pan turn pixels into
/// layout units) and, per edge, the link to the first sentence that evidences it
/// (a click on an edge opens it).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MapFacts {
    pub width: f64,
    pub height: f64,
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

/// The worker's side: draws what is asked, keeping the last map model and comparison
/// so that a hover or a zoom step costs only the markup.
pub struct Drawer<'a> {
    ctx: Context<'a>,
    map: Option<(ViewState, MapModel)>,
    compare: Option<(ViewState, Comparison)>,
}

impl<'a> Drawer<'a> {
    pub fn new(ctx: Context<'a>) -> Self {
        Drawer {
            ctx,
            map: None,
            compare: None,
        }
    }

    pub fn answer(&mut self, request: &Request) -> Response {
        let (state, _) = ViewState::parse(&request.query, self.ctx.corpus);
        let sel = self.ctx.select(&state);
        match &request.job {
            Job::Map(ui) => self.map(request.id, &state, &sel, ui),
            Job::Compare(ui) => self.compare(request.id, &state, &sel, ui),
            Job::Read(ui) => Response {
                id: request.id,
                view: Drawn::Read,
                html: read_html(&self.ctx, &state, &sel, ui),
                map: None,
            },
        }
    }

    fn map(&mut self, id: u32, state: &ViewState, sel: &Selection, ui: &MapUi) -> Response {
        let ctx = &self.ctx;
        if self.map.as_ref().is_none_or(|(s, _)| s != state) {
            self.map = Some((state.clone(), MapModel::new(ctx, state, sel)));
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
            id,
            view: Drawn::Map,
            html: view_html(ctx, state, model, ui),
            map: Some(MapFacts {
                width: model.layout.width,
                height: model.layout.height,
                evidence,
            }),
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
        Response {
            id,
            view: Drawn::Compare,
            html: compare_view_html(ctx, state, sel, cmp, ui),
            map: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawer() -> Drawer<'static> {
        Drawer::new(Context::new(corpus::seeds::repository()))
    }

    fn ask(d: &mut Drawer, id: u32, query: &str, job: Job) -> Response {
        let request = Request {
            id,
            query: query.into(),
            job,
        };
        // Through the bytes, as in the browser.
        let request = Request::from_bytes(&request.to_bytes()).expect("a request round-trips");
        let response = d.answer(&request);
        Response::from_bytes(&response.to_bytes()).expect("a response round-trips")
    }

    #[test]
    fn the_map_comes_back_with_its_size_and_an_evidence_link_per_edge() {
        let mut d = drawer();
        let r = ask(
            &mut d,
            7,
            "view=map&round=cairo-2017-11",
            Job::Map(MapUi::default()),
        );
        assert_eq!(r.id, 7);
        assert!(r.html.contains(r#"data-testid="map-node""#));
        let facts = r.map.expect("map facts");
        assert!(facts.width > 0.0 && facts.height > 0.0);
        assert_eq!(
            facts.evidence.len(),
            r.html.matches(r#"data-testid="map-edge""#).count()
        );
        let link = facts
            .evidence
            .iter()
            .flatten()
            .next()
            .expect("an evidenced edge");
        assert!(
            link.starts_with("?view=read&") && link.contains("#s"),
            "{link}"
        );
    }

    #[test]
    fn the_comparison_comes_back_in_the_order_of_the_link() {
        let mut d = drawer();
        let r = ask(
            &mut d,
            1,
            "view=compare&cmp=cairo-2017-11,cairo-2014-09",
            Job::Compare(CompareUi::default()),
        );
        let first = r.html.find(r#"data-article="cairo-2017-11""#).unwrap();
        let second = r.html.find(r#"data-article="cairo-2014-09""#).unwrap();
        assert!(first < second);
        assert!(r.map.is_none());
    }

    #[test]
    fn the_reader_comes_back_with_the_article_and_its_target_sentence() {
        let mut d = drawer();
        let r = ask(
            &mut d,
            3,
            "view=read&a=cairo-2014-09",
            Job::Read(ReadUi::from_hash("#s2")),
        );
        assert_eq!(r.view, Drawn::Read);
        assert!(r.html.contains(r#"id="article-headline""#));
        assert!(r.html.contains("sentence targeted"));
    }

    #[test]
    fn garbage_bytes_are_no_request_and_a_bad_query_still_draws() {
        assert_eq!(Request::from_bytes(&[0xff, 0x00, 0x13]), None);
        let mut d = drawer();
        let r = ask(
            &mut d,
            2,
            "view=map&round=nope&%%%",
            Job::Map(MapUi::default()),
        );
        assert!(r.html.contains("map-view"));
    }
}
