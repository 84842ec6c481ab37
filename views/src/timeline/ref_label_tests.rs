//! Short labels on sentences written for the purpose: each rule of
//! [`super::ref_label`], what it makes, and where it must make nothing.

use super::ref_label::{MAX_CHARS, Reference, short_label};
use std::ops::Range;

/// The label of `sentence` dated by the words `date`, with `names` as the mentions of
/// the knowledge base (each found at its first occurrence after the one before).
fn label(sentence: &str, date: &str, names: &[&str]) -> Option<String> {
    let find = |needle: &str, from: usize| -> Range<usize> {
        let at = sentence[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {sentence:?}"))
            + from;
        at..at + needle.len()
    };
    let mut mentions = Vec::new();
    let mut from = 0;
    for n in names {
        let r = find(n, from);
        from = r.end;
        mentions.push(r);
    }
    short_label(&Reference {
        sentence,
        date: find(date, 0),
        mentions: &mentions,
    })
}

fn is(sentence: &str, date: &str, names: &[&str], expected: &str) {
    assert_eq!(
        label(sentence, date, names).as_deref(),
        Some(expected),
        "{sentence}"
    );
}

fn none(sentence: &str, date: &str, names: &[&str]) {
    assert_eq!(label(sentence, date, names), None, "{sentence}");
}

#[test]
fn who_did_what_in_the_headline_present() {
    is(
        "Egypt invited the Palestinian factions to Cairo on Monday.",
        "on Monday",
        &["Egypt", "Cairo"],
        "Egypt invites the Palestinian factions",
    );
    is(
        "Hamas won the legislative elections in January 2006.",
        "January 2006",
        &["Hamas"],
        "Hamas wins the legislative elections",
    );
    is(
        "In June 2007, Hamas seized control of Gaza.",
        "June 2007",
        &["Hamas", "Gaza"],
        "Hamas seizes control of Gaza",
    );
    is(
        "Meanwhile, Egypt hosted the talks on 12 March.",
        "12 March",
        &["Egypt"],
        "Egypt hosts the talks",
    );
}

#[test]
fn plural_subjects_take_the_plural_and_places_are_kept() {
    is(
        "Fatah and Hamas met in Cairo last month.",
        "last month",
        &["Fatah", "Hamas", "Cairo"],
        "Fatah and Hamas meet in Cairo",
    );
    is(
        "Hamas officials met with Egyptian mediators on Sunday.",
        "on Sunday",
        &["Hamas"],
        "Hamas officials meet with Egyptian mediators",
    );
    is(
        "Fatah and Hamas signed an agreement in Cairo in May 2011.",
        "May 2011",
        &["Fatah", "Hamas", "Cairo"],
        "Fatah and Hamas sign an agreement in Cairo",
    );
    is(
        "The rival factions agreed on a unity government on Tuesday.",
        "on Tuesday",
        &["factions"],
        "The rival factions agree on a unity government",
    );
}

#[test]
fn titles_before_a_name_and_reporting_verbs_that_take_a_thing() {
    is(
        "Egyptian intelligence chief Abbas Kamel invited the two sides on Wednesday.",
        "on Wednesday",
        &["Egyptian", "Abbas Kamel"],
        "Egyptian intelligence chief Abbas Kamel invites the two sides",
    );
    is(
        "On Thursday, Hamas announced a truce with Israel.",
        "On Thursday",
        &["Hamas", "Israel"],
        "Hamas announces a truce with Israel",
    );
    is(
        "Hamas has rejected the Egyptian proposal on October 3.",
        "October 3",
        &["Hamas"],
        "Hamas rejects the Egyptian proposal",
    );
    is(
        "Abbas called for elections in 2021.",
        "2021",
        &["Abbas"],
        "Abbas calls for elections",
    );
}

#[test]
fn passives_and_objects_of_a_thing() {
    is(
        "The PLO was founded in 1964 as an umbrella organization advancing the goal of Palestinian statehood.",
        "1964",
        &["PLO"],
        "The PLO is founded",
    );
    is(
        "The Cairo agreement was signed by Fatah and Hamas on 4 May 2011.",
        "4 May 2011",
        &["Cairo", "Fatah", "Hamas"],
        "The Cairo agreement is signed by Fatah and Hamas",
    );
    none(
        "Fatah and Hamas were received by Egypt in Cairo in 2016.",
        "2016",
        &["Fatah", "Hamas", "Egypt", "Cairo"],
    );
    // The example: the object is what the sentence says, awkward as it is.
    is(
        "Meanwhile, Egypt invited the convening of a meeting in Cairo on 21/11/2017 for all the Palestinian factions that signed the Palestinian National Accord Agreement on May 4, 2011.",
        "21/11/2017",
        &["Egypt", "Cairo"],
        "Egypt invites the convening of a meeting in Cairo",
    );
}

#[test]
fn nothing_when_the_verb_is_negated_hedged_or_modal() {
    none("Hamas did not sign the deal in 2017.", "2017", &["Hamas"]);
    none(
        "Hamas reportedly met Egyptian officials in 2019.",
        "2019",
        &["Hamas"],
    );
    none(
        "Fatah would meet Hamas in Cairo in May.",
        "May",
        &["Fatah", "Hamas", "Cairo"],
    );
    none(
        "Hamas has never signed the deal since 2014.",
        "2014",
        &["Hamas"],
    );
    none("Hamas signed no deal in 2016.", "2016", &["Hamas"]);
}

#[test]
fn nothing_for_conditions_relatives_quotations_and_lists() {
    none(
        "If Hamas signed the deal in 2018, Fatah would return.",
        "2018",
        &["Hamas", "Fatah"],
    );
    none(
        "The deal that Hamas signed in 2011 collapsed.",
        "2011",
        &["Hamas"],
    );
    none(
        "\"Hamas signed the agreement in 2011,\" the official said.",
        "2011",
        &["Hamas"],
    );
    none(
        "Hamas, Fatah and Islamic Jihad signed the agreement in 2011.",
        "2011",
        &["Hamas", "Fatah", "Islamic Jihad"],
    );
    none(
        "Talks between Hamas and Fatah began in 2014.",
        "2014",
        &["Hamas", "Fatah"],
    );
}

#[test]
fn nothing_when_the_date_belongs_to_another_clause() {
    none(
        "Hamas won the elections and seized Gaza in 2007.",
        "2007",
        &["Hamas", "Gaza"],
    );
    none(
        "Hamas, which won the elections in 2006, seized Gaza.",
        "2006",
        &["Hamas", "Gaza"],
    );
    none(
        "Hamas seized Gaza, and in 2008 the war began.",
        "2008",
        &["Hamas", "Gaza"],
    );
    // The date dates the first clause; the second does not matter.
    is(
        "Hamas won the 2006 elections and seized Gaza a year later.",
        "2006",
        &["Hamas", "Gaza"],
        "Hamas wins the 2006 elections",
    );
}

#[test]
fn nothing_when_the_date_bounds_a_state() {
    none(
        "Hamas has controlled Gaza since 2007.",
        "2007",
        &["Hamas", "Gaza"],
    );
    none(
        "Fatah must hand over Gaza by December 1.",
        "December 1",
        &["Fatah", "Gaza"],
    );
    none(
        "The factions have agreed on a unity government since Tuesday.",
        "Tuesday",
        &["factions"],
    );
}

#[test]
fn nothing_when_the_verb_reports_a_clause_or_the_object_is_a_subject() {
    none(
        "Hamas said it would attend the talks on Monday.",
        "on Monday",
        &["Hamas"],
    );
    none(
        "Egypt told the factions to meet on Monday.",
        "on Monday",
        &["Egypt"],
    );
    none(
        "Egypt announced the talks in Cairo were over on Monday.",
        "on Monday",
        &["Egypt", "Cairo"],
    );
    none(
        "Meanwhile, Egypt invited the convening of a meeting of the factions in October.",
        "October",
        &["Egypt"],
    );
    none(
        "Abbas called Haniyeh a traitor in 2007.",
        "2007",
        &["Abbas", "Haniyeh"],
    );
    none(
        "It provides for the creation of a joint force in 2018.",
        "2018",
        &[],
    );
}

#[test]
fn never_longer_than_the_limit() {
    let long = "Egyptian intelligence chief Abbas Kamel invited the rival Palestinian factions to Cairo in 2017.";
    let names = ["Egyptian", "Abbas Kamel", "Cairo"];
    assert_eq!(label(long, "2017", &names), None);
    let fits = label(
        "Hamas signed the agreement with Fatah in 2011.",
        "2011",
        &["Hamas", "Fatah"],
    );
    assert!(fits.is_some_and(|l| l.chars().count() <= MAX_CHARS));
}

#[test]
fn words_outside_ascii_are_words_and_typographic_marks_are_not() {
    is(
        "In 2019, Hamas’s leader Ismail Haniyeh met in Cairo with Égypte’s envoy.",
        "2019",
        &["Hamas", "Ismail Haniyeh", "Cairo"],
        "Hamas’s leader Ismail Haniyeh meets in Cairo",
    );
    // An object the lexicon cannot read ("Égypte’s envoy") is no reason to drop it.
    none(
        "In 2019, Hamas’s leader Ismail Haniyeh met Égypte’s envoy in Cairo.",
        "2019",
        &["Hamas", "Ismail Haniyeh", "Cairo"],
    );
    none(
        "“Hamas signed the agreement in 2011”, the official said.",
        "2011",
        &["Hamas"],
    );
}
