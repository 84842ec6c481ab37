use super::fixture;
use super::html::promises_html;
use crate::context::Context;
use crate::state::ViewState;
use corpus::model::Corpus;

fn draw_with(ctx: &Context, query: &str) -> String {
    let (state, ignored) = ViewState::parse(query, ctx.corpus);
    assert!(ignored.is_empty(), "{ignored:?}");
    promises_html(ctx, &state, &ctx.select(&state))
}

fn draw(corpus: &Corpus, query: &str) -> String {
    draw_with(&Context::new(corpus), query)
}

/// The markup of the cell of `provision` under `agreement` ("" for no deal named).
fn cell<'h>(html: &'h str, provision: &str, agreement: &str) -> &'h str {
    let row = html
        .find(&format!(r#"data-provision="{provision}""#))
        .expect("the row");
    let row = &html[row..html[row..].find("</tr>").unwrap() + row];
    let at = row
        .find(&format!(
            r#"data-testid="promise-cell" data-agreement="{agreement}""#
        ))
        .expect("the cell");
    &row[at..row[at..].find("</td>").unwrap() + at]
}

#[test]
fn the_matrix_is_a_table_with_its_caption_and_headers() {
    let html = draw(&fixture::corpus(), "");
    assert!(html.contains("<caption>2 provisions by 2 agreements, in 3 of 3 articles</caption>"));
    // Provision, words, two deals and the column of sentences naming none.
    assert_eq!(html.matches(r#"<th scope="col""#).count(), 5);
    assert_eq!(html.matches(r#"<th scope="row">"#).count(), 2);
    let deals: Vec<usize> = ["cairo-2011-05", "cairo-2017-10"]
        .iter()
        .map(|id| {
            html.find(&format!(r#"<th scope="col" data-agreement="{id}">"#))
                .unwrap()
        })
        .collect();
    assert!(deals[0] < deals[1], "in date order");
    assert!(html.contains(">Cairo accord, 4 May 2011</th>"));
    assert!(html.contains(">No agreement named</th>"));
    assert!(!html.contains("style="), "no inline style (CSP)");
    assert!(
        html.contains(r#"<div class="table-scroll" tabindex="0" role="region""#),
        "scrolls by keyboard"
    );
    assert!(!html.to_lowercase().contains("broken"));
}

#[test]
fn a_cell_says_its_promise_its_marks_and_opens_its_sentences() {
    let html = draw(&fixture::corpus(), "");
    let reported = cell(&html, "elections", "cairo-2011-05");
    assert!(reported.contains(r#"data-state="reported""#));
    assert!(reported.contains("promised, due about May 2012 (inferred: counted from"));
    assert!(reported.contains(r#"<span class="mark mark-postponed">postponed</span> <span class="promise-count">2 sentences</span>"#));
    assert!(reported.contains("3 sentences behind it"));
    // Each sentence a link to the reader at it, with its words and its article.
    assert_eq!(
        reported
            .matches(r#"data-testid="promise-sentence""#)
            .count(),
        3
    );
    assert!(
        reported.contains(r##"href="?view=read&amp;a=cairo-2011-05#s0""##),
        "{reported}"
    );
    assert!(reported.contains("“The vote was postponed.”"));
    assert!(reported.contains("Headline of gaza-2018-03 · March 2018"));

    // The same deadline from two sentences is said once; both sentences are listed.
    let mut corpus = fixture::corpus();
    let again = corpus.articles[1].commitments[1].clone();
    corpus.articles[2].commitments.push(again);
    let twice = draw(&corpus, "");
    let twice = cell(&twice, "unity-government", "cairo-2017-10");
    assert_eq!(twice.matches("promised, due 1 Dec 2017").count(), 1);
    assert_eq!(
        twice.matches(r#"data-testid="promise-sentence""#).count(),
        2
    );

    let waiting = cell(&html, "elections", "cairo-2017-10");
    assert!(waiting.contains(r#"data-state="no-report""#));
    assert!(waiting.contains(">no report in these articles</span>"));
    let passed = cell(&html, "unity-government", "cairo-2017-10");
    assert!(passed.contains(r#"data-state="deadline-passed""#));
    assert!(passed.contains(">deadline passed, no report in these articles</span>"));
    assert!(passed.contains("promised, due 1 Dec 2017"));
    let empty = cell(&html, "unity-government", "");
    assert!(empty.contains(r#"data-state="empty""#) && !empty.contains("<details>"));
}

#[test]
fn each_row_carries_its_sentence_and_a_link_to_itself_alone() {
    let html = draw(&fixture::corpus(), "view=promises");
    assert!(html.contains(
        r#"<td class="promise-words">Unity government: promised in 2 agreements since 2011."#
    ));
    assert!(
        html.contains(r#"<a href="?view=promises&amp;p=unity-government">Unity government</a>"#)
    );
    let one = draw(&fixture::corpus(), "view=promises&p=unity-government");
    assert_eq!(one.matches(r#"data-testid="promise-row""#).count(), 1);
    assert!(one.contains(
        r#"Only Unity government. <a href="?view=promises" data-testid="promises-all">"#
    ));
    assert!(
        one.contains(r##"href="?view=read&amp;a=cairo-2011-05#s1""##),
        "a sentence's link opens the reader without p="
    );
}

#[test]
fn no_promise_found_is_said_not_left_blank() {
    let html = draw(&Corpus::default(), "");
    assert!(html.contains(r#"data-testid="promises-empty">No promises found in these articles (0 of 0 pass the filters).</p>"#));
    assert!(!html.contains("<table"));
    let filtered = draw(&fixture::corpus(), "from=2030");
    assert!(filtered.contains("No promises found in these articles (0 of 3 pass the filters)."));
    let one = draw(&fixture::corpus(), "p=crossings");
    assert!(one.contains("No promises found for crossings in these articles"));
}

#[test]
fn a_readers_own_article_is_marked_where_its_sentence_is_listed() {
    let corpus = fixture::corpus();
    let ctx = Context::with_yours(&corpus, vec![false, false, true]);
    let html = draw_with(&ctx, "");
    let unnamed = cell(&html, "elections", "");
    assert!(unnamed.contains(r#"data-testid="yours-mark""#));
    assert!(!cell(&html, "elections", "cairo-2017-10").contains("yours-mark"));
}

#[test]
fn curated_words_are_escaped() {
    let mut corpus = fixture::corpus();
    corpus.provisions[0].label = "<b>Elections</b> & votes".into();
    let html = draw(&corpus, "");
    assert!(html.contains("&lt;b&gt;Elections&lt;/b&gt; &amp; votes"));
    assert!(!html.contains("<b>"));
}

#[test]
fn the_page_of_the_view_is_prerendered_with_its_title() {
    let corpus = fixture::corpus();
    let ctx = Context::new(&corpus);
    let (state, _) = ViewState::parse("view=promises&p=elections", &corpus);
    let page = crate::page::prerender_state(&ctx, &state, false);
    assert!(page.view.contains(r#"data-view="promises""#));
    assert!(page.view.contains(r#"data-testid="promises-matrix""#));
    assert_eq!(
        crate::page::page_title(&corpus, &state),
        "Elections · Promises · Cairo Talks"
    );
    // The seeds' promises are drawn; a corpus without any says so, not a blank.
    let seeds = crate::testing::ctx();
    let page = crate::page::prerender_state(seeds, &crate::testing::state("view=promises"), false);
    assert!(page.view.contains(r#"data-testid="promises-matrix""#));
    assert!(page.header.contains(r#"data-testid="tab-promises""#));
    let none = without_promises(seeds.corpus);
    let ctx = Context::new(&none);
    let (state, _) = ViewState::parse("view=promises", &none);
    let page = crate::page::prerender_state(&ctx, &state, false);
    assert!(page.view.contains("No promises found in these articles"));
}

#[test]
fn the_page_describes_what_it_found() {
    let corpus = fixture::corpus();
    let ctx = Context::new(&corpus);
    let (state, _) = ViewState::parse("view=promises", &corpus);
    let said = crate::site::meta::describe(&corpus, &state, &ctx.select(&state));
    assert!(
        said.ends_with(": 2 provisions by 2 agreements in 3 articles."),
        "{said}"
    );
    let none = without_promises(crate::testing::ctx().corpus);
    let ctx = Context::new(&none);
    let (state, _) = ViewState::parse("view=promises", &none);
    let said = crate::site::meta::describe(&none, &state, &ctx.select(&state));
    assert!(
        said.ends_with("No promise is found in these 5 articles yet."),
        "{said}"
    );
}

/// The corpus with every article's commitments and outcomes taken away.
fn without_promises(corpus: &corpus::Corpus) -> corpus::Corpus {
    let mut none = corpus.clone();
    for a in &mut none.articles {
        a.commitments.clear();
        a.outcomes.clear();
    }
    none
}
