//! The compared articles' heads: when, where from (with how it is known), and on a
//! narrow screen the tabs that choose which column the rows show.

use crate::state::use_app;
use corpus::model::Sourced;
use leptos::prelude::*;

fn provenance<T>(
    label: &'static str,
    value: Option<String>,
    fact: &Sourced<T>,
) -> impl IntoView + use<T> {
    let confidence = fact.confidence.as_str();
    view! {
        <span class="fact-inline">
            {label}": "
            <span class="fact-value">{value.unwrap_or_else(|| "not known".into())}</span>
            " "
            <span class=format!("prov prov-{confidence}") title=fact.note.clone()>{confidence}</span>
        </span>
    }
}

#[component]
pub fn ColumnHeads(
    columns: Memo<Vec<usize>>,
    narrow: Memo<bool>,
    tab: RwSignal<usize>,
) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    move || {
        let cols = columns.get();
        let is_narrow = narrow.get();
        let heads = cols
            .iter()
            .enumerate()
            .map(|(c, &ix)| {
                let a = &corpus.articles[ix];
                let selected = move || tab.get() == c;
                let head = view! {
                    <h3>{a.headline.clone()}</h3>
                    <p class="meta">
                        {provenance("Talks", a.talks.value.map(|d| d.label()), &a.talks)}
                        {provenance("Outlet", a.outlet.value.clone(), &a.outlet)}
                        {provenance("Wire", a.wire.value.clone(), &a.wire)}
                    </p>
                };
                if is_narrow {
                    view! {
                        <button
                            type="button"
                            role="tab"
                            class="compare-tab"
                            id=format!("compare-tab-{c}")
                            aria-selected=move || if selected() { "true" } else { "false" }
                            data-testid="compare-column"
                            data-article=a.id.clone()
                            on:click=move |_| tab.set(c)
                        >
                            {a.date().label()}
                        </button>
                    }
                    .into_any()
                } else {
                    view! {
                        <section class="compare-column" data-testid="compare-column" data-article=a.id.clone()>
                            {head}
                        </section>
                    }
                    .into_any()
                }
            })
            .collect_view();
        if is_narrow {
            let current = cols.get(tab.get()).map(|&ix| {
                let a = &corpus.articles[ix];
                view! { <p class="tab-head"><strong>{a.headline.clone()}</strong>" · " {a.outlet.value.clone().unwrap_or_else(|| "outlet unknown".into())}</p> }
            });
            view! {
                <div class="compare-tabs" role="tablist" aria-label="Articles">{heads}</div>
                {current}
            }
            .into_any()
        } else {
            view! { <div class="compare-heads" style=format!("--columns:{}", cols.len())>{heads}</div> }.into_any()
        }
    }
}
