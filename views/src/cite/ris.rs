//! RIS, the tagged format every reference manager reads: one `TAG  - value` per line,
//! CRLF line ends as the format's specification writes them, `ER  - ` closing the
//! record. RIS has no escaping: a value is kept on one line (line breaks and runs of
//! white space become one space), which is all it needs.
//!
//! `TY  - NEWS` (newspaper article), `TI` the headline, `T2` the outlet (the
//! publication of a NEWS record), `PY` the year and `DA` the date at its precision
//! (`2014/09/24`), `Y2` the access date, `UR` the link, `DB` the archive, `ID` the key,
//! `N1` the note (whose headline, how the date, outlet and wire are known, the
//! quotation). An unknown date or outlet leaves its tag out.

use super::dates::{self, Dated};
use super::{ARCHIVE, Work, notes, one_line};

/// The RIS record of `work`, read on `accessed`.
pub fn ris(work: &Work, accessed: time::Date) -> String {
    let mut out = String::new();
    let published = Dated::of(work.published).date();
    let mut tag = |tag: &str, value: &str| {
        let value = one_line(value);
        if !value.is_empty() {
            out.push_str(tag);
            out.push_str("  - ");
            out.push_str(&value);
            out.push_str("\r\n");
        }
    };
    tag("TY", "NEWS");
    tag("TI", work.headline);
    tag("T2", work.outlet_name().unwrap_or(""));
    if let Some(d) = published {
        tag("PY", &d.year.to_string());
        tag("DA", &dates::ris(d));
    }
    tag("Y2", &dates::ris(dates::day(accessed)));
    tag("UR", work.url);
    tag("DB", ARCHIVE);
    tag("ID", &work.key());
    tag("N1", &notes::note(work));
    out.push_str("ER  - \r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cite::testing::{accessed, sample};

    #[test]
    fn a_record_is_one_line_per_tag_and_closed() {
        let (article, _) = sample("Talks \"resume\",\nin Cairo");
        let work = Work::article(&article, "https://example.org/?view=read&a=x");
        let ris = ris(&work, accessed());
        let lines: Vec<&str> = ris.split("\r\n").collect();
        assert_eq!(lines[0], "TY  - NEWS");
        assert_eq!(lines[1], "TI  - Talks \"resume\", in Cairo");
        assert!(lines.contains(&"DA  - 2014/09/24"), "{ris}");
        assert!(lines.contains(&"Y2  - 2026/12/07"), "{ris}");
        assert_eq!(lines[lines.len() - 2], "ER  - ");
        assert_eq!(lines.last(), Some(&""));
        assert!(!ris.replace("\r\n", "").contains(['\r', '\n']));
    }
}
