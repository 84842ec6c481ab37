//! Issue 23's batteries of the two sides of the article's date, with sentences written
//! for them: a date in a report of the past is never after the article's date, one of
//! the future never before it, whatever the month, the weekday and the article's day.

use super::dates_for_test;
use crate::date::{WEEKDAY_NAMES, month_name};

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Whatever the article's date and the main clause's tense, a date in a report of
    /// the past, or one that names a past event, is on or before the article's date.
    #[test]
    fn past_shapes_are_never_after_the_article(
        year in 1950i16..2090,
        ordinal in 0u32..365,
        month in 1u8..=12,
        day in 1u8..=28,
        shape in 0usize..5,
    ) {
        let reference = time::Date::from_ordinal_date(year as i32, (ordinal + 1) as u16).unwrap();
        let name = month_name(month);
        let text = match shape {
            0 => format!("Hamas has run Gaza since the disputed legislative election in {name}."),
            1 => format!("Relations soured after the {name} {day} attacks, and talks will resume."),
            2 => format!("Under the {day} {name} agreement, a cabinet will be formed."),
            3 => format!("Talks collapsed due to clashes in {name}."),
            _ => format!("Following a first meeting on {name} {day}, the envoys met again."),
        };
        for (date, words, how) in dates_for_test(&text, reference) {
            proptest::prop_assert!(date.first_day() <= reference, "{text} {date} {words} {how:?}");
        }
    }
}

/// Sentences of the past and of the future, each with every month (or a weekday),
/// against an article's date every 13 days of a year: no date of the past after
/// it, none of the future before it. (A month in a verbless aside, "two rounds, in
/// May and in June, failed", next month's name in the article's month, is still read
/// as the nearest: a known limit.)
#[test]
fn sentences_of_the_past_and_the_future_keep_their_side() {
    let past = [
        "Hamas and Fatah signed the deal on {M} {D} in Cairo.",
        "The deal, signed on {D} {M}, collapsed within weeks.",
        "In {M}, Abbas said elections would be held.",
        "In {M}, the sides agreed to hold elections, but the vote will not happen soon.",
        "Abbas, who dissolved the council in {M}, will run again.",
        "The council was dissolved in {M}, and elections will follow.",
        "The council was dissolved on {M} {D}.",
        "The talks are the first since {M}.",
        "It is the first meeting since the {M} {D} talks.",
        "The factions met in Cairo in {M} and agreed to meet again.",
        "They had agreed in {M} to form a government.",
        "A deal reached in {M} remains unimplemented.",
        "The {M} {D} agreement remains unimplemented.",
        "Abbas has not visited Gaza since {M}.",
        "Egypt, which hosted talks in {M}, will host another round.",
        "The envoy met Haniyeh on {W} and will return next week.",
        "Talks that began on {W} ended today.",
        "On {W}, the envoys met in Cairo.",
        "Speaking on {W}, Abbas said the vote would go ahead.",
        "A statement issued on {M} {D} said talks would resume.",
        "Israel and Hamas fought a war in {M}.",
        "The war that broke out in {M} is over.",
        "Since {M} {D}, more than a thousand people have died.",
        "The truce brokered by Egypt in {M} is holding.",
        "The rivals reconciled in {M} after a decade apart.",
        "Hamas, which seized Gaza in {M}, says it will talk.",
        "The talks in {M} ended in failure.",
        "The {M} talks ended in failure.",
        "Relations have been frozen since the clashes of {M} {D}.",
        "He recalled that on {D} {M} the sides had shaken hands.",
        "In a speech in {M}, Haniyeh called for unity.",
        "By {M}, the deal had collapsed.",
        "Late in {M}, the envoys quietly met.",
        "The agreement signed in Cairo on {M} {D} is the basis for the new talks, which will open soon.",
        "The deal they signed last {M} will be reviewed.",
        "Abbas travelled to Doha on {W}, officials said.",
        "Officials said on {W} that talks would resume.",
    ];
    let future = [
        "Elections will be held on {M} {D}.",
        "The factions are to meet in Cairo in {M}.",
        "Talks are scheduled to resume on {M} {D}.",
        "Abbas said elections would take place in {M}.",
        "The vote, set for {D} {M}, will go ahead.",
        "The envoys will meet on {W}.",
        "The envoys are expected to arrive on {W}.",
        "Hamas said it would attend talks in {M}.",
        "A new round of talks is planned for {M}.",
        "Elections are due in {M}.",
        "The sides hope to sign a deal in {M}.",
        "The talks will resume on {D} {M}, a spokesman said.",
        "A spokesman said talks would resume on {D} {M}.",
        "Next {M}, the factions will vote.",
        "Abbas announced that elections will be held on {M} {D}.",
        "Voting is expected to begin on {M} {D} and end within weeks.",
        "The envoys, who are in Cairo, will meet Haniyeh on {W}.",
    ];
    keep_their_side(&past, &future);
}

/// More shapes of the past and the future, as
/// [`sentences_of_the_past_and_the_future_keep_their_side`]: quotes, asides, "since"
/// after the verb, "to meet" and "has until".
#[test]
fn more_sentences_keep_their_side() {
    let past = [
        "\"We signed in {M},\" Haniyeh said, adding that the vote will come.",
        "The split, which dates to {M} {D}, persists.",
        "Abbas, speaking on {W}, said talks would go on.",
        "Talks broke down in {M} over salaries.",
        "It was in {M} that the sides last met.",
        "Hamas leaders, who were in Cairo in {M}, are now in Doha.",
        "Since {D} {M}, the crossing has been closed.",
        "The crossing has been closed since {D} {M}, officials say.",
        "Gaza has been under siege since the {M} {D} takeover.",
        "The factions agreed on {M} {D} to end the split.",
        "An agreement was reached on {W} after talks in Cairo.",
        "The two sides had been meeting since {M}.",
        "On {D} {M}, Hamas handed the crossings to the authority.",
        "Abbas last visited Gaza in {M}.",
        "According to a statement released on {M} {D}, the talks will resume.",
        "The deal, reached in {M}, will be tested soon.",
        "Months of talks that started in {M} culminated in the deal.",
        "The reconciliation deal signed in Cairo in {M} has yet to be implemented.",
        "Egypt's intelligence chief visited Gaza in {M}, and will return.",
        "Following the {M} {D} deal, the factions will meet again.",
    ];
    let future = [
        "Elections would be held in {M}, Abbas said.",
        "\"We will vote in {M},\" Haniyeh said.",
        "Abbas is to visit Gaza in {M}.",
        "The factions plan to meet on {W}.",
        "Hamas has until {M} {D} to hand over Gaza.",
        "Voting will start on {D} {M} and results will be announced later.",
        "The parties agreed to meet again in {M}.",
        "They agreed to hold elections in {M}.",
        "The factions are set to reconvene in {M}.",
        "The sides will reconvene on {W} after the holiday.",
    ];
    keep_their_side(&past, &future);
}

/// Each template with every month (`{M}`), the 14th (`{D}`) and a weekday (`{W}`),
/// against an article's date every 13 days of 2017: no date read from `past` lies
/// after it, none from `future` before it (counted dates aside: they are marked so).
fn keep_their_side(past: &[&str], future: &[&str]) {
    for (templates, want_past) in [(past, true), (future, false)] {
        for t in templates {
            let mut bad = Vec::new();
            for ordinal in (1..365).step_by(13) {
                let reference = time::Date::from_ordinal_date(2017, ordinal).unwrap();
                for m in 1..=12u8 {
                    let text = t
                        .replace("{M}", month_name(m))
                        .replace("{D}", "14")
                        .replace("{W}", WEEKDAY_NAMES[m as usize % 7]);
                    for (date, words, how) in dates_for_test(&text, reference) {
                        let ok = if want_past {
                            date.first_day() <= reference
                        } else {
                            date.last_day() >= reference
                        };
                        if !ok && !how.is_counted() {
                            bad.push(format!("{reference} {words}->{date} {how:?}"));
                        }
                    }
                }
            }
            assert!(
                bad.is_empty(),
                "{t}: {} e.g. {:?}",
                bad.len(),
                &bad[..bad.len().min(3)]
            );
        }
    }
}
