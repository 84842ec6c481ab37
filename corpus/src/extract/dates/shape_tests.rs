//! Tests of issue 23's shapes of dates, with sentences written for them: a date of
//! the past never after the article's date (cues, clauses, named events, batteries of
//! past and future sentences through a year), the words that give a month its year,
//! ranges, counted and chained dates, and the dateline's day. Apart from `tests.rs`,
//! which tests the reading of each kind of date on its own.

use super::tests::{one, read};
use crate::date::PartialDate;
use crate::model::DateRead;

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
