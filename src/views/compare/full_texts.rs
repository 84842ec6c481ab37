//! The compared articles in full, side by side, each in its own scrolling column.
//! With synchronized scrolling on, scrolling one column brings the others to the same
//! relative place, so the rounds' parallel passages stay level; a toggle turns it off.

use crate::state::use_app;
use leptos::prelude::*;
use views::read::text::{TextLinks, article_html};
use wasm_bindgen::JsCast;

#[component]
pub fn FullTexts(
    columns: Memo<Vec<usize>>,
    narrow: Memo<bool>,
    tab: RwSignal<usize>,
) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let sync = RwSignal::new(true);
    // Set while this view moves the other columns, so their scroll events are ignored.
    let syncing = StoredValue::new(false);
    let on_scroll = move |ev: web_sys::Event| {
        if !sync.get_untracked() || syncing.get_value() {
            return;
        }
        let Some(source) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let range = (source.scroll_height() - source.client_height()).max(1) as f64;
        let fraction = source.scroll_top() as f64 / range;
        let Some(parent) = source.parent_element() else {
            return;
        };
        syncing.set_value(true);
        let children = parent.children();
        for i in 0..children.length() {
            if let Some(other) = children.item(i).filter(|o| *o != source) {
                let other_range = (other.scroll_height() - other.client_height()).max(0) as f64;
                other.set_scroll_top((fraction * other_range).round() as i32);
            }
        }
        request_animation_frame(move || syncing.set_value(false));
    };
    let texts = move || {
        let cols = columns.get();
        let only = narrow.get().then(|| tab.get());
        let html: Vec<(&'static str, String)> = app.state.with(|state| {
            TextLinks::for_state(state, |links| {
                app.selection.with(|sel| {
                    cols.iter()
                        .enumerate()
                        .filter(|(c, _)| only.is_none_or(|o| o == *c))
                        .map(|(_, &ix)| {
                            let a = &corpus.articles[ix];
                            let hits = sel.query_hits.get(ix).map(Vec::as_slice).unwrap_or(&[]);
                            let matched = sel.sentences.get(ix).map(Vec::as_slice).unwrap_or(&[]);
                            (a.id.as_str(), article_html(corpus, a, hits, matched, links))
                        })
                        .collect()
                })
            })
        });
        html.into_iter()
            .map(|(id, html)| {
                view! { <div class="full-text" data-article=id tabindex="0" inner_html=html on:scroll=on_scroll></div> }
            })
            .collect_view()
    };
    view! {
        <label class="sync-toggle">
            <input type="checkbox" prop:checked=sync on:change=move |ev| sync.set(event_target_checked(&ev))/>
            " Synchronized scrolling"
        </label>
        <div class="full-texts" style=move || format!("--columns:{}", columns.with(Vec::len))>{texts}</div>
    }
}
