//! CSL-JSON, the input of every CSL processor (Zotero, Pandoc, citeproc-js): an array
//! of one item of type `article-newspaper`, written by serde.
//!
//! `title` the headline, `container-title` the outlet (left out when unknown),
//! `issued` the publication date at its precision (left out when unknown; `circa` is
//! not set, since an inferred date is believed exact, not approximate), `accessed`,
//! `URL`, `source` the archive, `note` whose headline it is, how the date, outlet and
//! wire are known, and the quotation.

use super::dates::{self, Dated};
use super::{ARCHIVE, Work, notes, one_line};
use serde::{Deserialize, Serialize};

/// One CSL-JSON item, with the variables written here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CslItem {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    #[serde(
        rename = "container-title",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<CslDate>,
    pub accessed: CslDate,
    #[serde(rename = "URL")]
    pub url: String,
    pub source: String,
    pub note: String,
}

/// A CSL date: `{"date-parts": [[2014, 9, 24]]}`, as many parts as are known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CslDate {
    #[serde(rename = "date-parts")]
    pub date_parts: Vec<Vec<i32>>,
}

impl CslDate {
    fn of(d: corpus::PartialDate) -> CslDate {
        CslDate {
            date_parts: vec![dates::parts(d)],
        }
    }
}

/// The item of `work`, read on `accessed`.
pub fn item(work: &Work, accessed: time::Date) -> CslItem {
    CslItem {
        id: work.key(),
        kind: "article-newspaper".into(),
        title: one_line(work.headline),
        container_title: work.outlet_name().map(one_line),
        issued: Dated::of(work.published).date().map(CslDate::of),
        accessed: CslDate::of(dates::day(accessed)),
        url: work.url.trim().to_string(),
        source: ARCHIVE.into(),
        note: notes::note(work),
    }
}

/// The CSL-JSON file of `work`: an array of its one item, on one line (the
/// indented form writes every date part on a line of its own).
pub fn csl_json(work: &Work, accessed: time::Date) -> String {
    // Serializing strings and integers cannot fail; an empty array is the fallback.
    serde_json::to_string(&[item(work, accessed)]).unwrap_or_else(|_| "[]".into())
}
