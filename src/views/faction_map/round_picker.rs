//! Which round the map shows, and a play button that steps through the rounds.

use crate::state::{History, use_app};
use gloo_timers::callback::Interval;
use leptos::prelude::*;

const STEP_MS: u32 = 2_500;

#[component]
pub fn RoundPicker(round: Memo<Option<usize>>) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let count = corpus.articles.len();
    let set_round = move |ix: Option<usize>, history: History| {
        let id = ix
            .and_then(|i| corpus.articles.get(i))
            .map(|a| a.id.clone());
        app.update(history, |s| s.round = id);
    };
    let player: StoredValue<Option<Interval>, LocalStorage> = StoredValue::new_local(None);
    let playing = RwSignal::new(false);
    let stop = move || {
        player.set_value(None);
        playing.set(false);
    };
    on_cleanup(stop);
    let play = move |_| {
        if playing.get_untracked() {
            stop();
            return;
        }
        // From the first round, or on from the one shown.
        let start = match round.get_untracked() {
            Some(r) if r + 1 < count => r,
            _ => 0,
        };
        set_round(Some(start), History::Push);
        playing.set(true);
        player.set_value(Some(Interval::new(STEP_MS, move || {
            match round.get_untracked() {
                Some(r) if r + 1 < count => set_round(Some(r + 1), History::Replace),
                _ => stop(),
            }
        })));
    };
    let options = move || {
        let current = round.get();
        let mut list = vec![
            view! { <option value="" selected=current.is_none()>"All rounds"</option> }.into_any(),
        ];
        list.extend(corpus.articles.iter().enumerate().map(|(i, a)| {
            view! {
                <option value=i.to_string() selected=current == Some(i)>
                    {format!("{} — {}", a.date().label(), a.headline)}
                </option>
            }
            .into_any()
        }));
        list
    };
    view! {
        <div class="round-picker">
            <label>
                "As of "
                <select data-testid="round-select" on:change=move |ev| {
                    stop();
                    set_round(event_target_value(&ev).parse().ok(), History::Push);
                }>
                    {options}
                </select>
            </label>
            <button type="button" aria-label="Previous round" disabled=move || round.get().is_none_or(|r| r == 0)
                on:click=move |_| { stop(); set_round(round.get_untracked().and_then(|r| r.checked_sub(1)), History::Push); }>
                "◀"
            </button>
            <button type="button" aria-label="Next round" disabled=move || round.get().is_some_and(|r| r + 1 >= count)
                on:click=move |_| { stop(); set_round(Some(round.get_untracked().map_or(0, |r| r + 1)), History::Push); }>
                "▶"
            </button>
            <button type="button" data-testid="play-rounds" aria-pressed=move || if playing.get() { "true" } else { "false" } on:click=play>
                {move || if playing.get() { "Pause" } else { "Play the rounds" }}
            </button>
        </div>
    }
}
