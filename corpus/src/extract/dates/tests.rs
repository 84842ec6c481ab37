//! Tests of reading dates in sentences, kept apart so that `mod.rs` stays about the
//! scan and `resolve.rs` about the calendar.

use super::dates_in;
use crate::date::PartialDate;
use crate::text::sentences;
use time::{Date, Weekday};

fn resolve(text: &str, reference: &str) -> Vec<(String, String)> {
    let r = PartialDate::parse(reference).unwrap().first_day();
    sentences(text)
        .into_iter()
        .flat_map(|s| dates_in(text, s, r))
        .map(|(d, s)| (d.to_string(), text[s.range()].to_string()))
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
    let found: Vec<String> = sentences(text)
        .into_iter()
        .flat_map(|s| dates_in(text, s, Date::MIN))
        .map(|(d, _)| d.to_string())
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
    let found = |text: &str| super::extract_dates_for_test(text, r);
    assert_eq!(
        found("Published: 2021-02-08 16:43\nNovember 24, 2011 18:49"),
        0
    );
    assert_eq!(found("Al-Jazeera  /  October 13, 2022"), 0);
    assert_eq!(
        found("CAIRO, December 2024 \u{2014} Hamas and Fatah agreed in 2007."),
        1
    );
}
