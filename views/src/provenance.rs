//! A researched fact with how it is known: stated by the text, inferred from outside
//! evidence, or unknown. The three look different everywhere, and the note says how.

use crate::markup::esc;
use corpus::model::{Confidence, Sourced};
use std::fmt::Write;

/// The words shown for a confidence.
pub fn tag(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Stated => "stated in the text",
        Confidence::Inferred => "inferred",
        Confidence::Unknown => "unknown",
    }
}

/// One fact as a `<div class="fact">` of a `<dl>`: label, value, how it is known, note.
pub fn sourced_fact<T>(out: &mut String, label: &str, value: Option<String>, fact: &Sourced<T>) {
    let c = fact.confidence.as_str();
    let _ = write!(
        out,
        r#"<div class="fact prov-{c}"><dt>{label}</dt><dd><span class="fact-value">{v}</span> <span class="prov prov-{c}" data-confidence="{c}">{tag}</span>"#,
        label = esc(label),
        v = esc(value.as_deref().unwrap_or("not known")),
        tag = tag(fact.confidence),
    );
    if !fact.note.is_empty() {
        let _ = write!(out, r#"<small class="note">{}</small>"#, esc(&fact.note));
    }
    out.push_str("</dd></div>");
}

/// The same, inline: "Outlet: Gulf Times (inferred)", the note in a tooltip.
pub fn sourced_inline<T>(out: &mut String, label: &str, value: Option<String>, fact: &Sourced<T>) {
    let c = fact.confidence.as_str();
    let _ = write!(
        out,
        r#"<span class="fact-inline">{label}: <span class="fact-value">{v}</span> <span class="prov prov-{c}" title="{note}">{c}</span></span>"#,
        label = esc(label),
        v = esc(value.as_deref().unwrap_or("not known")),
        note = esc(&fact.note),
    );
}
