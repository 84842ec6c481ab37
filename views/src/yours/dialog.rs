//! The add-an-article dialog as the worker runs it: the form's state, the reader's
//! stored articles, and what each [`Action`] of the reader does to them.
//!
//! All of it lives in the worker, beside the extractor: the front page's wasm then
//! carries none of the form's markup, the merge, the checks or the proposal (issue
//! 10's budget). The app sends an action with the fields as the page shows them, and
//! does what the [`Outcome`] says: morph the markup in, write values into controls the
//! morph leaves alone, keep the store in `localStorage` (a worker has none), show the
//! corpus with the reader's articles, offer downloads.

pub use super::actions::{Action, Download, Outcome, Shown};
use super::form::{Curation, FormUi, Status, form_html};
use super::jobs::{Extractor, YoursAnswer, decode_article};
use super::merge::{Merged, merge};
use super::propose::seeds_snippet;
use super::store::{Stored, StoredArticle};
use super::{Draft, Field, Problem, check_bytes};
use crate::context::Context;
use crate::state::ViewState;
use corpus::extract::edits::{LinkedAlias, NewEntity};
use corpus::model::{Corpus, EntityKind};

/// The dialog's state in the worker.
#[derive(Default)]
pub struct Dialog {
    pub form: FormUi,
    stored: Stored,
}

/// What the dialog needs of the worker: the extractor, the published corpus, and the
/// context it draws the form with.
pub struct Desk<'d, 'a> {
    pub extractor: &'d mut Extractor,
    pub published: &'a Corpus,
    pub ctx: &'d Context<'a>,
}

impl Dialog {
    /// Carries out `action`, the form's fields as shown (`None` when the dialog is not
    /// drawn). A new corpus to draw with comes back beside the outcome, for the worker.
    pub fn act(
        &mut self,
        desk: Desk<'_, '_>,
        state: &ViewState,
        draft: Option<Draft>,
        action: Action,
    ) -> (Outcome, Option<&'static Merged>) {
        if let Some(draft) = draft {
            self.form.draft = draft;
        }
        let Desk {
            extractor,
            published,
            ctx,
        } = desk;
        let mut out = Outcome::default();
        let mut changed = false;
        match action {
            Action::Load(text) => {
                self.stored = Stored::decode(&text);
                changed = self.read_stale(extractor, published);
                if changed {
                    out.store = Some(self.store_text());
                }
                // Merged even when unchanged: the app shows the published corpus until now.
                let merged = self.merged(published, &mut out);
                return (out, merged);
            }
            Action::Open => self.form.open = true,
            Action::Prepare => {
                extractor.warm(published, &self.stored.edits);
                return (out, None);
            }
            Action::Close => self.form.open = false,
            Action::Guess => {
                if self.form.draft.text.trim().is_empty() {
                    return (out, None);
                }
                self.guess(extractor, &mut out);
            }
            Action::UseGuess => {
                let f = &mut self.form;
                if let Some(g) = f.guess {
                    if let Some(t) = g.talks {
                        f.draft.talks = t.date.to_string();
                        out.set.push((Field::Talks, f.draft.talks.clone()));
                    }
                    if let Some(p) = g.published {
                        f.draft.published = p.date.to_string();
                        out.set.push((Field::Published, f.draft.published.clone()));
                    }
                }
            }
            Action::Submit => changed = self.extract(extractor, published, ctx.corpus),
            Action::Curate(i) => {
                let f = &mut self.form;
                f.curating = if f.curating == Some(i) { None } else { Some(i) };
            }
            Action::Link { index, entity } => {
                let edit = if entity.is_empty() {
                    Err("choose the entity it names first".to_string())
                } else {
                    Ok(|name: String| LinkedAlias {
                        entity,
                        alias: name,
                    })
                };
                changed = self.curate(index, extractor, published, ctx.corpus, |s, name| {
                    edit.map(|link| s.edits.aliases.push(link(name)))
                });
            }
            Action::SaveEntity {
                index,
                name,
                kind,
                faction,
            } => {
                let entity = match (name.trim(), EntityKind::parse(&kind)) {
                    ("", _) => Err("give the entity a name".to_string()),
                    (_, None) => Err("choose what kind of entity it is".to_string()),
                    (n, Some(kind)) => Ok(NewEntity {
                        name: n.to_string(),
                        kind,
                        faction: (!faction.is_empty()).then_some(faction),
                    }),
                };
                changed = self.curate(index, extractor, published, ctx.corpus, |s, _| {
                    entity.map(|e| s.edits.entities.push(e))
                });
            }
            Action::Propose => out.downloads = self.proposal(published),
            Action::Remove(ix) => {
                let id = ctx.corpus.articles.get(ix).map(|a| a.id.clone());
                if let Some(id) = id.filter(|id| self.stored.articles.iter().any(|a| &a.id == id)) {
                    self.stored.articles.retain(|a| a.id != id);
                    if self.form.status == (Status::Extracted { id }) {
                        self.form.status = Status::Idle;
                        self.form.uncurated.clear();
                    }
                    changed = true;
                }
            }
            Action::File { bytes, html } => {
                self.form.problems.retain(|p| p.field() != Field::Text);
                let checked = bytes.ok_or_else(|| Problem::NotText {
                    why: "the browser could not read the file".into(),
                });
                let text = checked
                    .and_then(|b| check_bytes(&b))
                    .map(|t| if html { super::page::page_text(&t) } else { t });
                match text {
                    Err(problem) => self.form.problems.push(problem),
                    Ok(text) => {
                        out.set.push((Field::Text, text.clone()));
                        self.form.draft.text = text;
                        self.guess(extractor, &mut out);
                    }
                }
            }
            Action::NotKept => {
                self.form.status = Status::Failed(
                    "this browser did not keep it: it is shown until the page is closed".into(),
                )
            }
        }
        let merged = if changed {
            out.store = Some(self.store_text());
            self.merged(published, &mut out)
        } else {
            None
        };
        // Drawn with the corpus the views show from now on.
        let now = match (merged, &out.shown) {
            (Some(m), _) => Some(m.context()),
            (None, Some(Shown::Published)) => Some(Context::new(published)),
            _ => None,
        };
        let draw: &Context = now.as_ref().unwrap_or(ctx);
        out.html = Some(form_html(draw, state, &self.form));
        (out, merged)
    }

    /// The dates the text suggests: empty fields take them, typed ones are offered them.
    fn guess(&mut self, extractor: &Extractor, out: &mut Outcome) {
        let f = &mut self.form;
        let YoursAnswer::Guess(g) = extractor.guess(&f.draft.text, &f.draft.published) else {
            return;
        };
        if let (true, Some(t)) = (f.draft.talks.trim().is_empty(), g.talks) {
            f.draft.talks = t.date.to_string();
            out.set.push((Field::Talks, f.draft.talks.clone()));
        }
        if let (true, Some(p)) = (f.draft.published.trim().is_empty(), g.published) {
            f.draft.published = p.date.to_string();
            out.set.push((Field::Published, f.draft.published.clone()));
        }
        f.guess = Some(g);
    }

    /// The store as the browser keeps it: nothing when there is nothing of the reader's.
    fn store_text(&self) -> String {
        if self.stored == Stored::default() {
            String::new()
        } else {
            self.stored.encode()
        }
    }

    /// Reads again the stored articles read with another knowledge base; whether any
    /// changed. One that no longer reads (its draft is refused) is dropped.
    fn read_stale(&mut self, extractor: &mut Extractor, published: &Corpus) -> bool {
        let fingerprint = published.kb_fingerprint();
        let edits = self.stored.edits.clone();
        let mut changed = false;
        for a in &mut self.stored.articles {
            if a.kb == fingerprint {
                continue;
            }
            changed = true;
            // Checked against the published corpus alone: the article is not its own
            // duplicate.
            match extractor.extract(published, &a.draft, &edits) {
                YoursAnswer::Extracted(x) => {
                    a.article = x.article;
                    a.kb = x.kb;
                }
                _ => a.kb = 0,
            }
        }
        self.stored.articles.retain(|a| a.kb == fingerprint);
        changed
    }

    /// The corpus with the reader's articles, for the worker, and for the app in `out`.
    /// An article of the store that cannot be shown is left out and listed in the
    /// dialog with why (the form's `refused`), never dropped in silence.
    fn merged(&mut self, published: &Corpus, out: &mut Outcome) -> Option<&'static Merged> {
        let fingerprint = published.kb_fingerprint();
        let mut refused = Vec::new();
        let articles: Vec<_> = (self.stored.articles.iter())
            .filter(|a| a.kb == fingerprint)
            .filter_map(|a| {
                let article = decode_article(&a.article);
                if article.is_none() {
                    refused.push((a.id.clone(), "it could not be read back".to_string()));
                }
                article
            })
            .collect();
        self.form.refused = refused;
        if articles.is_empty() && self.stored.edits == Default::default() {
            out.shown = Some(Shown::Published);
            return None;
        }
        let merged = merge(published, &self.stored.edits, articles);
        self.form.refused.extend(merged.refused.iter().cloned());
        if !merged.yours.contains(&true) && self.stored.edits == Default::default() {
            out.shown = Some(Shown::Published);
            return None;
        }
        // Lives as long as the worker: leaked once per change the reader makes, which
        // is rare and small.
        let merged: &'static Merged = Box::leak(Box::new(merged));
        out.shown = Some(Shown::Merged {
            corpus: merged.corpus.encode(),
            yours: merged.yours.clone(),
        });
        Some(merged)
    }

    /// Checks and extracts the draft with the reader's edits; whether it was kept.
    /// `shown` is the corpus the reader sees (a duplicate of theirs is one too).
    fn extract(&mut self, extractor: &mut Extractor, published: &Corpus, shown: &Corpus) -> bool {
        let f = &mut self.form;
        f.problems.clear();
        let draft = f.draft.clone();
        // A re-read of an article already kept is not its own duplicate.
        let id = super::article_id(&draft.text);
        let against = if self.stored.articles.iter().any(|a| a.id == id) {
            published
        } else {
            shown
        };
        let problems = super::check(&draft, against);
        if !problems.is_empty() {
            f.problems = problems;
            f.status = Status::Idle;
            return false;
        }
        match extractor.extract(published, &draft, &self.stored.edits) {
            YoursAnswer::Extracted(x) => {
                f.status = Status::Extracted { id: x.id.clone() };
                f.uncurated = x.uncurated;
                if let Some(c) = f.curation.as_mut() {
                    c.outcome = if x.skipped.is_empty() {
                        Ok(c.outcome.clone().unwrap_or_default())
                    } else {
                        Err(x.skipped.join("; "))
                    };
                }
                self.stored.put(StoredArticle {
                    id: x.id,
                    draft,
                    article: x.article,
                    kb: x.kb,
                });
                true
            }
            YoursAnswer::Refused(problems) => {
                f.problems = problems;
                f.status = Status::Idle;
                false
            }
            YoursAnswer::Failed(why) => {
                f.status = Status::Failed(why);
                false
            }
            YoursAnswer::Guess(_) => false,
        }
    }

    /// Applies a curation of the name at `index` (`edit` gets the store and the name)
    /// and reads the article again with it; whether the store changed.
    fn curate(
        &mut self,
        index: usize,
        extractor: &mut Extractor,
        published: &Corpus,
        shown: &Corpus,
        edit: impl FnOnce(&mut Stored, String) -> Result<(), String>,
    ) -> bool {
        let Some(name) = self.form.uncurated.get(index).map(|u| u.name.clone()) else {
            return false;
        };
        let outcome = edit(&mut self.stored, name.clone())
            .map(|()| format!("“{name}” is curated; the article was read again."));
        let ok = outcome.is_ok();
        self.form.curation = Some(Curation { index, outcome });
        if ok {
            // The edit is kept (the store changed) even if the article no longer reads.
            self.extract(extractor, published, shown);
        }
        ok
    }

    /// The `.txt` and the TOML that propose the article just read for the corpus.
    fn proposal(&self, published: &Corpus) -> Vec<Download> {
        let Status::Extracted { id } = &self.form.status else {
            return Vec::new();
        };
        let Some(entry) = self.stored.articles.iter().find(|a| &a.id == id) else {
            return Vec::new();
        };
        let Some(article) = decode_article(&entry.article) else {
            return Vec::new();
        };
        let p = seeds_snippet(&entry.draft, &article, &self.stored.edits, published);
        vec![
            Download {
                name: p.text_file_name().to_string(),
                text: p.text.clone(),
            },
            Download {
                name: format!("{}.toml", p.id),
                text: p.toml(),
            },
        ]
    }
}
