//! The "Add an article" dialog: the form, what is wrong with it, the dates the text
//! suggests, the extraction's progress, and (see [`super::curate`]) the names to
//! curate, the proposal and the reader's stored articles.
//!
//! A pure function of [`FormUi`], which the worker keeps: every value the reader typed
//! is written back, so a redraw (a problem shown, an extraction done) loses nothing.
//! Problems are listed in one `role="alert"` element that is always there (a live
//! region announces what appears in it) and repeated beside their field, which they
//! describe (`aria-describedby`, `aria-invalid`).
//!
//! A file dropped on the text box lands on the textarea (`YoursHit::Field(Text)`);
//! one chosen with the file input on `YoursHit::File`. Either way the app reads it,
//! reduces HTML to its text with the browser's parser, and checks the bytes with
//! [`super::check_bytes`] before they replace the text.

use super::article::Uncurated;
pub use super::curate::Curation;
use super::curate::{curate_html, propose_html, stored_html};
use super::hit::YoursHit;
use super::{Draft, Field, LABEL, MAX_TEXT_BYTES, Problem};
use crate::context::Context;
use crate::hit::Hit;
use crate::markup::esc;
use crate::state::ViewState;
use corpus::extract::Guess;
use corpus::model::EntityKind;
use std::fmt::Write;

/// Where the extraction of the draft is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Idle,
    /// The worker is reading the article (or starting).
    Extracting,
    /// The article is in the corpus the views show, under this id.
    Extracted { id: String },
    /// The worker could not read it; the message says why.
    Failed(String),
}

/// The dialog's state, outside the URL: the worker keeps it (`super::dialog`), the
/// writer draws it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormUi {
    pub open: bool,
    pub draft: Draft,
    pub problems: Vec<Problem>,
    pub status: Status,
    /// The dates the text suggests, offered beside the date fields.
    pub guess: Option<Guess>,
    /// The names the extraction left to curate, once extracted.
    pub uncurated: Vec<Uncurated>,
    /// The name whose curation controls are open: one at a time, so a long list of
    /// names stays a short page.
    pub curating: Option<usize>,
    pub curation: Option<Curation>,
    /// The reader's stored articles that could not be shown: (id, why).
    pub refused: Vec<(String, String)>,
}

/// The dialog, or nothing when it is closed.
pub fn form_html(ctx: &Context, state: &ViewState, ui: &FormUi) -> String {
    if !ui.open {
        return String::new();
    }
    let mut out = String::with_capacity(4096 + ui.draft.text.len());
    head(&mut out);
    let _ = write!(
        out,
        r#"<p id="yours-intro">Paste the text of a report of the talks, or drop a .txt or .html file on the text box. It stays in this browser and nothing is sent anywhere. Every view shows it beside the corpus, marked “{LABEL}”.</p>"#,
    );
    alert(&mut out, ui);
    fields(&mut out, ctx, ui);
    actions(&mut out, ctx, state, ui);
    if let Status::Extracted { id } = &ui.status {
        curate_html(
            &mut out,
            ctx,
            &ui.uncurated,
            ui.curating,
            ui.curation.as_ref(),
        );
        propose_html(&mut out, id);
    }
    stored_html(&mut out, ctx, state, &ui.refused);
    out.push_str("</div>");
    out
}

/// The dialog's frame and title, with its close button.
fn head(out: &mut String) {
    let _ = write!(
        out,
        r#"<div class="yours-dialog" role="dialog" aria-modal="true" aria-labelledby="yours-title" aria-describedby="yours-intro" data-testid="add-article-dialog"><div class="yours-head"><h2 id="yours-title">Add an article</h2><button type="button" class="yours-close" aria-label="Close"{}>×</button></div>"#,
        YoursHit::Close.attr(),
    );
}

/// The dialog while the worker that draws the form starts (`failed`: it could not,
/// and why). The app draws it: it is small, and never a blank dialog.
pub fn pending_html(failed: Option<&str>) -> String {
    let mut out = String::new();
    head(&mut out);
    match failed {
        None => out.push_str(
            r#"<p id="yours-intro" role="status" data-testid="article-status">Loading the form…</p>"#,
        ),
        Some(why) => {
            let _ = write!(
                out,
                r#"<p id="yours-intro" role="alert" data-testid="article-problems">The form could not start: {}. Reload the page to try again.</p>"#,
                esc(why)
            );
        }
    }
    out.push_str("</div>");
    out
}

/// Every problem, and an extraction that failed, in the one alert region.
fn alert(out: &mut String, ui: &FormUi) {
    out.push_str(r#"<div class="yours-problems" role="alert" data-testid="article-problems">"#);
    if !ui.problems.is_empty() {
        out.push_str("<p>The article was not added. Everything you typed is kept:</p><ul>");
        for p in &ui.problems {
            let _ = write!(out, "<li>{}</li>", p.message_html());
        }
        out.push_str("</ul>");
    }
    if let Status::Failed(why) = &ui.status {
        let _ = write!(
            out,
            "<p>The article could not be read: {}. Try again, or reload the page.</p>",
            esc(why)
        );
    }
    out.push_str("</div>");
}

/// The field's own problem, if any: its message id and its markup.
fn field_problem(ui: &FormUi, field: Field) -> Option<(String, String)> {
    let p = ui.problems.iter().find(|p| p.field() == field)?;
    let id = format!("{}-error", field.control_id());
    let html = format!(
        r#"<p id="{id}" class="field-error">{}</p>"#,
        p.message_html()
    );
    Some((id, html))
}

/// ` aria-describedby="…"` (and `aria-invalid`) for a control: its hint, the
/// suggestion, its problem.
fn described(ui: &FormUi, field: Field, also: &[&str]) -> (String, String) {
    let problem = field_problem(ui, field);
    let mut ids: Vec<&str> = also.to_vec();
    if let Some((id, _)) = &problem {
        ids.push(id);
    }
    let mut attrs = String::new();
    if !ids.is_empty() {
        let _ = write!(attrs, r#" aria-describedby="{}""#, ids.join(" "));
    }
    if problem.is_some() {
        attrs.push_str(r#" aria-invalid="true""#);
    }
    (attrs, problem.map(|(_, html)| html).unwrap_or_default())
}

fn fields(out: &mut String, ctx: &Context, ui: &FormUi) {
    let d = &ui.draft;
    let (attrs, problem) = described(ui, Field::Text, &["yours-text-hint"]);
    // A textarea drops one line break that opens its content: write one more.
    let lead = if d.text.starts_with('\n') { "\n" } else { "" };
    let _ = write!(
        out,
        r#"<div class="yours-field yours-drop"><label for="yours-text">Text of the article</label><textarea id="yours-text" rows="12" spellcheck="false" data-testid="article-text"{hit}{attrs}>{lead}{text}</textarea><p id="yours-text-hint" class="hint">As published, up to {kb} KB. A .html page is reduced to its text.</p>{problem}<label for="yours-file" class="yours-file-label">Or choose a file</label> <input type="file" id="yours-file" accept=".txt,.html,.htm,text/plain,text/html" data-testid="article-file"{file_hit}></div>"#,
        file_hit = YoursHit::File.attr(),
        hit = YoursHit::Field(Field::Text).attr(),
        text = esc(&d.text),
        kb = MAX_TEXT_BYTES / 1000,
    );
    let guess = guess_html(ui);
    let suggested: &[&str] = if guess.is_empty() {
        &[]
    } else {
        &["yours-guess"]
    };
    out.push_str(r#"<div class="yours-dates">"#);
    date_field(out, ui, Field::Talks, "Date of the talks", true, suggested);
    date_field(out, ui, Field::Published, "Published on", false, suggested);
    out.push_str("</div>");
    out.push_str(&guess);
    let (attrs, problem) = described(ui, Field::Outlet, &[]);
    let _ = write!(
        out,
        r#"<div class="yours-field"><label for="yours-outlet">Outlet <span class="optional">(optional)</span></label><input type="text" id="yours-outlet" autocomplete="off" value="{v}" data-testid="article-outlet"{hit}{attrs}>{problem}</div>"#,
        v = esc(&d.outlet),
        hit = YoursHit::Field(Field::Outlet).attr(),
    );
    let (attrs, problem) = described(ui, Field::Place, &[]);
    let _ = write!(
        out,
        r#"<div class="yours-field"><label for="yours-place">Place of the talks <span class="optional">(optional)</span></label><select id="yours-place" data-testid="article-place"{hit}{attrs}><option value="">Not given</option>"#,
        hit = YoursHit::Field(Field::Place).attr(),
    );
    for e in ctx
        .corpus
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
    {
        let _ = write!(
            out,
            r#"<option value="{id}"{sel}>{name}</option>"#,
            id = esc(&e.id),
            sel = if d.place.trim() == e.id {
                " selected"
            } else {
                ""
            },
            name = esc(&e.name),
        );
    }
    let _ = write!(out, "</select>{problem}</div>");
}

fn date_field(
    out: &mut String,
    ui: &FormUi,
    field: Field,
    label: &str,
    required: bool,
    also: &[&str],
) {
    let (value, testid) = match field {
        Field::Talks => (&ui.draft.talks, "article-date"),
        _ => (&ui.draft.published, "article-published"),
    };
    let (attrs, problem) = described(ui, field, also);
    let _ = write!(
        out,
        r#"<div class="yours-field"><label for="{id}">{label} <span class="{class}">{need}</span></label><input type="text" id="{id}" inputmode="numeric" autocomplete="off" placeholder="YYYY-MM-DD" value="{v}"{req} data-testid="{testid}"{hit}{attrs}>{problem}</div>"#,
        id = field.control_id(),
        class = if required { "required" } else { "optional" },
        need = if required { "(required)" } else { "(optional)" },
        v = esc(value),
        req = if required {
            r#" required aria-required="true""#
        } else {
            ""
        },
        hit = YoursHit::Field(field).attr(),
    );
}

/// The dates the text suggests and what each rests on: those the form holds as read
/// from the text (the app prefills empty fields), the others offered with a button
/// to use them. Nothing when the text suggests none.
fn guess_html(ui: &FormUi) -> String {
    let Some(guess) = ui.guess else {
        return String::new();
    };
    let d = &ui.draft;
    let (mut held, mut offered) = (Vec::new(), Vec::new());
    for (what, g, typed) in [
        ("the talks", guess.talks, &d.talks),
        ("published", guess.published, &d.published),
    ] {
        let Some(g) = g else { continue };
        let words = d.text.get(g.span.range()).unwrap_or("");
        let said = format!(
            "{what} <strong>{}</strong> ({}: “{}”)",
            g.date,
            g.basis.label(),
            esc(words)
        );
        if typed.trim() == g.date.to_string() {
            held.push(said);
        } else {
            offered.push(said);
        }
    }
    if held.is_empty() && offered.is_empty() {
        return String::new();
    }
    let mut out = String::from(r#"<div class="yours-guess" id="yours-guess">"#);
    if !held.is_empty() {
        let _ = write!(
            out,
            "<p>Read from the text: {}. Check it against the text.</p>",
            held.join("; ")
        );
    }
    if !offered.is_empty() {
        let _ = write!(
            out,
            r#"<p>The text suggests: {}.</p><button type="button" data-testid="article-use-guess"{}>Use {}</button>"#,
            offered.join("; "),
            YoursHit::UseGuess.attr(),
            if offered.len() > 1 {
                "these dates"
            } else {
                "this date"
            },
        );
    }
    out.push_str("</div>");
    out
}

fn actions(out: &mut String, ctx: &Context, state: &ViewState, ui: &FormUi) {
    let busy = ui.status == Status::Extracting;
    let _ = write!(
        out,
        r#"<div class="yours-actions"><button type="button" class="primary" data-testid="article-submit"{hit}{busy}>{label}</button><button type="button" data-testid="article-cancel"{close}>Cancel</button></div><p class="yours-status" role="status" data-testid="article-status">"#,
        hit = YoursHit::Submit.attr(),
        busy = if busy {
            r#" disabled aria-disabled="true""#
        } else {
            ""
        },
        label = match ui.status {
            Status::Extracted { .. } => "Read it again",
            _ => "Add the article",
        },
        close = YoursHit::Close.attr(),
    );
    match &ui.status {
        Status::Extracting => out.push_str("Reading the article…"),
        Status::Extracted { id } => match ctx.corpus.article(id) {
            Some(a) => {
                let href = state.href_with(|s| {
                    s.view = crate::state::View::Read;
                    s.article = Some(id.clone());
                });
                let _ = write!(
                    out,
                    r#"Added: <a href="{h}">{t}</a>, {m} mentions of {e} entities, {c} names to curate."#,
                    h = esc(&href),
                    t = esc(&a.headline),
                    m = a.mentions.len(),
                    e = a.entity_set().len(),
                    c = ui.uncurated.len(),
                );
            }
            None => out.push_str("Read. It appears in the views once they are drawn again."),
        },
        Status::Idle | Status::Failed(_) => {}
    }
    out.push_str("</p>");
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
