//! The dialog's state and what each action does to it: the draft and its problems,
//! the worker's answers, the reader's articles kept and merged into every view.

use super::files;
use super::store;
use crate::download::save;
use crate::hooks::use_keep_focus::focus;
use crate::hooks::use_worker::Worker;
use crate::state::AppState;
use corpus::extract::edits::{LinkedAlias, NewEntity};
use corpus::model::{Article, EntityKind};
use leptos::prelude::*;
use leptos::task::spawn_local;
use views::context::Context;
use views::worker::Job;
use views::yours::form::{Curation, FormUi, Status};
use views::yours::jobs::{YoursAnswer, decode_article};
use views::yours::merge::merge;
use views::yours::propose::seeds_snippet;
use views::yours::store::{Stored, StoredArticle};
use views::yours::{Draft, Field};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The regions the dialog makes inert while it is open: the page behind it.
const BEHIND: [&str; 5] = ["header", "notice", "filters", "view", "footer"];

/// How long typing pauses before the text is read for its dates.
pub(super) const GUESS_AFTER_MS: u32 = 400;

#[derive(Clone, Copy)]
pub struct Yours {
    pub(super) app: AppState,
    pub(super) worker: Worker,
    /// The context of the published corpus, which the reader's articles join.
    pub(super) published: &'static Context<'static>,
    pub(super) form: RwSignal<FormUi>,
    pub(super) stored: StoredValue<Stored>,
    /// Counts text edits, so that only the last one asks for the dates.
    pub(super) typing: StoredValue<u32>,
}

pub(super) fn value_of(id: &str) -> String {
    let Some(el) = document().get_element_by_id(id) else {
        return String::new();
    };
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.value()
    } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.value()
    } else {
        String::new()
    }
}

/// Writes a value into a control the morph would leave alone (it has the focus, or it
/// is the text area, whose value is the reader's).
pub(super) fn set_value(id: &str, value: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.set_value(value);
    } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(value);
    }
}

impl Yours {
    /// Every view draws from the published corpus with the reader's articles merged
    /// in (those read with another knowledge base wait to be read again).
    pub(super) fn rebuild(&self) {
        let stored = self.stored.get_value();
        let fingerprint = self.published.corpus.kb_fingerprint();
        let current: Vec<&StoredArticle> = (stored.articles.iter())
            .filter(|a| a.kb == fingerprint)
            .collect();
        let articles: Vec<Article> = current
            .iter()
            .filter_map(|a| decode_article(&a.article))
            .collect();
        let ctx: &'static Context<'static> =
            if articles.is_empty() && stored.edits == Default::default() {
                self.published
            } else {
                let merged = Box::leak(Box::new(merge(
                    self.published.corpus,
                    &stored.edits,
                    articles,
                )));
                Box::leak(Box::new(merged.context()))
            };
        self.app.set_ctx(ctx);
        self.worker.set_yours(Job::SetYours {
            edits: stored.edits.clone(),
            articles: current.iter().map(|a| a.article.clone()).collect(),
        });
    }

    pub(super) fn keep(&self, change: impl FnOnce(&mut Stored)) {
        self.stored.update_value(change);
        store::save(&self.stored.get_value());
        self.rebuild();
    }

    pub(super) fn open(&self, open: bool) {
        self.form.update(|f| f.open = open);
        for id in BEHIND {
            let el = document()
                .get_element_by_id(id)
                .or_else(|| document().query_selector(id).ok().flatten());
            if let Some(el) = el {
                let _ = if open {
                    el.set_attribute("inert", "")
                } else {
                    el.remove_attribute("inert")
                };
            }
        }
        if open {
            self.worker.warm();
        } else if let Ok(Some(button)) = document().query_selector("[data-testid=add-article]") {
            focus(&button);
        }
    }

    /// Reads the draft with the reader's edits (the worker checks it first).
    pub(super) fn extract(&self, draft: Draft) {
        self.form.update(|f| {
            f.problems.clear();
            f.status = Status::Extracting;
        });
        let edits = self.stored.with_value(|s| s.edits.clone());
        if self
            .worker
            .ask(
                String::new(),
                Job::Extract {
                    draft,
                    kb_edits: edits,
                },
            )
            .is_none()
        {
            self.form
                .update(|f| f.status = Status::Failed("the extractor could not start".into()));
        }
    }

    /// Asks the worker which dates the text suggests, once typing pauses.
    pub(super) fn guess_soon(&self) {
        let this = *self;
        let turn = self.typing.get_value().wrapping_add(1);
        self.typing.set_value(turn);
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(GUESS_AFTER_MS).await;
            if this.typing.get_value() != turn {
                return;
            }
            let (text, published) = this
                .form
                .with_untracked(|f| (f.draft.text.clone(), f.draft.published.clone()));
            if !text.trim().is_empty() {
                this.worker
                    .ask(String::new(), Job::Guess { text, published });
            }
        });
    }

    /// What the worker answered for the form.
    pub(super) fn answered(&self, answer: YoursAnswer) {
        match answer {
            YoursAnswer::Guess(g) => self.form.update(|f| {
                // Empty fields take what the text says; typed ones are offered it.
                if let (true, Some(t)) = (f.draft.talks.trim().is_empty(), g.talks) {
                    f.draft.talks = t.date.to_string();
                    set_value(Field::Talks.control_id(), &f.draft.talks);
                }
                if let (true, Some(p)) = (f.draft.published.trim().is_empty(), g.published) {
                    f.draft.published = p.date.to_string();
                    set_value(Field::Published.control_id(), &f.draft.published);
                }
                f.guess = Some(g);
            }),
            YoursAnswer::Extracted(x) => {
                let draft = self.form.with_untracked(|f| f.draft.clone());
                // A re-read of a stored article keeps its own draft.
                let draft = self.stored.with_value(|s| {
                    (s.articles.iter())
                        .find(|a| a.id == x.id && a.draft.text != draft.text)
                        .map(|a| a.draft.clone())
                        .unwrap_or(draft)
                });
                let id = x.id.clone();
                self.keep(|s| {
                    s.put(StoredArticle {
                        id: x.id.clone(),
                        draft,
                        article: x.article.clone(),
                        kb: x.kb,
                    })
                });
                self.form.update(|f| {
                    if f.status == Status::Extracting {
                        f.status = Status::Extracted { id };
                        f.uncurated = x.uncurated.clone();
                        if let Some(c) = f.curation.as_mut() {
                            c.outcome = if x.skipped.is_empty() {
                                Ok(c.outcome.clone().unwrap_or_default())
                            } else {
                                Err(x.skipped.join("; "))
                            };
                        }
                    }
                });
            }
            YoursAnswer::Refused(problems) => self.form.update(|f| {
                f.problems = problems;
                f.status = Status::Idle;
            }),
            YoursAnswer::Failed(why) => self.form.update(|f| f.status = Status::Failed(why)),
        }
    }

    /// A file dropped or chosen: its text replaces the text box's.
    pub(super) fn read_file(&self, file: web_sys::File) {
        let this = *self;
        spawn_local(async move {
            match files::read_text(file).await {
                Ok(text) => {
                    set_value(Field::Text.control_id(), &text);
                    this.form.update(|f| {
                        f.draft.text = text;
                        f.problems.retain(|p| p.field() != Field::Text);
                    });
                    this.guess_soon();
                }
                Err(problem) => this.form.update(|f| {
                    f.problems.retain(|p| p.field() != Field::Text);
                    f.problems.push(problem);
                }),
            }
        });
    }

    /// Links the uncurated name at `index` to an entity, or saves it as a new one; the
    /// article is read again with the edit.
    pub(super) fn edit(&self, index: usize, link: bool) {
        let Some(name) = self
            .form
            .with_untracked(|f| f.uncurated.get(index).map(|u| u.name.clone()))
        else {
            return;
        };
        let edit = if link {
            let entity = value_of(&format!("yours-link-{index}"));
            if entity.is_empty() {
                Err("choose the entity it names first".to_string())
            } else {
                self.stored.update_value(|s| {
                    s.edits.aliases.push(LinkedAlias {
                        entity,
                        alias: name.clone(),
                    })
                });
                Ok(())
            }
        } else {
            let new_name = value_of(&format!("yours-new-name-{index}"));
            let kind = EntityKind::parse(&value_of(&format!("yours-new-kind-{index}")));
            let faction = value_of(&format!("yours-new-faction-{index}"));
            match (new_name.trim(), kind) {
                ("", _) => Err("give the entity a name".to_string()),
                (_, None) => Err("choose what kind of entity it is".to_string()),
                (n, Some(kind)) => {
                    self.stored.update_value(|s| {
                        s.edits.entities.push(NewEntity {
                            name: n.to_string(),
                            kind,
                            faction: (!faction.is_empty()).then_some(faction),
                        })
                    });
                    Ok(())
                }
            }
        };
        let outcome = edit.map(|()| format!("“{name}” is curated; the article was read again."));
        let ok = outcome.is_ok();
        self.form
            .update(|f| f.curation = Some(Curation { index, outcome }));
        if ok {
            store::save(&self.stored.get_value());
            let draft = self.form.with_untracked(|f| f.draft.clone());
            self.extract(draft);
        }
    }

    pub(super) fn propose(&self) {
        let Status::Extracted { id } = self.form.with_untracked(|f| f.status.clone()) else {
            return;
        };
        let stored = self.stored.get_value();
        let Some(entry) = stored.articles.iter().find(|a| a.id == id) else {
            return;
        };
        let Some(article) = decode_article(&entry.article) else {
            return;
        };
        let proposal = seeds_snippet(&entry.draft, &article, &stored.edits, self.published.corpus);
        save(
            &proposal.text,
            "text/plain;charset=utf-8",
            proposal.text_file_name(),
        );
        save(
            &proposal.toml(),
            "text/plain;charset=utf-8",
            &format!("{}.toml", proposal.id),
        );
    }

    pub(super) fn remove(&self, corpus_ix: usize) {
        let Some(id) = self
            .app
            .corpus()
            .articles
            .get(corpus_ix)
            .map(|a| a.id.clone())
        else {
            return;
        };
        self.keep(|s| s.articles.retain(|a| a.id != id));
        self.form.update(|f| {
            if f.status == (Status::Extracted { id: id.clone() }) {
                f.status = Status::Idle;
                f.uncurated.clear();
            }
        });
    }
}
