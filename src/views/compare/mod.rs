//! The side-by-side comparison of two or three articles: what each says on the same
//! dispute, who it quotes, which words frame it. `views::compare` computes it; this
//! view picks the articles, lays the columns out, and turns into tabs on a phone.

mod columns;
mod full_texts;
mod picker;

use crate::state::{entity_filter_href, use_app};
use crate::views::timeline::viewport_width;
use leptos::prelude::*;
use views::compare::compare;
use views::compare::html::{GridInput, matrix_html, topic_grid};
use views::compare::panels::{entities_html, framing_html, similar_html, voices_html};
use views::read::text::TextLinks;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    ByTopic,
    FullTexts,
}

#[component]
pub fn CompareView() -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let columns = Memo::new(move |_| {
        app.state.with(|s| {
            s.compare
                .iter()
                .filter_map(|id| corpus.article_ix(id))
                .collect::<Vec<_>>()
        })
    });
    let comparison = Memo::new(move |_| {
        let (topics, entities) = app.state.with(|s| {
            (
                s.topics
                    .iter()
                    .filter_map(|t| corpus.topic_ix(t))
                    .collect::<Vec<_>>(),
                s.entities
                    .iter()
                    .filter_map(|e| corpus.entity_ix(e))
                    .collect::<Vec<_>>(),
            )
        });
        compare(corpus, &columns.get(), &topics, &entities)
    });
    let width = viewport_width();
    let narrow = Memo::new(move |_| width.get() < 700.0);
    let tab = RwSignal::new(0usize);
    let layout = RwSignal::new(Layout::ByTopic);
    let hovered: RwSignal<Option<String>> = RwSignal::new(None);

    // Links inside the markup follow the current state.
    let entity_href = move |id: &str| app.state.with(|s| entity_filter_href(s, id));
    let grid = move || {
        app.state.with(|state| {
            TextLinks::for_state(state, |links| {
                app.selection.with(|sel| {
                    comparison.with(|cmp| {
                        let only = narrow
                            .get()
                            .then(|| tab.get().min(cmp.columns.len().saturating_sub(1)));
                        topic_grid(&GridInput {
                            corpus,
                            cmp,
                            hits: &sel.query_hits,
                            matched: &sel.sentences,
                            links,
                            only,
                        })
                    })
                })
            })
        })
    };
    let section = move |render: fn(&corpus::Corpus, &views::compare::Comparison) -> String| {
        move || comparison.with(|cmp| render(corpus, cmp))
    };
    let entities = move || comparison.with(|cmp| entities_html(corpus, cmp, &entity_href));
    let highlight = move || {
        hovered.get().map(|id| {
            let id: String = id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            format!(".compare-view [data-entity=\"{id}\"].mention {{ outline: 2px solid var(--focus); outline-offset: 1px; }}")
        })
    };
    let on_hover = move |ev: web_sys::MouseEvent| {
        let id = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-entity]").ok().flatten())
            .and_then(|el| el.get_attribute("data-entity"));
        if hovered.get_untracked() != id {
            hovered.set(id);
        }
    };
    let enough = move || columns.with(|c| c.len() >= 2);
    view! {
        <section class="compare-view" aria-labelledby="compare-heading" on:mouseover=on_hover>
            <style>{highlight}</style>
            <div class="view-head">
                <h2 id="compare-heading">"Compare articles"</h2>
                <p class="count">"What each article says on the same dispute, who it quotes, which words frame it."</p>
            </div>
            <picker::ArticlePicker columns/>
            <Show when=enough fallback=|| view! { <p class="hint">"Pick two or three articles to compare."</p> }>
                <columns::ColumnHeads columns narrow tab/>
                <div class="compare-layout" role="radiogroup" aria-label="Layout">
                    <label><input type="radio" name="compare-layout" checked=move || layout.get() == Layout::ByTopic on:change=move |_| layout.set(Layout::ByTopic)/>" Aligned by topic"</label>
                    <label><input type="radio" name="compare-layout" checked=move || layout.get() == Layout::FullTexts on:change=move |_| layout.set(Layout::FullTexts)/>" Full texts side by side"</label>
                </div>
                {move || match layout.get() {
                    Layout::ByTopic => view! { <div class="topic-grid-wrap" inner_html=grid></div> }.into_any(),
                    Layout::FullTexts => view! { <full_texts::FullTexts columns narrow tab/> }.into_any(),
                }}
                <details class="compare-panel" open>
                    <summary>"Which article addresses which dispute"</summary>
                    <div inner_html=section(matrix_html)></div>
                </details>
                <details class="compare-panel" open>
                    <summary>"Who gets a voice"</summary>
                    <div inner_html=section(voices_html)></div>
                </details>
                <details class="compare-panel" open>
                    <summary>"Framing: loaded terms"</summary>
                    <div inner_html=section(framing_html)></div>
                </details>
                <details class="compare-panel">
                    <summary>"Entities shared and unique"</summary>
                    <div inner_html=entities></div>
                </details>
                <details class="compare-panel">
                    <summary>"Passages that echo each other"</summary>
                    <div inner_html=section(similar_html)></div>
                </details>
            </Show>
        </section>
    }
}
