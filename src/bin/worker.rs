//! The drawing worker: draws the faction map, the comparison, the reader and the
//! promises tracker for the
//! app, off the main thread and out of the front page's wasm (see `views::worker`).
//! Trunk builds it as a second wasm binary (`data-type="worker"` in index.html); the
//! app starts it when a view first needs it, or the page's boot script does, for a
//! link that opens one of those views. It carries no extractor: the reader's articles
//! come to it read and merged, from the add-an-article worker through the app
//! (`Job::Corpus`).

use cairo_talks::{embedded, serve::serve};
use views::context::Context;
use views::page::failed_html;
use views::state::View;
use views::worker::{Drawer, Drawn, Request, Response};

fn main() {
    let mut drawer = embedded::full_corpus().map(|c| Drawer::new(Context::new(c)));
    serve(move |request| match &mut drawer {
        Ok(d) => d.answer(request),
        Err(why) => failed(request, why),
    });
}

/// The answer when the embedded corpus cannot be read: the view says so.
fn failed(request: &Request, why: &str) -> Option<Response> {
    let view = match request.job.view()? {
        Drawn::Map => View::Map,
        Drawn::Compare => View::Compare,
        Drawn::Read => View::Read,
        Drawn::Promises => View::Promises,
        Drawn::Yours | Drawn::Articles => return None,
    };
    Some(Response::drawing(
        request.id,
        request.job.view()?,
        failed_html(view, why),
    ))
}
