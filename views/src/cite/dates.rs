//! A date as each format writes it, at its own precision, and how sure it is.

use corpus::PartialDate;
use corpus::date::month_name;
use corpus::model::{Confidence, Sourced};

/// How a researched date is known, as the citations need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// The text says it.
    Stated(PartialDate),
    /// The editors established it from outside evidence (or did not say how).
    Inferred(PartialDate),
    Unknown,
}

impl Dated {
    /// A value without a confidence, or a confidence without a value, is not stated.
    pub fn of(fact: &Sourced<PartialDate>) -> Dated {
        match (fact.value, fact.confidence) {
            (None, _) => Dated::Unknown,
            (Some(d), Confidence::Stated) => Dated::Stated(d),
            (Some(d), _) => Dated::Inferred(d),
        }
    }

    pub fn date(self) -> Option<PartialDate> {
        match self {
            Dated::Stated(d) | Dated::Inferred(d) => Some(d),
            Dated::Unknown => None,
        }
    }
}

/// The day a page was read, as a date known to the day.
pub fn day(date: time::Date) -> PartialDate {
    PartialDate::from_date(date)
}

/// `2014-09-24`, `2014-09`, `2014`: ISO 8601 (BibTeX's `date`, `urldate`).
pub fn iso(d: PartialDate) -> String {
    d.to_string()
}

/// `2014/09/24`, `2014/09`, `2014`: RIS's `DA`, `Y2`.
pub fn ris(d: PartialDate) -> String {
    iso(d).replace('-', "/")
}

/// `September 24, 2014`, `September 2014`, `2014`: Chicago.
pub fn month_day_year(d: PartialDate) -> String {
    match (d.month, d.day) {
        (0, _) => d.year.to_string(),
        (m, 0) => format!("{} {}", month_name(m), d.year),
        (m, day) => format!("{} {day}, {}", month_name(m), d.year),
    }
}

/// `2014, September 24`, `2014, September`, `2014`: APA.
pub fn year_month_day(d: PartialDate) -> String {
    match (d.month, d.day) {
        (0, _) => d.year.to_string(),
        (m, 0) => format!("{}, {}", d.year, month_name(m)),
        (m, day) => format!("{}, {} {day}", d.year, month_name(m)),
    }
}

/// `[2014, 9, 24]`, `[2014, 9]`, `[2014]`: CSL-JSON's `date-parts`.
pub fn parts(d: PartialDate) -> Vec<i32> {
    let mut out = vec![i32::from(d.year)];
    if d.month > 0 {
        out.push(i32::from(d.month));
        if d.day > 0 {
            out.push(i32::from(d.day));
        }
    }
    out
}

/// A line's date: as written for a stated date, in brackets with "inferred" for an
/// inferred one (the mark of a date the cataloguer supplies), "n.d." when unknown.
pub fn in_line(dated: Dated, write: fn(PartialDate) -> String) -> String {
    match dated {
        Dated::Stated(d) => write(d),
        Dated::Inferred(d) => format!("[{}, inferred]", write(d)),
        Dated::Unknown => "n.d.".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn each_format_writes_each_precision() {
        type Write = fn(PartialDate) -> String;
        let forms: [(Write, [&str; 3]); 4] = [
            (iso, ["2014-09-04", "2014-09", "2014"]),
            (ris, ["2014/09/04", "2014/09", "2014"]),
            (
                month_day_year,
                ["September 4, 2014", "September 2014", "2014"],
            ),
            (
                year_month_day,
                ["2014, September 4", "2014, September", "2014"],
            ),
        ];
        for (write, expected) in forms {
            let got = ["2014-09-04", "2014-09", "2014"].map(|d| write(date(d)));
            assert_eq!(got, expected);
        }
        assert_eq!(parts(date("2014-09-04")), [2014, 9, 4]);
        assert_eq!(parts(date("2014-09")), [2014, 9]);
        assert_eq!(parts(date("2014")), [2014]);
    }

    #[test]
    fn only_a_stated_date_is_written_bare() {
        let fact = |value: Option<&str>, confidence| Sourced {
            value: value.map(date),
            confidence,
            note: String::new(),
        };
        let line = |f: &Sourced<PartialDate>| in_line(Dated::of(f), month_day_year);
        assert_eq!(
            line(&fact(Some("2014-09-24"), Confidence::Stated)),
            "September 24, 2014"
        );
        assert_eq!(
            line(&fact(Some("2014-09-24"), Confidence::Inferred)),
            "[September 24, 2014, inferred]"
        );
        // A value marked unknown is not presented as stated either.
        assert_eq!(
            line(&fact(Some("2014"), Confidence::Unknown)),
            "[2014, inferred]"
        );
        assert_eq!(line(&fact(None, Confidence::Stated)), "n.d.");
    }
}
