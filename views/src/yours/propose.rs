//! "Propose for the corpus": an article of yours as the corpus editors take one in,
//! the text as a `.txt` for `seeds/articles/` and the TOML entries for the seed files,
//! in the seeds' own format, so that `make report` reads them as they are.
//!
//! The article is proposed under an id of the corpus (its place and month, as the
//! corpus names rounds): `yours-` ids stay in the browser, and the seed checker
//! refuses them. What the reader gave is said as such: the headline is their text's first line,
//! marked as to be rewritten; a date is "stated" only where the text writes it out,
//! otherwise "inferred" with a note; the entities they made come with the faction they
//! chose and a description still to write. Aliases they linked to entities of the
//! knowledge base are listed as comments: adding one means editing that entity's
//! entry, which a snippet to append cannot do.

use super::Draft;
use super::article::GIVEN;
use super::check::date;
use corpus::PartialDate;
use corpus::extract::edits::{KbEdits, kebab, local_entities};
use corpus::model::{Article, Confidence, Corpus, EntityKind, Sourced};
use std::fmt::Write;

/// What the download holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The article's id in the corpus: its place and month, as the corpus names
    /// rounds (`cairo-2026-03`), numbered if taken. Ids of yours stay in the browser:
    /// the seed checker refuses them.
    pub id: String,
    /// Where the text goes, relative to `seeds/`: `articles/yours-….txt`.
    pub file: String,
    /// The text, verbatim.
    pub text: String,
    /// The `[[article]]` entry, to append to `seeds/articles.toml`.
    pub articles_toml: String,
    /// The `[[entity]]` entries of the reader's entities the article names (and the
    /// factions they belong to), to append to `seeds/entities.toml`; may be empty.
    pub entities_toml: String,
}

impl Proposal {
    /// The TOML file of the download: both parts, each under the file it goes into,
    /// with what to do in comments.
    pub fn toml(&self) -> String {
        let mut out = format!(
            "# Proposed for the Cairo Talks corpus from a reader's browser.\n\
             # 1. Save the text, unchanged, as seeds/{file}.\n\
             # 2. Append the [[article]] entry to seeds/articles.toml{entities}.\n\
             # 3. Run `make report`, and check every note below.\n\n\
             # --- seeds/articles.toml ---\n{articles}",
            file = self.file,
            entities = if self.entities_toml.is_empty() {
                ""
            } else {
                " and the [[entity]] entries to seeds/entities.toml"
            },
            articles = self.articles_toml,
        );
        if !self.entities_toml.is_empty() {
            let _ = write!(
                out,
                "\n# --- seeds/entities.toml ---\n{}",
                self.entities_toml
            );
        }
        out
    }

    /// The name of the `.txt` file the reader downloads.
    pub fn text_file_name(&self) -> &str {
        self.file.rsplit('/').next().unwrap_or(&self.file)
    }
}

/// The proposal for an article of yours. `published` is the published corpus (its
/// entities are the knowledge base the ids are checked against); `edits` are the
/// reader's, with which `article` was extracted.
pub fn seeds_snippet(
    draft: &Draft,
    article: &Article,
    edits: &KbEdits,
    published: &Corpus,
) -> Proposal {
    let file = format!("articles/{}.txt", article.id);
    let talks = article.talks.value.or_else(|| date(&draft.talks));
    let id = seed_id(draft, talks, published);
    let mut toml = String::from("[[article]]\n");
    let _ = writeln!(toml, "id = {}", quoted(&id));
    let _ = writeln!(toml, "file = {}", quoted(&file));
    toml.push_str("# The headline is the first line of the text: write one before merging.\n");
    let _ = writeln!(toml, "headline = {}", quoted(&article.headline));
    let place = draft.place.trim();
    if published
        .entities
        .iter()
        .any(|e| e.id == place && e.kind == EntityKind::Place)
    {
        let _ = writeln!(toml, "place = {}", quoted(place));
    }
    let talks_fact = Sourced {
        value: talks.map(|d| d.to_string()),
        confidence: article.talks.confidence,
        note: article.talks.note.clone(),
    };
    let _ = writeln!(toml, "talks = {}", sourced(&talks_fact));
    // The seeds need a published date to resolve "on Thursday" against.
    let published_fact = match article.published.value {
        Some(d) => Sourced {
            value: Some(d.to_string()),
            confidence: article.published.confidence,
            note: article.published.note.clone(),
        },
        None => Sourced {
            value: talks.map(|d| d.to_string()),
            confidence: Confidence::Inferred,
            note: "Not given; taken to be the date of the talks.".into(),
        },
    };
    let _ = writeln!(toml, "published = {}", sourced(&published_fact));
    let outlet = match &article.outlet.value {
        Some(_) => article.outlet.clone(),
        None => Sourced {
            value: None,
            confidence: Confidence::Unknown,
            note: "Not given.".into(),
        },
    };
    let _ = writeln!(toml, "outlet = {}", sourced(&outlet));
    let _ = writeln!(toml, "wire = {}", sourced(&article.wire));
    let entities_toml = entities(article, &id, edits, published);
    Proposal {
        id,
        file,
        text: article.text.clone(),
        articles_toml: toml,
        entities_toml,
    }
}

/// `cairo-2026-03`: the place (or `talks`) and the talks' month, numbered past the
/// corpus's ids.
fn seed_id(draft: &Draft, talks: Option<PartialDate>, published: &Corpus) -> String {
    let place = draft.place.trim();
    let place = if published
        .entities
        .iter()
        .any(|e| e.id == place && e.kind == EntityKind::Place)
    {
        place
    } else {
        "talks"
    };
    let base = match talks {
        Some(d) if d.month > 0 => format!("{place}-{}-{:02}", d.year, d.month),
        Some(d) => format!("{place}-{}", d.year),
        None => place.to_string(),
    };
    let taken = |id: &str| published.articles.iter().any(|a| a.id == id);
    std::iter::once(base.clone())
        .chain((2..).map(|k| format!("{base}-{k}")))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// The `[[entity]]` entries of the reader's entities the article names, and of the
/// factions of theirs those belong to, under ids the knowledge base does not use; and
/// the aliases linked to its own entities that the text uses, as comments.
fn entities(article: &Article, seed_id: &str, edits: &KbEdits, published: &Corpus) -> String {
    let n = published.entities.len();
    let locals = local_entities(&published.entities, edits);
    // Named by the article, then their factions of yours (which may name more).
    let mut wanted: Vec<usize> = article
        .entity_set()
        .into_iter()
        .map(|ix| ix as usize)
        .filter(|&ix| ix >= n && ix - n < locals.len())
        .map(|ix| ix - n)
        .collect();
    let mut i = 0;
    while i < wanted.len() {
        if let Some(f) = locals[wanted[i]].faction.map(|f| f as usize)
            && f >= n
            && !wanted.contains(&(f - n))
        {
            wanted.push(f - n);
        }
        i += 1;
    }
    wanted.sort_unstable();
    // Seed ids: the name in kebab-case, numbered past the knowledge base's ids.
    let mut ids: Vec<String> = Vec::new();
    for &w in &wanted {
        let base = kebab(&locals[w].name);
        let taken =
            |id: &str| published.entities.iter().any(|e| e.id == id) || ids.iter().any(|i| i == id);
        let id = std::iter::once(base.clone())
            .chain((2..).map(|k| format!("{base}-{k}")))
            .find(|id| !taken(id))
            .unwrap_or(base);
        ids.push(id);
    }
    let id_of = |ix: usize| -> Option<String> {
        if ix < n {
            return published.entities.get(ix).map(|e| e.id.clone());
        }
        let at = wanted.iter().position(|&w| w == ix - n)?;
        ids.get(at).cloned()
    };
    let mut out = String::new();
    for (k, &w) in wanted.iter().enumerate() {
        let e = &locals[w];
        let _ = write!(
            out,
            "[[entity]]\nid = {}\nname = {}\nkind = {}\n",
            quoted(&ids[k]),
            quoted(&e.name),
            quoted(e.kind.as_str())
        );
        let aliases: Vec<String> = e
            .aliases
            .iter()
            .filter(|a| **a != e.name)
            .map(|a| quoted(a))
            .collect();
        if !aliases.is_empty() {
            let _ = writeln!(out, "aliases = [{}]", aliases.join(", "));
        }
        if let Some(f) = e.faction.and_then(|f| id_of(f as usize)) {
            let _ = writeln!(out, "faction = {}", quoted(&f));
        }
        let _ = writeln!(
            out,
            "description = {}\n",
            quoted(&format!(
                "Made by the reader who proposed {seed_id}: describe it before merging."
            ))
        );
    }
    let text = corpus::text::fold(&article.text);
    let linked: Vec<String> = edits
        .aliases
        .iter()
        .filter(|l| published.entities.iter().any(|e| e.id == l.entity))
        .filter(|l| text.contains(&corpus::text::fold(l.alias.trim())))
        .map(|l| {
            format!(
                "#   {}: add {} to its aliases\n",
                l.entity,
                quoted(l.alias.trim())
            )
        })
        .collect();
    if !linked.is_empty() {
        out.push_str("# Names the reader linked to entities of the knowledge base:\n");
        out.extend(linked);
    }
    out
}

/// A researched field as the seeds write it: `{ value = …, confidence = …, note = … }`,
/// without a value when it is unknown.
fn sourced(fact: &Sourced<String>) -> String {
    let mut parts = Vec::new();
    if let (Some(v), false) = (&fact.value, fact.confidence == Confidence::Unknown) {
        parts.push(format!("value = {}", quoted(v)));
    }
    parts.push(format!("confidence = {}", quoted(fact.confidence.as_str())));
    let note = if fact.note.is_empty() && fact.confidence != Confidence::Unknown {
        GIVEN
    } else {
        &fact.note
    };
    parts.push(format!("note = {}", quoted(note)));
    format!("{{ {} }}", parts.join(", "))
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
#[path = "propose_tests.rs"]
mod tests;
