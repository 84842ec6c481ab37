//! The dateline: the place and date that open a report ("CAIRO, Oct 12 (Reuters) -",
//! "GAZA CITY, 3 March 2021 (AFP) —", "CAIRO, December 2024 —"). It dates the report,
//! not an event, and its day is the day "today" means in the report.

/// The most characters an agency's brackets hold: "(Reuters)", "(AFP)", "(Ma'an)".
const AGENCY: usize = 40;

/// The most words before the date: "GAZA CITY, West Bank," is three.
const PLACE_WORDS: usize = 4;

/// Whether the date at bytes `start..end` of the sentence `body` is a dateline's: at
/// most a few words before it, ending with a comma ("CAIRO,"), or none; after it an
/// agency in brackets at most, then a dash ("— ", "– ", "- ").
pub(super) fn is_dateline(body: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(mut rest)) = (body.get(..start), body.get(end..)) else {
        return false;
    };
    // "GAZA CITY, Thursday 12 October 2017 -": a weekday may stand before the date.
    let before = before.trim_end();
    let before = before
        .trim_end_matches(',')
        .rsplit_once(char::is_whitespace)
        .filter(|(_, last)| crate::date::WEEKDAY_NAMES.contains(last))
        .map_or(before, |(head, _)| head.trim_end());
    let place = before.is_empty()
        || (before.ends_with(',') && crate::text::words(before).len() <= PLACE_WORDS);
    if !place {
        return false;
    }
    rest = rest.trim_start();
    if rest.starts_with('(')
        && let Some(close) = rest.find(')').filter(|&c| c <= AGENCY)
    {
        rest = rest[close + 1..].trim_start();
    }
    // "- ", and "-- " as Xinhua writes it.
    let hyphens = rest.trim_start_matches('-');
    rest.starts_with(['\u{2014}', '\u{2013}'])
        || (rest.len() - hyphens.len() <= 2
            && rest.starts_with('-')
            && hyphens.starts_with(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_after_the_date_and_its_agency_closes_a_dateline() {
        let ends = |line: &str, date: &str| {
            let at = line.find(date).unwrap();
            is_dateline(line, at, at + date.len())
        };
        assert!(ends("RAMALLAH, March 3 (Ma'an) - Talks", "March 3"));
        assert!(ends("BEIRUT, 4 June 2019 \u{2014} The", "4 June 2019"));
        assert!(ends("DOHA, June 4 (AP) \u{2013} Two", "June 4"));
        assert!(ends("June 2019 \u{2014} The", "June 2019"));
        assert!(ends(
            "GAZA CITY, Thursday 12 October 2017 \u{2013} The",
            "12 October 2017"
        ));
        assert!(ends("GAZA, Thursday, Oct. 12 (AFP) - The", "Oct. 12"));
        assert!(!ends("Talks on Thursday 12 October - x", "12 October"));
        assert!(ends("GAZA, Oct. 12 (Xinhua) -- The", "Oct. 12"));
        assert!(!ends("GAZA, Oct. 12 --- x", "Oct. 12"));
        assert!(!ends("GAZA, Oct. 12 -x", "Oct. 12"));
        assert!(!ends("On June 4 - a Tuesday - they met", "June 4"));
        assert!(!ends("DOHA, June 4-5 talks", "June 4"));
        assert!(!ends(
            "DOHA, June 4 (a Tuesday, after long talks that ran late) - x",
            "June 4"
        ));
        assert!(!ends(
            "The factions, who met in Doha in the heat of June 4 - x",
            "June 4"
        ));
        assert!(!ends("x", "x"));
    }
}
