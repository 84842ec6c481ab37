//! The application: the URL-backed state, and each region of the page (header,
//! notice, filter bar, the current view) drawn from its writer and wired to its
//! events. The regions are already in the page (prerendered, or empty): the app
//! adopts them instead of drawing the page again.

use crate::compare::use_compare;
use crate::hooks::use_keep_focus::use_keep_focus;
use crate::hooks::use_links::use_links;
use crate::hooks::use_media::use_media;
use crate::hooks::use_prerendered::use_prerendered;
use crate::hooks::use_region::use_region_then;
use crate::hooks::use_resize::use_resize;
use crate::hooks::use_whole_corpus::use_whole_corpus;
use crate::hooks::use_worker::{Answer, DRAWING, YOURS, use_worker};
use crate::map::use_map;
use crate::promises::use_promises;
use crate::read::use_read;
use crate::shell::{filters::use_filters, header::use_header, notice::use_notice};
use crate::state::AppState;
use crate::timeline::use_timeline;
use crate::yours::use_yours;
use leptos::prelude::*;
use views::context::Context;
use views::page::main_html;
use views::shell::ShellUi;
use views::state::View;
use views::worker::Drawn;
use web_sys::Element;

/// A region of the page by id; one the page lacks is made, so the app still runs.
fn region(id: &str) -> Element {
    let doc = document();
    doc.get_element_by_id(id).unwrap_or_else(|| {
        let el = doc.create_element("div").expect("a div can be created");
        el.set_id(id);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&el);
        }
        el
    })
}

pub fn start(ctx: &'static Context<'static>) {
    let app = AppState::new(ctx);
    provide_context(app);
    use_links(app);
    let shell = RwSignal::new(ShellUi::default());
    let header = region("header");
    let views_header = header.clone();
    // The header, the filter bar, then the view with its workers and the dialog, each
    // a task after the one before: on a slow phone, short tasks rather than one long
    // one that holds up a tap (the boot cuts its work the same way, `crate::boot`).
    in_turn(vec![
        Box::new(move || use_header(header, app, shell)),
        Box::new(move || {
            use_notice(region("notice"), app, shell);
            use_filters(region("filters"), app, shell);
        }),
        Box::new(move || start_views(app, &views_header)),
    ]);

    // The tab's title names what is shown, as the prerendered pages do.
    Effect::new(move |_| {
        let title = app
            .state
            .with(|s| views::page::page_title(app.ctx().corpus, s));
        document().set_title(&title);
        // One canonical URL per state: the page's own link says it too.
        if let Ok(Some(link)) = document().query_selector("link[rel=canonical]") {
            let _ = link.set_attribute("href", &app.canonical_url());
        }
    });
}

/// Runs each step one task after the one before (the first a task from now), under
/// the reactive owner of the caller, so what they make is disposed of with the app.
fn in_turn(steps: Vec<Box<dyn FnOnce()>>) {
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        for step in steps {
            crate::next_task().await;
            match &owner {
                Some(owner) => owner.with(step),
                None => step(),
            }
        }
    });
}

/// The view region and what draws into it: the timeline here, the other views through
/// the drawing worker; and the add-an-article dialog, with its own worker.
fn start_views(app: AppState, header: &Element) {
    let host = region("view");
    let prerendered = use_prerendered(&host, &app.state.get_untracked());
    let narrow = use_media(views::NARROW_MEDIA);
    let keep = use_keep_focus(&host);
    let timeline = use_timeline(&host, app, narrow, keep);
    let worker = use_worker(DRAWING);
    use_whole_corpus(app, worker);
    use_yours(header, region("dialog"), app, use_worker(YOURS), worker);
    let map = use_map(&host, app, narrow, worker);
    let compare = use_compare(&host, app, narrow, worker);
    let read = use_read(app, worker);
    let promises = use_promises(app, worker);
    // The chart's width and the map's box, measured once the browser has laid out
    // what was drawn (and whenever they change: the window, the filter bar).
    let measured = host.clone();
    let resize = use_resize(move || {
        timeline.measure(&measured);
        map.measure(&measured);
    });
    let after_host = host.clone();
    let drawn = StoredValue::new(false);
    use_region_then(
        host.clone(),
        keep,
        move || {
            let view = app.state.with(|s| s.view);
            let drawn = match view {
                View::Timeline => None,
                View::Map => Some(Drawn::Map),
                View::Compare => Some(Drawn::Compare),
                View::Read => Some(Drawn::Read),
                View::Promises => Some(Drawn::Promises),
            };
            // A pretty path's page holds the worker's view already: kept until it draws.
            if let Some(drawn) = drawn {
                let waiting = worker.answer(drawn).with(|a| *a == Answer::Waiting);
                if let Some(kept) = app.state.with(|s| prerendered.adopt(s, waiting)) {
                    return kept;
                }
            }
            let inner = match view {
                View::Timeline => timeline.render(app),
                View::Map => map.render(),
                View::Compare => compare.render(),
                View::Read => read.render(),
                View::Promises => promises.render(),
            };
            main_html(view, &inner)
        },
        move || {
            resize.watch(&after_host, ".timeline-chart, .map-canvas");
            read.after(app, &after_host);
            // The first drawing of the view region: the app has taken over the page.
            if !drawn.get_value() {
                drawn.set_value(true);
                if let Some(root) = document().document_element() {
                    let _ = root.remove_attribute("data-boot");
                    let _ = root.set_attribute("data-app", "ready");
                }
            }
            // Once the view is shown (not while the loading line stands in for it).
            timeline.after(app, &after_host);
        },
    );
    // A round's details offer to read its article: have the reader's worker ready.
    Effect::new(move |_| {
        if app.state.with(|s| s.selected.is_some()) {
            worker.warm();
        }
    });
}
