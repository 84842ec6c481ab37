//! The timeline on a narrow screen: the same items, order, filters and selection, as
//! a vertical list that scrolls with the page.

use crate::state::{History, use_app};
use leptos::prelude::*;
use views::timeline::{ItemKind, TimelineItem, time_order};

#[component]
pub fn TimelineList(items: &'static [TimelineItem], visible: Memo<Vec<usize>>) -> impl IntoView {
    let app = use_app();
    let entries = move || {
        time_order(items, &visible.get())
            .into_iter()
            .map(|ix| {
                let item = &items[ix];
                let is_round = item.kind == ItemKind::Round;
                let id = item.id.clone();
                let selected = {
                    let id = id.clone();
                    move || app.state.with(|s| s.selected.as_deref() == Some(id.as_str()))
                };
                let selected_class = selected.clone();
                let article = is_round.then(|| id.clone());
                let data_item = id.clone();
                let when = match item.until {
                    Some(u) => format!("{} – {}", item.date.label(), u.label()),
                    None => item.date.label(),
                };
                // On a phone the details open right under the item, not at the page's end.
                let selected_detail = selected.clone();
                let detail = move || selected_detail().then(|| view! { <div class="tl-detail"><super::detail::DetailPanel items/></div> });
                view! {
                    <li
                        class=format!("tl-entry lane-{}", item.lane.as_str())
                        class:round=is_round
                        class:selected=selected_class
                        data-testid=if is_round { "timeline-item" } else { "timeline-event" }
                        data-article=article
                        data-item=data_item
                        data-date=item.date.to_string()
                    >
                        <button
                            type="button"
                            aria-pressed=move || if selected() { "true" } else { "false" }
                            on:click=move |_| app.update(History::Push, |s| s.selected = Some(id.clone()))
                        >
                            <time datetime=item.date.to_string()>{when}</time>
                            <span class="entry-label">{item.label.clone()}</span>
                            {is_round.then(|| view! { <span class="entry-line">{super::round_line(app.corpus, &app.corpus.articles[item.articles[0]])}</span> })}
                            <span class="entry-kind">{if is_round { "Round of talks".to_string() } else { item.lane.label().to_string() }}</span>
                        </button>
                        {detail}
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ol class="timeline-list" aria-label="Rounds and events in time order">{entries}</ol> }
}
