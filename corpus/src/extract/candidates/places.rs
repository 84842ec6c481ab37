//! Places the knowledge base lacks, where the words say a place is meant (issue 23,
//! class 8), and capitals that stand for their state only where they act.
//!
//! - **The dateline's place**: "MECCA, Saudi Arabia (AP) —", "NEW ALAMEIN, Egypt,
//!   July 30 (Reuters) -": the words in capitals before the comma or bracket of a
//!   report's opening dateline are a place, even where they are common words
//!   elsewhere ("mecca", "new").
//! - **A place after "in"** in a sentence about the meeting (a host cue: "met",
//!   "talks", "hosted", "arrived", ...): "the rivals met in Mecca"; after "to" or
//!   "from" only following a verb of going ("flew to Moscow"), and after "of" only
//!   following a settlement's noun ("the holy city of Mecca"). Words that name no
//!   place are left alone: languages, titles, months, institutions ("in
//!   Parliament"), and the word a cut text ends in.
//! - **A state's capital as its alias** ("Washington" for the United States) names the
//!   state where the state acts or speaks ("Washington says", "Washington officials")
//!   but the city after a place's preposition ("arrived in Washington"): there it is
//!   a place the knowledge base lacks, not a mention of the state.
//!
//! Each is a candidate with the kind [`EntityKind::Place`], and so is a candidate the
//! finder already read in those places ("met in Doha"). Candidates are never promoted
//! into the knowledge base: an editor curates them (README, "How to add an article").

use super::lexicon::{is_calendar_or_function, is_demonym, is_title};
use super::tokens::is_cut;
use crate::model::{Candidate, Entity, EntityKind, Mention, Span};
use crate::text::words;

/// Words of a sentence about the meeting, which say where it was: "met in Mecca".
const HOST_CUES: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "meetings",
    "talks",
    "hosted",
    "host",
    "hosts",
    "hosting",
    "gathered",
    "gather",
    "summit",
    "signed",
    "held",
    "convened",
    "arrived",
    "arrive",
    "arrives",
    "flew",
    "travelled",
    "traveled",
    "visit",
    "visited",
    "round",
];

/// Prepositions of place: "in" alone says it; "to" and "from" only after a verb of
/// going ("flew to Moscow", "arrived from Beirut"), since "spoke to Lavrov" is a
/// person.
const PLACE_PREPOSITIONS: &[&str] = &["in", "to", "from", "at"];
const GOING: &[&str] = &[
    "flew",
    "travelled",
    "traveled",
    "arrived",
    "returned",
    "went",
    "came",
    "headed",
    "moved",
    "fled",
    "left",
    "back",
    "arrive",
    "return",
    "travel",
    "fly",
    "go",
    "come",
    "head",
    "move",
    "trip",
    "journey",
    "visit",
];

/// Nouns of a settlement before "of": "the holy city of Mecca", "the coastal town of
/// El Alamein".
const SETTLEMENTS: &[&str] = &["city", "town", "capital", "village", "port", "resort"];

/// Capitalised words after "in" that name no place: institutions and the like.
const NOT_PLACES: &[&str] = &[
    "parliament",
    "congress",
    "senate",
    "government",
    "cabinet",
    "council",
    "assembly",
    "committee",
    "court",
    "office",
    "power",
    "opposition",
    "exile",
    "prison",
    "jail",
    "hospital",
    "school",
    "university",
    "church",
    "mosque",
    "hall",
    "house",
    "palace",
    "hotel",
    "headquarters",
    "ministry",
    "talks",
    "islam",
    "ramadan",
    "eid",
    "history",
    "public",
    "person",
    "total",
    "response",
    "principle",
    "return",
];

/// Endings of a demonym ("Egyptian", "Israeli", "Americans"): an alias with one is
/// no capital.
const DEMONYM_ENDINGS: &[&str] = &[
    "ian", "ians", "ican", "icans", "ese", "i", "is", "ish", "ean", "eans",
];

/// How many sentences into the text a dateline may stand (after headlines, bylines).
const HEAD_SENTENCES: usize = 8;
/// The most words of a place's name.
const PLACE_WORDS: usize = 3;
/// How many words after the place the dateline's dash may come.
const DATELINE_WORDS: usize = 12;

/// Adds the place candidates of the text to `out`, and turns capitals read as their
/// state after a place's preposition into place candidates (out of `mentions`).
pub(super) fn add(
    text: &str,
    sentences: &[Span],
    mentions: &mut Vec<Mention>,
    entities: &[Entity],
    out: &mut Vec<Candidate>,
) {
    capitals_as_places(text, mentions, entities, out);
    // The word a cut text ends in is a fragment ("Gaz"), no place.
    let cut_at = is_cut(text).then(|| text.trim_end().len());
    for (i, &sentence) in sentences.iter().enumerate() {
        let tokens: Vec<(usize, usize)> = words(&text[sentence.range()])
            .into_iter()
            .map(|(s, e)| (sentence.start as usize + s, sentence.start as usize + e))
            .collect();
        if i < HEAD_SENTENCES
            && let Some(span) = dateline_place(text, &tokens)
        {
            place(text, span, cut_at, mentions, out);
        }
        let lower = text[sentence.range()].to_lowercase();
        let hosting = words(&lower)
            .iter()
            .any(|&(s, e)| HOST_CUES.contains(&&lower[s..e]));
        if hosting {
            for span in after_prepositions(text, &tokens) {
                place(text, span, cut_at, mentions, out);
            }
        }
    }
}

/// Makes `span` a place candidate: an existing candidate there is marked a place, one
/// inside it gives way to the whole name; nothing over a knowledge-base mention.
fn place(
    text: &str,
    span: Span,
    cut_at: Option<usize>,
    mentions: &[Mention],
    out: &mut Vec<Candidate>,
) {
    if mentions.iter().any(|m| m.span.overlaps(span)) || cut_at == Some(span.end as usize) {
        return;
    }
    // A candidate there already ("Doha"; "Sharm el-Sheikh" for "Sharm", but not
    // "Saudi Arabia" for the "Saudi" of "Saudi Arabia's") is the place.
    let goes_on = |c: &Candidate| {
        let rest = &text[span.end as usize..c.span.end as usize];
        rest.is_empty() || rest.trim_start().starts_with(char::is_lowercase)
    };
    if let Some(c) = out
        .iter_mut()
        .find(|c| c.span.start == span.start && c.span.contains(span) && goes_on(c))
    {
        c.kind = Some(EntityKind::Place);
        return;
    }
    if out
        .iter()
        .any(|c| c.span.overlaps(span) && !span.contains(c.span))
    {
        return;
    }
    out.retain(|c| !span.contains(c.span));
    out.push(Candidate {
        span,
        role: None,
        affiliation: None,
        kind: Some(EntityKind::Place),
    });
}

/// The place of a dateline among the sentence's `words`: capitalised words from its
/// start, then a comma or a bracket, then within a few words a dash. In capitals,
/// or with an agency in brackets: "MECCA, Saudi Arabia (AP) —", "Doha (AFP) -".
fn dateline_place(text: &str, words: &[(usize, usize)]) -> Option<Span> {
    let mut end = 0;
    while end + 1 < words.len().min(PLACE_WORDS)
        && text[words[end].1..words[end + 1].0] == *" "
        && text[words[end + 1].0..].starts_with(char::is_uppercase)
    {
        end += 1;
    }
    let (start, stop) = (words.first()?.0, words[end].1);
    let place = &text[start..stop];
    let after = text[stop..].trim_start_matches(' ');
    if !place.starts_with(char::is_uppercase) || !after.starts_with([',', '(']) {
        return None;
    }
    let upper = place
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let reach = words.get(end + DATELINE_WORDS).map_or(text.len(), |w| w.0);
    let head = &text[stop..reach.max(stop)];
    let dash = head.contains(['\u{2014}', '\u{2013}']) || head.contains(" - ");
    let agency = head
        .split(['\u{2014}', '\u{2013}'])
        .next()
        .is_some_and(|h| h.contains('('));
    (dash && (upper || agency)).then(|| Span::new(start, stop))
}

/// Capitalised words right after "in", "to", "from" or "at" that may name a place:
/// one to three joined by spaces, none of which names no place.
fn after_prepositions(text: &str, words: &[(usize, usize)]) -> Vec<Span> {
    let mut out = Vec::new();
    for k in 1..words.len() {
        let before = text[words[k - 1].0..words[k - 1].1].to_lowercase();
        let going =
            k >= 2 && GOING.contains(&text[words[k - 2].0..words[k - 2].1].to_lowercase().as_str());
        let settlement = k >= 2
            && SETTLEMENTS.contains(&text[words[k - 2].0..words[k - 2].1].to_lowercase().as_str());
        let of_place = before == "in"
            || (matches!(before.as_str(), "to" | "from") && going)
            || (before == "of" && settlement);
        if !of_place || text[words[k - 1].1..words[k].0] != *" " {
            continue;
        }
        let mut end = k;
        while end + 1 < words.len()
            && end + 1 - k < PLACE_WORDS
            && text[words[end].1..words[end + 1].0] == *" "
            && is_place_word(&text[words[end + 1].0..words[end + 1].1])
        {
            end += 1;
        }
        let run = &words[k..=end];
        if run.iter().all(|&(s, e)| is_place_word(&text[s..e])) {
            out.push(Span::new(words[k].0, words[end].1));
        }
    }
    out
}

/// A capitalised word (title case) that may be part of a place's name.
fn is_place_word(word: &str) -> bool {
    let mut letters = word.chars();
    let capital = letters.next().is_some_and(char::is_uppercase);
    let rest_lower = letters.clone().any(char::is_lowercase);
    let lower = word.to_lowercase();
    capital
        && rest_lower
        && !word.contains(['\'', '\u{2019}'])
        && !is_title(word)
        && !is_demonym(word)
        && !is_calendar_or_function(word)
        && !NOT_PLACES.contains(&lower.as_str())
}

/// A state's mention by an alias that is a city's name ("Washington"), right after a
/// place's preposition ("arrived in Washington"): the city, as a place candidate.
fn capitals_as_places(
    text: &str,
    mentions: &mut Vec<Mention>,
    entities: &[Entity],
    out: &mut Vec<Candidate>,
) {
    let mut cities = Vec::new();
    mentions.retain(|m| {
        let e = &entities[m.entity as usize];
        let words = &text[m.span.range()];
        let city = e.kind == EntityKind::State
            && is_city_alias(e, words)
            && after_preposition(text, m.span);
        if city {
            cities.push(m.span);
        }
        !city
    });
    for span in cities {
        out.push(Candidate {
            span,
            role: None,
            affiliation: None,
            kind: Some(EntityKind::Place),
        });
    }
}

/// An alias of a state that names a place: one capitalised word, no acronym, no
/// demonym, and no word of the state's name ("Palestine" of "State of Palestine" is
/// the state's short name; "Washington" is no word of "United States"). A country's
/// other name as an alias ("Türkiye" for Turkey) would read as a city here: such an
/// alias belongs in the name's words or not at all.
fn is_city_alias(state: &Entity, words: &str) -> bool {
    let lower = words.to_lowercase();
    let one_word = words.chars().all(char::is_alphabetic);
    let capitalised =
        words.starts_with(char::is_uppercase) && words.chars().skip(1).any(char::is_lowercase);
    let in_name = state
        .name
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case(words));
    one_word && capitalised && !in_name && !DEMONYM_ENDINGS.iter().any(|d| lower.ends_with(d))
}

/// Whether the word before `span` is a place's preposition ("in Washington"), and
/// the name no possessive ("in Washington's view" is the state's).
fn after_preposition(text: &str, span: Span) -> bool {
    let before = text[..span.start as usize].trim_end_matches(' ');
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let possessive = text[span.end as usize..].starts_with(['\'', '\u{2019}']);
    before.len() < span.start as usize
        && !possessive
        && PLACE_PREPOSITIONS.contains(&word.to_lowercase().as_str())
}
