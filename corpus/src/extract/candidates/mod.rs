//! Uncurated candidates: names the knowledge base does not know, so that a new article
//! shows its new people, bodies and places before anyone curates them, and nothing
//! that is not a name.
//!
//! A sentence is read as tokens (words, with a knowledge-base mention as one token) and
//! each capitalised word is classed ([`lexicon`]): a name word, a common English word,
//! a title, a demonym. Runs of capitalised words joined by spaces (never across
//! punctuation) are then cut into what a journalist would accept:
//!
//! - titles are roles, not names: "Chinese Foreign Minister Wang Yi" is Wang Yi, with
//!   the role "Foreign Minister" of China (`Candidate::role`, `affiliation`);
//! - common words carry no signal where every word is capitalised: at the start of a
//!   sentence or clause ("Rival", "Likely"), in a title-case headline, and alone;
//! - a known place or person followed by more name words is part of a longer name:
//!   "Gaza City", "Israel Katz", "Abbas Kamel" are candidates, and the mention inside
//!   them is no mention; a body named after a known organisation ("Hamas Media
//!   Office") is that organisation; an event named after a place ("Beijing
//!   Declaration") is the place;
//! - page furniture (timestamps, "Label:" lines, one-word menu items) and the word the
//!   text is cut in ("Gaz") are no names.

mod lexicon;
#[cfg(test)]
mod tests;

use crate::model::{Candidate, Entity, EntityIx, EntityKind, Mention, Span};
use crate::text::words;
use lexicon::{
    is_calendar_or_function, is_common, is_connector, is_contraction, is_demonym, is_event_noun,
    is_title,
};

/// What a token is to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A capitalised word that is not a common English word.
    Name,
    /// A capitalised common English word ("Office", "Middle").
    Common,
    Title,
    Demonym,
    /// A lowercase word that may join name words ("al", "of").
    Connector,
    /// A knowledge-base mention: its index.
    Known(usize),
    /// Anything else: lowercase words, numbers, dates, fragments.
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    /// Where the name part ends: before a possessive "'s".
    end: usize,
    possessive: bool,
    /// Only spaces stand between this token and the one before it.
    joined: bool,
    /// The first token of a sentence, or after a colon, a dash, a bullet, a slash or an
    /// opening quotation mark.
    clause_start: bool,
    class: Class,
}

/// The candidates of a text, in order. Mentions that turn out to be part of a longer
/// name ("Gaza" in "Gaza City") are removed from `mentions`.
pub fn extract(
    text: &str,
    sentences: &[Span],
    mentions: &mut Vec<Mention>,
    entities: &[Entity],
) -> Vec<Candidate> {
    let cut = is_cut(text);
    let mut out = Vec::new();
    let mut absorbed: Vec<usize> = Vec::new();
    for &sentence in sentences {
        let body = &text[sentence.range()];
        if is_furniture(body) {
            continue;
        }
        let tokens = tokens(text, sentence, mentions, cut);
        let runs = runs(&tokens);
        for run in runs {
            read_run(
                text,
                &tokens,
                &run,
                mentions,
                entities,
                &mut out,
                &mut absorbed,
            );
        }
    }
    absorbed.sort_unstable();
    absorbed.dedup();
    for &ix in absorbed.iter().rev() {
        mentions.remove(ix);
    }
    out.sort_by_key(|c: &Candidate| c.span.start);
    out
}

/// Whether the text stops mid-sentence (the store cut it): then its last word may be
/// cut too ("Gaz", "Pal").
fn is_cut(text: &str) -> bool {
    let end = text.trim_end();
    !end.ends_with(['.', '!', '?', '"', '\u{201D}', ')', '\''])
}

/// A line that is no prose: a timestamp or a label ("Published: 2021-02-08 16:43",
/// "Updated:", "0:00", "OpenCalais Metadata: Latitude:"), or a one-word menu item
/// ("• English").
fn is_furniture(line: &str) -> bool {
    let line = line.trim();
    if line.contains(['.', '!', '?']) {
        return false;
    }
    let clock = line
        .split_whitespace()
        .any(|w| w.contains(':') && w.chars().any(|c| c.is_ascii_digit()));
    let menu_item = line.starts_with(['•', '*', '-']) && words(line).len() == 1;
    line.ends_with(':') || clock || menu_item
}

fn tokens(text: &str, sentence: Span, mentions: &[Mention], cut: bool) -> Vec<Token> {
    let base = sentence.start as usize;
    let mut out: Vec<Token> = Vec::new();
    let mut prev_end = base;
    for (s, e) in words(&text[sentence.range()]) {
        let (start, full_end) = (base + s, base + e);
        let span = Span::new(start, full_end);
        let known = mention_at(mentions, span);
        // A mention of several words is one token.
        if let (Some(m), Some(last)) = (known, out.last_mut())
            && last.class == Class::Known(m)
        {
            last.end = full_end;
            prev_end = full_end;
            continue;
        }
        let word = &text[start..full_end];
        let possessive = ["'s", "\u{2019}s"].iter().any(|p| word.ends_with(p));
        let end = if possessive {
            full_end
                - word
                    .chars()
                    .rev()
                    .take(2)
                    .map(char::len_utf8)
                    .sum::<usize>()
        } else {
            full_end
        };
        let gap = &text[prev_end..start];
        let first = out.is_empty();
        let fragment = cut && full_end == text.trim_end().len();
        out.push(Token {
            start,
            end,
            possessive,
            joined: !first && !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t'),
            clause_start: first
                || gap.contains([':', ';', '\u{2014}', '\u{2013}', '•', '/', '"', '\u{201C}'])
                || gap.trim() == "-",
            class: match known {
                Some(m) => Class::Known(m),
                None if fragment => Class::Other,
                None => class_of(&text[start..end]),
            },
        });
        prev_end = full_end;
    }
    if is_title_case(text, &out) {
        for t in &mut out {
            if t.class == Class::Common {
                t.class = Class::Other;
            }
        }
    }
    out
}

/// The mention a word overlaps, if any (mentions are sorted and disjoint).
fn mention_at(mentions: &[Mention], span: Span) -> Option<usize> {
    let i = mentions.partition_point(|m| m.span.end <= span.start);
    mentions
        .get(i)
        .is_some_and(|m| m.span.overlaps(span))
        .then_some(i)
}

fn class_of(word: &str) -> Class {
    if is_connector(word) {
        return Class::Connector;
    }
    // "al-Bardawil", "el-Tohamy": an Arabic article before a capitalised name.
    let core = ["al-", "el-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    let capital = core.chars().next().is_some_and(char::is_uppercase);
    let letters = core.chars().filter(|c| c.is_alphabetic()).count();
    if !capital || letters < 2 || is_contraction(word) || is_calendar_or_function(word) {
        return Class::Other;
    }
    if is_demonym(word) {
        return Class::Demonym;
    }
    if is_title(word) {
        return Class::Title;
    }
    if is_common(word) {
        // Shouted common words ("UPGRADE YOUR") are furniture, not names.
        let shouted = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        return if shouted { Class::Other } else { Class::Common };
    }
    Class::Name
}

/// A headline in title case ("Hamas and Fatah Agree to Joint Committee for Gaza"): its
/// capitals say nothing about which words are names.
fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    let (mut upper, mut lower) = (0, 0);
    for t in tokens {
        let word = &text[t.start..t.end];
        if word.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
            continue;
        }
        match t.class {
            Class::Other if word.chars().next().is_some_and(char::is_lowercase) => lower += 1,
            Class::Connector => lower += 1,
            _ => upper += 1,
        }
    }
    let unpunctuated = tokens
        .last()
        .is_some_and(|t| !text[t.end..].trim_start().starts_with(['.', '!', '?']));
    upper >= 4 && lower * 10 <= upper && unpunctuated
}

/// Runs of tokens that may make one name: name, common, title and demonym words joined
/// by spaces, with connectors between them. A possessive name word ends its run
/// ("BBC's Kevin Connolly"); a common one does not ("People's Party").
fn runs(tokens: &[Token]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut connectors: Vec<usize> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let open = run.last().is_some_and(|&l| {
            let last = &tokens[l];
            !(last.possessive && last.class == Class::Name)
        });
        match t.class {
            Class::Name | Class::Common | Class::Title | Class::Demonym => {
                if !(open && t.joined && !t.clause_start) {
                    flush(&mut run, &mut out);
                } else {
                    run.append(&mut connectors);
                }
                connectors.clear();
                run.push(i);
            }
            Class::Connector if open && t.joined => connectors.push(i),
            _ => {
                flush(&mut run, &mut out);
                connectors.clear();
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

fn flush(run: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    if !run.is_empty() {
        out.push(std::mem::take(run));
    }
}

/// A part of a run between titles, with the title just before it.
struct Part {
    tokens: Vec<usize>,
    /// Token range of the title segment right before the part, if any.
    title: Option<(usize, usize)>,
}

/// Cuts a run at its titles: a title segment is a stretch of common, title and
/// demonym words that ends with a title ("Foreign Minister", "Maj Gen").
fn parts(tokens: &[Token], run: &[usize]) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::new();
    let mut current = Part {
        tokens: Vec::new(),
        title: None,
    };
    let mut i = 0;
    while i < run.len() {
        let block_end = (i..run.len())
            .take_while(|&k| {
                matches!(
                    tokens[run[k]].class,
                    Class::Common | Class::Title | Class::Demonym
                )
            })
            .last();
        let title_end = block_end.and_then(|end| {
            (i..=end)
                .rev()
                .find(|&k| tokens[run[k]].class == Class::Title)
        });
        match title_end {
            Some(end) => {
                out.push(std::mem::replace(
                    &mut current,
                    Part {
                        tokens: Vec::new(),
                        title: Some((run[i], run[end])),
                    },
                ));
                i = end + 1;
            }
            None => {
                current.tokens.push(run[i]);
                i += 1;
            }
        }
    }
    out.push(current);
    for part in &mut out {
        let keep = |t: &usize| tokens[*t].class != Class::Connector;
        while part.tokens.first().is_some_and(|t| !keep(t)) {
            part.tokens.remove(0);
        }
        while part.tokens.last().is_some_and(|t| !keep(t)) {
            part.tokens.pop();
        }
    }
    out.retain(|p| !p.tokens.is_empty());
    out
}

#[allow(clippy::too_many_arguments)]
fn read_run(
    text: &str,
    tokens: &[Token],
    run: &[usize],
    mentions: &[Mention],
    entities: &[Entity],
    out: &mut Vec<Candidate>,
    absorbed: &mut Vec<usize>,
) {
    let kind_of = |t: usize| match tokens.get(t).map(|t| t.class) {
        Some(Class::Known(m)) => Some((m, entities[mentions[m].entity as usize].kind)),
        _ => None,
    };
    for mut part in parts(tokens, run) {
        let first = part.tokens[0];
        // Right after a known entity, with only a space between: part of its name.
        let before = first
            .checked_sub(1)
            .filter(|&b| part.title.is_none() && tokens[first].joined && !tokens[b].possessive)
            .and_then(kind_of);
        // Set when the name takes in a known entity before it.
        let mut start: Option<usize> = None;
        let mut affiliation: Option<EntityIx> = None;
        if tokens[first].clause_start && before.is_none() {
            let skip = part
                .tokens
                .iter()
                .take_while(|&&t| tokens[t].class != Class::Name)
                .count();
            part.tokens.drain(..skip);
        }
        // "Beijing Declaration" names Beijing; "AP Photo" is AP's.
        while part.tokens.len() > 1
            && part.tokens.last().is_some_and(|&t| {
                let word = &text[tokens[t].start..tokens[t].end];
                is_event_noun(word) || matches!(word, "Photo" | "Photos" | "Handout")
            })
        {
            part.tokens.pop();
        }
        let Some(&last) = part.tokens.last() else {
            continue;
        };
        let has_name = part.tokens.iter().any(|&t| tokens[t].class == Class::Name);
        let all_demonyms = part
            .tokens
            .iter()
            .all(|&t| tokens[t].class == Class::Demonym);
        match before {
            // "Gaza City", "Israel Katz": a longer name around a known place or state.
            Some((m, EntityKind::Place | EntityKind::State)) => {
                absorbed.push(m);
                start = Some(mentions[m].span.start as usize);
            }
            // "Abbas Kamel": a known surname followed by a name word is someone else.
            Some((m, EntityKind::Person)) if tokens[first].class == Class::Name => {
                absorbed.push(m);
                start = Some(mentions[m].span.start as usize);
            }
            // "Hamas Media Office": a body of a known organisation is that organisation.
            Some((_, _)) if !has_name => continue,
            _ => {
                if all_demonyms || (!has_name && part.tokens.len() < 2) {
                    continue;
                }
            }
        }
        let role = part
            .title
            .map(|(a, b)| Span::new(tokens[a].start, tokens[b].end));
        if let Some((a, _)) = part.title
            && let Some((m, kind)) = a
                .checked_sub(1)
                .filter(|_| tokens[a].joined)
                .and_then(kind_of)
            && kind != EntityKind::Person
        {
            affiliation = Some(mentions[m].entity);
        }
        let span = Span::new(
            start.unwrap_or(tokens[part.tokens[0]].start),
            tokens[last].end,
        );
        if text[span.range()]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            > 1
        {
            out.push(Candidate {
                span,
                role,
                affiliation,
            });
        }
    }
}
