//! Direct quotations and their speakers.
//!
//! A quotation is attributed by the speech verb next to it, after (`"...," Risheq
//! said`, `"...," said the source`) or before it in the same sentence (`Hamas official
//! Izzat Risheq said the talks had a "positive atmosphere"`). The speaker is the person
//! named nearest the verb; a pronoun is the previous quotation's speaker when that one
//! is in the sentence before, else the last person named; an unnamed speaker ("an
//! Egyptian official", "the source") keeps its words and, when named, its faction.
//! Quotation marks with no speech verb around them are scare quotes: kept, unattributed.

use crate::model::{Entity, EntityKind, Mention, Quote, SentenceIx, Span};
use crate::text::words;

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "wrote",
    "writes",
    "added",
    "adds",
    "declared",
    "declares",
    "stated",
    "reported",
    "reports",
    "saying",
    "asked",
    "insisted",
    "warned",
    "stressed",
    "announced",
    "explained",
    "noted",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we"];

/// Nouns that make a phrase an unnamed speaker: "a Hamas official", "the source".
pub const ROLE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "member",
    "leader",
    "delegate",
    "minister",
    "diplomat",
    "mediator",
    "mediators",
    "negotiator",
    "aide",
    "adviser",
    "advisor",
];

/// Whether a phrase names its speaker by a role: "a Hamas official", "the source".
pub fn names_a_role(phrase: &str) -> bool {
    words(phrase)
        .iter()
        .any(|&(s, e)| ROLE_NOUNS.contains(&phrase[s..e].to_lowercase().as_str()))
}

/// Words that end a subject read after the quotation ("..., but he declined").
const CLAUSE_WORDS: &[&str] = &["and", "but", "that", "which", "while", "as"];

pub fn extract(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<Quote> {
    let spans = quotation_spans(text);
    // Quotation spans are sorted and disjoint: only the last one starting at or before
    // a mention can contain it.
    let outside: Vec<Mention> = mentions
        .iter()
        .copied()
        .filter(|m| {
            let before = spans.partition_point(|q| q.start <= m.span.start);
            !before
                .checked_sub(1)
                .is_some_and(|i| spans[i].contains(m.span))
        })
        .collect();
    let persons: Vec<Mention> = outside
        .iter()
        .copied()
        .filter(|m| entities[m.entity as usize].kind == EntityKind::Person)
        .collect();
    let sentence_of = |offset: u32| sentences.partition_point(|s| s.end <= offset) as SentenceIx;
    let mut quotes: Vec<Quote> = Vec::new();
    // The latest quotation with a speaker, named or not, and the first speech verb of
    // the sentence last looked at: kept as the loop goes, so that a long sentence with
    // many quotations is not read again for each of them.
    let mut last_attributed: Option<usize> = None;
    let mut verb_of_sentence: Option<(SentenceIx, Option<FirstVerb>)> = None;
    for &span in &spans {
        let sentence = sentence_of(span.start);
        let attribution = attribution_after(text, span).or_else(|| {
            let sentence_span = sentences.get(sentence as usize).copied()?;
            let first = match verb_of_sentence {
                Some((s, first)) if s == sentence => first,
                _ => first_verb(text, sentence_span),
            };
            verb_of_sentence = Some((sentence, first));
            attribution_before(text, span, sentence_span, first?)
        });
        let mut quote = Quote {
            span,
            speaker: None,
            speaker_span: None,
            speaker_faction: None,
            sentence,
        };
        if let Some((subject, verb_at)) = attribution {
            let context = Context {
                text,
                sentences,
                mentions: &outside,
                entities,
                persons: &persons,
                previous: last_attributed.map(|i| &quotes[i]),
            };
            context.resolve_speaker(&mut quote, subject, verb_at);
        }
        if quote.speaker.is_some() || quote.speaker_span.is_some() {
            last_attributed = Some(quotes.len());
        }
        quotes.push(quote);
    }
    quotes
}

/// The inner spans of every pair of quotation marks, straight or curly, that opens
/// and closes within one paragraph.
fn quotation_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '\n' => open = None,
            '\u{201C}' => open = Some(i + c.len_utf8()),
            '"' if open.is_none() => open = Some(i + 1),
            '"' | '\u{201D}' => {
                if let Some(start) = open.take() {
                    let inner = text[start..i].trim();
                    if !inner.is_empty() {
                        let lead = text[start..i].len() - text[start..i].trim_start().len();
                        spans.push(Span::new(start + lead, start + lead + inner.len()));
                    }
                }
            }
            _ => {}
        }
    }
    spans
}

/// `"...," Risheq said` / `"...," said the source, who...`: the subject's span and
/// the verb's offset.
fn attribution_after(text: &str, quote: Span) -> Option<(Span, usize)> {
    // Step over the closing mark.
    let close = quote.end as usize + text[quote.end as usize..].find(['"', '\u{201D}'])?;
    let after = close + text[close..].chars().next().map_or(0, char::len_utf8);
    let rest_end = text[after..]
        .find(['.', ';', ':', '!', '?', '\n', '"', '\u{201C}'])
        .map_or(text.len(), |i| after + i);
    let rest = &text[after..rest_end];
    if rest
        .trim_start()
        .starts_with(|c: char| c.is_ascii_punctuation() && c != ',')
    {
        return None;
    }
    let ws = words(rest);
    let verb = ws
        .iter()
        .take(5)
        .position(|&(s, e)| SPEECH_VERBS.contains(&rest[s..e].to_lowercase().as_str()))?;
    // Nothing but a comma and the subject's words may stand before the verb.
    let before_verb = &rest[..ws[verb].0];
    if before_verb.trim_start_matches([',', ' ']).contains(',')
        || ws[..verb]
            .iter()
            .any(|&(s, e)| CLAUSE_WORDS.contains(&rest[s..e].to_lowercase().as_str()))
    {
        return None;
    }
    let verb_at = after + ws[verb].0;
    let subject = if verb > 0 {
        Span::new(after + ws[0].0, after + ws[verb - 1].1)
    } else {
        // "said the source, who spoke...": the subject follows, up to a comma.
        let tail_start = ws[0].1;
        let tail = &rest[tail_start..];
        let end = tail.find([',', '(']).unwrap_or(tail.len());
        let subject = tail[..end].trim();
        if subject.is_empty() {
            return None;
        }
        let lead = tail.len() - tail.trim_start().len();
        Span::new(
            after + tail_start + lead,
            after + tail_start + lead + subject.len(),
        )
    };
    Some((subject, verb_at))
}

/// `X said ... "..."` within the quotation's sentence: from the sentence start to the
/// first speech verb before the quotation.
fn attribution_before(
    text: &str,
    quote: Span,
    sentence: Span,
    first: FirstVerb,
) -> Option<(Span, usize)> {
    let start = sentence.start as usize;
    let open = text[..quote.start as usize]
        .rfind(['"', '\u{201C}'])
        .unwrap_or(quote.start as usize)
        .max(start);
    // A quotation mark ends any word, so the words before `open` are the sentence's
    // own first words, and the first verb among them is the sentence's first verb.
    (first.verb.end as usize <= open && first.subject.start < first.verb.start)
        .then_some((first.subject, first.verb.start as usize))
}

/// The first speech verb of a sentence and the words before it.
#[derive(Debug, Clone, Copy)]
struct FirstVerb {
    /// From the sentence's first word to the word before the verb; empty when the
    /// verb is the first word.
    subject: Span,
    verb: Span,
}

fn first_verb(text: &str, sentence: Span) -> Option<FirstVerb> {
    let start = sentence.start as usize;
    let body = &text[sentence.range()];
    let ws = words(body);
    let verb = ws
        .iter()
        .position(|&(s, e)| SPEECH_VERBS.contains(&body[s..e].to_lowercase().as_str()))?;
    let subject_end = if verb == 0 { ws[0].0 } else { ws[verb - 1].1 };
    Some(FirstVerb {
        subject: Span::new(start + ws[0].0, start + subject_end),
        verb: Span::new(start + ws[verb].0, start + ws[verb].1),
    })
}

/// What attributing one quotation can look at.
struct Context<'a> {
    text: &'a str,
    sentences: &'a [Span],
    /// Mentions outside quotation marks: a name inside a quotation never speaks it.
    mentions: &'a [Mention],
    entities: &'a [Entity],
    /// The same, people only.
    persons: &'a [Mention],
    /// The latest quotation before this one that has a speaker, named or not.
    previous: Option<&'a Quote>,
}

impl Context<'_> {
    /// Whether at most one sentence starts after `from` and at or before `to`.
    fn adjacent(&self, from: u32, to: u32) -> bool {
        let starts_by = |offset: u32| self.sentences.partition_point(|s| s.start <= offset);
        starts_by(to).saturating_sub(starts_by(from)) <= 1
    }

    fn resolve_speaker(&self, quote: &mut Quote, subject: Span, verb_at: usize) {
        let Context {
            text,
            mentions,
            entities,
            persons,
            previous,
            ..
        } = *self;
        let kind = |m: &Mention| entities[m.entity as usize].kind;
        let in_subject: Vec<&Mention> = super::mentions_in(mentions, subject)
            .iter()
            .filter(|m| subject.contains(m.span))
            .collect();
        let subject_text = &text[subject.range()];
        let first_word = subject_text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();

        // A named person nearest the verb.
        if let Some(person) = in_subject
            .iter()
            .rev()
            .find(|m| kind(m) == EntityKind::Person)
        {
            quote.speaker = Some(person.entity);
            quote.speaker_span = Some(person.span);
            quote.speaker_faction = entities[person.entity as usize].faction;
            return;
        }
        // A pronoun: the previous speaker if just before, else the last person named.
        if PRONOUNS.contains(&first_word.as_str()) && subject_text.split_whitespace().count() == 1 {
            // Earlier quotations end in text order, so if the latest one with a
            // speaker is not just before, none is.
            let previous = previous.filter(|q| self.adjacent(q.span.end, quote.span.start));
            if let Some(p) = previous {
                quote.speaker = p.speaker;
                quote.speaker_span = p.speaker_span;
                quote.speaker_faction = p.speaker_faction;
            } else if let Some(person) =
                persons[..persons.partition_point(|m| (m.span.end as usize) <= verb_at)].last()
            {
                quote.speaker = Some(person.entity);
                quote.speaker_span = Some(person.span);
                quote.speaker_faction = entities[person.entity as usize].faction;
            }
            return;
        }
        let party = in_subject
            .iter()
            .find(|m| kind(m).is_party())
            .map(|m| m.entity);
        if !names_a_role(subject_text) {
            // An outlet or a body speaking for itself: "Al-Qahera News reported".
            let speaking = in_subject
                .iter()
                .rev()
                .find(|m| kind(m) == EntityKind::Media)
                .or_else(|| in_subject.iter().rev().find(|m| kind(m).is_party()));
            if let Some(m) = speaking {
                quote.speaker = Some(m.entity);
                quote.speaker_span = Some(m.span);
                quote.speaker_faction = Some(m.entity).filter(|_| kind(m) != EntityKind::Media);
                return;
            }
        }
        // Unnamed: keep the words of the last clause before the verb.
        let clause_start = subject_text.rfind(',').map_or(0, |i| i + 1);
        let clause = &subject_text[clause_start..];
        let lead = clause.len() - clause.trim_start().len();
        let trimmed = clause.trim();
        if !trimmed.is_empty() {
            let start = subject.start as usize + clause_start + lead;
            quote.speaker_span = Some(Span::new(start, start + trimmed.len()));
            quote.speaker_faction = party;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_straight_and_curly_quotation_marks_within_a_paragraph() {
        let text = "He said \"yes\" and \u{201C}no\u{201D}.\nAn \"unclosed\nline \"ok\"";
        let found: Vec<&str> = quotation_spans(text)
            .iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(found, ["yes", "no", "ok"]);
    }

    #[test]
    fn finds_the_verb_after_the_quotation() {
        let text = "\"We agree,\" Risheq said. \"Fine,\" said the source, who spoke.";
        let q = quotation_spans(text);
        let (subject, _) = attribution_after(text, q[0]).unwrap();
        assert_eq!(&text[subject.range()], "Risheq");
        let (subject, _) = attribution_after(text, q[1]).unwrap();
        assert_eq!(&text[subject.range()], "the source");
    }

    #[test]
    fn a_following_clause_is_not_an_attribution() {
        let text = "held in a \"positive atmosphere\" but he declined to give details, saying no.";
        let q = quotation_spans(text);
        assert_eq!(attribution_after(text, q[0]), None);
    }
}
