//! The timeline on a narrow screen: the same items, order, filters and selection, as
//! a vertical list that scrolls with the page; the selected item's details open right
//! under it, not at the page's end.

use super::hit::TimelineHit;
use super::{ItemKind, TimelineItem, time_order};
use crate::hit::Hit;
use crate::markup::esc;
use crate::state::ViewState;
use crate::yours::mark_after;
use corpus::Corpus;
use std::fmt::Write;

pub fn list_html(
    out: &mut String,
    corpus: &Corpus,
    state: &ViewState,
    items: &[TimelineItem],
    visible: &[usize],
    selected: Option<usize>,
) {
    out.push_str(r#"<ol class="timeline-list" aria-label="Rounds and events in time order">"#);
    for ix in time_order(items, visible) {
        let item = &items[ix];
        let round = item.kind == ItemKind::Round;
        let is_selected = selected == Some(ix);
        // An uncertain date says so in words: "about 2007", "2013 (year only)".
        let when = match item.until {
            Some(u) => format!("{} – {}", item.when(), u.label()),
            None => item.when(),
        };
        let _ = write!(
            out,
            r#"<li class="tl-entry lane-{lane}{r}{s}"{hooks}><button type="button" aria-pressed="{p}"{hit}><time datetime="{d}">{when}</time><span class="entry-label">{label}</span>{mine}"#,
            lane = item.lane.as_str(),
            r = if round { " round" } else { "" },
            s = if is_selected { " selected" } else { "" },
            hooks = super::hooks::item_hooks(item),
            d = item.date,
            p = is_selected,
            hit = TimelineHit::Item(ix).attr(),
            when = esc(&when),
            label = esc(&item.label),
            mine = if round {
                mark_after(&item.id)
            } else {
                String::new()
            },
        );
        if round {
            let _ = write!(
                out,
                r#"<span class="entry-line">{}</span>"#,
                esc(&super::round_line(
                    corpus,
                    &corpus.articles[item.articles[0]]
                ))
            );
        }
        let _ = write!(
            out,
            r#"<span class="entry-kind">{}</span></button>"#,
            if round {
                "Round of talks"
            } else {
                item.lane.label()
            }
        );
        if is_selected {
            out.push_str(r#"<div class="tl-detail">"#);
            super::detail::detail_html(out, corpus, state, item);
            out.push_str("</div>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
}
