//! Who took part in a round, as the text says it and no further (issue 12).
//!
//! Two lists that must never be confused. *At the talks*: the people the text places
//! there (`Article::present`: in a delegation, "met with", "taking part in", speaking
//! where the talks were held), each with the cue and the sentence that place them.
//! *Named in this article*: everyone the text names, by faction, which claims no
//! presence at all. A leader is shown only where the text says who headed a
//! delegation (`Article::leaders`); there is no fallback to the most-named person.
//!
//! The timeline's panel and list, the map's round and the comparison's column heads
//! all draw participation from here, so the rule is written once. Indexes the
//! knowledge base lacks (a stale blob) are skipped, never looked up.

use crate::entity::entity_link;
use crate::markup::esc;
use crate::state::ViewState;
use crate::state::links::sentence_href;
use corpus::model::{Article, Corpus, EntityIx, EntityKind, Present, shorten};
use std::fmt::Write;

/// Longest sentence shown in a placing link's tooltip, in bytes.
const TOOLTIP: usize = 200;
/// People named in a round's one-line summary, at most.
const IN_LINE: usize = 3;

/// A faction and the person the text says headed its delegation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leader {
    pub faction: EntityIx,
    pub person: EntityIx,
}

fn known(corpus: &Corpus, ix: EntityIx) -> bool {
    (ix as usize) < corpus.entities.len()
}

/// The leaders the text names, in the order it places them; empty when it names none.
pub fn leaders(corpus: &Corpus, article: &Article) -> Vec<Leader> {
    article
        .leaders()
        .into_iter()
        .filter(|&(f, p)| known(corpus, f) && known(corpus, p))
        .map(|(faction, person)| Leader { faction, person })
        .collect()
}

/// The people the text places at the talks, each once, in order of placement; a
/// `leads` the knowledge base cannot name is dropped (the person stays, as present).
pub fn at_the_talks(corpus: &Corpus, article: &Article) -> Vec<Present> {
    let mut out: Vec<Present> = Vec::new();
    for p in &article.present {
        if known(corpus, p.person) && !out.iter().any(|q| q.person == p.person) {
            out.push(Present {
                leads: p.leads.filter(|&f| known(corpus, f)),
                ..*p
            });
        }
    }
    out
}

/// How the text places someone: "led the Hamas delegation" only when it says so,
/// else the cue's words ("met at the talks", "took part").
pub fn placing_words(corpus: &Corpus, present: &Present) -> String {
    match present.leads {
        Some(f) => format!("led the {} delegation", corpus.entity(f).name),
        None => present.cue.label().to_string(),
    }
}

/// A round in a few words for the timeline's line and tooltip: the delegation heads
/// the text names ("Hamas delegation led by Khalil al-Hayya"), else who it places at
/// the talks ("at the talks: Mahmoud Abbas, Khaled Mashaal"), else nothing.
pub fn round_summary(corpus: &Corpus, article: &Article) -> Option<String> {
    let leaders = leaders(corpus, article);
    if !leaders.is_empty() {
        let parts: Vec<String> = leaders
            .iter()
            .take(IN_LINE)
            .map(|l| {
                format!(
                    "{} delegation led by {}",
                    corpus.entity(l.faction).name,
                    corpus.entity(l.person).name
                )
            })
            .collect();
        return Some(parts.join("; "));
    }
    let present = at_the_talks(corpus, article);
    if present.is_empty() {
        return None;
    }
    let names: Vec<&str> = present
        .iter()
        .take(IN_LINE)
        .map(|p| corpus.entity(p.person).name.as_str())
        .collect();
    let more = match present.len().saturating_sub(IN_LINE) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    Some(format!("at the talks: {}{more}", names.join(", ")))
}

/// One person at the talks as a list item: their link, then how the text places
/// them, itself a link to the placing sentence in the reader.
fn person_html(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article, p: &Present) {
    let e = corpus.entity(p.person);
    let leads = p
        .leads
        .map(|f| format!(r#" data-leads="{}""#, esc(&corpus.entity(f).id)))
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<li data-entity="{id}" data-cue="{cue}"{leads}>"#,
        id = esc(&e.id),
        cue = p.cue.as_str(),
    );
    entity_link(out, corpus, state, p.person);
    let _ = write!(
        out,
        r#" <a class="placing{lead}" href="{href}" data-sentence="{s}" title="{title}">{words}</a></li>"#,
        lead = if p.leads.is_some() { " leader" } else { "" },
        href = esc(&sentence_href(state, &a.id, p.sentence)),
        s = p.sentence,
        title = esc(&format!(
            "“{}” — read it in the article",
            shorten(a.sentence_text(p.sentence), TOOLTIP)
        )),
        words = esc(&placing_words(corpus, p)),
    );
}

fn people_list(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article, class: &str) {
    let present = at_the_talks(corpus, a);
    if present.is_empty() {
        out.push_str(r#"<p class="empty">The text places nobody at the talks by name.</p>"#);
        return;
    }
    let _ = write!(out, r#"<ul class="{class}">"#);
    for p in &present {
        person_html(out, corpus, state, a, p);
    }
    out.push_str("</ul>");
}

/// The round panel's "At the talks" section.
pub fn at_the_talks_html(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article) {
    out.push_str(r#"<section class="participation" data-testid="at-the-talks"><h4>At the talks</h4><p class="hint">Only those the text places there, each with the sentence that does.</p>"#);
    people_list(out, corpus, state, a, "at-the-talks");
    out.push_str("</section>");
}

/// "At the talks: …" in one line, for the map's round and the comparison's heads.
pub fn at_the_talks_line(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article) {
    out.push_str(r#"<div class="at-the-talks-line" data-testid="at-the-talks"><span class="line-label">At the talks:</span> "#);
    people_list(out, corpus, state, a, "at-the-talks inline-people");
    out.push_str("</div>");
}

/// The people the article names, grouped by the faction or state the knowledge base
/// gives them, in order of first mention: named, which says nothing of presence.
pub fn named_by_faction_html(out: &mut String, corpus: &Corpus, state: &ViewState, a: &Article) {
    let mut groups: Vec<(Option<EntityIx>, Vec<EntityIx>)> = Vec::new();
    for e in a.entity_set() {
        let Some(entity) = corpus.entities.get(e as usize) else {
            continue;
        };
        if entity.kind != EntityKind::Person {
            continue;
        }
        let key = entity.faction.filter(|&f| known(corpus, f));
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, people)) => people.push(e),
            None => groups.push((key, vec![e])),
        }
    }
    out.push_str(r#"<section class="participation" data-testid="named-in-article"><h4>Named in this article, by faction</h4><p class="hint">Named anywhere in the text, in passing too: not a claim that they were at the talks.</p>"#);
    if groups.is_empty() {
        out.push_str(r#"<p class="empty">The text names no one the knowledge base knows.</p>"#);
    } else {
        out.push_str(r#"<ul class="named-by-faction">"#);
    }
    for (faction, people) in &groups {
        let side = faction.map_or("No faction recorded", |f| corpus.entity(f).name.as_str());
        let _ = write!(out, "<li><strong>{}</strong><ul>", esc(side));
        for &p in people {
            out.push_str("<li>");
            entity_link(out, corpus, state, p);
            out.push_str("</li>");
        }
        out.push_str("</ul></li>");
    }
    if !groups.is_empty() {
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::model::PresenceCue;

    fn seeds() -> &'static Corpus {
        corpus::seeds::repository()
    }

    fn article(id: &str) -> &'static Article {
        seeds().article(id).unwrap()
    }

    fn ids<'a>(corpus: &'a Corpus, leaders: &[Leader]) -> Vec<(&'a str, &'a str)> {
        let id = |e: EntityIx| corpus.entity(e).id.as_str();
        leaders
            .iter()
            .map(|l| (id(l.faction), id(l.person)))
            .collect()
    }

    fn panel(id: &str) -> String {
        let mut out = String::new();
        let state = ViewState::default();
        at_the_talks_html(&mut out, seeds(), &state, article(id));
        named_by_faction_html(&mut out, seeds(), &state, article(id));
        out
    }

    /// The part of `html` from the element with `testid` to the end of its section.
    fn section<'a>(html: &'a str, testid: &str) -> &'a str {
        let start = html.find(&format!(r#"data-testid="{testid}""#)).unwrap();
        let end = html[start..].find("</section>").unwrap();
        &html[start..start + end]
    }

    #[test]
    fn leaders_are_the_delegation_heads_the_text_names() {
        let c = seeds();
        assert_eq!(
            ids(c, &leaders(c, article("cairo-2024-10"))),
            [("hamas", "khalil-al-hayya"), ("fatah", "mahmoud-al-aloul")]
        );
        assert_eq!(
            round_summary(c, article("cairo-2024-10")).as_deref(),
            Some(
                "Hamas delegation led by Khalil al-Hayya; Fatah delegation led by Mahmoud al-Aloul"
            )
        );
    }

    #[test]
    fn without_a_named_head_there_is_no_leader_not_even_the_most_named() {
        let c = seeds();
        // 2013: Abbas and Mashaal met, and both are named often; neither led anything
        // the text says.
        assert!(leaders(c, article("cairo-2013-01")).is_empty());
        let line = round_summary(c, article("cairo-2013-01")).unwrap();
        assert!(line.starts_with("at the talks: "), "{line}");
        assert!(line.contains("Mahmoud Abbas") && line.contains("Khaled Mashaal"));
        assert!(!line.contains("led by"), "{line}");
        // 2017: the text places nobody at the talks; the line claims nothing.
        assert!(leaders(c, article("cairo-2017-11")).is_empty());
        assert_eq!(round_summary(c, article("cairo-2017-11")), None);
    }

    #[test]
    fn each_person_at_the_talks_links_to_the_sentence_that_places_them() {
        let html = panel("cairo-2024-10");
        let at = section(&html, "at-the-talks");
        assert!(at.contains(r#"<li data-entity="khalil-al-hayya" data-cue="heads-delegation" data-leads="hamas">"#), "{at}");
        assert!(at.contains(
            r##"<a class="placing leader" href="?view=read&amp;a=cairo-2024-10#s3" data-sentence="3" title="“The Hamas delegation is led by Khalil Al-Hayya"##
        ), "{at}");
        assert!(at.contains(">led the Hamas delegation</a>"));
        assert!(at.contains(">led the Fatah delegation</a>"));
        assert_eq!(at.matches("<li ").count(), 2);
    }

    #[test]
    fn people_who_met_are_at_the_talks_without_a_leader_mark() {
        let html = panel("cairo-2013-01");
        let at = section(&html, "at-the-talks");
        for id in ["nabil-elaraby", "mahmoud-abbas", "khaled-mashaal"] {
            assert!(
                at.contains(&format!(r#"<li data-entity="{id}" data-cue="met-with">"#)),
                "{id}: {at}"
            );
        }
        assert_eq!(at.matches(">met at the talks</a>").count(), 3);
        assert!(!html.contains("led the"), "{html}");
        assert!(!html.contains("data-leads"));
    }

    #[test]
    fn named_people_are_listed_apart_and_claim_no_presence() {
        // The 2017 panel once put Haniyeh (a photo caption) and al-Aruri (in Iran) at
        // the talks. They are named; the text places nobody there.
        let html = panel("cairo-2017-11");
        let at = section(&html, "at-the-talks");
        assert!(at.contains("The text places nobody at the talks by name."));
        assert!(!at.contains("<li"));
        let named = section(&html, "named-in-article");
        for id in ["ismail-haniyeh", "salah-al-aruri", "bassem-naim"] {
            assert!(
                named.contains(&format!(r#"data-entity="{id}""#)),
                "{id}: {named}"
            );
        }
        assert!(named.contains("<strong>Hamas</strong>"));
        assert!(!named.contains("placing") && !named.contains("led the"));
    }

    #[test]
    fn the_one_line_form_carries_the_same_people_and_sentences() {
        let mut out = String::new();
        at_the_talks_line(
            &mut out,
            seeds(),
            &ViewState::default(),
            article("cairo-2014-09"),
        );
        assert!(out.starts_with(r#"<div class="at-the-talks-line" data-testid="at-the-talks">"#));
        assert!(out.contains(r#"data-entity="sakher-bseiso" data-cue="took-part""#));
        assert!(
            out.contains(r##"href="?view=read&amp;a=cairo-2014-09#s16""##),
            "{out}"
        );
        assert!(out.contains(">took part</a>"));
        let mut empty = String::new();
        at_the_talks_line(
            &mut empty,
            seeds(),
            &ViewState::default(),
            article("cairo-2017-11"),
        );
        assert!(empty.contains("The text places nobody at the talks by name."));
    }

    #[test]
    fn stale_indexes_and_repeats_are_skipped_without_a_panic() {
        let c = seeds();
        let mut a = Article::unannotated("t", "Abbas met Haniyeh in Cairo. They talked.");
        let abbas = c.entity_ix("mahmoud-abbas").unwrap();
        let place = |person, leads| Present {
            person,
            sentence: 0,
            cue: PresenceCue::HeadsDelegation,
            leads,
        };
        a.present = vec![
            place(u16::MAX, None),
            place(abbas, Some(u16::MAX)),
            place(abbas, None),
        ];
        assert!(
            leaders(c, &a).is_empty(),
            "an unknown faction leads nothing"
        );
        let present = at_the_talks(c, &a);
        assert_eq!(present.len(), 1);
        assert_eq!((present[0].person, present[0].leads), (abbas, None));
        assert_eq!(placing_words(c, &present[0]), "headed the delegation");
        a.mentions.push(corpus::model::Mention {
            entity: u16::MAX,
            span: corpus::model::Span::new(0, 5),
            variant: false,
        });
        let mut out = String::new();
        at_the_talks_html(&mut out, c, &ViewState::default(), &a);
        named_by_faction_html(&mut out, c, &ViewState::default(), &a);
        assert_eq!(out.matches("<li data-entity=").count(), 1);
        assert!(out.contains("The text names no one the knowledge base knows."));
    }
}
