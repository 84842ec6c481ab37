/*!
The Leptos shell of Cairo Talks. It renders what `corpus` computes and wires events;
the logic (filters, URL state, layouts) lives in the `corpus` crate and is tested
natively.
*/

pub mod app;
pub mod components;
pub mod embedded;
pub mod state;
pub mod views;

use wasm_bindgen::JsCast;

/// Mounts the app over the static "loading" placeholder that `index.html` shows,
/// so the page is never blank, not even before the wasm has arrived.
pub fn mount() {
    let document = leptos::prelude::document();
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, app::App).forget();
        }
        None => leptos::mount::mount_to_body(app::App),
    }
}
