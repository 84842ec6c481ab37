//! The timeline, the front page: the rounds of talks and the events they refer to.
//! Wide screens get the zoomable SVG chart; under 700 px, a vertical list in the same
//! order with the same filters and selection.

mod chart;
mod detail;
mod legend;
mod list;

use crate::state::{AppState, use_app};
use leptos::prelude::*;
use std::sync::OnceLock;
use views::timeline::{ItemKind, TimelineItem, items};

/// Below this width the chart becomes a list.
pub const NARROW_PX: f64 = 700.0;

/// The timeline's items, built once from the corpus.
pub fn timeline_items(corpus: &'static corpus::Corpus) -> &'static [TimelineItem] {
    static ITEMS: OnceLock<Vec<TimelineItem>> = OnceLock::new();
    ITEMS.get_or_init(|| items(corpus))
}

/// A round's place, outlet and the people who led each side, in one line:
/// "Cairo · Gulf Times · Hamas: Moussa Abu Marzouk; Fatah: Azzam al-Ahmad".
pub fn round_line(corpus: &corpus::Corpus, article: &corpus::Article) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(place) = article.place {
        parts.push(corpus.entity(place).name.clone());
    }
    parts.push(
        article
            .outlet
            .value
            .clone()
            .unwrap_or_else(|| "outlet unknown".into()),
    );
    let leaders: Vec<String> = views::timeline::leaders::round_leaders(corpus, article)
        .into_iter()
        .take(3)
        .map(|l| {
            format!(
                "{}: {}",
                corpus.entity(l.faction).name,
                corpus.entity(l.person).name
            )
        })
        .collect();
    if !leaders.is_empty() {
        parts.push(leaders.join("; "));
    }
    parts.join(" · ")
}

/// Indexes of the items the shared filters let through.
pub fn visible_items(app: &AppState, items: &[TimelineItem]) -> Vec<usize> {
    app.selection.with(|sel| {
        items
            .iter()
            .enumerate()
            .filter(|(_, item)| match (item.kind, item.catalog) {
                (ItemKind::Round, _) => item
                    .articles
                    .iter()
                    .any(|&a| sel.articles.get(a).copied().unwrap_or(false)),
                (_, Some(e)) => sel.events.get(e as usize).copied().unwrap_or(false),
                (_, None) => item
                    .articles
                    .iter()
                    .any(|&a| sel.articles.get(a).copied().unwrap_or(false)),
            })
            .map(|(i, _)| i)
            .collect()
    })
}

/// The viewport's width, kept current on resize.
pub fn viewport_width() -> ReadSignal<f64> {
    let read = || {
        window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(1024.0)
    };
    let (width, set_width) = signal(read());
    let handle = window_event_listener(leptos::ev::resize, move |_| set_width.set(read()));
    on_cleanup(move || handle.remove());
    width
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let app = use_app();
    let items = timeline_items(app.corpus);
    let width = viewport_width();
    let narrow = Memo::new(move |_| width.get() < NARROW_PX);
    let visible = Memo::new(move |_| visible_items(&app, items));
    let summary = move || {
        let v = visible.get();
        let rounds = v
            .iter()
            .filter(|&&i| items[i].kind == ItemKind::Round)
            .count();
        format!("{rounds} rounds and {} referenced events", v.len() - rounds)
    };
    view! {
        <section class="timeline-view" aria-labelledby="timeline-heading">
            <div class="view-head">
                <h2 id="timeline-heading">"Timeline"</h2>
                <p class="count" role="status">{summary}</p>
            </div>
            <legend::Legend/>
            {move || {
                if narrow.get() {
                    view! { <list::TimelineList items visible/> }.into_any()
                } else {
                    view! { <chart::TimelineChart items visible/> <detail::DetailPanel items/> }.into_any()
                }
            }}
        </section>
    }
}
