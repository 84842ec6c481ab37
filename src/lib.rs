/*!
The Leptos app of Cairo Talks: state, hooks and event wiring, nothing else.

What each view shows and its markup come from the `views` crate (native, tested with
`cargo test`); this crate keeps the URL-backed state, morphs each region of the page
into the markup its writer returns, and turns events into state changes. See
ARCHITECTURE.md at the repository root.
*/

pub mod app;
pub mod compare;
pub mod controls;
pub mod download;
pub mod embedded;
pub mod hooks;
pub mod map;
pub mod morph;
pub mod normalize;
pub mod promises;
pub mod read;
pub mod serve;
pub mod shell;
pub mod state;
pub mod timeline;
pub mod yours;

use views::context::Context;

/// Starts the app over the page `index.html` gave: a prerendered front page, or the
/// loading state of a deep link. The page is never blank: if the embedded corpus
/// cannot be read, the view region says so.
///
/// The start is cut into a few tasks (decode, index, draw), each short, so that the
/// page stays responsive to a tap while a slow phone starts the app.
pub fn boot() {
    corpus::text::set_without_marks(normalize::without_marks);
    wasm_bindgen_futures::spawn_local(async {
        let corpus = match embedded::corpus() {
            Ok(corpus) => corpus,
            Err(error) => {
                if let Some(view) = leptos::prelude::document().get_element_by_id("view") {
                    view.set_inner_html(&views::page::fatal_html(error));
                }
                return;
            }
        };
        embedded::install_ref_labels();
        next_task().await;
        // Built once and shared by every region for the life of the page.
        let ctx: &'static Context<'static> = Box::leak(Box::new(Context::new(corpus)));
        next_task().await;
        if let Some(body) = leptos::prelude::document().body() {
            // The app draws into the existing page; the mount adds nothing to it.
            leptos::mount::mount_to(body, move || app::start(ctx)).forget();
        }
    });
}

/// Lets the browser run what waits (input, paint) before going on.
pub(crate) async fn next_task() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}
