//! Generators for tests/never_panics.rs: adversarial article text, arbitrary article
//! metadata, TOML-like lines and mutations of the real seed files.

use super::common::real_kb as real;
use corpus::PartialDate;
use corpus::model::Article;
use corpus::model::{Confidence, Sourced};
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// Pieces that exercise the extractor's rules and the text primitives' edge cases.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    " ", " ", " ", " ", "  ", "\n", "\r\n", "\t", "\u{a0}", "\u{2028}", ".", ". ", ",", ";",
    ":", "!", "?", "...", "…", "\"", "\"", "“", "”", "‘", "’", "'", "'s", "’s", "(", ")", "[",
    "]", "-", "—", "–", "/", "*", "Hamas", "Fatah", "Abbas", "Mahmoud Abbas", "Mashaal",
    "Palestinian Authority", "PA", "PLO", "U.S.", "US", "Egypt", "Egyptian", "Israel", "Cairo",
    "Gaza", "Islamic Jihad", "Arab League", "Hamas-run", "Abbas-led", "Egyptian-mediated",
    "said", "told", "says", "he", "she", "they", "official", "source", "a Hamas official",
    "leader", "politburo member", "delegation", "led by", "ally of", "rival", "rivals",
    "mediation", "blacklisted", "terrorist group", " by ", "war", "offensive", "within",
    "member of", "both factions within", "The", "But", "Mr.", "Dr.", "J.", "e.g.", "al-", "el-",
    "bin", "Sakher Bseiso", "Ahmed al-Bardawil", "January", "May", "Oct.", "Sept.", "December",
    "Monday", "Thursday", "Sunday's", "in", "since", "last month", "next month", "last year",
    "next year", "two years ago", "100 years ago", "yesterday", "tomorrow", "will", "could",
    "until", "7", "31", "31st", "1st", "0", "00", "2007", "2011", "2023", "9999", "0000",
    "1899", "2,100", "2.3", "13/11/2017", "2014-09-24", "ceasefire", "security", "disarmament",
    "unity government", "elections", "salaries", "militant", "resistance", "غزة", "حماس", "فتح",
    "\u{200f}", "\u{200e}", "\u{202e}", "🇵🇸", "👍🏽", "👨‍👩‍👧", "e\u{301}", "\u{301}",
    "\u{301}\u{302}\u{303}", "İstanbul", "ß", "ẞ", "ﬁ", "Σ", "ǅ", "\u{200d}", "\u{feff}", "\0",
    "\u{10ffff}",
    // Issue 23: dates counted from others, datelines, wire copy's line breaks.
    "a decade after", "two decades", "within five weeks", "within the coming month",
    "four months later", "the following month", "the next day", "the seven-year split",
    "decade-old", "first elections in 15 years", "15 years of discord", "today", "tonight",
    "by next October", "last April", "three months' time", "CAIRO, Oct 12 (Reuters) - ",
    "Ismail\nHaniyeh", "said\n", "REUTERS/", "AFP PHOTO", "in Cairo", "Cairo says",
    "met in Mecca", "MECCA, Saudi Arabia (AP) \u{2014} ", "Photo: ", "Photo by ", " / ",
    "in Washington", "Hamas-\n", "GAZA CITY", "city of ",
    // Issue 22: the promises tracker's cues, hedges and steps.
    "agreed to", "agree", "pledged to", "vowed", "is to", "is to be", "calls for", "under the deal",
    "the 2011 deal", "Beijing declaration", "in China", "a key December 1 deadline", "deadline",
    "postponed", "was postponed", "never held", "failed to implement", "has yet to", "handed over",
    "came to nothing", "collapsed", "long-delayed", "but not", "might", "hopes to", "if",
    "the crossings", "a committee", "detainees", "talks", "scheduled for", "which", "were held",
];

pub fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => select(PIECES).prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,16}",
        1 => (select(&["a", "A", "é", "ي", "9", "-", ".", "\"", "'", " "][..]), 20..600usize)
            .prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// Arbitrary text: pieces strung together, or a real article with pieces spliced in.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(piece(), 0..160).prop_map(|p| p.concat()),
        (
            any::<Index>(),
            prop::collection::vec((any::<Index>(), piece()), 1..24)
        )
            .prop_map(|(article, edits)| {
                let inputs = &real().2;
                let mut text = inputs[article.index(inputs.len())].text.clone();
                for (at, piece) in edits {
                    let mut at = at.index(text.len() + 1);
                    while !text.is_char_boundary(at) {
                        at -= 1;
                    }
                    text.insert_str(at, &piece);
                }
                text
            }),
    ]
}

/// Any date, including none and the ends of what `time` can represent.
pub fn date() -> impl Strategy<Value = Option<PartialDate>> {
    prop_oneof![
        Just(None),
        any::<i16>().prop_map(|y| Some(PartialDate::year(y))),
        (any::<i16>(), 1u8..=12).prop_map(|(y, m)| PartialDate::month(y, m)),
        (0i16..=9999, 1u8..=12, 1u8..=31).prop_map(|(y, m, d)| PartialDate::day(y, m, d)),
        select(
            &[
                "0000-01-01",
                "9999-12-31",
                "9999-12",
                "9999",
                "0000",
                "2014-09-24"
            ][..]
        )
        .prop_map(PartialDate::parse),
    ]
}

pub fn sourced<T: std::fmt::Debug>(
    value: impl Strategy<Value = Option<T>>,
) -> impl Strategy<Value = Sourced<T>> {
    let confidence = select(
        &[
            Confidence::Stated,
            Confidence::Inferred,
            Confidence::Unknown,
        ][..],
    );
    (value, confidence, "\\PC{0,8}").prop_map(|(value, confidence, note)| Sourced {
        value,
        confidence,
        note,
    })
}

pub fn input() -> impl Strategy<Value = Article> {
    let entities = real().0.entities.len();
    (
        ("\\PC{0,12}", "\\PC{0,12}", "\\PC{0,20}"),
        prop::option::of(0..entities as u16),
        (sourced(date()), sourced(date())),
        (
            sourced(prop::option::of("\\PC{0,8}")),
            sourced(prop::option::of("\\PC{0,8}")),
        ),
        text(),
    )
        .prop_map(
            |((id, file, headline), place, (talks, published), (outlet, wire), text)| Article {
                file,
                headline,
                place,
                talks,
                published,
                outlet,
                wire,
                ..Article::unannotated(&id, &text)
            },
        )
}

/// Keys and values of the seed files' shapes, and some that are almost right.
#[rustfmt::skip]
const KEYS: &[&str] = &[
    "id", "name", "kind", "aliases", "faction", "roles", "description", "title", "from", "to",
    "label", "date", "until", "lane", "cues", "phrases", "family", "note", "file", "headline",
    "place", "talks", "published", "outlet", "wire", "value", "confidence", "headlin", "venues", "",
];
#[rustfmt::skip]
const VALUES: &[&str] = &[
    r#""hamas""#, r#""cairo""#, r#""Abbas""#, r#""""#, r#"" ""#, r#""*""#, r#""person""#,
    r#""place""#, r#""war""#, r#""stated""#, r#""unknown""#, r#""2014-09-24""#,
    r#""9999-12-31""#, r#""0000-01-01""#, r#""2014-02-30""#,
    r#""articles/000_8df9275ebf8a9017.txt""#, r#""../x""#, "[]", r#"["Hamas", "hamas"]"#,
    r#"["", "*"]"#, r#"["said", "U.S.", "Abbas. He"]"#,
    r#"{ value = "2014-09-24", confidence = "stated" }"#, r#"{ confidence = "unknown" }"#,
    r#"{ value = "9999-12-31", confidence = "inferred" }"#,
    r#"[{ title = "x", from = "2017", to = "2001" }]"#, "1", "true", r#""unterminated"#, "[",
    "{", "= =", "'''x", r#""\u0000""#, r#""\uD800""#,
];
#[rustfmt::skip]
const HEADERS: &[&str] = &[
    "[[entity]]", "[[topic]]", "[[term]]", "[[event]]", "[[article]]", "[entity]", "[[x]]",
    "[[provision]]", "[[agreement]]",
    "[[",
];

pub fn toml_line() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => select(HEADERS).prop_map(str::to_string),
        6 => (select(KEYS), select(VALUES)).prop_map(|(k, v)| format!("{k} = {v}")),
        2 => (select(KEYS), "\\PC{0,12}").prop_map(|(k, v)| format!("{k} = {v:?}")),
        1 => "\\PC{0,24}",
        1 => Just(String::new()),
    ]
}

/// One edit of a seed file, at positions taken relative to its size.
#[derive(Debug, Clone)]
pub enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    /// Replace one character.
    Flip(Index, char),
    Insert(Index, String),
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    let chars = prop_oneof![
        select(
            &[
                '"', '\'', '[', ']', '{', '}', '=', ',', '#', '\n', '-', '0', '9', 'x', ' '
            ][..]
        ),
        any::<char>(),
    ];
    prop_oneof![
        any::<Index>().prop_map(Mutation::DeleteLine),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<Index>(), chars).prop_map(|(at, c)| Mutation::Flip(at, c)),
        (any::<Index>(), toml_line()).prop_map(|(at, s)| Mutation::Insert(at, s + "\n")),
    ]
}

pub fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let n = lines.len().max(1);
    match m {
        Mutation::DeleteLine(i) if !lines.is_empty() => {
            lines.remove(i.index(n));
        }
        Mutation::DuplicateLine(i) if !lines.is_empty() => {
            let i = i.index(n);
            lines.insert(i, lines[i]);
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => lines.swap(a.index(n), b.index(n)),
        Mutation::Flip(at, c) => {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            if chars.is_empty() {
                return c.to_string();
            }
            let (i, old) = chars[at.index(chars.len())];
            return format!("{}{c}{}", &text[..i], &text[i + old.len_utf8()..]);
        }
        Mutation::Insert(at, s) => {
            lines.insert(at.index(lines.len() + 1), s);
        }
        _ => {}
    }
    lines.concat()
}
