//! Tests of reading dates in sentences, kept apart so that `mod.rs` stays about the
//! scan and `resolve.rs` about the calendar.

use super::dates_for_test;
use crate::date::PartialDate;
use crate::model::DateRead;
use time::{Date, Weekday};

fn resolve(text: &str, reference: &str) -> Vec<(String, String)> {
    let r = PartialDate::parse(reference).unwrap().first_day();
    dates_for_test(text, r)
        .into_iter()
        .map(|(d, words, _)| (d.to_string(), words))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn explicit_dates_at_their_precision() {
    assert_eq!(
        resolve(
            "The attack on Oct. 7, 2023 ended the deal signed in May 2011 and the split of 2007.",
            "2024-10-09"
        ),
        pairs(&[
            ("2023-10-07", "Oct. 7, 2023"),
            ("2011-05", "May 2011"),
            ("2007", "2007")
        ])
    );
}

#[test]
fn dates_without_a_year_take_the_nearest_one() {
    assert_eq!(
        resolve("Israel launched the offensive on July 8.", "2014-09-24"),
        pairs(&[("2014-07-08", "July 8")])
    );
    assert_eq!(
        resolve(
            "A key December 1 deadline. They drew closer in November.",
            "2013-01-10"
        ),
        pairs(&[("2012-12-01", "December 1"), ("2012-11", "November")])
    );
}

#[test]
fn relative_months_and_years() {
    assert_eq!(
        resolve(
            "They signed a deal last month. Talks resume late next month's end. We started two years ago.",
            "2017-11-19"
        ),
        pairs(&[
            ("2017-10", "last month"),
            ("2017-12", "next month's"),
            ("2015", "two years ago")
        ])
    );
}

#[test]
fn weekdays_are_nearest_unless_the_sentence_looks_ahead() {
    // Sunday 19 November 2017.
    assert_eq!(
        resolve(
            "Factions will gather on Tuesday. AFP reported Sunday. Talks could last until Thursday.",
            "2017-11-19"
        ),
        pairs(&[
            ("2017-11-21", "Tuesday"),
            ("2017-11-19", "Sunday"),
            ("2017-11-23", "Thursday")
        ])
    );
    // Wednesday 24 September 2014.
    assert_eq!(
        resolve(
            "They agreed on Tuesday. They met on Wednesday.",
            "2014-09-24"
        ),
        pairs(&[("2014-09-23", "Tuesday"), ("2014-09-24", "Wednesday")])
    );
}

#[test]
fn may_the_verb_is_not_a_month() {
    assert_eq!(
        resolve("The groups may try. Closed since May.", "2024-10-09"),
        pairs(&[("2024-05", "May")])
    );
}

#[test]
fn relative_days_at_the_ends_of_the_calendar_are_no_dates() {
    // Found by tests/never_panics.rs: `reference + 1 day` overflowed and panicked
    // on an article published 9999-12-31 (a Friday) or dated by neither field.
    assert_eq!(
        resolve(
            "It ends tomorrow. It will end on Saturday. It began yesterday.",
            "9999-12-31"
        ),
        pairs(&[("9999-12-30", "yesterday")])
    );
    let text = "It began yesterday, on Sunday. It ends tomorrow.";
    let found: Vec<String> = dates_for_test(text, Date::MIN)
        .into_iter()
        .map(|(d, _, _)| d.to_string())
        .collect();
    // Date::MIN is a Monday: the nearest Sunday and yesterday lie before it.
    assert_eq!(Date::MIN.weekday(), Weekday::Monday);
    let tomorrow = PartialDate::from_date(Date::MIN.next_day().unwrap());
    assert_eq!(found, [tomorrow.to_string()]);
}

#[test]
fn numbers_that_are_not_years_are_ignored() {
    assert!(
        resolve(
            "More than 2,100 people and 2.3 million residents; 13 factions.",
            "2014-09-24"
        )
        .is_empty()
    );
}

#[test]
fn numeric_dates_this_month_and_mid_month() {
    assert_eq!(
        resolve(
            "A meeting on 21/11/2017, earlier this month, this morning, in mid-January and \
             earlier this year.",
            "2017-03-12"
        ),
        pairs(&[
            ("2017-11-21", "21/11/2017"),
            ("2017-03", "this month"),
            ("2017-03-12", "this morning"),
            ("2017-01", "mid-January"),
            ("2017", "this year"),
        ])
    );
}

#[test]
fn a_weekday_before_its_date_is_one_date_and_the_future_looks_ahead() {
    assert_eq!(
        resolve("They met Wednesday, May 4, 2011.", "2011-05-04"),
        pairs(&[("2011-05-04", "May 4, 2011")])
    );
    // Nearest would be August 2020; the vote is scheduled, so it is ahead.
    assert_eq!(
        resolve("The vote is scheduled for August 31.", "2021-02-08"),
        pairs(&[("2021-08-31", "August 31")])
    );
}

#[test]
fn stamps_and_datelines_date_the_page_not_an_event() {
    let r = PartialDate::parse("2024-12-03").unwrap().first_day();
    let found = |text: &str| dates_for_test(text, r).len();
    assert_eq!(
        found("Published: 2021-02-08 16:43\nNovember 24, 2011 18:49"),
        0
    );
    assert_eq!(found("Al-Jazeera  /  October 13, 2022"), 0);
    // An embedded post's signature.
    assert_eq!(
        found(
            "Factions sign a deal in Algiers. pic.twitter.com/x — Some News (@SomeNews) May 3, 2020"
        ),
        0
    );
    assert_eq!(
        found("CAIRO, December 2024 \u{2014} Hamas and Fatah agreed in 2007."),
        1
    );
}

/// (date, words, how read) of every date found, against `reference`.
pub(super) fn read(text: &str, reference: &str) -> Vec<(String, String, DateRead)> {
    let r = PartialDate::parse(reference).unwrap().first_day();
    dates_for_test(text, r)
        .into_iter()
        .map(|(d, words, how)| (d.to_string(), words, how))
        .collect()
}

pub(super) fn one(text: &str, reference: &str) -> (String, String, DateRead) {
    let found = read(text, reference);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

// Class 1 of issue 23: a year-less date of the past is never after the article's date.

#[test]
fn a_month_after_last_or_since_is_the_one_before_the_article() {
    // A February article: last March is eleven months back, not next month.
    assert_eq!(
        one(
            "The charter they initialled last March was shelved.",
            "2019-02-11"
        ),
        ("2018-03".into(), "last March".into(), DateRead::NearestPast)
    );
    // A June article: the referendum in November was seven months ago, not five ahead.
    assert_eq!(
        one(
            "Turnout has fallen since the referendum in November.",
            "2016-06-20"
        )
        .0,
        "2015-11"
    );
    // "last April" in an April article is a year ago; "next October" in October, a
    // year ahead.
    assert_eq!(
        one("Since last April, nothing moved.", "2020-04-15").0,
        "2019-04"
    );
    assert_eq!(
        one("A vote is planned for next October.", "2020-10-02").0,
        "2021-10"
    );
}

#[test]
fn a_day_in_a_report_of_the_past_is_never_after_the_article() {
    // A July article: the nearest 14 September would be ahead.
    assert_eq!(
        one(
            "The envoys first convened on 14 September in Amman.",
            "2018-07-03"
        ),
        (
            "2017-09-14".into(),
            "14 September".into(),
            DateRead::NearestPast
        )
    );
    // A future verb in another clause does not push a day a week ago a year ahead.
    assert_eq!(
        one(
            "After an opening session on Nov. 28, the envoys will return in the spring.",
            "2015-12-04"
        )
        .0,
        "2015-11-28"
    );
    // A future in its own clause does.
    assert_eq!(
        one("The envoys will return on Nov. 28.", "2015-12-04").0,
        "2016-11-28"
    );
    // "for" a month or a day: to come; "for" a weekday's talks: nothing said.
    assert_eq!(
        one(
            "Abbas issued a decree calling elections for May.",
            "2021-02-08"
        )
        .0,
        "2021-05"
    );
    assert_eq!(
        one("Haniyeh thanked Egypt for Sunday's talks.", "2021-02-08").0,
        "2021-02-07"
    );
    // "arrived on Friday to meet them on Saturday", written on the Friday.
    let found = read(
        "The envoy landed on Friday to meet the factions on Saturday.",
        "2019-03-08",
    );
    let days: Vec<&str> = found.iter().map(|(d, _, _)| d.as_str()).collect();
    assert_eq!(days, ["2019-03-08", "2019-03-09"]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn a_past_event_is_never_after_the_article(
        year in 1950i16..2090,
        ordinal in 0u32..365,
        month in 1u8..=12,
        day in 1u8..=28,
        shape in 0usize..4,
    ) {
        let reference = time::Date::from_ordinal_date(year as i32, (ordinal + 1) as u16).unwrap();
        let name = crate::date::month_name(month);
        let text = match shape {
            0 => format!("The rivals signed the pact on {name} {day}."),
            1 => format!("They had met on {day} {name} in Doha."),
            2 => format!("Nothing has moved since the vote in {name}."),
            _ => format!("The deal they sealed last {name} collapsed."),
        };
        for (date, _, how) in dates_for_test(&text, reference) {
            proptest::prop_assert!(date.first_day() <= reference, "{text} {date} {how:?}");
            proptest::prop_assert_eq!(how, DateRead::NearestPast);
        }
    }
}

// Class 2: durations counted back from the article's date.

#[test]
fn durations_that_end_now_count_back_to_a_year() {
    let counted = |text: &str| {
        read(text, "2026-01-25")
            .into_iter()
            .filter(|(_, _, how)| *how == DateRead::CountedBack)
            .map(|(d, words, _)| (d, words))
            .collect::<Vec<_>>()
    };
    let pair = |d: &str, w: &str| vec![(d.to_string(), w.to_string())];
    assert_eq!(
        counted("Two decades after the movement won the vote, the rivals met again on Sunday."),
        pair("2006", "Two decades")
    );
    assert_eq!(
        counted("It was the first census in 12 years."),
        pair("2014", "12 years")
    );
    assert_eq!(
        counted("For the first time in more than a decade, both sat down."),
        pair("2016", "a decade")
    );
    assert_eq!(
        counted("They hope to close the nine-year rift."),
        pair("2017", "nine-year")
    );
    assert_eq!(
        counted("Their decade-old feud goes on."),
        pair("2016", "decade-old")
    );
    assert_eq!(
        counted("A pact may end the eight-year bitter political feud."),
        pair("2018", "eight-year")
    );
    assert_eq!(
        counted("A pact may end 19 years of disunity."),
        pair("2007", "19 years")
    );
    assert_eq!(
        counted("The split began three years ago."),
        pair("2023", "three years ago")
    );
}

#[test]
fn durations_that_measure_something_else_give_no_date() {
    for text in [
        "He led the movement for a decade.",
        "They proposed a 10-year truce.",
        "They proposed a 10-year peace plan to end the rift.",
        "The 50-day conflict ended.",
        "A 15-year-old boy was hurt.",
        "Decades after the war, nothing changed.",
        "In 2014, a decade after the war, the rivals met.",
        "Nothing changed in 15 years.",
        "The split began two weeks ago.",
    ] {
        let found = read(text, "2026-01-25");
        assert!(
            found
                .iter()
                .all(|(_, _, how)| *how != DateRead::CountedBack),
            "{text}: {found:?}"
        );
    }
}

// Class 3: deadlines counted forward from the sentence's date, else the article's.

#[test]
fn deadlines_count_forward_from_the_date_of_their_sentence() {
    // Published Thursday 16 May 2019; sealed on Tuesday the 14th, plus four weeks.
    let found = read(
        "The accord, sealed on Tuesday, calls for a cabinet within four weeks.",
        "2019-05-16",
    );
    assert_eq!(
        found[1],
        (
            "2019-06-11".into(),
            "within four weeks".into(),
            DateRead::CountedForward
        )
    );
    assert_eq!(
        one(
            "Parliament must be elected within nine months.",
            "2019-05-16"
        ),
        (
            "2020-02".into(),
            "within nine months".into(),
            DateRead::CountedForward
        )
    );
    assert_eq!(
        one("A body is due within a year.", "2019-05-16").0,
        "2020-05"
    );
    assert_eq!(
        one("A census in two months' time.", "2019-05-16").0,
        "2019-07"
    );
    assert_eq!(
        one("Voting is to take place by next June.", "2019-08-16").0,
        "2020-06"
    );
    // A year alone is too coarse an anchor for months: no date, not an invented one.
    let found = read(
        "The 2011 charter set elections within six months.",
        "2019-05-16",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

// Class 4: chained dates, from the date the text gave just before.

#[test]
fn later_dates_count_from_the_date_before_them() {
    let found = read(
        "They first met on 3 March 2016. Five months later, the talks collapsed.",
        "2019-01-01",
    );
    assert_eq!(
        found[1],
        (
            "2016-08".into(),
            "Five months later".into(),
            DateRead::Chained
        )
    );
    let found = read(
        "The pact was signed in 2012 and a year later it was dead.",
        "2019-01-01",
    );
    assert_eq!(found[1].0, "2013");
    let found = read(
        "On 9 June 2018 the envoys arrived; the next day they signed.",
        "2019-01-01",
    );
    assert_eq!(found[1].0, "2018-06-10");
    let found = read(
        "In June 2018 they met. The following month, they split.",
        "2019-01-01",
    );
    assert_eq!(found[1].0, "2018-07");
    // Days from a month alone: no date rather than a guessed day.
    let found = read(
        "They met in June 2018. Two days later, they split.",
        "2019-01-01",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // Nothing before it: nothing to count from.
    assert!(read("Three weeks later, they split.", "2019-01-01").is_empty());
}

// Class 5: the report's own day from its dateline.

#[test]
fn today_under_a_dated_dateline_is_the_dateline_s_day() {
    let text = "Unity talks open\nRAMALLAH, March 3 (Ma'an) - Leaders opened a new round in the city today.";
    assert_eq!(
        read(text, "2020-03-04"),
        [("2020-03-03".into(), "today".into(), DateRead::Dateline)]
    );
    let text = "BEIRUT, 4 June 2019 \u{2014} The factions met this morning.";
    assert_eq!(read(text, "2019-06-05")[0].0, "2019-06-04");
    // Without a dateline, "today" may mean nowadays: no date.
    assert!(read("Gaza today is in ruins.", "2020-03-04").is_empty());
}

// A named past event takes the catalogue's date.

#[test]
fn a_named_past_event_takes_the_catalogue_s_year() {
    use crate::extract::{EventCues, KnowledgeBase, Matchers};
    use crate::model::{CatalogEvent, Lane};
    let kb = KnowledgeBase {
        events: vec![CatalogEvent {
            id: "raid".into(),
            label: "The raid".into(),
            date: PartialDate::parse("2018-11-20").unwrap(),
            until: None,
            lane: Lane::War,
        }],
        event_cues: vec![EventCues {
            cues: vec!["raid".into()],
            phrases: vec![],
        }],
        ..KnowledgeBase::default()
    };
    let events = |text: &str, published: &str| {
        let r = PartialDate::parse(published).unwrap().first_day();
        let folded = crate::text::Folded::new(text);
        let sentences = crate::text::sentences(text);
        super::extract(text, &folded, &sentences, r, &kb, &Matchers::new(&kb))
    };
    // In an August 2019 article, the nearest 20 November is ahead; the raid's is not.
    let found = events("Mourners marked the November 20 raid.", "2019-08-02");
    assert_eq!(found[0].date.to_string(), "2018-11-20");
    assert_eq!(
        (found[0].read, found[0].catalog.clone()),
        (DateRead::Catalogue, vec![0])
    );
    // Without the cue, or about the future, the day keeps its own reading.
    let found = events("Mourners gathered on November 20.", "2019-08-02");
    assert_eq!(found[0].read, DateRead::NearestPast);
    let found = events("A raid drill will be held on November 20.", "2019-08-02");
    assert_eq!(found[0].date.to_string(), "2019-11-20");
}
