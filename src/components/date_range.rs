//! The date range: a year from and a year to. Finer dates (`from=2014-07`) arrive by
//! link and are shown as they are.

use crate::state::{History, use_app};
use corpus::PartialDate;
use leptos::prelude::*;

#[component]
pub fn DateRange() -> impl IntoView {
    let app = use_app();
    let (first, last) = year_span(app.corpus);
    let years: Vec<i16> = (first..=last).collect();
    let options = move |selected: Option<PartialDate>| {
        let mut list = vec![("".to_string(), "any".to_string())];
        // A finer date from a link keeps its own option.
        if let Some(d) = selected.filter(|d| d.month != 0 || !(first..=last).contains(&d.year)) {
            list.push((d.to_string(), d.label()));
        }
        list.extend(years.iter().map(|y| (y.to_string(), y.to_string())));
        list.into_iter()
            .map(|(value, label)| {
                let chosen = selected.map(|d| d.to_string()) == Some(value.clone())
                    || (selected.is_none() && value.is_empty());
                view! { <option value=value selected=chosen>{label}</option> }
            })
            .collect_view()
    };
    let options_to = options.clone();
    // Only a change of the dates redraws the options, not every change of the view.
    let from = Memo::new(move |_| app.state.with(|s| s.from));
    let to = Memo::new(move |_| app.state.with(|s| s.to));
    let set = move |to: bool, value: String| {
        let date = PartialDate::parse(&value);
        app.update(History::Push, |s| {
            if to {
                s.to = date;
            } else {
                s.from = date;
            }
        });
    };
    view! {
        <fieldset class="date-range">
            <legend>"Dates"</legend>
            <label>
                "From "
                <select
                    data-testid="date-from"
                    on:change=move |ev| set(false, event_target_value(&ev))
                >
                    {move || options(from.get())}
                </select>
            </label>
            <label>
                " to "
                <select data-testid="date-to" on:change=move |ev| set(true, event_target_value(&ev))>
                    {move || options_to(to.get())}
                </select>
            </label>
        </fieldset>
    }
}

/// The years the corpus spans: its earliest referenced event to its latest article.
fn year_span(corpus: &corpus::Corpus) -> (i16, i16) {
    let dates = corpus
        .articles
        .iter()
        .flat_map(|a| std::iter::once(a.date()).chain(a.events.iter().map(|r| r.date)));
    let (mut first, mut last) = (i16::MAX, i16::MIN);
    for d in dates {
        first = first.min(d.year);
        last = last.max(d.year);
    }
    if first > last {
        (2013, 2025)
    } else {
        (first, last)
    }
}
