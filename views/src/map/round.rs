//! Which round the map shows: a select of every round, previous and next, and a
//! play button that steps through the rounds (the stepping itself is the app's, a
//! timer; here only whether it plays).
//!
//! Options are valued by article index, "" for all rounds, so the handler needs no
//! lookup by headline; rounds are listed whatever the filters, as the map of a
//! filtered-out round is still a map (of what passes up to it). A large corpus lists
//! a window around the round shown (the latest when all are) and every stride-th
//! round ([`crate::round_list`]), with the reader's own articles always.
//!
//! Under the picker, the round shown says who its article places at the talks, by the
//! one rule of [`crate::participation`]: the map's nodes are everyone named up to the
//! round, which is not who took part in it.

use super::hit::MapHit;
use crate::hit::Hit;
use crate::markup::esc;
use crate::participation::at_the_talks_line;
use crate::round_list;
use crate::state::ViewState;
use crate::yours::{is_yours_id, words_after};
use corpus::Corpus;
use std::fmt::Write;

/// The round a press of Play starts from: the one shown, or the first when all rounds
/// or the last one are shown, so there is always a next round to step to.
pub fn play_from(round: Option<usize>, count: usize) -> usize {
    match round {
        Some(r) if r + 1 < count => r,
        _ => 0,
    }
}

pub fn round_picker_html(out: &mut String, corpus: &Corpus, round: Option<usize>, playing: bool) {
    let count = corpus.articles.len();
    let around = round.unwrap_or(count.saturating_sub(1));
    let listed = round_list::listed(count, &[around], |i| is_yours_id(&corpus.articles[i].id));
    let note = round_list::note(count);
    let _ = write!(
        out,
        r#"<div class="round-picker"><label>As of <select data-testid="round-select"{hit}{described}><option value=""{sel}>All rounds</option>"#,
        hit = MapHit::Round.attr(),
        described = if note.is_some() {
            r#" aria-describedby="round-note""#
        } else {
            ""
        },
        sel = selected(round.is_none()),
    );
    for i in listed {
        let a = &corpus.articles[i];
        let _ = write!(
            out,
            r#"<option value="{i}"{sel}>{date} — {headline}{mine}</option>"#,
            sel = selected(round == Some(i)),
            date = esc(&a.date().label()),
            headline = esc(&a.headline),
            mine = esc(&words_after(&a.id)),
        );
    }
    let _ = write!(
        out,
        r#"</select></label><button type="button" aria-label="Previous round"{prev}{prev_off}>◀</button><button type="button" aria-label="Next round"{next}{next_off}>▶</button><button type="button" data-testid="play-rounds" aria-pressed="{playing}"{play}>{label}</button>"#,
        prev = MapHit::RoundPrev.attr(),
        prev_off = disabled(round.is_none_or(|r| r == 0)),
        next = MapHit::RoundNext.attr(),
        next_off = disabled(round.is_some_and(|r| r + 1 >= count)),
        play = MapHit::Play.attr(),
        label = if playing { "Pause" } else { "Play the rounds" },
    );
    if let Some(note) = note {
        let _ = write!(
            out,
            r#"<p class="hint round-note" id="round-note">{}</p>"#,
            esc(&note)
        );
    }
    out.push_str("</div>");
}

/// Who the article of the round shown places at the talks, each person with the
/// sentence that does; nothing for all rounds.
pub fn round_people_html(
    out: &mut String,
    corpus: &Corpus,
    state: &ViewState,
    round: Option<usize>,
) {
    let Some(a) = round.and_then(|r| corpus.articles.get(r)) else {
        return;
    };
    let _ = write!(
        out,
        r#"<div class="round-people" data-article="{}">"#,
        esc(&a.id)
    );
    at_the_talks_line(out, corpus, state, a);
    out.push_str("</div>");
}

fn selected(on: bool) -> &'static str {
    if on { " selected" } else { "" }
}

fn disabled(on: bool) -> &'static str {
    if on { " disabled" } else { "" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw(round: Option<usize>, playing: bool) -> String {
        let mut out = String::new();
        round_picker_html(&mut out, corpus::seeds::repository(), round, playing);
        out
    }

    #[test]
    fn every_round_is_an_option_and_the_shown_one_is_selected() {
        let count = corpus::seeds::repository().articles.len();
        let all = draw(None, false);
        assert_eq!(all.matches("<option").count(), count + 1);
        assert!(all.contains(r#"<option value="" selected>All rounds"#));
        assert_eq!(all.matches(" selected").count(), 1);
        let second = draw(Some(1), false);
        assert!(
            second.contains(r#"<option value="1" selected>"#),
            "{second}"
        );
        assert_eq!(second.matches(" selected").count(), 1);
    }

    #[test]
    fn previous_and_next_stop_at_the_ends() {
        let last = corpus::seeds::repository().articles.len() - 1;
        let first = draw(Some(0), false);
        assert!(first.contains(r#"aria-label="Previous round" data-hit="round-prev" disabled>"#));
        assert!(first.contains(r#"aria-label="Next round" data-hit="round-next">"#));
        let end = draw(Some(last), false);
        assert!(end.contains(r#"aria-label="Next round" data-hit="round-next" disabled>"#));
        // All rounds: Previous has nowhere to go, Next starts at the first round.
        let all = draw(None, false);
        assert!(all.contains(r#"data-hit="round-prev" disabled"#));
        assert!(!all.contains(r#"data-hit="round-next" disabled"#));
    }

    fn people(round: Option<usize>) -> String {
        let mut out = String::new();
        round_people_html(
            &mut out,
            corpus::seeds::repository(),
            &ViewState::default(),
            round,
        );
        out
    }

    #[test]
    fn a_round_says_who_its_text_places_at_the_talks_and_who_led() {
        let c = corpus::seeds::repository();
        assert_eq!(people(None), "", "all rounds: no one round's people");
        assert_eq!(people(Some(c.articles.len())), "", "no such round");
        let at = |id: &str| people(c.article_ix(id));
        let y2024 = at("cairo-2024-10");
        assert!(y2024.starts_with(r#"<div class="round-people" data-article="cairo-2024-10"><div class="at-the-talks-line" data-testid="at-the-talks">"#));
        assert!(y2024.contains(">led the Hamas delegation</a>"), "{y2024}");
        assert!(y2024.contains(r##"href="?view=read&amp;a=cairo-2024-10#s4""##));
        // 2013: they met; nobody led by the text's account.
        let y2013 = at("cairo-2013-01");
        assert_eq!(y2013.matches(">met at the talks</a>").count(), 3);
        assert!(!y2013.contains("led the"));
        // 2017: the map shows Haniyeh and al-Aruri, the text places nobody.
        let y2017 = at("cairo-2017-11");
        assert!(y2017.contains("The text places nobody at the talks by name."));
        assert!(!y2017.contains("data-entity"));
    }

    #[test]
    fn the_play_button_says_what_it_will_do() {
        assert!(
            draw(None, false).contains(r#"aria-pressed="false" data-hit="play">Play the rounds<"#)
        );
        assert!(draw(Some(2), true).contains(r#"aria-pressed="true" data-hit="play">Pause<"#));
        assert_eq!(play_from(None, 5), 0);
        assert_eq!(play_from(Some(2), 5), 2);
        assert_eq!(play_from(Some(4), 5), 0);
    }

    #[test]
    fn a_large_corpus_lists_the_rounds_near_the_one_shown() {
        let c = crate::filter::synth::scaled(corpus::seeds::repository(), 1000);
        let draw = |round| {
            let mut out = String::new();
            round_picker_html(&mut out, &c, round, false);
            out
        };
        let mid = draw(Some(500));
        assert!(mid.contains(r#"<option value="500" selected>"#));
        assert!(mid.contains(r#"<option value="499">"#) && mid.contains(r#"<option value="516">"#));
        assert!(!mid.contains(r#"<option value="517">"#));
        assert!(mid.matches("<option").count() < 80);
        assert!(
            mid.contains(r#"aria-describedby="round-note""#) && mid.contains(r#"id="round-note""#)
        );
        // All rounds: the latest are near at hand.
        let all = draw(None);
        assert!(
            all.contains(r#"<option value="" selected>"#)
                && all.contains(r#"<option value="990">"#)
        );
        // A small corpus has no note.
        assert!(!draw_seeds().contains("round-note"));
    }

    fn draw_seeds() -> String {
        draw(Some(1), false)
    }
}
