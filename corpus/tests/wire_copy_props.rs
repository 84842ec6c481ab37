//! Property (issue 23, class 6): wire copy's hard line breaks change nothing that is
//! read. A text one paragraph a line and the same text wrapped at a wire's width (60
//! to 80 columns, names and reporting verbs falling on the next line, `\n` or `\r\n`)
//! give every quotation the same speaker and the same mentions, and every span of the
//! wrapped text slices it at character boundaries.
//!
//! Paragraphs are generated from the pieces wire copy is made of: names with and
//! without titles, reporting verbs before and after their speaker, quotations that run
//! over a line, asides, and plain words.

mod common;

use common::extract_text;

use corpus::model::{Article, Span};
use proptest::prelude::*;
use proptest::sample::select;

const SPEAKERS: &[&str] = &[
    "Ismail Haniyeh",
    "Hamas leader Ismail Haniyeh",
    "Mahmoud Abbas",
    "Palestinian President Mahmoud Abbas",
    "Azzam al-Ahmad",
    "senior Fatah official Azzam al-Ahmad",
    "Moussa Abu Marzouk",
    "Khalil al-Hayya",
    "Egyptian intelligence chief Hassan Rashad",
    "Chinese Foreign Minister Wang Yi",
    "Hamas spokesman Hazem Qassem",
    "Jibril Rajoub",
    // Names the knowledge base lacks.
    "Nadia Saleh",
    "the envoy Omar Khatib",
    "the movement's spokesman, Karim Benali,",
];
const VERBS: &[&str] = &["said", "told reporters", "added", "stressed", "told AFP"];
const QUOTED: &[&str] = &[
    "We have turned a page in the history of our people",
    "The ball is now in the court of the other side",
    "There will be no return to division after today",
    "Elections must be held within six months of the signing",
    "Egypt will guarantee what was agreed here in Cairo",
    "This is a historic day for the Palestinian people",
];
const PLAIN: &[&str] = &[
    "The factions met in Cairo on Monday for a second round of talks.",
    "Hamas and Fatah have been divided since 2007, when the movement seized Gaza.",
    "The talks, hosted by Egypt, were expected to last three days.",
    "Delegations from the Palestinian Islamic Jihad and the PFLP also attended.",
    "Israel did not comment on the meeting.",
    "A committee of independent figures would run the Gaza Strip until the vote.",
];

/// One sentence with a quotation and its speaker, in one of the wire's orders.
fn quoted_sentence() -> impl Strategy<Value = String> {
    (
        select(SPEAKERS),
        select(VERBS),
        select(QUOTED),
        select(QUOTED),
        0..9usize,
        any::<bool>(),
    )
        .prop_map(|(who, verb, words, more, order, curly)| {
            let (open, close) = if curly {
                ('\u{201C}', '\u{201D}')
            } else {
                ('"', '"')
            };
            match order {
                0 => format!("{open}{words},{close} {who} {verb}."),
                1 => format!("{open}{words},{close} {verb} {who}."),
                2 => format!("{} {verb}: {open}{words}.{close}", capitalised(who)),
                3 => format!(
                    "{} {verb} on Tuesday that the deal was close, adding: {open}{words}.{close}",
                    capitalised(who)
                ),
                // A quotation of two sentences, its speaker after it.
                4 => format!("{open}{words}. {more},{close} {who} {verb}."),
                5 => format!("{} {verb}, {open}{words}.{close}", capitalised(who)),
                6 => format!("{open}{words},{close} {verb} {who}, who led the delegation."),
                7 => format!("{open}{words}{close}, according to {who}."),
                // A pronoun after a sentence that names the speaker.
                _ => format!(
                    "{} met the mediators on Sunday. {open}{words},{close} he {verb}.",
                    capitalised(who)
                ),
            }
        })
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => quoted_sentence(), 2 => select(PLAIN).prop_map(str::to_string)],
        1..4,
    )
    .prop_map(|s| s.join(" "))
}

/// A headline, a blank line, and paragraphs one a line with blank lines between.
fn article() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(paragraph(), 1..5)
}

/// How paragraphs are set apart: a blank line, an indent (as agencies send them), or
/// nothing but the line break.
const SEPARATORS: &[&str] = &["\n", "  ", ""];

/// The first paragraph opened by a dateline, or not.
const DATELINES: &[&str] = &["", "CAIRO, Feb. 9 (AFP) - ", "GAZA CITY (Reuters) - "];

/// Long lines a web page adds below a wire's body, one a line, never wrapped.
const FURNITURE: &[&str] = &[
    "Read more: Palestinian factions hold a new round of reconciliation talks in the Egyptian capital as mediators push",
    "Related: Mediators say a deal on a government of independent figures for the Gaza Strip is close after months of talks",
    "Subscribe to our newsletter for the day's most important stories from the region, delivered to your inbox every morning",
];

/// How a generated article is laid out.
struct Layout<'a> {
    dateline: &'a str,
    sep: &'a str,
    furniture: usize,
    eol: &'a str,
}

/// The article's text, its paragraphs wrapped at `width` or one a line.
fn text_of(paragraphs: &[String], layout: &Layout, width: Option<usize>) -> String {
    let eol = if width.is_some() { layout.eol } else { "\n" };
    let body: Vec<String> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let p = if i == 0 {
                format!("{}{p}", layout.dateline)
            } else {
                p.clone()
            };
            let p = format!("{}{p}", layout.sep.trim_start_matches('\n'));
            match width {
                Some(w) => wrap(&p, w, eol),
                None => p,
            }
        })
        .collect();
    let sep = if layout.sep == "\n" { eol } else { "" };
    let furniture: String = FURNITURE[..layout.furniture]
        .iter()
        .map(|f| format!("{eol}{f}{eol}"))
        .collect();
    format!(
        "Rivals meet again in Cairo{eol}{eol}{}{eol}{furniture}",
        body.join(&format!("{eol}{sep}"))
    )
}

/// `paragraph` broken greedily into lines of at most `width` characters.
fn wrap(paragraph: &str, width: usize, eol: &str) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for word in paragraph.split(' ') {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.join(eol)
}

/// White space squeezed: how a span reads whatever its line breaks.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each quotation's words and who said them (a knowledge-base id, the words that
/// name a speaker it lacks, or "-").
fn attributions(a: &Article) -> Vec<(String, String)> {
    let (kb, _, _) = common::real_kb();
    a.quotes
        .iter()
        .map(|q| {
            let who = match (q.speaker, q.speaker_span) {
                (Some(e), _) => kb.entities[e as usize].id.clone(),
                (None, Some(w)) => format!("~{}", squeeze(a.slice(w))),
                (None, None) => "-".into(),
            };
            (squeeze(a.slice(q.span)), who)
        })
        .collect()
}

/// The mentions as "words=id", in order.
fn mentions(a: &Article) -> Vec<String> {
    let (kb, _, _) = common::real_kb();
    a.mentions
        .iter()
        .map(|m| {
            format!(
                "{}={}",
                squeeze(a.slice(m.span)),
                kb.entities[m.entity as usize].id
            )
        })
        .collect()
}

/// Every span the article carries.
fn spans(a: &Article) -> Vec<Span> {
    let mut out: Vec<Span> = a.sentences.iter().map(|s| s.span).collect();
    out.extend(a.mentions.iter().map(|m| m.span));
    out.extend(a.candidates.iter().map(|c| c.span));
    out.extend(a.candidates.iter().filter_map(|c| c.role));
    out.extend(a.quotes.iter().map(|q| q.span));
    out.extend(a.quotes.iter().filter_map(|q| q.speaker_span));
    out.extend(a.events.iter().map(|e| e.span));
    out.extend(a.framing.iter().map(|f| f.span));
    out
}

fn same_reading(paragraphs: &[String], layout: &Layout, width: usize) -> Result<(), TestCaseError> {
    let plain = extract_text(&text_of(paragraphs, layout, None));
    let text = text_of(paragraphs, layout, Some(width));
    let a = extract_text(&text);
    prop_assert_eq!(&a.text, &text);
    for s in spans(&a) {
        prop_assert!(
            s.start <= s.end
                && (s.end as usize) <= text.len()
                && text.is_char_boundary(s.start as usize)
                && text.is_char_boundary(s.end as usize),
            "{:?} in {:?}",
            s,
            text
        );
    }
    prop_assert_eq!(
        attributions(&a),
        attributions(&plain),
        "at width {}:\n{}",
        width,
        text
    );
    prop_assert_eq!(
        mentions(&a),
        mentions(&plain),
        "at width {}:\n{}",
        width,
        text
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn rewrapping_a_text_changes_no_speaker_and_no_mention(
        paragraphs in article(),
        dateline in select(DATELINES),
        sep in select(SEPARATORS),
        furniture in 0..=FURNITURE.len(),
        width in 60..=80usize,
        crlf in any::<bool>(),
    ) {
        let eol = if crlf { "\r\n" } else { "\n" };
        same_reading(&paragraphs, &Layout { dateline, sep, furniture, eol }, width)?;
    }
}

/// Wire copy's other habits, through the whole extractor: ASCII double quotation
/// marks, and characters that show nothing inside a name.
#[test]
fn ascii_marks_and_invisible_characters_keep_their_speakers() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "``We will not go back to division,'' Mahmoud Abbas said on Monday.",
            "We will not go back to division,",
            "mahmoud-abbas",
        ),
        (
            "Hamas leader Ismail Hani\u{ad}yeh told reporters: ``The door is open.''",
            "The door is open.",
            "ismail-haniyeh",
        ),
        (
            "\"Elections come first,\" Azzam al-\u{200b}Ahmad said.",
            "Elections come first,",
            "azzam-al-ahmad",
        ),
    ];
    let (kb, _, _) = common::real_kb();
    for &(text, words, who) in cases {
        let a = extract_text(text);
        let found: Vec<(&str, Option<&str>)> = a
            .quotes
            .iter()
            .map(|q| {
                (
                    a.slice(q.span),
                    q.speaker.map(|e| kb.entities[e as usize].id.as_str()),
                )
            })
            .collect();
        assert_eq!(found, [(words, Some(who))], "{text}");
        assert!(
            a.mentions
                .iter()
                .any(|m| kb.entities[m.entity as usize].id == who)
        );
    }
}
