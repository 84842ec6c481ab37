//! The rules on sentences written for them, in the shapes the articles use, over a
//! small knowledge base of the same shape as the seeds'.

use crate::date::PartialDate;
use crate::extract::{KnowledgeBase, Matchers, extract_article};
use crate::model::{
    Agreement, Article, Confidence, Deadline, Entity, EntityKind, Provision, Sourced, Status,
};

fn entity(id: &str, name: &str, kind: EntityKind, faction: Option<u16>) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: vec![name.into()],
        faction,
        roles: vec![],
        description: String::new(),
    }
}

/// The provisions and the phrases that name them.
#[rustfmt::skip]
const PROVISIONS: &[(&str, &[&str])] = &[
    ("elections", &["election*", "vote"]),
    ("unity-government", &["unity government", "new government", "cabinet"]),
    ("crossings", &["crossing*"]),
    ("further-talks", &["meet again", "resume talks", "to talks"]),
    ("prisoners", &["detainee*", "prisoner*"]),
    ("ceasefire", &["ceasefire", "truce"]),
    ("reconstruction", &["reconstruction", "rebuild*"]),
    ("gaza-committee", &["joint committee"]),
    ("other", &["the agreement", "the deal", "reconciliation pact"]),
];

/// An agreement: id, place, date, phrases, venues.
type Deal = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

#[rustfmt::skip]
const AGREEMENTS: &[Deal] = &[
    ("cairo-2011-05", "Cairo", "2011-05-04", &["the 2011 deal"], &["Cairo", "Egypt"]),
    ("doha-2012-02", "Doha", "2012-02-06", &["doha declaration"], &["Doha", "Qatar"]),
    ("cairo-2017-10", "Cairo", "2017-10-12", &["october 2017 agreement"], &["Cairo"]),
    ("beijing-2024-07", "Beijing", "2024-07-23", &["beijing declaration"], &["Beijing", "China"]),
];

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

fn kb() -> KnowledgeBase {
    KnowledgeBase {
        entities: vec![
            entity("hamas", "Hamas", EntityKind::Organization, None),
            entity("fatah", "Fatah", EntityKind::Organization, None),
            entity("israel", "Israel", EntityKind::State, None),
            entity("mahmoud-abbas", "Abbas", EntityKind::Person, Some(1)),
        ],
        provisions: PROVISIONS
            .iter()
            .map(|(id, _)| Provision {
                id: id.to_string(),
                label: id.to_string(),
            })
            .collect(),
        provision_phrases: PROVISIONS.iter().map(|(_, ps)| strings(ps)).collect(),
        agreements: AGREEMENTS
            .iter()
            .map(|(id, place, date, _, _)| Agreement {
                id: id.to_string(),
                label: id.to_string(),
                place: place.to_string(),
                date: PartialDate::parse(date).unwrap(),
            })
            .collect(),
        agreement_phrases: AGREEMENTS.iter().map(|a| strings(a.3)).collect(),
        agreement_venues: AGREEMENTS.iter().map(|a| strings(a.4)).collect(),
        ..KnowledgeBase::default()
    }
}

/// The article `text` dated `date`, extracted.
fn article(text: &str, date: &str) -> (KnowledgeBase, Article) {
    let kb = kb();
    let sourced = Sourced {
        value: PartialDate::parse(date),
        confidence: Confidence::Stated,
        note: String::new(),
    };
    let input = Article {
        talks: sourced.clone(),
        published: sourced,
        ..Article::unannotated("test", text)
    };
    let a = extract_article(&kb, &Matchers::new(&kb), input);
    (kb, a)
}

/// A commitment found: (provision, deadline, agreement, who).
type Found = (String, Option<String>, Option<String>, Vec<String>);

/// The commitments of `text`.
fn commitments(text: &str, date: &str) -> Vec<Found> {
    let (kb, a) = article(text, date);
    a.commitments
        .iter()
        .map(|c| {
            assert!(a.sentences[c.sentence as usize].span.contains(c.span));
            (
                kb.provisions[c.provision as usize].id.clone(),
                c.deadline.date().map(|d| d.to_string()),
                c.agreement.map(|i| kb.agreements[i as usize].id.clone()),
                c.by.iter()
                    .map(|&e| kb.entities[e as usize].id.clone())
                    .collect(),
            )
        })
        .collect()
}

fn provisions(text: &str) -> Vec<String> {
    commitments(text, "2020-06-15")
        .into_iter()
        .map(|c| c.0)
        .collect()
}

/// The outcomes of `text`: (provision, status, agreement).
fn outcomes(text: &str, date: &str) -> Vec<(String, Status, Option<String>)> {
    let (kb, a) = article(text, date);
    a.outcomes
        .iter()
        .map(|o| {
            assert!(a.sentences[o.sentence as usize].span.contains(o.span));
            (
                kb.provisions[o.provision as usize].id.clone(),
                o.status,
                o.agreement.map(|i| kb.agreements[i as usize].id.clone()),
            )
        })
        .collect()
}

fn statuses(text: &str) -> Vec<(String, Status)> {
    outcomes(text, "2020-06-15")
        .into_iter()
        .map(|o| (o.0, o.1))
        .collect()
}

#[test]
fn binding_cues_make_commitments_with_their_steps() {
    assert_eq!(
        provisions("Hamas and Fatah agreed to form a unity government."),
        ["unity-government"]
    );
    assert_eq!(
        provisions("The two rivals pledged to hold elections and free detainees."),
        ["elections", "prisoners"]
    );
    assert_eq!(
        provisions("Fatah vowed to reopen the crossings."),
        ["crossings"]
    );
    assert_eq!(
        provisions("The new government is to be sworn in next week."),
        ["unity-government"]
    );
    assert_eq!(
        provisions("Under the deal, Hamas will hand over the crossings."),
        ["crossings"]
    );
    assert_eq!(
        provisions("The accord provides for a vote within a year."),
        ["elections"]
    );
    assert_eq!(
        provisions("The leaders had agreed to talks in Doha."),
        ["further-talks"]
    );
    assert_eq!(
        provisions("Hamas and Fatah Agree to Joint Committee Amidst Rebuilding"),
        ["gaza-committee"]
    );
}

#[test]
fn hedges_wishes_demands_and_negations_are_no_commitments() {
    for text in [
        "The factions might try to form a unity government.",
        "Hamas hopes to hold elections next year.",
        "The meeting could pave the way for a unity government.",
        "Fatah is expected to agree to elections.",
        "Egypt proposed that the two sides agree to a truce.",
        "Fatah demands that Hamas hand over the crossings.",
        "Hamas did not agree to the elections.",
        "If both sides agree to elections, a vote could follow.",
        "Hamas will hand over the crossings, an official predicted.",
        "The aim is to hold elections next year.",
        "They met to reach an agreement on the elections.",
        "They signed a statement without saying when a unity government would be formed under the deal.",
    ] {
        assert_eq!(provisions(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_step_s_remit_and_topic_are_not_steps_of_their_own() {
    assert_eq!(
        provisions("They agreed to set up a new government to oversee reconstruction."),
        ["unity-government"]
    );
    assert_eq!(
        provisions(
            "Israel and Hamas agreed on Monday to resume talks next month on a lasting truce."
        ),
        ["further-talks"]
    );
    assert_eq!(
        provisions("They agreed to elections, but the cabinet was never formed."),
        ["elections"]
    );
}

#[test]
fn deadlines_are_the_due_dates_of_each_step() {
    let c = commitments(
        "Hamas and Fatah agreed to hold elections by May 2021.",
        "2020-06-15",
    );
    assert_eq!(c[0].1.as_deref(), Some("2021-05"));
    let c = commitments(
        "Both sides agreed to a unity government and to elections within six months.",
        "2020-06-15",
    );
    assert_eq!(
        c[0],
        (
            "unity-government".into(),
            None,
            None,
            vec!["hamas".into(), "fatah".into()][..0].to_vec()
        )
    );
    assert_eq!(c[1].0, "elections");
    assert_eq!(c[1].1.as_deref(), Some("2020-12"));
    let (_, a) = article(
        "Both sides agreed to elections within six months.",
        "2020-06-15",
    );
    assert!(matches!(
        a.commitments[0].deadline,
        Deadline::Inferred { .. }
    ));
    let c = commitments("They agreed on Monday to hold a vote.", "2020-06-15");
    assert_eq!(c[0].1, None, "the day of the signing is no deadline");
    let c = commitments("The rivals are to meet again next month.", "2020-06-15");
    assert_eq!(c[0].1.as_deref(), Some("2020-07"));
}

#[test]
fn a_deadline_that_a_date_names_is_a_commitment() {
    let c = commitments(
        "They face a key July 1 deadline for the crossings.",
        "2020-06-15",
    );
    assert_eq!(c.len(), 1);
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_deref()),
        ("crossings", Some("2020-07-01"))
    );
    assert_eq!(
        provisions("The deadline for the crossings is near."),
        Vec::<String>::new()
    );
}

#[test]
fn agreements_are_named_dated_or_the_one_the_article_reports() {
    let c = commitments(
        "Under the 2011 deal, both sides pledged to hold elections.",
        "2013-01-10",
    );
    assert_eq!(c[0].2.as_deref(), Some("cairo-2011-05"));
    let c = commitments(
        "The two met in China in July and agreed to form a unity government.",
        "2024-10-09",
    );
    assert_eq!(c[0].2.as_deref(), Some("beijing-2024-07"));
    let c = commitments(
        "Hamas agreed to hold elections, officials said.",
        "2017-10-13",
    );
    assert_eq!(
        c[0].2.as_deref(),
        Some("cairo-2017-10"),
        "the deal the article reports"
    );
    let c = commitments(
        "Hamas agreed to hold elections, officials said.",
        "2019-03-01",
    );
    assert_eq!(c[0].2, None, "no catalogued deal near the article");
    let c = commitments("Israel agreed to resume talks next month.", "2017-10-13");
    assert_eq!(c[0].2, None, "not a deal among the factions");
    assert_eq!(c[0].3, ["israel"]);
}

#[test]
fn who_promised_is_the_subject_of_the_cue() {
    let c = commitments("Abbas and Hamas agreed to hold elections.", "2020-06-15");
    assert_eq!(c[0].3, ["fatah", "hamas"]);
    let c = commitments(
        "The two sides, Egypt said, agreed to hold elections.",
        "2020-06-15",
    );
    assert!(c[0].3.is_empty());
}

#[test]
fn outcome_cues_give_their_status() {
    assert_eq!(
        statuses("The elections were postponed indefinitely."),
        [("elections".into(), Status::Postponed)]
    );
    assert_eq!(
        statuses("Abbas delayed the vote again."),
        [("elections".into(), Status::Postponed)]
    );
    assert_eq!(
        statuses("The vote promised in 2011 was never held."),
        [("elections".into(), Status::Missed)]
    );
    assert_eq!(
        statuses("Hamas has yet to hand over the crossings."),
        [("crossings".into(), Status::Missed)]
    );
    assert_eq!(
        statuses("The parties failed to implement the deal."),
        [("other".into(), Status::Missed)]
    );
    assert_eq!(
        statuses("Hamas handed over the crossings last month."),
        [("crossings".into(), Status::Met)]
    );
    assert_eq!(
        statuses("Hamas took over the crossings but not the prisoners."),
        [("crossings".into(), Status::Partly)]
    );
    assert_eq!(
        statuses("A cabinet backed by both, which Abbas leads, was sworn in on Monday."),
        [("unity-government".into(), Status::Met)]
    );
    assert_eq!(
        statuses("An earlier agreement between them - signed in Cairo - came to nothing."),
        [("other".into(), Status::Collapsed)]
    );
    assert_eq!(
        statuses("They agreed to talks on a long-delayed reconciliation pact."),
        [("other".into(), Status::Postponed)]
    );
}

#[test]
fn futures_possibilities_and_failures_to_agree_are_no_outcomes() {
    for text in [
        "The elections could be postponed again.",
        "The crossings will be handed over next week.",
        "The talks failed to agree on a unity government.",
        "Officials fear the truce may collapse.",
        "The unity government collapsed in June.",
        "Hamas has not handed over the crossings.",
        "Elections are to be held in May.",
    ] {
        assert_eq!(statuses(text), Vec::<(String, Status)>::new(), "{text}");
    }
}

#[test]
fn an_outcome_belongs_to_a_deal_the_text_names_or_an_older_reported_one() {
    let o = outcomes("The 2011 deal came to nothing.", "2020-06-15");
    assert_eq!(
        o,
        [(
            "other".into(),
            Status::Collapsed,
            Some("cairo-2011-05".into())
        )]
    );
    let o = outcomes(
        "The crossings were handed over, but the vote was postponed.",
        "2017-11-19",
    );
    assert_eq!(o[0].2.as_deref(), Some("cairo-2017-10"));
    let o = outcomes("The vote was postponed.", "2017-10-13");
    assert_eq!(o[0].2, None, "a deal of the day before has no outcome yet");
}

#[test]
fn a_knowledge_base_without_provisions_finds_nothing() {
    let kb = KnowledgeBase::default();
    let input = Article::unannotated(
        "t",
        "Hamas and Fatah agreed to hold elections. The vote was postponed.",
    );
    let a = extract_article(&kb, &Matchers::new(&kb), input);
    assert!(a.commitments.is_empty() && a.outcomes.is_empty());
}

#[test]
fn opinions_conditions_and_history_are_neither() {
    assert_eq!(
        provisions("Analysts agree that elections are unlikely."),
        Vec::<String>::new()
    );
    assert_eq!(
        provisions("Hamas and Fatah agree unity government deal."),
        ["unity-government"]
    );
    assert_eq!(
        provisions("Abbas said the deal will fail unless elections are held."),
        Vec::<String>::new()
    );
    assert_eq!(
        provisions("His position is to reject the elections."),
        Vec::<String>::new()
    );
    assert_eq!(
        statuses("Israel took over the crossings in May."),
        Vec::<(String, Status)>::new()
    );
    assert_eq!(
        statuses("The last elections were held in 2006."),
        Vec::<(String, Status)>::new()
    );
    assert_eq!(
        statuses("Elections were held in 2005, before any deal."),
        Vec::<(String, Status)>::new()
    );
    assert_eq!(
        statuses("Under the deal, the PA took over the crossings."),
        [("crossings".into(), Status::Met)]
    );
}

#[test]
fn the_subject_is_after_who_reports_it_and_not_where_it_met() {
    let c = commitments(
        "An Israeli official said Hamas and Fatah had agreed to hold elections.",
        "2020-06-15",
    );
    assert_eq!(c[0].3, ["hamas", "fatah"]);
    let c = commitments(
        "The two met with Israel and agreed to hold elections.",
        "2020-06-15",
    );
    assert!(c[0].3.is_empty(), "{:?}", c[0].3);
}

#[test]
fn demands_and_discussions_are_no_commitments() {
    assert_eq!(
        provisions("Fatah, which signed the deal, calls for elections."),
        Vec::<String>::new()
    );
    assert_eq!(
        provisions("The deal calls for elections within a year."),
        ["elections"]
    );
    assert_eq!(
        provisions("Hamas and Fatah agreed to discuss the crossings."),
        Vec::<String>::new()
    );
    assert_eq!(
        provisions("They agreed to meet again to discuss the crossings."),
        ["further-talks"]
    );
}

#[test]
fn a_deal_named_before_may_be_the_it_that_calls_for_a_step() {
    assert_eq!(
        provisions("The deal leaves out the crossings, but it calls for elections."),
        ["elections"]
    );
    assert_eq!(
        provisions("Fatah signed the deal, and Hamas calls for elections."),
        Vec::<String>::new()
    );
}

#[test]
fn a_sentence_of_thousands_of_cues_is_read_in_linear_time() {
    // Every rule's reach is bounded: a run-on sentence without punctuation, every
    // word a cue, must not cost the square of its length.
    let text = format!(
        "Under the deal {}elections.",
        "Hamas will agree if ".repeat(5_000)
    );
    let started = std::time::Instant::now();
    let (_, a) = article(&text, "2020-06-15");
    assert!(a.commitments.len() <= 1);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn steps_deadlines_and_outcomes_in_the_shapes_reports_use() {
    let c = commitments(
        "The agreement calls for a unity government within five weeks and elections within a year.",
        "2011-05-04",
    );
    let found: Vec<(&str, Option<&str>)> =
        c.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
    assert_eq!(
        found,
        [
            ("unity-government", Some("2011-06-08")),
            ("elections", Some("2012-05"))
        ]
    );
    assert_eq!(c[0].2.as_deref(), Some("cairo-2011-05"));
    let c = commitments(
        "Under the deal, the PA was to take control of the crossings by November 1.",
        "2017-10-13",
    );
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_deref()),
        ("crossings", Some("2017-11-01"))
    );
    assert_eq!(
        statuses("Elections, which the deal set for May, were postponed indefinitely by Abbas."),
        [("elections".into(), Status::Postponed)]
    );
    assert_eq!(
        outcomes(
            "Hamas handed over the crossings to the PA on November 1.",
            "2017-11-19"
        ),
        [(
            "crossings".into(),
            Status::Met,
            Some("cairo-2017-10".into())
        )]
    );
    assert_eq!(
        outcomes(
            "The Doha declaration collapsed within months.",
            "2013-01-10"
        ),
        [(
            "other".into(),
            Status::Collapsed,
            Some("doha-2012-02".into())
        )]
    );
}
