//! The dialog's lower parts, once an article is read: the names the knowledge base
//! lacks, each to link to an entity or to save as one of the reader's own; the button
//! that proposes the article for the corpus; and the reader's stored articles, each
//! with a way to remove it.
//!
//! One name's controls are open at a time (`FormUi::curating`), a button per name
//! toggling them: an article can leave a hundred names, and a hundred entity lists
//! would make every redraw heavy. Not `<details>`: a redraw morphs the dialog into
//! this markup, and a disclosure the reader opened would close again at each.

use super::article::Uncurated;
use super::hit::YoursHit;
use super::{LABEL, is_yours_id};
use crate::context::Context;
use crate::hit::Hit;
use crate::markup::esc;
use crate::state::{View, ViewState};
use corpus::model::{Entity, EntityKind};
use std::fmt::Write;

/// The kinds a new entity can be, in the order the select offers them.
const KINDS: [EntityKind; 6] = EntityKind::ALL;

/// What the last curation of a name came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Curation {
    /// The name's place in the list of names to curate (`FormUi::uncurated`).
    pub index: usize,
    /// `Err` with the reason when it was refused.
    pub outcome: Result<String, String>,
}

/// The names to curate; `curating` is the one whose controls are open, `curation`
/// what the last curation came to.
pub(super) fn curate_html(
    out: &mut String,
    ctx: &Context,
    uncurated: &[Uncurated],
    curating: Option<usize>,
    curation: Option<&Curation>,
) {
    let n = uncurated.len();
    let _ = write!(
        out,
        r#"<section class="yours-curate" aria-labelledby="yours-curate-title"><h3 id="yours-curate-title">Names not in the knowledge base ({n})</h3>"#
    );
    if n == 0 {
        out.push_str("<p>Every name the article uses is in the knowledge base.</p></section>");
        return;
    }
    out.push_str("<p>Link a name to the entity it stands for, or save it as an entity of yours (kept in this browser); the article is then read again.</p><ul class=\"yours-names\">");
    for (i, u) in uncurated.iter().enumerate() {
        let open = curating == Some(i);
        let _ = write!(
            out,
            r#"<li class="yours-name" data-testid="uncurated-name"><p class="yours-name-head"><span class="candidate">{name}</span> <span class="count">{count}×</span>{role} <button type="button" aria-expanded="{open}" aria-label="Curate {name}"{hit}>Curate</button></p>"#,
            name = esc(&u.name),
            count = u.count,
            role = u
                .role
                .as_ref()
                .map(|r| format!(r#" <span class="role">{}</span>"#, esc(r)))
                .unwrap_or_default(),
            hit = YoursHit::Curate(i).attr(),
        );
        if open {
            controls(out, ctx, i, u);
        }
        if let Some(c) = curation.filter(|c| c.index == i) {
            match &c.outcome {
                Ok(done) => {
                    let _ = write!(
                        out,
                        r#"<p class="yours-done" role="status">{}</p>"#,
                        esc(done)
                    );
                }
                Err(why) => {
                    let _ = write!(
                        out,
                        r#"<p class="field-error" role="alert">{}</p>"#,
                        esc(why)
                    );
                }
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
}

/// The controls of one name: link it to an entity, or save it as a new one.
fn controls(out: &mut String, ctx: &Context, i: usize, u: &Uncurated) {
    let entities = &ctx.corpus.entities;
    let _ = write!(
        out,
        r#"<div class="yours-link"><label for="yours-link-{i}">Another name of</label> <select id="yours-link-{i}"><option value="">Choose an entity</option>{options}</select> <button type="button"{link}>Link</button></div>"#,
        options = entity_options(entities, |_| true, None),
        link = YoursHit::Link(i).attr(),
    );
    let kind = if u.role.is_some() || u.affiliation.is_some() {
        EntityKind::Person
    } else {
        EntityKind::Organization
    };
    let factions = entity_options(
        entities,
        |e| {
            matches!(
                e.kind,
                EntityKind::Organization | EntityKind::State | EntityKind::Mediator
            )
        },
        u.affiliation.as_deref(),
    );
    let _ = write!(
        out,
        r#"<fieldset class="yours-new"><legend>Or save it as an entity of yours</legend><label for="yours-new-name-{i}">Name</label> <input type="text" id="yours-new-name-{i}" value="{name}" autocomplete="off"> <label for="yours-new-kind-{i}">Kind</label> <select id="yours-new-kind-{i}">"#,
        name = esc(&u.name),
    );
    for k in KINDS {
        let _ = write!(
            out,
            r#"<option value="{v}"{sel}>{v}</option>"#,
            v = k.as_str(),
            sel = if k == kind { " selected" } else { "" },
        );
    }
    let _ = write!(
        out,
        r#"</select> <label for="yours-new-faction-{i}">Faction or state</label> <select id="yours-new-faction-{i}"><option value="">None</option>{factions}</select> <button type="button"{save}>Save</button></fieldset>"#,
        save = YoursHit::SaveEntity(i).attr(),
    );
}

/// `<option>`s of the entities `keep` accepts, grouped by kind and sorted by name
/// within each; the reader's own entities are named as theirs.
fn entity_options(
    entities: &[Entity],
    keep: impl Fn(&Entity) -> bool,
    selected: Option<&str>,
) -> String {
    let mut out = String::new();
    for kind in KINDS {
        let mut group: Vec<&Entity> = entities
            .iter()
            .filter(|e| e.kind == kind && keep(e))
            .collect();
        if group.is_empty() {
            continue;
        }
        crate::sort::sort_by(&mut group, |a, b| a.name.cmp(&b.name));
        let _ = write!(out, r#"<optgroup label="{}">"#, kind.plural_label());
        for e in group {
            let _ = write!(
                out,
                r#"<option value="{id}"{sel}>{name}{mine}</option>"#,
                id = esc(&e.id),
                sel = if selected == Some(e.id.as_str()) {
                    " selected"
                } else {
                    ""
                },
                name = esc(&e.name),
                mine = if is_yours_id(&e.id) { " (yours)" } else { "" },
            );
        }
        out.push_str("</optgroup>");
    }
    out
}

pub(super) fn propose_html(out: &mut String, id: &str) {
    let _ = write!(
        out,
        r#"<section class="yours-propose" aria-labelledby="yours-propose-title"><h3 id="yours-propose-title">Propose it for the corpus</h3><p>Download the text ({id}.txt) and its entries for the seed files (TOML), to send to the corpus editors: <code>make report</code> reads them as they are.</p><button type="button" data-testid="article-propose"{hit}>Download the proposal</button></section>"#,
        id = esc(id),
        hit = YoursHit::Propose.attr(),
    );
}

/// The reader's stored articles, each with a link to read it and a button to remove it,
/// and those left out of the views (`refused`: id, why).
pub(super) fn stored_html(
    out: &mut String,
    ctx: &Context,
    state: &ViewState,
    refused: &[(String, String)],
) {
    if !ctx.has_yours() && refused.is_empty() {
        return;
    }
    let _ = write!(
        out,
        r#"<section class="yours-stored" aria-labelledby="yours-stored-title"><h3 id="yours-stored-title">Your articles</h3><p>Kept in this browser only, marked “{LABEL}” in every view.</p><ul>"#
    );
    for (ix, a) in ctx.corpus.articles.iter().enumerate() {
        if !ctx.is_yours(ix) {
            continue;
        }
        let href = state.href_with(|s| {
            s.view = View::Read;
            s.article = Some(a.id.clone());
        });
        let _ = write!(
            out,
            r#"<li data-testid="yours-article" data-article="{id}"><a href="{h}">{t}</a> <span class="date">{d}</span> <button type="button" data-testid="article-remove" aria-label="Remove “{t}” from this browser"{hit}>Remove</button></li>"#,
            id = esc(&a.id),
            h = esc(&href),
            t = esc(&a.headline),
            d = a.date().label(),
            hit = YoursHit::Remove(ix).attr(),
        );
    }
    out.push_str("</ul>");
    if !refused.is_empty() {
        out.push_str("<p>Kept in this browser but left out of the views:</p><ul>");
        for (id, why) in refused {
            let _ = write!(
                out,
                r#"<li data-testid="yours-refused" data-article="{id}">{id}: {why}</li>"#,
                id = esc(id),
                why = esc(why),
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}
