//! Which articles are compared, in which order: two or three selects whose choices
//! are written to the URL's `cmp`, slot by slot ([`pick`]).
//!
//! A large corpus does not write every article into every select
//! ([`crate::round_list`]): each lists the rounds near its own chosen article (an
//! empty slot: near the last one chosen), one round in every stride, and the
//! reader's own articles. Each select shows its chosen article
//! without script; one note, named by each select's `aria-describedby`, says which
//! rounds are listed.

use super::hit::CompareHit;
use crate::hit::Hit;
use crate::markup::esc;
use crate::round_list;
use crate::state::MAX_COMPARE;
use crate::yours::{is_yours_id, words_after};
use corpus::Corpus;
use std::fmt::Write;

/// One select per chosen article, one more while there is room, at least two.
/// `chosen`: indexes into `corpus.articles`, in column order.
pub fn picker_html(out: &mut String, corpus: &Corpus, chosen: &[usize]) {
    out.push_str(r#"<div class="compare-picker">"#);
    let count = corpus.articles.len();
    let note = round_list::note(count);
    let slots = (chosen.len() + 1).clamp(2, MAX_COMPARE);
    for slot in 0..slots {
        let current = chosen.get(slot).copied();
        // An empty slot lists the rounds near the last one chosen (or the latest).
        let around = current
            .or(chosen.last().copied())
            .unwrap_or(count.saturating_sub(1));
        let listed = round_list::listed(count, &[around], |i| is_yours_id(&corpus.articles[i].id));
        let _ = write!(
            out,
            r#"<label>Article {n} <select data-testid="compare-select"{hit}{described}><option value=""{none}>— none —</option>"#,
            n = slot + 1,
            hit = CompareHit::Select(slot).attr(),
            described = if note.is_some() {
                r#" aria-describedby="compare-note""#
            } else {
                ""
            },
            none = if current.is_none() { " selected" } else { "" },
        );
        for i in listed {
            let a = &corpus.articles[i];
            let _ = write!(
                out,
                r#"<option value="{id}"{sel}>{date} — {headline}{mine}</option>"#,
                id = esc(&a.id),
                sel = if current == Some(i) { " selected" } else { "" },
                date = esc(&a.date().label()),
                headline = esc(&a.headline),
                mine = esc(&words_after(&a.id)),
            );
        }
        out.push_str("</select></label>");
    }
    if let Some(note) = note {
        let _ = write!(
            out,
            r#"<p class="hint compare-note" id="compare-note">{}</p>"#,
            esc(&note)
        );
    }
    out.push_str("</div>");
}

/// The compared ids after the select of `slot` chose `id` (`None`: "— none —"): the
/// slot's article is replaced, or one is added after the others, or the slot is
/// emptied and the later ones move up. The URL's state then drops repeats.
pub fn pick(compare: &[String], slot: usize, id: Option<&str>) -> Vec<String> {
    let mut ids = compare.to_vec();
    match (id, slot < ids.len()) {
        (Some(id), true) => ids[slot] = id.to_string(),
        (Some(id), false) => ids.push(id.to_string()),
        (None, true) => {
            ids.remove(slot);
        }
        (None, false) => {}
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_choice_replaces_adds_or_empties_its_slot() {
        let two = ids(&["a", "b"]);
        assert_eq!(pick(&two, 1, Some("c")), ids(&["a", "c"]));
        assert_eq!(pick(&two, 2, Some("c")), ids(&["a", "b", "c"]));
        assert_eq!(pick(&two, 0, None), ids(&["b"]));
        assert_eq!(pick(&two, 2, None), two);
        assert_eq!(pick(&ids(&["a"]), 1, Some("d")), ids(&["a", "d"]));
    }

    #[test]
    fn one_chosen_article_offers_two_selects_and_three_offer_three() {
        let c = corpus::seeds::repository();
        let mut one = String::new();
        picker_html(&mut one, c, &[1]);
        assert_eq!(one.matches(r#"data-testid="compare-select""#).count(), 2);
        // The first select shows the chosen article, the second "none".
        assert_eq!(one.matches(" selected>").count(), 2);
        assert!(one.contains(&format!(
            r#"<option value="{}" selected>"#,
            c.articles[1].id
        )));
        assert!(one.contains(r#"data-hit="select:1""#));
        let mut three = String::new();
        picker_html(&mut three, c, &[0, 1, 2]);
        assert_eq!(three.matches(r#"data-testid="compare-select""#).count(), 3);
        assert!(!three.contains(r#"<option value="" selected>"#));
        // Every article is offered in every select.
        assert_eq!(
            three.matches("<option ").count(),
            3 * (c.articles.len() + 1)
        );
    }

    #[test]
    fn a_large_corpus_lists_each_slot_near_its_article_and_says_so() {
        let c = crate::filter::synth::scaled(corpus::seeds::repository(), 1000);
        let mut out = String::new();
        picker_html(&mut out, &c, &[10, 900]);
        assert_eq!(out.matches(r#"data-testid="compare-select""#).count(), 3);
        let selects: Vec<&str> = out.split("<select").skip(1).collect();
        let offers =
            |s: &str, i: usize| s.contains(&format!(r#"<option value="{}""#, c.articles[i].id));
        // Each select shows its own article chosen, with its neighbours; the empty
        // third one lists the rounds near the last chosen.
        assert!(selects[0].contains(&format!(
            r#"<option value="{}" selected>"#,
            c.articles[10].id
        )));
        assert!(offers(selects[0], 11) && !offers(selects[0], 901));
        assert!(selects[1].contains(&format!(
            r#"<option value="{}" selected>"#,
            c.articles[900].id
        )));
        assert!(offers(selects[1], 901) && !offers(selects[1], 11));
        assert!(offers(selects[2], 899) && selects[2].contains(r#"<option value="" selected>"#));
        for s in &selects {
            assert!(s.matches("<option ").count() < 80);
            assert!(s.contains(r#"aria-describedby="compare-note""#));
        }
        assert_eq!(out.matches(r#"id="compare-note""#).count(), 1);
        assert!(out.len() < 30_000, "{} bytes", out.len());
    }
}
