//! Property: attribution never names a person the text does not put in view.
//!
//! A quotation's speaker, when a curated person or a name the knowledge base lacks,
//! must be named (by a mention, or by a word that ends one of their names: a surname)
//! in the quotation's sentence or the one before it, where a sentence includes any
//! sentence a quotation joins to it. Two exceptions, each checked for what it needs:
//! a speaker carried over (a pronoun or a continuing quotation) must be the speaker of
//! an earlier quotation, which obeys the same rule; a speaker referred to in view by a
//! definite description of their party ("the Fatah official") must have been named in
//! the few sentences before. Nothing is ever guessed from further away.
//!
//! Articles are generated from the pieces wire copy is made of: names in several
//! spellings with and without titles, asides and relative clauses that name other
//! people, pronouns, every form of the reporting lexicon, non-reporting verbs, and
//! quotations that themselves name people.

mod common;

use common::extract_text;

use corpus::extract::names::name_key;
use corpus::model::{Article, AttributionRule, Quote, Span};
use corpus::reporting::{NOUN_LIKE_FORMS, VERBS};
use corpus::text::{fold, words};
use proptest::prelude::*;
use proptest::sample::select;

const NAMES: &[&str] = &[
    "Mahmoud Abbas",
    "Abbas",
    "Azzam al-Ahmad",
    "Al-Ahmad",
    "Ismail Haniyeh",
    "Haniya",
    "Khaled Mashaal",
    "Meshaal",
    "Moussa Abu Marzouk",
    "Marzouk",
    "Izzat Risheq",
    "al-Rishq",
    "Bassem Naim",
    "Naim",
    "Khalil al-Hayya",
    "Hassan Rashad",
    "Rashad",
    "Rami Hamdallah",
    "Rawhi Fattouh",
    "Fattouh",
    "Benjamin Netanyahu",
    "Wang Yi",
    "Salah al-Aruri",
];
const TITLES: &[&str] = &[
    "",
    "",
    "Hamas official ",
    "Fatah's ",
    "Egyptian intelligence chief ",
    "President ",
    "senior Hamas leader ",
    "Prime Minister ",
    "Abbas aide ",
];
const DESCRIPTIONS: &[&str] = &[
    "a Hamas official",
    "the source",
    "an informed source",
    "Hamas",
    "Fatah",
    "Egypt",
    "Cairo",
    "an Egyptian statement",
    "a statement by Hamas",
    "officials",
    "AFP",
    "MENA",
    "Abbas's spokesman",
    "the Palestinian Authority",
];
const PRONOUNS: &[&str] = &["he", "He", "she", "they", "it", "we", "him", "them"];
const OTHER_VERBS: &[&str] = &[
    "met",
    "visited",
    "speaks beside",
    "arrived with",
    "received",
    "left",
    "was",
    "has sent",
];
const JOINERS: &[&str] = &[
    ",",
    ", who met",
    " and",
    " in which",
    " according to",
    " was dismissed as",
    " by",
    ":",
    ";",
    " that",
    ", a member of",
    " (",
    ")",
    " \u{2014}",
    " also",
    " on Sunday",
    " or",
    " quoted",
    " as",
];
const WORDS: &[&str] = &[
    "the talks",
    "a deal",
    "unity",
    "the meeting",
    "Gaza",
    "the crossing",
    "elections",
    "positive",
    "a turning point",
    "the plan",
    "weapons",
];

/// One piece of text.
fn piece() -> impl Strategy<Value = String> {
    let verb_forms: Vec<&'static str> = VERBS
        .iter()
        .flat_map(|v| v.forms.iter().copied())
        .chain(NOUN_LIKE_FORMS.iter().map(|(f, _)| *f))
        .collect();
    prop_oneof![
        3 => (select(TITLES), select(NAMES)).prop_map(|(t, n)| format!(" {t}{n}")),
        2 => select(DESCRIPTIONS).prop_map(|d| format!(" {d}")),
        2 => select(PRONOUNS).prop_map(|p| format!(" {p}")),
        3 => select(verb_forms).prop_map(|v| format!(" {v}")),
        1 => select(OTHER_VERBS).prop_map(|v| format!(" {v}")),
        3 => select(JOINERS).prop_map(str::to_string),
        2 => select(WORDS).prop_map(|w| format!(" {w}")),
        3 => (
            prop::collection::vec(prop_oneof![select(WORDS), select(NAMES)], 1..5),
            select(&["", ",", ".", "?"][..]),
            any::<bool>(),
        )
            .prop_map(|(ws, end, curly)| {
                let (open, close) = if curly { ('\u{201C}', '\u{201D}') } else { ('"', '"') };
                format!(" {open}{}{end}{close}", ws.join(" "))
            }),
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(piece(), 2..12),
        select(&[".", ".", ".\n", "\n", "!"][..]),
    )
        .prop_map(|(pieces, end)| format!("{}{end}", pieces.concat().trim_start()))
}

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..8).prop_map(|s| s.join(" "))
}

/// The text span a quotation's attribution may look at: from the start of the
/// sentence before its own (each widened to the sentences a quotation joins to it) to
/// the end of the sentence its closing words are in.
fn window(a: &Article, q: &Quote) -> Span {
    let at = |offset: u32| a.sentence_at(offset).map_or(0, |s| s as usize);
    let first = at(q.span.start);
    let last = at(q.span.end.saturating_sub(1));
    // Sentences joined by a quotation that runs across their boundary.
    let joined = |s: usize| {
        a.quotes
            .iter()
            .any(|x| at(x.span.start) < s && at(x.span.end.saturating_sub(1)) >= s)
    };
    let mut start = first;
    while start > 0 && joined(start) {
        start -= 1;
    }
    if start > 0 {
        start -= 1;
        while start > 0 && joined(start) {
            start -= 1;
        }
    }
    let mut end = last;
    while end + 1 < a.sentences.len() && joined(end + 1) {
        end += 1;
    }
    Span {
        start: a.sentences[start].span.start,
        end: a.sentences[end].span.end,
    }
}

/// Whether `name`'s last word is one of the words in `span` of the article.
fn surname_in(a: &Article, span: Span, name: &str) -> bool {
    let Some(last) = name.split_whitespace().last() else {
        return false;
    };
    // The spelling key the extractor compares surnames by: "Marzuk" is "Marzouk".
    let key = |w: &str| name_key(fold(w).trim_end_matches("'s"));
    let want = key(last);
    let text = a.slice(span);
    words(text).iter().any(|&(s, e)| key(&text[s..e]) == want)
}

fn named_in_view(a: &Article, q: &Quote) -> bool {
    let (kb, _, _) = common::real_kb();
    let view = window(a, q);
    match (q.speaker, q.speaker_span) {
        (Some(e), _) => {
            let entity = &kb.entities[e as usize];
            a.mentions
                .iter()
                .any(|m| m.entity == e && view.contains(m.span))
                || std::iter::once(&entity.name)
                    .chain(&entity.aliases)
                    .any(|n| surname_in(a, view, n))
        }
        (None, Some(words)) => view.contains(words) || surname_in(a, view, a.slice(words)),
        (None, None) => true,
    }
}

/// Whether the view holds "the <party of the speaker> <role>" and the speaker was
/// named in the four sentences before the view.
fn described_in_view(a: &Article, q: &Quote) -> bool {
    let (kb, _, _) = common::real_kb();
    let view = window(a, q);
    let Some(e) = q.speaker else { return false };
    let Some(party) = kb.entities[e as usize].faction else {
        return false;
    };
    let described = a.mentions.iter().any(|m| {
        m.entity == party
            && view.contains(m.span)
            && a.text[..m.span.start as usize]
                .trim_end()
                .to_lowercase()
                .ends_with("the")
    });
    let first = a.sentence_at(view.start).map_or(0, |s| s as usize);
    let from = a.sentences[first.saturating_sub(4)].span.start;
    described
        && a.mentions
            .iter()
            .any(|m| m.entity == e && m.span.start >= from && m.span.start < view.start)
}

/// The property for one text.
fn speakers_are_in_view(text: &str) -> Result<(), TestCaseError> {
    let a = extract_text(text);
    for (i, q) in a.quotes.iter().enumerate() {
        let carried = matches!(
            q.rule,
            AttributionRule::Continuation | AttributionRule::Pronoun(_)
        ) && a.quotes[..i]
            .iter()
            .any(|p| p.speaker == q.speaker && p.speaker_span == q.speaker_span);
        prop_assert!(
            carried || named_in_view(&a, q) || described_in_view(&a, q),
            "quotation {:?} given to {:?} ({:?}, {:?}) named nowhere in view:\n{}",
            a.slice(q.span),
            q.speaker
                .map(|e| common::real_kb().0.entities[e as usize].id.clone()),
            q.speaker_span.map(|s| a.slice(s)),
            q.rule,
            text
        );
        // No place speaks, and unattributed words carry no speaker.
        if let Some(e) = q.speaker {
            prop_assert_ne!(
                common::real_kb().0.entities[e as usize].kind,
                corpus::model::EntityKind::Place
            );
        }
        if matches!(
            q.rule,
            AttributionRule::Unattributed | AttributionRule::Term
        ) {
            prop_assert!(!q.has_speaker());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn a_speaker_is_named_in_view_or_carried_from_an_earlier_quotation(
        text in article_text()
    ) {
        speakers_are_in_view(&text)?;
    }
}

/// Texts random runs failed on once, kept as plain tests: a clean clone has no
/// regression file's seeds to replay them from.
#[test]
fn texts_that_failed_once_hold() {
    let texts = [
        // A pronoun after "according to" took the speaker of a quotation three
        // sentences back under a rule that says the speaker is named after the cue.
        "\"a deal,\" Naim said. Gaza was positive. Gaza was positive. \"the talks,\" according to he.",
        "\"a deal,\" Naim said. Gaza was calm. \"the plan,\" according to him.",
        // "the source a Hamas official" read as a definite description of the Hamas
        // person named three sentences back.
        "Bassem Naim the source. \"the talks.\" Hamas. \"the talks,\" the source a Hamas official (. denounced Mahmoud Abbas.",
    ];
    for text in texts {
        if let Err(e) = speakers_are_in_view(text) {
            panic!("{e}");
        }
    }
}
