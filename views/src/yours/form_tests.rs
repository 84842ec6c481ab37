//! The dialog's markup on the real seeds: what the e2e specs and assistive technology
//! rely on (roles, labels, test ids, what was typed), at each step of adding one.

use super::*;
use crate::yours::article::Uncurated;
use crate::yours::check;
use crate::yours::merge::merge;
use corpus::PartialDate;
use corpus::extract::edits::KbEdits;
use corpus::extract::{Basis, DateGuess};
use corpus::model::{Article, Span};

fn draw(ctx: &Context, ui: &FormUi) -> String {
    form_html(ctx, &ViewState::default(), ui)
}

fn open() -> FormUi {
    FormUi {
        open: true,
        ..FormUi::default()
    }
}

fn published() -> Context<'static> {
    Context::new(corpus::seeds::repository())
}

/// Every `for="…"` and `aria-describedby`/`aria-labelledby` id names an element of
/// the markup, and no id is used twice.
fn assert_references_resolve(html: &str) {
    let values = |attr: &str| -> Vec<String> {
        html.match_indices(&format!(r#"{attr}=""#))
            .map(|(at, m)| {
                let rest = &html[at + m.len()..];
                rest[..rest.find('"').unwrap()].to_string()
            })
            .collect()
    };
    let ids = values(" id");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "an id used twice: {ids:?}");
    for attr in [" for", "aria-describedby", "aria-labelledby"] {
        for value in values(attr) {
            for id in value.split(' ') {
                assert!(ids.iter().any(|i| i == id), "{attr}={id} names nothing");
            }
        }
    }
}

#[test]
fn a_closed_dialog_draws_nothing() {
    assert_eq!(draw(&published(), &FormUi::default()), "");
}

#[test]
fn the_open_dialog_is_labelled_modal_and_has_the_test_hooks() {
    let html = draw(&published(), &open());
    assert!(html.starts_with(
        r#"<div class="yours-dialog" role="dialog" aria-modal="true" aria-labelledby="yours-title""#
    ));
    assert!(html.contains(r#"<h2 id="yours-title">Add an article</h2>"#));
    for hook in [
        "article-text",
        "article-date",
        "article-outlet",
        "article-submit",
        "article-file",
        "article-cancel",
    ] {
        assert_eq!(
            html.matches(&format!(r#"data-testid="{hook}""#)).count(),
            1,
            "{hook}"
        );
    }
    // The alert region is there before anything is wrong, and empty.
    assert!(html.contains(
        r#"<div class="yours-problems" role="alert" data-testid="article-problems"></div>"#
    ));
    assert!(html.contains(r#"accept=".txt,.html,.htm,text/plain,text/html""#));
    assert!(
        html.contains(r#"id="yours-talks" inputmode="numeric""#)
            && html.contains(r#" required aria-required="true""#)
    );
    // Places of the knowledge base to choose from; nothing chosen.
    assert!(html.contains(r#"<option value="cairo">Cairo</option>"#));
    assert!(!html.contains("style=") && !html.contains("<style"));
    assert!(!html.contains("yours-curate") && !html.contains("yours-stored"));
    assert_references_resolve(&html);
}

#[test]
fn what_was_typed_is_drawn_back_escaped() {
    let mut ui = open();
    ui.draft = Draft {
        text: "\n<script>alert(1)</script> \"Hamas\" & Fatah".into(),
        talks: "2026-03-12".into(),
        published: "2026-03-13\"".into(),
        outlet: "The <Daily> \"Star\"".into(),
        place: "cairo".into(),
    };
    let html = draw(&published(), &ui);
    assert!(html.contains(
        "\n\n&lt;script&gt;alert(1)&lt;/script&gt; &quot;Hamas&quot; &amp; Fatah</textarea>"
    ));
    assert!(html.contains(r#"value="2026-03-12""#));
    assert!(html.contains(r#"value="2026-03-13&quot;""#));
    assert!(html.contains(r#"value="The &lt;Daily&gt; &quot;Star&quot;""#));
    assert!(html.contains(r#"<option value="cairo" selected>Cairo</option>"#));
    assert!(!html.contains("<script>"));
}

#[test]
fn problems_are_announced_and_described_at_their_fields() {
    let mut ui = open();
    ui.draft.talks = "soon".into();
    ui.problems = check(&ui.draft, corpus::seeds::repository());
    let html = draw(&published(), &ui);
    let alert = &html[html.find(r#"role="alert""#).unwrap()..];
    let alert = &alert[..alert.find("</div>").unwrap()];
    assert!(alert.contains("Everything you typed is kept"));
    assert_eq!(alert.matches("<li>").count(), 2, "{alert}");
    assert!(
        html.contains(r#"aria-describedby="yours-text-hint yours-text-error" aria-invalid="true""#)
    );
    assert!(html.contains(r#"aria-describedby="yours-talks-error" aria-invalid="true""#));
    assert!(html.contains(r#"<p id="yours-talks-error" class="field-error">The talks date &quot;soon&quot; is not a date"#));
    assert!(!html.contains(r#"id="yours-outlet" autocomplete="off" value="" data-testid="article-outlet" data-hit="yours-outlet" aria-invalid"#));
    assert_references_resolve(&html);
    // A failed extraction is said in the same region.
    ui.problems.clear();
    ui.status = Status::Failed("the worker stopped".into());
    let html = draw(&published(), &ui);
    assert!(html.contains("<p>The article could not be read: the worker stopped."));
}

#[test]
fn the_dates_the_text_suggests_are_offered_and_said_where_from() {
    let mut ui = open();
    ui.draft.text = "Hamas and Fatah met in Cairo on Thursday.".into();
    let thursday = ui.draft.text.find("Thursday").unwrap();
    ui.guess = Some(corpus::extract::Guess {
        published: None,
        talks: Some(DateGuess {
            date: PartialDate::parse("2026-03-12").unwrap(),
            span: Span::new(thursday, thursday + "Thursday".len()),
            basis: Basis::Sentence,
        }),
    });
    let html = draw(&published(), &ui);
    assert!(html.contains(
        "the talks <strong>2026-03-12</strong> (from a sentence about the meeting: “Thursday”)"
    ));
    assert!(html.contains(r#"data-hit="yours-use-guess">Use this date</button>"#));
    assert!(html.contains(r#"aria-describedby="yours-guess""#));
    assert_references_resolve(&html);
    // Once in the field, what it was read from stays, with nothing more to use.
    ui.draft.talks = "2026-03-12".into();
    let html = draw(&published(), &ui);
    assert!(html.contains("<p>Read from the text: the talks <strong>2026-03-12</strong> (from a sentence about the meeting: “Thursday”). Check it against the text.</p>"));
    assert!(!html.contains("yours-use-guess"));
    ui.guess = Some(corpus::extract::Guess::default());
    assert!(!draw(&published(), &ui).contains("yours-guess"));
}

#[test]
fn extracting_disables_the_submit_button_and_says_so() {
    let mut ui = open();
    ui.status = Status::Extracting;
    let html = draw(&published(), &ui);
    assert!(html.contains(
        r#"data-testid="article-submit" data-hit="yours-submit" disabled aria-disabled="true">"#
    ));
    assert!(html.contains("Reading the article…</p>"));
}

fn with_one_of_yours() -> crate::yours::merge::Merged {
    let mut a = Article::unannotated("yours-00c0ffee", "Wang Yi hosted the talks.");
    a.headline = "Wang Yi hosted the talks.".into();
    a.talks.value = PartialDate::parse("2024-07-23");
    merge(corpus::seeds::repository(), &KbEdits::default(), vec![a])
}

#[test]
fn once_read_the_names_to_curate_the_proposal_and_the_stored_article_show() {
    let merged = with_one_of_yours();
    let ctx = merged.context();
    let mut ui = open();
    ui.status = Status::Extracted {
        id: "yours-00c0ffee".into(),
    };
    ui.uncurated = vec![Uncurated {
        name: "Wang Yi".into(),
        count: 2,
        role: Some("Foreign Minister".into()),
        affiliation: Some("china".into()),
    }];
    ui.curation = Some(Curation {
        index: 0,
        outcome: Err("\"Wang Yi\" already names someone".into()),
    });
    // Closed, a name shows its button only.
    let closed = draw(&ctx, &ui);
    assert!(closed.contains(r#"<button type="button" aria-expanded="false" aria-label="Curate Wang Yi" data-hit="yours-curate:0">Curate</button>"#));
    assert!(!closed.contains("yours-link-0"));
    ui.curating = Some(0);
    let html = draw(&ctx, &ui);
    assert!(html.contains(r#"aria-expanded="true""#));
    assert!(
        html.contains(
            r#"Added: <a href="?view=read&amp;a=yours-00c0ffee">Wang Yi hosted the talks.</a>"#
        ),
        "{html}"
    );
    assert!(html.contains("Names not in the knowledge base (1)"));
    assert!(html.contains(r#"<span class="candidate">Wang Yi</span> <span class="count">2×</span> <span class="role">Foreign Minister</span>"#));
    // Link: every entity to choose from, by kind.
    assert!(html.contains(r#"<select id="yours-link-0"><option value="">Choose an entity</option><optgroup label="People">"#));
    assert!(html.contains(r#"data-hit="yours-link:0">Link</button>"#));
    // Save: a person (the text gives a title), of the faction the text gives.
    assert!(html.contains(r#"<option value="person" selected>person</option>"#));
    assert!(html.contains(r#"<option value="china" selected>China</option>"#));
    assert!(html.contains(r#"data-hit="yours-save:0">Save</button>"#));
    assert!(html.contains(
        r#"<p class="field-error" role="alert">&quot;Wang Yi&quot; already names someone</p>"#
    ));
    assert!(html.contains(r#"data-testid="article-propose" data-hit="yours-propose""#));
    // The stored article, removable by its index in the corpus.
    let ix = ctx.corpus.article_ix("yours-00c0ffee").unwrap();
    assert!(html.contains(r#"<li data-testid="yours-article" data-article="yours-00c0ffee">"#));
    assert!(html.contains(&format!(r#"data-hit="yours-remove:{ix}">Remove</button>"#)));
    assert!(html.contains("Read it again"));
    assert_references_resolve(&html);
}

#[test]
fn every_hit_in_the_dialog_decodes() {
    let merged = with_one_of_yours();
    let mut ui = open();
    ui.status = Status::Extracted {
        id: "yours-00c0ffee".into(),
    };
    ui.uncurated = vec![Uncurated {
        name: "Li Ming".into(),
        count: 1,
        role: None,
        affiliation: None,
    }];
    ui.curating = Some(0);
    let html = draw(&merged.context(), &ui);
    let hits: Vec<&str> = html
        .match_indices(r#"data-hit=""#)
        .map(|(at, m)| {
            let rest = &html[at + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert!(hits.len() >= 13, "{hits:?}");
    for h in hits {
        assert!(YoursHit::decode(h).is_some(), "{h}");
    }
}
