//! From a reader's draft to an article of yours, and what the extractor left for them
//! to curate.
//!
//! The extraction itself is the corpus's own ([`corpus::extract::extract_article`]),
//! run in the worker on the knowledge base with the reader's edits applied. What is
//! decided here is what the app says about the article: its id and headline, and how
//! each researched fact is known. The reader typed the dates and the outlet, so they
//! are "inferred" (known from outside the text) with a note saying so, unless the text
//! itself writes them: a date written out with its year, an outlet it names. A guess
//! the form offered and the reader kept says what it rested on.

use super::check::date;
use super::{Draft, article_id};
use corpus::extract::{KnowledgeBase, Matchers, extract_article, guess_dates};
use corpus::model::{Article, Confidence, Entity, EntityKind, Sourced, shorten};
use corpus::text::{fold, sentences};
use serde::{Deserialize, Serialize};

/// The longest headline made from the first sentence, in bytes.
const HEADLINE_BYTES: usize = 100;

/// The note of a fact the reader gave.
pub const GIVEN: &str = "Given by the reader who added the article";

/// The extractor's input for a checked draft. `entities` is the knowledge base the
/// article is read with (for its place).
pub fn input(draft: &Draft, entities: &[Entity]) -> Article {
    let id = article_id(&draft.text);
    let place = entities
        .iter()
        .position(|e| e.id == draft.place.trim() && e.kind == EntityKind::Place)
        .and_then(|i| u16::try_from(i).ok());
    let given = |value: &str| {
        date(value).map_or_else(Sourced::unknown, |d| Sourced {
            value: Some(d),
            confidence: Confidence::Inferred,
            note: GIVEN.into(),
        })
    };
    let outlet = draft.outlet.trim();
    Article {
        file: format!("articles/{id}.txt"),
        headline: headline(&draft.text),
        place,
        talks: given(&draft.talks),
        published: given(&draft.published),
        outlet: if outlet.is_empty() {
            Sourced::unknown()
        } else {
            Sourced {
                value: Some(outlet.to_string()),
                confidence: Confidence::Inferred,
                note: GIVEN.into(),
            }
        },
        wire: Sourced {
            value: None,
            confidence: Confidence::Unknown,
            note: "Not checked: no one has looked for an agency's copy.".into(),
        },
        ..Article::unannotated(&id, &draft.text)
    }
}

/// Extracts a checked draft with a knowledge base that has the reader's edits.
pub fn extract(draft: &Draft, kb: &KnowledgeBase, matchers: &Matchers) -> Article {
    let mut article = extract_article(kb, matchers, input(draft, &kb.entities));
    settle(&mut article);
    article
}

/// Says how each fact the reader gave is known, now that the text has been read: a
/// date the text writes out with its year is stated (with the words), a date the form
/// guessed from the text says from what, a published date the page stamps or its
/// dateline gives is stated, an outlet the text names is stated.
pub fn settle(article: &mut Article) {
    let guess = guess_dates(&article.text, article.published.value);
    // A dateline or stamp dates the report, not the talks, even on the same day.
    let stamp = guess.published.map(|g| g.span);
    if let Some(talks) = article.talks.value {
        let written = article.events.iter().find(|e| {
            e.date == talks
                && Some(e.span) != stamp
                && article.slice(e.span).contains(&talks.year.to_string())
        });
        if let Some(e) = written {
            article.talks.confidence = Confidence::Stated;
            article.talks.note = format!(
                "{GIVEN}; the text writes \u{201c}{}\u{201d}.",
                article.slice(e.span)
            );
        } else if let Some(g) = guess.talks.filter(|g| g.date == talks) {
            article.talks.note = format!(
                "{GIVEN}, as the form read it {}: \u{201c}{}\u{201d}.",
                g.basis.label(),
                article.slice(g.span)
            );
        }
    }
    if let (Some(published), Some(g)) = (article.published.value, guess.published)
        && g.date == published
    {
        article.published.confidence = Confidence::Stated;
        article.published.note = format!(
            "{GIVEN}; the page reads \u{201c}{}\u{201d}.",
            article.slice(g.span)
        );
    }
    if let Some(outlet) = &article.outlet.value
        && !outlet.trim().is_empty()
        && fold(&article.text).contains(&fold(outlet.trim()))
    {
        article.outlet.confidence = Confidence::Stated;
        article.outlet.note = format!("{GIVEN}; the text names it.");
    }
}

/// A headline made from the first line or sentence, without a dateline ("CAIRO, Oct
/// 12 (Reuters) -"), shortened. The views mark it as taken from the reader's text.
pub fn headline(text: &str) -> String {
    let first = sentences(text)
        .into_iter()
        .map(|s| text.get(s.range()).unwrap_or(""))
        .map(strip_dateline)
        .find(|s| s.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    match first {
        Some(s) => shorten(s.trim(), HEADLINE_BYTES),
        None => "An article of yours".into(),
    }
}

/// The sentence without the place (and date, and agency) that open a report.
fn strip_dateline(sentence: &str) -> &str {
    let head = &sentence[..floor_boundary(sentence, 60)];
    let cut = ["\u{2014}", "\u{2013}", " - ", ": "]
        .iter()
        .filter_map(|d| head.find(d).map(|at| (at, *d)))
        .min();
    match cut {
        Some((at, d)) if opens_report(&sentence[..at], d == ": ") => {
            sentence[at + d.len()..].trim_start()
        }
        _ => sentence,
    }
}

/// "CAIRO", "RAMALLAH, West Bank (AP)" before a dash or a colon; "Cairo, MINA" (a
/// place and an agency) before a dash only: a colon after "Abbas said" is a quote.
fn opens_report(before: &str, colon: bool) -> bool {
    let word: String = before.chars().take_while(|c| c.is_alphabetic()).collect();
    let capitals = word.chars().count() >= 3 && word.chars().all(char::is_uppercase);
    capitals || (!colon && before.split_whitespace().count() <= 3 && before.contains(','))
}

fn floor_boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A name the extractor found and the knowledge base lacks, as the form lists it for
/// the reader to curate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Uncurated {
    pub name: String,
    /// How many times the text uses it.
    pub count: usize,
    /// The title the text gives it ("Foreign Minister"), if any.
    pub role: Option<String>,
    /// The id of the faction or state the text attaches to it, if any.
    pub affiliation: Option<String>,
}

/// The uncurated names of an article, each once, in order of first use.
pub fn uncurated(article: &Article, entities: &[Entity]) -> Vec<Uncurated> {
    let mut out: Vec<Uncurated> = Vec::new();
    for c in &article.candidates {
        let name = article
            .slice(c.span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if name.is_empty() {
            continue;
        }
        if let Some(seen) = out.iter_mut().find(|u| fold(&u.name) == fold(&name)) {
            seen.count += 1;
            continue;
        }
        out.push(Uncurated {
            name,
            count: 1,
            role: c.role.map(|r| article.slice(r).to_string()),
            affiliation: c
                .affiliation
                .and_then(|f| entities.get(f as usize))
                .map(|e| e.id.clone()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::kb;
    use corpus::extract::edits::{KbEdits, apply};

    const TEXT: &str = "Fatah, Hamas sign deal in Cairo\n\
        CAIRO, Oct. 12, 2017 (Reuters) - Hamas and Fatah signed a reconciliation deal in \
        Cairo on Thursday, Egyptian officials told Reuters. Chinese Foreign Minister Wang \
        Yi welcomed the deal. Wang Yi said it was a step forward.";

    fn draft() -> Draft {
        Draft {
            text: TEXT.into(),
            talks: "2017-10-12".into(),
            published: "2017-10-12".into(),
            outlet: "Reuters".into(),
            place: "cairo".into(),
        }
    }

    #[test]
    fn an_extracted_draft_is_an_article_of_yours_with_its_facts_sourced() {
        let kb = kb();
        let a = extract(&draft(), kb, &Matchers::new(kb));
        assert_eq!(a.id, article_id(TEXT));
        assert_eq!(a.file, format!("articles/{}.txt", a.id));
        assert_eq!(a.headline, "Fatah, Hamas sign deal in Cairo");
        assert_eq!(
            a.place.map(|p| kb.entities[p as usize].id.as_str()),
            Some("cairo")
        );
        assert_eq!(
            a.talks.value.map(|d| d.to_string()).as_deref(),
            Some("2017-10-12")
        );
        // Thursday, resolved against the published date: the reader's, not the text's.
        assert_eq!(a.talks.confidence, Confidence::Inferred);
        assert!(
            a.talks.note.contains("\u{201c}Thursday\u{201d}"),
            "{}",
            a.talks.note
        );
        // The dateline writes the published date out: stated, with its words.
        assert_eq!(a.published.confidence, Confidence::Stated);
        assert!(
            a.published.note.contains("Oct. 12, 2017"),
            "{}",
            a.published.note
        );
        // The text names Reuters.
        assert_eq!(a.outlet.confidence, Confidence::Stated);
        assert_eq!(a.wire.confidence, Confidence::Unknown);
        assert!(
            a.mentions
                .iter()
                .any(|m| kb.entities[m.entity as usize].id == "hamas")
        );
    }

    #[test]
    fn facts_the_text_does_not_give_are_inferred_and_say_who_gave_them() {
        let kb = kb();
        let mut d = draft();
        d.text = "The two sides met again in Cairo this week.".into();
        d.outlet = "Some Paper".into();
        d.place = "hamas".into();
        let a = extract(&d, kb, &Matchers::new(kb));
        for (confidence, note) in [
            (a.talks.confidence, &a.talks.note),
            (a.published.confidence, &a.published.note),
            (a.outlet.confidence, &a.outlet.note),
        ] {
            assert_eq!((confidence, note.as_str()), (Confidence::Inferred, GIVEN));
        }
        // Not a place: none rather than a wrong one.
        assert_eq!(a.place, None);
        d.published.clear();
        d.outlet.clear();
        let a = extract(&d, kb, &Matchers::new(kb));
        assert_eq!(a.published.confidence, Confidence::Unknown);
        assert_eq!(a.outlet.value, None);
    }

    #[test]
    fn the_names_left_to_curate_come_once_with_their_count_and_title() {
        let kb = kb();
        let a = extract(&draft(), kb, &Matchers::new(kb));
        let names = uncurated(&a, &kb.entities);
        let wang = names.iter().find(|u| u.name == "Wang Yi").expect("Wang Yi");
        assert_eq!(wang.count, 2);
        assert_eq!(wang.role.as_deref(), Some("Foreign Minister"));
        assert_eq!(wang.affiliation.as_deref(), Some("china"));
        // Once curated, the name is a mention.
        let mut kb = kb.clone();
        let edits = KbEdits {
            aliases: vec![],
            entities: vec![corpus::extract::edits::NewEntity {
                name: "Wang Yi".into(),
                kind: EntityKind::Person,
                faction: Some("china".into()),
            }],
        };
        apply(&mut kb.entities, &edits);
        let a = extract(&draft(), &kb, &Matchers::new(&kb));
        assert!(
            uncurated(&a, &kb.entities)
                .iter()
                .all(|u| u.name != "Wang Yi")
        );
    }

    #[test]
    fn headlines_leave_the_dateline_out_and_stay_short() {
        assert_eq!(
            headline("RAMALLAH, West Bank (AP) \u{2014} Abbas took a decisive step Monday."),
            "Abbas took a decisive step Monday."
        );
        assert_eq!(
            headline("Cairo, MINA \u{2013}The delegations signed."),
            "The delegations signed."
        );
        assert_eq!(headline("CAIRO: Delegations met."), "Delegations met.");
        // A colon further in is part of the sentence.
        assert_eq!(headline("Abbas said: we agree."), "Abbas said: we agree.");
        let long = headline(&"word ".repeat(100));
        assert!(long.len() <= HEADLINE_BYTES + '…'.len_utf8() && long.ends_with('…'));
        assert_eq!(headline("\n\n…\n"), "An article of yours");
    }
}
