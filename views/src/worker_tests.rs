//! The worker's answers, through the bytes as in the browser: each view's drawing, the
//! dialog's actions, and garbage.

use super::*;

fn drawer() -> Drawer<'static> {
    Drawer::new(Context::new(corpus::seeds::repository()))
}

fn ask(d: &mut Drawer, id: u32, query: &str, job: Job) -> Response {
    let request = Request {
        id,
        query: query.into(),
        job,
    };
    // Through the bytes, as in the browser.
    let request = Request::from_bytes(&request.to_bytes()).expect("a request round-trips");
    let response = d.answer(&request);
    Response::from_bytes(&response.to_bytes()).expect("a response round-trips")
}

#[test]
fn the_map_comes_back_with_its_size_and_an_evidence_link_per_edge() {
    let mut d = drawer();
    let r = ask(
        &mut d,
        7,
        "view=map&round=cairo-2017-11",
        Job::Map(MapUi::default()),
    );
    assert_eq!(r.id, 7);
    assert!(r.html.contains(r#"data-testid="map-node""#));
    let facts = r.map.expect("map facts");
    assert!(facts.width > 0.0 && facts.height > 0.0);
    assert_eq!(
        facts.evidence.len(),
        r.html.matches(r#"data-testid="map-edge""#).count()
    );
    let link = facts
        .evidence
        .iter()
        .flatten()
        .next()
        .expect("an evidenced edge");
    assert!(
        link.starts_with("?view=read&") && link.contains("#s"),
        "{link}"
    );
}

#[test]
fn the_comparison_comes_back_in_the_order_of_the_link() {
    let mut d = drawer();
    let r = ask(
        &mut d,
        1,
        "view=compare&cmp=cairo-2017-11,cairo-2014-09",
        Job::Compare(CompareUi::default()),
    );
    let first = r.html.find(r#"data-article="cairo-2017-11""#).unwrap();
    let second = r.html.find(r#"data-article="cairo-2014-09""#).unwrap();
    assert!(first < second);
    assert!(r.map.is_none());
}

#[test]
fn the_reader_comes_back_with_the_article_and_its_target_sentence() {
    let mut d = drawer();
    let r = ask(
        &mut d,
        3,
        "view=read&a=cairo-2014-09",
        Job::Read(ReadUi::from_hash("#s2")),
    );
    assert_eq!(r.view, Drawn::Read);
    assert!(r.html.contains(r#"id="article-headline""#));
    assert!(r.html.contains("sentence targeted"));
}

#[test]
fn the_dialog_reads_keeps_and_removes_an_article_and_every_view_follows() {
    use crate::yours::dialog::Shown;
    let bytes = crate::testing::kb_bytes();
    let mut d = drawer().with_knowledge_base(bytes);
    let act = |d: &mut Drawer, id, draft: Option<Draft>, action| {
        let r = ask(d, id, "", Job::Dialog { draft, action });
        assert_eq!(
            (r.view, r.html.as_str(), r.map.is_none()),
            (Drawn::Yours, "", true)
        );
        r.yours.expect("an outcome")
    };
    let loaded = act(&mut d, 1, None, Action::Load(String::new()));
    assert_eq!((loaded.shown, loaded.store), (Some(Shown::Published), None));
    let open = act(&mut d, 2, None, Action::Open);
    assert!(
        open.html
            .unwrap()
            .contains(r#"data-testid="add-article-dialog""#)
    );
    // The extractor made ready while the reader pastes: nothing to do after.
    assert_eq!(act(&mut d, 2, None, Action::Prepare), Box::default());
    let text = "Hamas and Fatah met in Cairo on Thursday.";
    let typed = Draft {
        text: text.into(),
        published: "2026-03-13".into(),
        ..Draft::default()
    };
    let guess = act(&mut d, 3, Some(typed.clone()), Action::Guess);
    assert_eq!(guess.set, vec![(Field::Talks, "2026-03-12".to_string())]);
    let kept = act(&mut d, 4, None, Action::Submit);
    let store = kept.store.expect("stored");
    let Some(Shown::Merged { corpus, yours }) = kept.shown else {
        panic!("merged")
    };
    let shown = corpus::model::Corpus::decode(&corpus).expect("a corpus");
    let id = crate::yours::article_id(text);
    let ix = shown.articles.iter().position(|a| a.id == id).unwrap();
    assert!(yours[ix] && yours.iter().filter(|y| **y).count() == 1);
    // The worker draws with it too.
    let r = ask(
        &mut d,
        5,
        &format!("view=read&a={id}"),
        Job::Read(ReadUi::default()),
    );
    assert!(r.html.contains(text), "{}", r.html);
    // A new page with that store shows it from the start.
    let mut fresh = drawer().with_knowledge_base(bytes);
    let again = act(&mut fresh, 1, None, Action::Load(store));
    assert_eq!(again.shown, Some(Shown::Merged { corpus, yours }));
    let gone = act(&mut d, 6, None, Action::Remove(ix));
    assert_eq!(
        (gone.store.as_deref(), gone.shown),
        (Some(""), Some(Shown::Published))
    );
    // The form no longer lists it, and the views draw without it.
    assert!(!gone.html.unwrap().contains(&id));
    let r = ask(&mut d, 7, "view=read", Job::Read(ReadUi::default()));
    assert!(!r.html.contains(&id));
}

#[test]
fn garbage_bytes_are_no_request_and_a_bad_query_still_draws() {
    assert_eq!(Request::from_bytes(&[0xff, 0x00, 0x13]), None);
    let mut d = drawer();
    let r = ask(
        &mut d,
        2,
        "view=map&round=nope&%%%",
        Job::Map(MapUi::default()),
    );
    assert!(r.html.contains("map-view"));
}

#[test]
fn a_stored_article_that_cannot_be_shown_is_listed_with_why_not_dropped() {
    use crate::yours::dialog::Shown;
    use crate::yours::store::{Stored, StoredArticle};
    let published = corpus::seeds::repository();
    let mut extractor = crate::yours::jobs::Extractor::new(crate::testing::kb_bytes());
    let draft = Draft {
        text: "Hamas and Fatah met in Cairo on Thursday.".into(),
        talks: "2026-03-12".into(),
        ..Draft::default()
    };
    let crate::yours::jobs::YoursAnswer::Extracted(x) =
        extractor.extract(published, &draft, &Default::default())
    else {
        panic!("extracted")
    };
    // Storage edited by hand: a mention of an entity past the end of the list.
    let mut article = crate::yours::jobs::decode_article(&x.article).unwrap();
    article.mentions[0].entity = 60_000;
    let mut stored = Stored::default();
    stored.put(StoredArticle {
        id: x.id.clone(),
        draft: draft.clone(),
        article: postcard::to_allocvec(&article).unwrap(),
        kb: x.kb,
    });
    stored.put(StoredArticle {
        id: "yours-00000000".into(),
        draft,
        article: vec![0xff, 0xff],
        kb: x.kb,
    });
    let mut d = drawer().with_knowledge_base(crate::testing::kb_bytes());
    let act = |d: &mut Drawer, id, action| {
        let r = ask(
            d,
            id,
            "",
            Job::Dialog {
                draft: None,
                action,
            },
        );
        r.yours.expect("an outcome")
    };
    let loaded = act(&mut d, 1, Action::Load(stored.encode()));
    // Neither is shown; nothing is dropped from the store.
    assert!(matches!(loaded.shown, Some(Shown::Published)) && loaded.store.is_none());
    let html = act(&mut d, 2, Action::Open).html.unwrap();
    let listed = |id: &str| {
        let at = html
            .find(&format!(
                r#"data-testid="yours-refused" data-article="{id}""#
            ))
            .unwrap_or_else(|| panic!("{id} not listed: {html}"));
        html[at..].split("</li>").next().unwrap().to_string()
    };
    assert!(
        listed(&x.id).contains("names entity 60000"),
        "{}",
        listed(&x.id)
    );
    assert!(listed("yours-00000000").contains("could not be read back"));
}
