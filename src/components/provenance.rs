//! A researched fact with how it is known: stated by the text, inferred from outside
//! evidence, or unknown. The three look different, and the note says how.

use corpus::model::{Confidence, Sourced};
use leptos::prelude::*;

#[component]
pub fn SourcedFact(label: &'static str, value: Option<String>, fact: Sourced<()>) -> impl IntoView {
    let Sourced {
        confidence, note, ..
    } = fact;
    let tag = match confidence {
        Confidence::Stated => "stated in the text",
        Confidence::Inferred => "inferred",
        Confidence::Unknown => "unknown",
    };
    view! {
        <div class=format!("fact prov-{}", confidence.as_str())>
            <dt>{label}</dt>
            <dd>
                <span class="fact-value">{value.unwrap_or_else(|| "not known".into())}</span>
                " "
                <span class=format!("prov prov-{}", confidence.as_str()) data-confidence=confidence.as_str()>
                    {tag}
                </span>
                {(!note.is_empty()).then(|| view! { <small class="note">{note}</small> })}
            </dd>
        </div>
    }
}

/// Drops the value of a sourced fact, keeping its provenance, for display.
pub fn provenance<T>(s: &Sourced<T>) -> Sourced<()> {
    Sourced {
        value: s.value.as_ref().map(|_| ()),
        confidence: s.confidence,
        note: s.note.clone(),
    }
}
