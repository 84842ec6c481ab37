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
fn read(text: &str, reference: &str) -> Vec<(String, String, DateRead)> {
    let r = PartialDate::parse(reference).unwrap().first_day();
    dates_for_test(text, r)
        .into_iter()
        .map(|(d, words, how)| (d.to_string(), words, how))
        .collect()
}

fn one(text: &str, reference: &str) -> (String, String, DateRead) {
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

// Issue 23, more shapes of class 1: a past date is never after the article's date.

/// The date read at `words` in `text`, against `reference`.
fn at(text: &str, reference: &str, words: &str) -> String {
    let found = read(text, reference);
    found
        .iter()
        .find(|(_, w, _)| w == words)
        .unwrap_or_else(|| panic!("{words:?} not read in {text:?}: {found:?}"))
        .0
        .clone()
}

#[test]
fn since_reaches_across_a_long_noun_phrase() {
    // A July article: the nearest December is ahead, the election is not.
    assert_eq!(
        at(
            "Hamas has run Gaza since the parliamentary election in December.",
            "2019-07-11",
            "December"
        ),
        "2018-12"
    );
    assert_eq!(
        at(
            "No session has met since the disputed legislative polls held in early November.",
            "2021-06-02",
            "November"
        ),
        "2020-11"
    );
    // "since" in another clause says nothing of this one.
    assert_eq!(
        at(
            "Since the split, nothing moved; the sides will meet in December.",
            "2019-07-11",
            "December"
        ),
        "2019-12"
    );
}

#[test]
fn a_date_in_an_after_phrase_is_not_moved_by_the_main_clause_s_future() {
    // December articles: the nearest 24 October and 2 November are weeks back.
    for (text, words, date) in [
        (
            "After a first meeting on Oct. 24, the factions will meet again in January.",
            "Oct. 24",
            "2017-10-24",
        ),
        (
            "The factions, after a first round on October 24, are expected to return.",
            "October 24",
            "2017-10-24",
        ),
        (
            "Following talks on 2 November, the envoys will draft a text.",
            "2 November",
            "2017-11-02",
        ),
    ] {
        assert_eq!(at(text, "2017-12-20", words), date, "{text}");
    }
    // Its own clause still decides.
    assert_eq!(
        at(
            "After talks that will open on March 3, a text will follow.",
            "2017-12-20",
            "March 3"
        ),
        "2018-03-03"
    );
}

#[test]
fn a_day_that_names_a_past_event_is_in_the_past() {
    // July articles: the nearest 7 October is ahead.
    for (text, words) in [
        ("Relations soured after the October 7 attacks.", "October 7"),
        (
            "A year on, the Oct. 7 attack still shapes the talks.",
            "Oct. 7",
        ),
        (
            "The October 7 assault will weigh on the talks.",
            "October 7",
        ),
        (
            "Under the October 7 agreement, the cabinet will resign.",
            "October 7",
        ),
    ] {
        assert_eq!(at(text, "2024-07-11", words), "2023-10-07", "{text}");
    }
    // An August article: the March deal is five months back, not seven ahead.
    assert_eq!(
        at(
            "Under the March 15 accord, the government will resign.",
            "2017-08-20",
            "March 15"
        ),
        "2017-03-15"
    );
    // Meetings and votes may be to come.
    assert_eq!(
        at("The May 22 elections will be free.", "2021-02-08", "May 22"),
        "2021-05-22"
    );
}

#[test]
fn a_month_or_a_day_followed_by_its_year_in_words() {
    let r = "2017-11-14";
    assert_eq!(
        at("In April last year the sides met.", r, "April last year"),
        "2016-04"
    );
    assert_eq!(
        at(
            "In April of last year the sides met.",
            r,
            "April of last year"
        ),
        "2016-04"
    );
    assert_eq!(
        at("In March this year they met.", r, "March this year"),
        "2017-03"
    );
    assert_eq!(
        at("In June next year they will vote.", r, "June next year"),
        "2018-06"
    );
    assert_eq!(
        at("They met on 3 April last year.", r, "3 April last year"),
        "2016-04-03"
    );
    assert_eq!(
        at("They met on the 12th of October.", r, "12th of October"),
        "2017-10-12"
    );
    assert_eq!(
        at("They met on the 3rd of May 2012.", r, "3rd of May 2012"),
        "2012-05-03"
    );
}

#[test]
fn a_month_of_that_year_takes_the_year_of_the_date_before() {
    let r = "2017-11-14";
    assert_eq!(
        at(
            "Hamas won the 2006 elections, and in June the following year seized Gaza.",
            r,
            "June the following year"
        ),
        "2007-06"
    );
    assert_eq!(
        at(
            "The deal was signed in 2011. In May that year, talks stalled.",
            r,
            "May that year"
        ),
        "2011-05"
    );
    assert_eq!(
        at(
            "They met in Doha in 2012; on 6 February of the same year they signed.",
            r,
            "6 February of the same year"
        ),
        "2012-02-06"
    );
    assert_eq!(
        at(
            "The vote was held in 2006, after clashes in December the year before.",
            r,
            "December the year before"
        ),
        "2005-12"
    );
    // Nothing dated before it: no year to take, no date.
    assert!(read("In June that year, Hamas seized Gaza.", r).is_empty());
}

#[test]
fn ranges_of_days_are_their_first_day() {
    let r = "2017-11-16";
    assert_eq!(
        at("They met on 12 and 13 October.", r, "12 and 13 October"),
        "2017-10-12"
    );
    // Two numbers, no month after the second: no range.
    assert_eq!(
        at(
            "Of 12 and 13 delegates, 13 October saw most.",
            r,
            "13 October"
        ),
        "2017-10-13"
    );
    assert_eq!(
        at("The talks ran on 10-12 October.", r, "10-12 October"),
        "2017-10-10"
    );
    assert_eq!(
        at("Talks were held October 10-12.", r, "October 10-12"),
        "2017-10-10"
    );
    assert_eq!(
        at(
            "They met between 10 and 12 October.",
            r,
            "10 and 12 October"
        ),
        "2017-10-10"
    );
    assert_eq!(
        at(
            "They met from 3 to 5 September 2016.",
            r,
            "3 to 5 September 2016"
        ),
        "2016-09-03"
    );
    assert_eq!(
        at(
            "They met on 3\u{2013}5 September 2016.",
            r,
            "3\u{2013}5 September 2016"
        ),
        "2016-09-03"
    );
}

#[test]
fn causes_and_limits_are_no_future() {
    // A December article: October is two months back.
    assert_eq!(
        at(
            "Talks collapsed due to clashes in October.",
            "2017-12-20",
            "October"
        ),
        "2017-10"
    );
    assert_eq!(
        at("The truce held until October.", "2017-12-20", "October"),
        "2017-10"
    );
    assert_eq!(
        at(
            "A vote is due to be held in October.",
            "2017-12-20",
            "October"
        ),
        "2018-10"
    );
    assert_eq!(
        at(
            "Earlier in October, the two sides met.",
            "2017-12-20",
            "October"
        ),
        "2017-10"
    );
}

// Issue 23, more shapes of classes 2 and 3.

#[test]
fn a_negated_duration_counts_back_to_the_last_time() {
    let counted = |text: &str| {
        read(text, "2021-05-02")
            .into_iter()
            .find(|(_, _, how)| *how == DateRead::CountedBack)
            .map(|(d, w, _)| (d, w))
    };
    assert_eq!(
        counted("Palestinians have not voted in 15 years."),
        Some(("2006".into(), "15 years".into()))
    );
    assert_eq!(
        counted("The council hasn't met for a decade."),
        Some(("2011".into(), "a decade".into()))
    );
    assert_eq!(counted("They will not meet for a decade."), None);
    assert_eq!(counted("They met for a decade."), None);
}

#[test]
fn deadlines_in_the_next_months_and_narrated_durations() {
    assert_eq!(
        one(
            "A cabinet should be formed in the next three months.",
            "2017-10-12"
        ),
        (
            "2018-01".into(),
            "in the next three months".into(),
            DateRead::CountedForward
        )
    );
    assert_eq!(
        at(
            "Elections will follow over the coming six weeks.",
            "2017-10-12",
            "over the coming six weeks"
        ),
        "2017-11-23"
    );
    // A duration that opens a report of the past counts from an undated event: none.
    let found = read(
        "They met in October 2017. Within two weeks, the deal collapsed.",
        "2018-12-09",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // A deadline the sentence sets still counts from the article's date.
    assert_eq!(
        one("Within two weeks, a cabinet will be named.", "2018-12-09").0,
        "2018-12-23"
    );
}

// Issue 23, class 5: the dateline's day is the day the report counts from.

#[test]
fn weekdays_and_yesterday_count_from_the_dateline_s_day() {
    // Dated Thursday 12 October 2017, published the Monday after.
    let text =
        "CAIRO, Oct. 12 (Reuters) - The factions met yesterday and will meet again on Sunday.";
    let found = read(text, "2017-10-16");
    let days: Vec<(&str, &str)> = found
        .iter()
        .map(|(d, w, _)| (d.as_str(), w.as_str()))
        .collect();
    assert_eq!(
        days,
        [("2017-10-11", "yesterday"), ("2017-10-15", "Sunday")]
    );
    assert_eq!(
        reading_of(text, "2017-10-16", "Sunday"),
        Some(crate::model::AnchorKind::Dateline)
    );
    // No dated dateline: the article's date.
    let found = read("CAIRO (AP) - The factions met yesterday.", "2017-10-16");
    assert_eq!(found[0].0, "2017-10-15");
}

/// What the date read at `words` was resolved from.
fn reading_of(text: &str, reference: &str, words: &str) -> Option<crate::model::AnchorKind> {
    let r = PartialDate::parse(reference).unwrap().first_day();
    super::read_all(text, &crate::text::sentences(text), r)
        .into_iter()
        .flat_map(|(_, found)| found)
        .find(|f| &text[f.span.range()] == words)
        .and_then(|f| f.from)
        .map(|a| a.kind)
}

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
        let name = crate::date::month_name(month);
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
    let weekdays = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    for (templates, want_past) in [(&past[..], true), (&future[..], false)] {
        for t in templates {
            let mut bad = Vec::new();
            for ordinal in (1..365).step_by(13) {
                let reference = time::Date::from_ordinal_date(2017, ordinal).unwrap();
                for m in 1..=12u8 {
                    let text = t
                        .replace("{M}", crate::date::month_name(m))
                        .replace("{D}", "14")
                        .replace("{W}", weekdays[m as usize % 7]);
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

#[test]
fn earlier_and_the_previous_day_count_back_from_the_date_before() {
    let r = "2019-01-01";
    let found = read(
        "The pact was signed on 9 June 2018. Two days earlier, the envoys had arrived.",
        r,
    );
    assert_eq!(
        found[1],
        (
            "2018-06-07".into(),
            "Two days earlier".into(),
            DateRead::Chained
        )
    );
    let found = read(
        "They met on 9 June 2018, and the previous day they had talked by phone.",
        r,
    );
    assert_eq!(found[1].0, "2018-06-08");
    let found = read("In 2012 they met; three years earlier they had split.", r);
    assert_eq!(found[1].0, "2009");
    let found = read("They met in May 2012; two months afterwards they split.", r);
    assert_eq!(found[1].0, "2012-07");
    // Days from a year alone: none.
    let found = read("In 2012 they met; two days earlier they had split.", r);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn years_and_months_with_a_prefix_and_the_short_months() {
    let r = "2017-11-14";
    assert_eq!(
        at("Hamas took Gaza in June of 2007.", r, "June of 2007"),
        "2007-06"
    );
    assert_eq!(at("Talks collapsed in mid-2007.", r, "mid-2007"), "2007");
    assert_eq!(
        at("The deal is due by end-December.", r, "end-December"),
        "2017-12"
    );
    assert_eq!(
        at("They met on Mar. 3, 2012.", r, "Mar. 3, 2012"),
        "2012-03-03"
    );
    assert_eq!(at("They met on 4 Jul 2014.", r, "4 Jul 2014"), "2014-07-04");
    assert_eq!(at("They met in Jun 2014.", r, "Jun 2014"), "2014-06");
    assert_eq!(at("The talks of 2006-2007 failed.", r, "2006-2007"), "2006");
    assert_eq!(at("The talks of 2006-07 failed.", r, "2006-07"), "2006");
    assert!(read("Scores of 2007-2006 and 2006-7.", r).is_empty());
    assert_eq!(at("October's deal collapsed.", r, "October's"), "2017-10");
    // A month before "of" and a name is a name.
    assert!(read("Protests of the Great March of Return went on.", r).is_empty());
    assert_eq!(
        at("Protests continued in March of 2016.", r, "March of 2016"),
        "2016-03"
    );
    // Alone, "Mar" is a verb or a name: no date.
    assert!(read("Clashes may mar the talks. Jun said no.", r).is_empty());
}

#[test]
fn today_s_talks_under_a_wire_dateline() {
    let text = "GAZA, Oct. 12 (Xinhua) -- Today's talks in Cairo ended late.";
    assert_eq!(
        read(text, "2017-10-13"),
        [("2017-10-12".into(), "Today's".into(), DateRead::Dateline)]
    );
}

#[test]
fn a_weekday_before_the_dateline_s_date_keeps_it_a_dateline() {
    let text = "GAZA CITY, Thursday 12 October 2017 \u{2013} Leaders met in the city today.";
    assert_eq!(
        read(text, "2017-10-13"),
        [("2017-10-12".into(), "today".into(), DateRead::Dateline)]
    );
}

#[test]
fn the_words_after_a_month_give_its_year_only_when_they_are_one_phrase() {
    let r = "2017-11-14";
    // "last year's" after a comma is no year of April's.
    assert_eq!(
        at("In April, last year's winners met again.", r, "April"),
        "2017-04"
    );
    // "since" as "because", with a future between: not the past.
    assert_eq!(
        at(
            "Since the factions will meet in December, the vote waits.",
            r,
            "December"
        ),
        "2017-12"
    );
    let found = read(
        "The deal was signed in 2011. In May, the same year talks began.",
        r,
    );
    assert_eq!(found[1].0, "2017-05", "{found:?}");
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
    let weekdays = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    for (templates, want_past) in [(&past[..], true), (&future[..], false)] {
        for t in templates {
            let mut bad = Vec::new();
            for ordinal in (1..365).step_by(13) {
                let reference = time::Date::from_ordinal_date(2017, ordinal).unwrap();
                for m in 1..=12u8 {
                    let text = t
                        .replace("{M}", crate::date::month_name(m))
                        .replace("{D}", "14")
                        .replace("{W}", weekdays[m as usize % 7]);
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

#[test]
fn a_date_nothing_places_is_read_only_near_the_article() {
    // January articles: nothing says whether the deadline's July is past or to come.
    assert!(read("The deadline for the handover is July 14.", "2017-01-02").is_empty());
    assert!(read("The deadline for the handover is in July.", "2017-01-02").is_empty());
    // Near the article, the nearest.
    assert_eq!(
        one(
            "The deadline for the handover is February 14.",
            "2017-01-02"
        )
        .0,
        "2017-02-14"
    );
    // Unread, such a date still says the sentence is not about now: no count back.
    assert!(
        read(
            "The December vote comes a decade after the split.",
            "2017-06-02"
        )
        .is_empty()
    );
    // Nor is it what "later" counts from.
    let found = read(
        "They met in 2012. The deadline is in July. A year later, nothing.",
        "2017-01-02",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].0, "2013");
    // A tense or a cue decides even far from it.
    assert_eq!(
        one("The handover will be complete by July 14.", "2017-01-02").0,
        "2017-07-14"
    );
    assert_eq!(
        one("The feud dates back to June 14.", "2017-01-02").0,
        "2016-06-14"
    );
}
