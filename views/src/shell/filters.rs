//! The filter bar shared by every view: one compact row (the "Filters (n)" toggle, the
//! search box, the active filters as removable chips, "Clear all") and, when opened,
//! the panel with the entity picker, the dates, the factions and the topics. On a
//! phone the search box, too, waits behind the toggle (CSS).
//!
//! Every control writes the URL through the app; nothing here keeps filter state
//! except the text being typed into the entity picker.

use super::ShellUi;
use super::hit::{Filter, ShellHit};
use super::picker::suggestions;
use crate::hit::Hit;
use crate::markup::esc;
use crate::state::ViewState;
use corpus::model::EntityKind;
use corpus::{Corpus, PartialDate};
use std::fmt::Write;

/// How many filters are active: the number on the toggle.
pub fn active_count(state: &ViewState) -> usize {
    state.factions.len()
        + state.entities.len()
        + state.topics.len()
        + usize::from(state.from.is_some())
        + usize::from(state.to.is_some())
        + usize::from(!state.query.is_empty())
}

pub fn filters_html(corpus: &Corpus, state: &ViewState, ui: &ShellUi) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let n = active_count(state);
    let _ = write!(
        out,
        r#"<section class="filter-bar{open}" aria-label="Filters"><div class="filter-row"><button type="button" class="filters-toggle" aria-expanded="{o}" aria-controls="filter-panel" data-testid="filters-toggle"{hit}>Filters{count}</button><input class="search" type="search" aria-label="Search the articles" placeholder="Search: a word, a name…" data-testid="search" value="{q}"{search}>"#,
        open = if ui.filters_open { " open" } else { "" },
        o = ui.filters_open,
        hit = ShellHit::ToggleFilters.attr(),
        count = if n > 0 {
            format!(" ({n})")
        } else {
            String::new()
        },
        q = esc(&state.query),
        search = ShellHit::Search.attr(),
    );
    active_chips(&mut out, corpus, state);
    // A closed panel is an empty element: the page (and the prerendered front page)
    // carries the controls only when they are asked for.
    if ui.filters_open {
        out.push_str(r#"</div><div id="filter-panel" class="filter-panel">"#);
        entity_picker(&mut out, corpus, state, ui);
        date_range(&mut out, corpus, state);
        faction_chips(&mut out, corpus, state);
        topic_chips(&mut out, corpus, state);
    } else {
        out.push_str(r#"</div><div id="filter-panel" class="filter-panel" hidden>"#);
    }
    out.push_str("</div></section>");
    out
}

fn name_of(corpus: &Corpus, id: &str) -> (usize, String) {
    corpus
        .entity_ix(id)
        .map(|i| (i as usize, corpus.entity(i).name.clone()))
        .unwrap_or((usize::MAX, id.to_string()))
}

fn active_chips(out: &mut String, corpus: &Corpus, state: &ViewState) {
    let mut chips: Vec<(String, Filter)> = Vec::new();
    for f in &state.factions {
        let (ix, name) = name_of(corpus, f);
        chips.push((format!("Faction: {name}"), Filter::Faction(ix)));
    }
    for e in &state.entities {
        let (ix, name) = name_of(corpus, e);
        chips.push((format!("Mentions: {name}"), Filter::Entity(ix)));
    }
    for t in &state.topics {
        if let Some(ix) = corpus.topic_ix(t) {
            let name = &corpus.topics[ix as usize].name;
            chips.push((format!("Topic: {name}"), Filter::Topic(ix as usize)));
        }
    }
    if let Some(d) = state.from {
        chips.push((format!("From {}", d.label()), Filter::From));
    }
    if let Some(d) = state.to {
        chips.push((format!("To {}", d.label()), Filter::To));
    }
    if !state.query.is_empty() {
        chips.push((format!("Text: “{}”", state.query), Filter::Query));
    }
    if chips.is_empty() {
        return;
    }
    out.push_str(r#"<ul class="chips active-filters">"#);
    for (label, filter) in chips {
        let _ = write!(
            out,
            r#"<li><button type="button" class="chip removable" data-testid="active-filter" aria-label="Remove filter {l}"{hit}>{l}<span aria-hidden="true"> ×</span></button></li>"#,
            l = esc(&label),
            hit = ShellHit::Remove(filter).attr(),
        );
    }
    let _ = write!(
        out,
        r#"</ul><button type="button" class="clear-all" data-testid="clear-filters"{}>Clear all</button>"#,
        ShellHit::ClearAll.attr()
    );
}

fn entity_picker(out: &mut String, corpus: &Corpus, state: &ViewState, ui: &ShellUi) {
    let list = suggestions(corpus, &ui.entity_text, &state.entities);
    let expanded = ui.entity_open && !list.is_empty();
    let active = ui.entity_active.min(list.len().saturating_sub(1));
    let _ = write!(
        out,
        r#"<div class="entity-picker"><label for="entity-picker-input" class="label">Mentions</label><input id="entity-picker-input" type="text" role="combobox" autocomplete="off" placeholder="a person, faction, state…" aria-autocomplete="list" aria-controls="entity-picker-list" aria-expanded="{expanded}"{desc} data-testid="entity-picker" value="{v}"{hit}><ul id="entity-picker-list" role="listbox" aria-label="Suggestions" class="suggestions"{hidden}>"#,
        desc = if expanded {
            format!(r#" aria-activedescendant="entity-option-{active}""#)
        } else {
            String::new()
        },
        v = esc(&ui.entity_text),
        hit = ShellHit::EntityInput.attr(),
        hidden = if expanded { "" } else { " hidden" },
    );
    if expanded {
        for (i, &ix) in list.iter().enumerate() {
            let e = corpus.entity(ix);
            let _ = write!(
                out,
                r#"<li id="entity-option-{i}" role="option" aria-selected="{s}" data-entity="{id}"{hit}>{name}<span class="kind">{kind}</span></li>"#,
                s = i == active,
                id = esc(&e.id),
                hit = ShellHit::Suggestion(i).attr(),
                name = esc(&e.name),
                kind = e.kind.as_str(),
            );
        }
    }
    out.push_str("</ul></div>");
}

/// The years the corpus spans: its earliest referenced event to its latest article.
pub fn year_span(corpus: &Corpus) -> (i16, i16) {
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

fn date_range(out: &mut String, corpus: &Corpus, state: &ViewState) {
    let (first, last) = year_span(corpus);
    out.push_str(r#"<fieldset class="date-range"><legend>Dates</legend>"#);
    for (label, testid, hit, selected) in [
        ("From", "date-from", ShellHit::DateFrom, state.from),
        ("to", "date-to", ShellHit::DateTo, state.to),
    ] {
        let _ = write!(
            out,
            r#"<label>{label} <select data-testid="{testid}"{hit}>"#,
            hit = hit.attr()
        );
        let mut options: Vec<(String, String)> = vec![(String::new(), "any".into())];
        // A finer date from a link keeps its own option.
        if let Some(d) = selected.filter(|d| d.month != 0 || !(first..=last).contains(&d.year)) {
            options.push((d.to_string(), d.label()));
        }
        options.extend((first..=last).map(|y| (y.to_string(), y.to_string())));
        let chosen = selected
            .map(|d: PartialDate| d.to_string())
            .unwrap_or_default();
        for (value, text) in options {
            let _ = write!(
                out,
                r#"<option value="{v}"{s}>{t}</option>"#,
                v = esc(&value),
                s = if value == chosen { " selected" } else { "" },
                t = esc(&text),
            );
        }
        out.push_str("</select></label> ");
    }
    out.push_str("</fieldset>");
}

/// The shortest familiar name: "PLO" rather than "Palestine Liberation Organization".
fn short_name(name: &str, aliases: &[String]) -> String {
    aliases
        .iter()
        .filter(|a| a.chars().all(|c| c.is_uppercase()) && a.len() >= 2)
        .min_by_key(|a| a.len())
        .filter(|_| name.len() > 20)
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

fn faction_chips(out: &mut String, corpus: &Corpus, state: &ViewState) {
    out.push_str(r#"<fieldset class="chip-group"><legend>Factions</legend><ul class="chips">"#);
    for (ix, e) in corpus.entities.iter().enumerate() {
        if e.kind != EntityKind::Organization {
            continue;
        }
        let _ = write!(
            out,
            r#"<li><button type="button" class="chip faction-chip faction-{id}" aria-pressed="{p}" data-testid="faction-chip" data-entity="{id}" title="{d}"{hit}><span class="swatch" aria-hidden="true"></span>{name}</button></li>"#,
            id = esc(&e.id),
            p = state.factions.contains(&e.id),
            d = esc(&e.description),
            hit = ShellHit::Faction(ix).attr(),
            name = esc(&short_name(&e.name, &e.aliases)),
        );
    }
    out.push_str("</ul></fieldset>");
}

fn topic_chips(out: &mut String, corpus: &Corpus, state: &ViewState) {
    out.push_str(r#"<fieldset class="chip-group topics"><legend>Topics: the recurring disputes</legend><ul class="chips">"#);
    for (ix, t) in corpus.topics.iter().enumerate() {
        let _ = write!(
            out,
            r#"<li><button type="button" class="chip topic-chip" aria-pressed="{p}" data-testid="topic-chip" data-topic="{id}" title="{d}"{hit}>{name}</button></li>"#,
            p = state.topics.contains(&t.id),
            id = esc(&t.id),
            d = esc(&t.description),
            hit = ShellHit::Topic(ix).attr(),
            name = esc(&t.name),
        );
    }
    out.push_str("</ul></fieldset>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{ctx, state};

    #[test]
    fn the_bar_counts_and_lists_the_active_filters() {
        let state = state("f=hamas&q=salaries&from=2014");
        let html = filters_html(ctx().corpus, &state, &ShellUi::default());
        assert!(html.contains("Filters (3)"));
        assert_eq!(html.matches(r#"data-testid="active-filter""#).count(), 3);
        assert!(html.contains(r#"value="salaries""#));
        // Closed, the panel carries no controls; open, it shows the chosen chip pressed.
        assert!(html.contains(r#"id="filter-panel" class="filter-panel" hidden></div>"#));
        let open = ShellUi {
            filters_open: true,
            ..ShellUi::default()
        };
        let html = filters_html(ctx().corpus, &state, &open);
        assert!(
            html.contains(r#"aria-pressed="true" data-testid="faction-chip" data-entity="hamas""#)
        );
    }

    #[test]
    fn the_picker_lists_suggestions_only_while_open() {
        let c = ctx().corpus;
        let typing = ShellUi {
            entity_text: "mesh".into(),
            entity_open: true,
            filters_open: true,
            ..ShellUi::default()
        };
        let html = filters_html(c, &ViewState::default(), &typing);
        assert!(html.contains(r#"data-entity="khaled-mashaal""#));
        assert!(html.contains(r#"aria-expanded="true""#));
        let closed = ShellUi {
            entity_open: false,
            ..typing
        };
        assert!(!filters_html(c, &ViewState::default(), &closed).contains("entity-option-0"));
    }
}
