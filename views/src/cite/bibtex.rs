//! BibTeX, in the biblatex data model (what biber and Zotero read).
//!
//! The entry type is decided per entry:
//! - `@article` with `entrysubtype = {newspaper}`, `journaltitle` and `date` when the
//!   outlet is known (stated or inferred): biblatex's form for a newspaper article,
//!   whose `journaltitle` is required;
//! - `@online` when it is not: there is no publication to name, and what the reader
//!   consulted is the copy at the link, so the archive is its `organization`.
//!
//! The headline is wrapped in one more pair of braces, so a style never changes its
//! case ("Fatah" must not become "fatah"); every text field is escaped for LaTeX (the
//! ten special characters); the link goes into the verbatim `url` field, with only
//! what would unbalance the entry or end the field percent-encoded. An inferred date
//! is named in `note` (biblatex has no confidence for a date); a quotation's words and
//! speaker are its `addendum`, printed after the entry.

use super::dates::{self, Dated};
use super::{ARCHIVE, Work, notes, one_line};

/// The BibTeX entry of `work`, read on `accessed`.
pub fn bibtex(work: &Work, accessed: time::Date) -> String {
    let outlet = work.outlet_name();
    let kind = if outlet.is_some() {
        "article"
    } else {
        "online"
    };
    let mut out = format!("@{kind}{{{},\n", key(work));
    let mut field = |name: &str, value: String| {
        if !value.is_empty() {
            out.push_str(&format!("  {name} = {{{value}}},\n"));
        }
    };
    match outlet {
        Some(outlet) => {
            field("entrysubtype", "newspaper".into());
            field("journaltitle", tex(outlet));
        }
        None => field("organization", tex(ARCHIVE)),
    }
    field("title", format!("{{{}}}", tex(work.headline)));
    if let Some(d) = Dated::of(work.published).date() {
        field("date", dates::iso(d));
    }
    field("url", url(work.url));
    field("urldate", dates::iso(dates::day(accessed)));
    let mut facts = notes::notes(work);
    if work.quotation.is_some() {
        // The quotation is the last note; it goes to `addendum`.
        let quoted = facts.pop().unwrap_or_default();
        field("addendum", tex(&quoted));
    }
    field("note", tex(&facts.join(" ")));
    out.push_str("}\n");
    out
}

/// The entry key: `cairotalks:cairo-2014-09`, with the words' span for a
/// quotation (`cairotalks:cairo-2014-09:2593-2745`). Only letters, digits and `-:.`
/// are kept: other characters are not safe in a key for every tool.
pub fn key(work: &Work) -> String {
    let key: String = (work.key().chars())
        .map(|c| match c {
            '@' => ':',
            c if c.is_ascii_alphanumeric() || "-:.".contains(c) => c,
            _ => '-',
        })
        .collect();
    format!("cairotalks:{key}")
}

/// Text for a field: one line, LaTeX's special characters escaped.
pub fn tex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            c => out.push(c),
        }
    }
    out
}

/// A link for the verbatim `url` field: braces, backslashes and white space (which
/// would end or unbalance the field) percent-encoded, the rest as it is.
fn url(link: &str) -> String {
    let mut out = String::with_capacity(link.len());
    for c in link.trim().chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_escaped_and_braces_balance() {
        let escaped = tex("50% & {more} $1 #2 a_b ^ ~ \\ end");
        assert_eq!(
            escaped,
            "50\\% \\& \\{more\\} \\$1 \\#2 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{} end"
        );
        assert_eq!(
            url("https://x.org/?q=a}b{ c\\"),
            "https://x.org/?q=a%7Db%7B%20c%5C"
        );
    }
}
