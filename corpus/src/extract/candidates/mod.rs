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
//!   text is cut in ("Gaz") are no names;
//! - a place the knowledge base lacks is a candidate of kind place where the words say
//!   a place is meant, even a common word ("met in Mecca", "MECCA, Saudi Arabia (AP)
//!   —"), and a state's capital after a place's preposition is the city
//!   ([`places`]).

mod lexicon;
mod places;
#[cfg(test)]
mod tests;
mod tokens;

use crate::model::{Candidate, Entity, EntityIx, EntityKind, Mention, Span};
use lexicon::is_event_noun;
pub(crate) use lexicon::is_title;
use tokens::{Class, Token, is_cut, is_furniture, tokens};

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
    places::add(text, sentences, mentions, entities, &mut out);
    out.sort_by_key(|c: &Candidate| c.span.start);
    out
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
        // Right after a known entity, with only a space between: part of its name. The
        // word before must end with that mention: in "Israel-Hamas Katz" the word holds
        // a second mention, and "Israel" starts no name that could take it in.
        let before = first
            .checked_sub(1)
            .filter(|&b| part.title.is_none() && tokens[first].joined && !tokens[b].possessive)
            .filter(|&b| match tokens[b].class {
                Class::Known(m) => mentions[m].span.end as usize == tokens[b].end,
                _ => false,
            })
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
        // "Beijing Declaration" names Beijing; "AP Photo" is AP's; "Basic Law" and
        // "Palestinian National Accord Agreement" name no one.
        let mut named_a_thing = false;
        while part.tokens.len() > 1
            && part.tokens.last().is_some_and(|&t| {
                let word = &text[tokens[t].start..tokens[t].end];
                is_event_noun(word) || matches!(word, "Photo" | "Photos" | "Handout")
            })
        {
            part.tokens.pop();
            named_a_thing = true;
        }
        let Some(&last) = part.tokens.last() else {
            continue;
        };
        let has_name = part.tokens.iter().any(|&t| tokens[t].class == Class::Name);
        // "Executive Committee of the PLO", "PLO's Executive Committee": a body of a
        // known organisation, which the mention already names.
        let of_known = (last + 1..tokens.len())
            .find(|&t| tokens[t].class != Class::Connector)
            .filter(|&t| t > last + 1 && text[tokens[last].end..tokens[t].start].contains("of"))
            .and_then(kind_of)
            .is_some_and(|(_, kind)| kind.is_party());
        let after_possessive_body = first
            .checked_sub(1)
            .filter(|&b| tokens[b].possessive && tokens[first].joined)
            .and_then(kind_of)
            .is_some_and(|(_, kind)| kind.is_party() && kind != EntityKind::State);
        if !has_name && (named_a_thing || of_known || after_possessive_body) {
            continue;
        }
        let all_demonyms = part
            .tokens
            .iter()
            .all(|&t| tokens[t].class == Class::Demonym);
        match before {
            // "Gaza City", "Israel Katz": a longer name around a known place or state;
            // but in "Ambassador to Egypt Diab Al-Louh" Egypt is the state, and the
            // name starts after it.
            Some((m, EntityKind::Place | EntityKind::State))
                if tokens[first].class == Class::Common
                    || !after_preposition(text, &tokens[first - 1]) =>
            {
                absorbed.push(m);
                start = Some(mentions[m].span.start as usize);
            }
            // "Abbas Kamel": a known surname followed by a name word is someone else.
            Some((m, EntityKind::Person)) if tokens[first].class == Class::Name => {
                absorbed.push(m);
                start = Some(mentions[m].span.start as usize);
            }
            // "Hamas Media Office": a body of a known organisation is that organisation.
            Some((_, kind)) if !has_name && kind != EntityKind::State => continue,
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
                kind: None,
            });
        }
    }
}

/// Whether the word before a token is a preposition: "to Egypt", "in Israel".
fn after_preposition(text: &str, token: &Token) -> bool {
    let before = text[..token.start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        word.as_str(),
        "to" | "in" | "from" | "at" | "of" | "with" | "for"
    )
}
