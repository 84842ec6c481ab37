//! Which articles are compared, in which order: two or three selects written to `cmp`.

use crate::state::{History, use_app};
use leptos::prelude::*;
use views::state::MAX_COMPARE;

#[component]
pub fn ArticlePicker(columns: Memo<Vec<usize>>) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let set = move |slot: usize, value: String| {
        let mut ids = app.state.get_untracked().compare;
        let id = corpus.article(&value).map(|a| a.id.clone());
        match (id, slot < ids.len()) {
            (Some(id), true) => ids[slot] = id,
            (Some(id), false) => ids.push(id),
            (None, true) => {
                ids.remove(slot);
            }
            (None, false) => {}
        }
        app.update(History::Push, |s| s.compare = ids);
    };
    let slots = move || {
        let chosen = columns.get();
        // One slot per chosen article, one more while there is room, at least two.
        let n = (chosen.len() + 1).clamp(2, MAX_COMPARE);
        (0..n)
            .map(|slot| {
                let current = chosen.get(slot).copied();
                let options = std::iter::once(view! { <option value="" selected=current.is_none()>"— none —"</option> }.into_any())
                    .chain(corpus.articles.iter().enumerate().map(|(i, a)| {
                        view! {
                            <option value=a.id.clone() selected=current == Some(i)>
                                {format!("{} — {}", a.date().label(), a.headline)}
                            </option>
                        }
                        .into_any()
                    }))
                    .collect_view();
                view! {
                    <label>
                        {format!("Article {} ", slot + 1)}
                        <select data-testid="compare-select" on:change=move |ev| set(slot, event_target_value(&ev))>
                            {options}
                        </select>
                    </label>
                }
            })
            .collect_view()
    };
    view! { <div class="compare-picker">{slots}</div> }
}
