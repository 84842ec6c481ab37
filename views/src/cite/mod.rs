/*!
Citations of an article or of a quotation in it: a line to copy in Chicago (note and
bibliography) and APA, and files to download as RIS, BibTeX and CSL-JSON, the three
that Zotero and other reference managers import.

Written by hand: the formats are small and fixed, and a CSL processor with one style
would weigh hundreds of KB. Measured in a release build (wasm-bindgen, `wasm-opt -Oz`)
calling every style and format, it adds about 17 KB to either wasm, 7 KB gzipped, of
which serde_json and the CSL types are 4 KB (1.7 KB gzipped).

What every format says, and how (decisions where the issue was silent):

- **The headline is the editors'.** The corpus's headlines are written by its editors
  (`seeds/articles.toml`); the outlet's own is not known. Every format says so: the
  lines in brackets after the title, the files in their note field. An article of the
  reader's has the headline taken from its first line, and says that instead.
- **The date is the publication date** (`Article::published`), the date a newspaper
  citation gives, not the date of the talks. A stated date is written as such; an
  inferred one is in brackets with "inferred" in the lines (the usual mark of a date
  the cataloguer supplies) and named with the editors' reasons in every file's note,
  never in a field alone as if the text said it; an unknown one is "n.d." in the lines
  and left out of the files.
- **The outlet and the wire** are named with their confidence the same way. The wire
  is never an author: the agency wrote the copy, but whether the outlet edited it is
  not known, and an author field would present an inferred agency as stated.
- **The link** is a parameter: the canonical URL of the view (the reader at the
  article; for a quotation, the reader at its sentence, `s=START-END`), which the app
  makes absolute. So is the access date (the app passes today's).
- **A quotation** adds its words, its speaker as the app reads it
  ([`crate::speaker::Speaker`]: a curated name, the words naming an unnamed speaker,
  or "unattributed"), its byte span (which makes its identifiers distinct from the
  article's and from each other's) and its sentence's, which its link highlights.

Modules: [`work`] (what is cited), [`dates`] and [`notes`] (what every format shares),
[`line`] (a line with its italics), [`chicago`], [`apa`], [`ris`], [`bibtex`], [`csl`].
*/

pub mod apa;
pub mod bibtex;
pub mod chicago;
pub mod csl;
pub mod dates;
pub mod line;
pub mod notes;
pub mod ris;
#[cfg(test)]
mod testing;
pub mod work;

pub use line::Line;
pub use work::{Quotation, Work};

/// The name the files give as the archive or database the copy was read in.
pub const ARCHIVE: &str = "Cairo Talks";

/// The three formatted lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    ChicagoNote,
    ChicagoBibliography,
    Apa,
}

impl Style {
    pub const ALL: [Style; 3] = [Style::ChicagoNote, Style::ChicagoBibliography, Style::Apa];

    pub fn label(self) -> &'static str {
        match self {
            Style::ChicagoNote => "Chicago (note)",
            Style::ChicagoBibliography => "Chicago (bibliography)",
            Style::Apa => "APA",
        }
    }
}

/// The line to copy for `work` in `style`, read on `accessed`.
pub fn line(work: &Work, style: Style, accessed: time::Date) -> Line {
    match style {
        Style::ChicagoNote => chicago::note(work, accessed),
        Style::ChicagoBibliography => chicago::bibliography(work, accessed),
        Style::Apa => apa::reference(work, accessed),
    }
}

/// The three files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Ris,
    Bibtex,
    CslJson,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Ris, Format::Bibtex, Format::CslJson];

    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Ris => "ris",
            Format::Bibtex => "bib",
            Format::CslJson => "json",
        }
    }

    /// The file's media type, for the download.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Ris => "application/x-research-info-systems",
            Format::Bibtex => "application/x-bibtex",
            Format::CslJson => "application/vnd.citationstyles.csl+json",
        }
    }
}

/// The file for `work` in `format`, read on `accessed`.
pub fn file(work: &Work, format: Format, accessed: time::Date) -> String {
    match format {
        Format::Ris => ris::ris(work, accessed),
        Format::Bibtex => bibtex::bibtex(work, accessed),
        Format::CslJson => csl::csl_json(work, accessed),
    }
}

/// A name for the downloaded file: `cairo-talks-cairo-2014-09.ris`, with the
/// words' span for a quotation (`…-2593-2745.ris`).
pub fn file_name(work: &Work, format: Format) -> String {
    let id: String = (work.key().chars())
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("cairo-talks-{id}.{}", format.extension())
}

/// White space, line breaks included, as single spaces, trimmed: every format here
/// writes a field on one line, and a quotation's words may span two in the text.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
