//! The compared articles' heads: headline, when, where from and from which wire, each
//! fact with how it is known (stated, inferred or unknown look different, and the
//! note that explains it is the badge's title), and who the text places at the talks
//! (the one rule of [`crate::participation`]: leaders only where it names them). On
//! a narrow screen the heads become tabs that choose the one column the rows show.
//!
//! The tabs follow the ARIA tabs pattern: only the chosen tab is in the tab order
//! (arrow keys move between them, see the app), and each controls the one panel
//! below ([`TABPANEL_ID`]).

use super::Comparison;
use super::hit::CompareHit;
use crate::hit::Hit;
use crate::markup::esc;
use crate::participation::at_the_talks_line;
use crate::state::ViewState;
use crate::yours::mark_after;
use corpus::Corpus;
use corpus::model::Sourced;
use std::fmt::Write;

/// The id of the panel the tabs control (the topic rows or the full text).
pub const TABPANEL_ID: &str = "compare-tabpanel";

/// The id of a column's tab, which labels the panel while it is chosen.
pub fn tab_id(column: usize) -> String {
    format!("compare-tab-{column}")
}

/// "Talks: 24 September 2014 inferred", the badge titled with the note.
fn provenance<T>(out: &mut String, label: &str, value: Option<String>, fact: &Sourced<T>) {
    let confidence = fact.confidence.as_str();
    let note = if fact.note.is_empty() {
        format!("{label}: {confidence}")
    } else {
        fact.note.clone()
    };
    let _ = write!(
        out,
        r#"<span class="fact-inline">{label}: <span class="fact-value">{value}</span> <span class="prov prov-{confidence}" title="{note}">{confidence}</span></span>"#,
        label = esc(label),
        value = esc(value.as_deref().unwrap_or("not known")),
        note = esc(&note),
    );
}

/// The heads side by side, or (`tab`: the chosen column) the tabs and the chosen
/// article's headline (a heading either way, so the panels' headings below keep
/// their level).
pub fn heads_html(
    out: &mut String,
    corpus: &Corpus,
    state: &ViewState,
    cmp: &Comparison,
    tab: Option<usize>,
) {
    let Some(chosen) = tab else {
        let _ = write!(
            out,
            r#"<div class="compare-heads columns-{}">"#,
            cmp.columns.len()
        );
        for &ix in &cmp.columns {
            let a = &corpus.articles[ix];
            let _ = write!(
                out,
                r#"<section class="compare-column" data-testid="compare-column" data-article="{id}"><h3>{h}</h3><p class="meta">{mine}"#,
                id = esc(&a.id),
                h = esc(&a.headline),
                mine = mark_after(&a.id),
            );
            provenance(out, "Talks", a.talks.value.map(|d| d.label()), &a.talks);
            provenance(out, "Outlet", a.outlet.value.clone(), &a.outlet);
            provenance(out, "Wire", a.wire.value.clone(), &a.wire);
            out.push_str("</p>");
            at_the_talks_line(out, corpus, state, a);
            out.push_str("</section>");
        }
        out.push_str("</div>");
        return;
    };
    out.push_str(r#"<div class="compare-tabs" role="tablist" aria-label="Articles">"#);
    for (c, &ix) in cmp.columns.iter().enumerate() {
        let a = &corpus.articles[ix];
        let selected = c == chosen;
        let _ = write!(
            out,
            r#"<button type="button" role="tab" class="compare-tab" id="{tid}" aria-selected="{selected}" aria-controls="{TABPANEL_ID}" tabindex="{tabindex}" data-testid="compare-column" data-article="{id}"{hit}>{date}</button>"#,
            tid = tab_id(c),
            tabindex = if selected { 0 } else { -1 },
            id = esc(&a.id),
            hit = CompareHit::Tab(c).attr(),
            date = esc(&a.date().label()),
        );
    }
    out.push_str("</div>");
    if let Some(a) = cmp.columns.get(chosen).map(|&ix| &corpus.articles[ix]) {
        let _ = write!(
            out,
            r#"<div class="tab-head"><h3>{h}</h3><span>· {o}</span>{mine}</div>"#,
            h = esc(&a.headline),
            mine = mark_after(&a.id),
            o = esc(a.outlet.value.as_deref().unwrap_or("outlet unknown")),
        );
        at_the_talks_line(out, corpus, state, a);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;

    fn two() -> (&'static Corpus, Comparison) {
        let c = corpus::seeds::repository();
        let cols = ["cairo-2014-09", "cairo-2017-11"].map(|id| c.article_ix(id).unwrap());
        (c, compare(c, &cols, &[], &[]))
    }

    #[test]
    fn wide_heads_say_how_each_fact_is_known() {
        let (c, cmp) = two();
        let mut out = String::new();
        heads_html(&mut out, c, &ViewState::default(), &cmp, None);
        assert_eq!(out.matches(r#"data-testid="compare-column""#).count(), 2);
        assert!(out.contains(r#"class="compare-heads columns-2""#));
        assert!(!out.contains("style="));
        // 2014: the wire is stated (the dateline), the outlet inferred.
        assert!(out.contains(r#"Wire: <span class="fact-value">Reuters</span> <span class="prov prov-stated" title="The dateline reads &#39;Reuters/Cairo&#39;.">stated</span>"#), "{out}");
        assert!(out.contains(r#"<span class="prov prov-inferred" title="Found as printed by Gulf Times.">inferred</span>"#));
        let first = out.find("cairo-2014-09").unwrap();
        assert!(first < out.find("cairo-2017-11").unwrap());
    }

    #[test]
    fn an_unknown_fact_says_so() {
        let (c, cmp) = two();
        let mut article = c.articles[cmp.columns[0]].clone();
        article.wire = Sourced::unknown();
        let mut corpus = c.clone();
        corpus.articles[cmp.columns[0]] = article;
        let mut out = String::new();
        heads_html(&mut out, &corpus, &ViewState::default(), &cmp, None);
        assert!(out.contains(r#"Wire: <span class="fact-value">not known</span> <span class="prov prov-unknown" title="Wire: unknown">unknown</span>"#), "{out}");
    }

    #[test]
    fn each_head_says_who_the_text_places_at_the_talks() {
        let c = corpus::seeds::repository();
        let cols =
            ["cairo-2013-01", "cairo-2017-11", "cairo-2024-10"].map(|id| c.article_ix(id).unwrap());
        let cmp = compare(c, &cols, &[], &[]);
        let mut out = String::new();
        heads_html(&mut out, c, &ViewState::default(), &cmp, None);
        let column = |id: &str| {
            let at = out.find(&format!(r#"data-article="{id}""#)).unwrap();
            let end = out[at..].find("</section>").unwrap();
            out[at..at + end].to_string()
        };
        assert_eq!(out.matches(r#"data-testid="at-the-talks""#).count(), 3);
        let y2013 = column("cairo-2013-01");
        assert!(
            y2013.contains(r#"data-entity="mahmoud-abbas" data-cue="met-with""#),
            "{y2013}"
        );
        assert!(!y2013.contains("led the"));
        assert!(column("cairo-2017-11").contains("The text places nobody at the talks by name."));
        let y2024 = column("cairo-2024-10");
        assert!(y2024.contains(">led the Fatah delegation</a>"), "{y2024}");
        // The narrow form: the chosen column's people only.
        let mut tab = String::new();
        heads_html(&mut tab, c, &ViewState::default(), &cmp, Some(2));
        assert_eq!(tab.matches(r#"data-testid="at-the-talks""#).count(), 1);
        assert!(tab.contains(">led the Hamas delegation</a>"));
    }

    #[test]
    fn narrow_heads_are_tabs_with_one_in_the_tab_order() {
        let (c, cmp) = two();
        let mut out = String::new();
        heads_html(&mut out, c, &ViewState::default(), &cmp, Some(1));
        assert_eq!(out.matches(r#"role="tab""#).count(), 2);
        assert_eq!(out.matches(r#"data-testid="compare-column""#).count(), 2);
        assert_eq!(out.matches(r#"aria-selected="true""#).count(), 1);
        assert!(out.contains(r#"id="compare-tab-1" aria-selected="true" aria-controls="compare-tabpanel" tabindex="0""#));
        assert!(out.contains(r#"data-hit="tab:0""#));
        assert!(
            out.contains("Arutz Sheva"),
            "the chosen tab's outlet: {out}"
        );
    }
}
