//! Names read by where they stand (issue 23, classes 7 and 8), through the whole
//! extractor with the real knowledge base: photo credits (the agency a mention, the
//! photographer one uncurated person, never a knowledge-base person), a capital read
//! as its state only where the state acts, and places the knowledge base lacks after
//! "in" in a sentence about the meeting or in a dateline. The sentences are written
//! for these tests in the shapes of real pages.

mod common;

use corpus::model::{Article, EntityKind};

/// (mentions as "words=id", candidates as "words" or "words:kind") of a text.
fn read(text: &str) -> (Vec<String>, Vec<String>) {
    let (kb, _, _) = common::real_kb();
    let a: Article = common::extract_text(text);
    let mentions = a
        .mentions
        .iter()
        .map(|m| format!("{}={}", a.slice(m.span), kb.entities[m.entity as usize].id))
        .collect();
    let candidates = a
        .candidates
        .iter()
        .map(|c| match c.kind {
            Some(kind) => format!("{}:{}", a.slice(c.span), kind.as_str()),
            None => a.slice(c.span).to_string(),
        })
        .collect();
    (mentions, candidates)
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_credit_s_agency_is_a_mention_and_its_photographer_one_person() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "Mourners carry a coffin in Khan Younis. REUTERS/Samir Farah",
            &["REUTERS=reuters"],
            &["Khan Younis", "Samir Farah:person"],
        ),
        // A photographer's first name is no knowledge-base person.
        (
            "Delegates leave the hall.\nAFP PHOTO / ABBAS SALAMEH",
            &["AFP=afp"],
            &["ABBAS SALAMEH:person"],
        ),
        (
            "Envoys at the ceremony. (Photo by HAMZA KHALIL/AFP via Getty Images)",
            &["AFP=afp"],
            &["HAMZA KHALIL:person", "Getty Images"],
        ),
        (
            "A street in Gaza.\nPhoto: Yousef Masoud\n",
            &["Gaza=gaza"],
            &["Yousef Masoud:person"],
        ),
        // A caption after "FILE PHOTO:" names its people; "FILE PHOTO" names no one.
        (
            "FILE PHOTO: Palestinian President Mahmoud Abbas speaks in Ramallah.",
            &["Mahmoud Abbas=mahmoud-abbas"],
            &["Ramallah"],
        ),
        // A slash between two factions is no credit.
        (
            "The Hamas/Fatah split deepened.",
            &["Hamas=hamas", "Fatah=fatah"],
            &[],
        ),
    ];
    for (text, mentions, candidates) in cases {
        assert_eq!(
            read(text),
            (strings(mentions), strings(candidates)),
            "{text}"
        );
    }
}

#[test]
fn a_capital_is_its_state_only_where_the_state_acts() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "Envoys arrived in Washington on Monday.",
            &[],
            &["Washington:place"],
        ),
        (
            "Washington says it backs the talks.",
            &["Washington=united-states"],
            &[],
        ),
        (
            "In Washington's view, the talks failed.",
            &["Washington=united-states"],
            &[],
        ),
        // Cairo is a place of the knowledge base: never Egypt, whatever follows it.
        (
            "Delegates arrived in Cairo on Monday.",
            &["Cairo=cairo"],
            &[],
        ),
        ("Cairo hosted the talks.", &["Cairo=cairo"], &[]),
        // The state's short name is the state, after "in" too.
        (
            "It was a day of joy in Palestine.",
            &["Palestine=palestine"],
            &[],
        ),
    ];
    for (text, mentions, candidates) in cases {
        assert_eq!(
            read(text),
            (strings(mentions), strings(candidates)),
            "{text}"
        );
    }
}

#[test]
fn a_place_the_knowledge_base_lacks_is_a_candidate_place_where_the_words_say_so() {
    let cases: &[(&str, &[&str])] = &[
        // "mecca" is a common word; after "in" in a sentence about the meeting, a place.
        ("The rivals met in Mecca in 2007.", &["Mecca:place"]),
        (
            "They met in Saudi Arabia's holy city of Mecca.",
            &["Saudi Arabia", "Mecca:place"],
        ),
        (
            "MECCA, Saudi Arabia (AP) \u{2014} The rivals met.",
            &["MECCA:place", "Saudi Arabia", "AP"],
        ),
        (
            "NEW ALAMEIN, Egypt, July 30 (Reuters) - Factions met.",
            &["NEW ALAMEIN:place"],
        ),
        (
            "Leaders gathered in the coastal city of El Alamein.",
            &["El Alamein:place"],
        ),
        ("Delegations flew to Moscow for talks.", &["Moscow:place"]),
        (
            "GAZA CITY, Gaza Strip (AP) \u{2014} The factions met.",
            &["GAZA CITY:place", "AP"],
        ),
        // A person after "to", a language, an institution: no place.
        ("Haniyeh spoke to Lavrov at the meeting.", &["Lavrov"]),
        ("The meeting was held in English.", &[]),
        ("Members met in Parliament on Tuesday.", &[]),
        // Without a word about the meeting, a name is a candidate as before, no more.
        ("Officials in Sanaa said nothing.", &["Sanaa"]),
    ];
    for (text, candidates) in cases {
        assert_eq!(read(text).1, strings(candidates), "{text}");
    }
    let place = EntityKind::Place;
    assert_eq!(place.as_str(), "place");
}

#[test]
fn page_furniture_and_abbreviated_posts_name_no_one() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        // Furniture in capitals: the names in it count, its words do not.
        (
            "READ MORE\nRivals meet in Cairo\nADVERTISEMENT\nTOPICS: HAMAS, FATAH\nSHARE THIS ARTICLE",
            &["Cairo=cairo", "HAMAS=hamas", "FATAH=fatah"],
            &[],
        ),
        // A credit line in brackets is the agency's mention.
        (
            "Delegates leave the hall in Cairo. (AFP)",
            &["Cairo=cairo", "AFP=afp"],
            &[],
        ),
        // An abbreviated post is a title: the name after it is the candidate.
        (
            "PM Salam Fayyad resigned.\nFM: We will not wait for the talks",
            &[],
            &["Salam Fayyad"],
        ),
    ];
    for (text, mentions, candidates) in cases {
        assert_eq!(
            read(text),
            (strings(mentions), strings(candidates)),
            "{text}"
        );
    }
}
