//! The workers' answers, through the bytes as in the browser: each view's drawing, the
//! dialog's actions, the corpus passed from one worker to the other, and garbage.

use super::yours::YoursWorker;
use super::*;
use crate::yours::Field;

fn drawer() -> Drawer<'static> {
    Drawer::new(Context::new(corpus::seeds::repository()))
}

fn yours_worker() -> YoursWorker<'static> {
    YoursWorker::new(corpus::seeds::repository(), crate::testing::kb_bytes())
}

/// `request` through the bytes, as in the browser, to `answer` and back.
fn through_bytes(
    request: Request,
    answer: impl FnOnce(&Request) -> Option<Response>,
) -> Option<Response> {
    let request = Request::from_bytes(&request.to_bytes()).expect("a request round-trips");
    let response = answer(&request)?;
    Some(Response::from_bytes(&response.to_bytes()).expect("a response round-trips"))
}

fn request(id: u32, query: &str, job: Job) -> Request {
    Request {
        id,
        query: query.into(),
        job,
    }
}

fn ask(d: &mut Drawer, id: u32, query: &str, job: Job) -> Response {
    through_bytes(request(id, query, job), |r| d.answer(r)).expect("a drawing")
}

/// What the app does with an outcome's corpus: passes it on to the drawing worker.
fn pass_on(d: &mut Drawer, shown: &crate::yours::dialog::Shown) {
    let job = Job::Corpus(shown.clone());
    assert_eq!(through_bytes(request(0, "", job), |r| d.answer(r)), None);
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
    let mut y = yours_worker();
    let mut d = drawer();
    let act = |y: &mut YoursWorker, id, draft: Option<Draft>, action| {
        let job = Job::Dialog { draft, action };
        let r = through_bytes(request(id, "", job), |r| y.answer(r)).expect("an answer");
        assert_eq!(
            (r.view, r.html.as_str(), r.map.is_none()),
            (Drawn::Yours, "", true)
        );
        r.yours.expect("an outcome")
    };
    let loaded = act(&mut y, 1, None, Action::Load(String::new()));
    assert_eq!((loaded.shown, loaded.store), (Some(Shown::Published), None));
    let open = act(&mut y, 2, None, Action::Open);
    assert!(
        open.html
            .unwrap()
            .contains(r#"data-testid="add-article-dialog""#)
    );
    // The extractor made ready while the reader pastes: nothing to do after.
    assert_eq!(act(&mut y, 2, None, Action::Prepare), Box::default());
    let text = "Hamas and Fatah met in Cairo on Thursday.";
    let typed = Draft {
        text: text.into(),
        published: "2026-03-13".into(),
        ..Draft::default()
    };
    let guess = act(&mut y, 3, Some(typed.clone()), Action::Guess);
    assert_eq!(guess.set, vec![(Field::Talks, "2026-03-12".to_string())]);
    let kept = act(&mut y, 4, None, Action::Submit);
    let store = kept.store.expect("stored");
    let shown = kept.shown.expect("a corpus to show");
    // Until the app passes it on, the drawing worker draws the published corpus.
    let id = crate::yours::article_id(text);
    let before = ask(
        &mut d,
        5,
        &format!("view=read&a={id}"),
        Job::Read(ReadUi::default()),
    );
    assert!(!before.html.contains(text));
    pass_on(&mut d, &shown);
    let Shown::Merged { corpus, yours } = shown else {
        panic!("merged")
    };
    let shown = corpus::model::Corpus::decode(&corpus).expect("a corpus");
    let ix = shown.articles.iter().position(|a| a.id == id).unwrap();
    assert!(yours[ix] && yours.iter().filter(|y| **y).count() == 1);
    // The drawing worker draws with it.
    let r = ask(
        &mut d,
        6,
        &format!("view=read&a={id}"),
        Job::Read(ReadUi::default()),
    );
    assert!(r.html.contains(text), "{}", r.html);
    // A new page with that store shows it from the start.
    let mut fresh = yours_worker();
    let again = act(&mut fresh, 1, None, Action::Load(store));
    assert_eq!(again.shown, Some(Shown::Merged { corpus, yours }));
    let gone = act(&mut y, 6, None, Action::Remove(ix));
    assert_eq!(
        (gone.store.as_deref(), &gone.shown),
        (Some(""), &Some(Shown::Published))
    );
    // The form no longer lists it, and the views draw without it.
    assert!(!gone.html.unwrap().contains(&id));
    pass_on(&mut d, &gone.shown.expect("shown"));
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
    let mut y = yours_worker();
    let act = |y: &mut YoursWorker, id, action| {
        let job = Job::Dialog {
            draft: None,
            action,
        };
        let r = through_bytes(request(id, "", job), |r| y.answer(r)).expect("an answer");
        r.yours.expect("an outcome")
    };
    let loaded = act(&mut y, 1, Action::Load(stored.encode()));
    // Neither is shown; nothing is dropped from the store.
    assert!(matches!(loaded.shown, Some(Shown::Published)) && loaded.store.is_none());
    let html = act(&mut y, 2, Action::Open).html.unwrap();
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

#[test]
fn each_worker_leaves_the_other_ones_jobs_alone() {
    let dialog = || Job::Dialog {
        draft: None,
        action: Action::Open,
    };
    assert_eq!(drawer().answer(&request(1, "", dialog())), None);
    let mut y = yours_worker();
    for job in [
        Job::Map(MapUi::default()),
        Job::Read(ReadUi::default()),
        Job::Corpus(crate::yours::dialog::Shown::Published),
    ] {
        assert_eq!(y.answer(&request(2, "", job)), None);
    }
    assert!(y.answer(&request(3, "", dialog())).is_some());
}

#[test]
fn a_corpus_that_does_not_decode_leaves_the_drawing_as_it_was() {
    let mut d = drawer();
    let read = |d: &mut Drawer| ask(d, 1, "view=read", Job::Read(ReadUi::default())).html;
    let before = read(&mut d);
    let broken = crate::yours::dialog::Shown::Merged {
        corpus: vec![0xff; 7],
        yours: vec![true],
    };
    pass_on(&mut d, &broken);
    assert_eq!(read(&mut d), before);
}

#[test]
fn the_articles_come_back_whole_for_the_app_that_holds_them_abridged() {
    let mut d = drawer();
    let r = ask(&mut d, 3, "", Job::Articles);
    assert_eq!((r.id, r.view), (3, Drawn::Articles));
    let bytes = r.articles.expect("the corpus");
    let whole = corpus::Corpus::decode(&bytes).expect("it decodes");
    assert_eq!(&whole, corpus::seeds::repository());
    // The dialog's worker does not answer it.
    let mut y = yours_worker();
    assert_eq!(
        through_bytes(request(4, "", Job::Articles), |r| y.answer(r)),
        None
    );
}
