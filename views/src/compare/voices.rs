//! Who gets a voice: the speakers of one article, quoted or paraphrased, grouped by
//! the faction they speak for.
//!
//! A speaker is a curated entity, or an unnamed one ("the source", "An Egyptian
//! official"). Unnamed speakers are merged by their role noun and faction, so the
//! "informed source" who told AFP and "the source" quoted next are one voice, and so
//! are "An Egyptian official" and "The Egyptian official" later; the label keeps the
//! words first written. Scare quotes (no speaker, no speaker words) are nobody's voice.
//!
//! The faction of a voice is its quotes' `speaker_faction` when the text gives one,
//! else the speaker entity's faction, else the speaker itself when it is a body that
//! speaks for itself (an organization, state or mediating body). Unnamed speakers
//! without a party in their words go to the unaffiliated group.
//!
//! A news outlet (kind `media`: AFP, Reuters, MENA) is never a voice: it carries the
//! words of others. Quotations the extractor credits to an outlet ("Al-Qahera News
//! reported that the talks covered \"…\"") are left out, like the paraphrases
//! `compare/attribution.rs` leaves out.
//!
//! A quotation whose speaker the text leaves uncertain ([`Speaker::Unattributed`]) is
//! nobody's voice either, but it is counted apart: it never goes under a person or a
//! faction, and nothing guesses one from the names nearby.

use super::attribution::{ROLE_NOUNS, paraphrase};
use super::{Voice, VoiceGroup, Voices};
use crate::speaker::Speaker;
use corpus::model::{Article, Corpus, EntityIx, EntityKind, SentenceIx, Span};
use corpus::text::{fold, words};

/// What makes two appearances one speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    Named(EntityIx),
    Unnamed {
        faction: Option<EntityIx>,
        role: String,
    },
}

/// One quotation or paraphrase, before merging.
struct Appearance {
    offset: u32,
    key: Key,
    words: Span,
    /// The faction the text gives, if any.
    faction: Option<EntityIx>,
    quote: Option<usize>,
    paraphrase: Option<SentenceIx>,
}

/// A voice being built, with what orders and groups it.
struct Draft {
    key: Key,
    first: u32,
    faction: Option<EntityIx>,
    voice: Voice,
}

pub(super) fn voices(corpus: &Corpus, article: &Article, scope: &[bool]) -> Voices {
    let in_scope = |s: SentenceIx| scope.get(s as usize).copied().unwrap_or(false);
    // An index the knowledge base lacks (a stale blob) names nobody: the view could
    // not look it up.
    let known = |e: Option<EntityIx>| e.filter(|&e| (e as usize) < corpus.entities.len());
    let mut seen: Vec<Appearance> = Vec::new();
    let mut unattributed: Vec<usize> = Vec::new();
    let outlet =
        |e: Option<EntityIx>| e.is_some_and(|e| corpus.entity(e).kind == EntityKind::Media);
    for (i, q) in article.quotes.iter().enumerate() {
        if Speaker::of(corpus, article, q) == Speaker::Unattributed {
            if in_scope(q.sentence) {
                unattributed.push(i);
            }
            continue;
        }
        let (speaker, faction) = (known(q.speaker), known(q.speaker_faction));
        if outlet(speaker) {
            continue;
        }
        let faction = faction.filter(|&f| !outlet(Some(f)));
        let words = match (speaker, q.speaker_span) {
            (Some(_), w) => w.unwrap_or(q.span),
            // Unnamed words that are not there (a stale span) name nobody.
            (None, Some(w)) if !article.slice(w).trim().is_empty() => w,
            (None, _) => continue,
        };
        if !in_scope(q.sentence) {
            continue;
        }
        seen.push(Appearance {
            offset: q.span.start,
            key: key(article, speaker, words, faction),
            words,
            faction,
            quote: Some(i),
            paraphrase: None,
        });
    }
    let quoted = quoted_sentences(article);
    for (s, sentence) in article.sentences.iter().enumerate() {
        let quoted = quoted[s];
        let s = s as SentenceIx;
        if !in_scope(s) {
            continue;
        }
        if let Some(a) = paraphrase(&corpus.entities, article, s, quoted) {
            seen.push(Appearance {
                offset: sentence.span.start,
                key: key(article, a.speaker, a.words, a.faction),
                words: a.words,
                faction: a.faction,
                quote: None,
                paraphrase: Some(s),
            });
        }
    }
    crate::sort::sort_by_key(&mut seen, |a| a.offset);

    let mut drafts: Vec<Draft> = Vec::new();
    for a in seen {
        let at = match drafts.iter().position(|d| d.key == a.key) {
            Some(at) => at,
            None => {
                let label = match a.key {
                    Key::Named(e) => corpus
                        .entities
                        .get(e as usize)
                        .map_or_else(|| article.slice(a.words).to_string(), |x| x.name.clone()),
                    Key::Unnamed { .. } => article.slice(a.words).trim().to_string(),
                };
                let speaker = match a.key {
                    Key::Named(e) => Some(e),
                    Key::Unnamed { .. } => None,
                };
                drafts.push(Draft {
                    key: a.key.clone(),
                    first: a.offset,
                    faction: None,
                    voice: Voice {
                        speaker,
                        label,
                        quotes: Vec::new(),
                        paraphrases: 0,
                        paraphrase_sentences: Vec::new(),
                    },
                });
                drafts.len() - 1
            }
        };
        let d = &mut drafts[at];
        // The first faction the text gives wins over what the knowledge base says.
        d.faction = d.faction.or(a.faction);
        if let Some(q) = a.quote {
            d.voice.quotes.push(q);
        }
        if let Some(s) = a.paraphrase {
            d.voice.paraphrases += 1;
            d.voice.paraphrase_sentences.push(s);
        }
    }
    for d in &mut drafts {
        if d.faction.is_none()
            && let Key::Named(e) = d.key
        {
            d.faction = fallback_faction(corpus, e);
        }
    }
    Voices {
        unattributed,
        ..group(drafts)
    }
}

/// Per sentence: whether a quotation overlaps it (one may run over several).
fn quoted_sentences(article: &Article) -> Vec<bool> {
    let mut quoted = vec![false; article.sentences.len()];
    for q in &article.quotes {
        let first = article.sentence_at(q.span.start).unwrap_or(q.sentence);
        let last = article
            .sentence_at(q.span.end.saturating_sub(1))
            .unwrap_or(first)
            .max(first);
        for s in first..=last {
            if let Some(slot) = quoted.get_mut(s as usize) {
                *slot = true;
            }
        }
    }
    quoted
}

/// The entity's faction, else itself when it is a body that speaks for itself.
fn fallback_faction(corpus: &Corpus, e: EntityIx) -> Option<EntityIx> {
    let entity = corpus.entities.get(e as usize)?;
    let known = |f: &EntityIx| (*f as usize) < corpus.entities.len();
    entity
        .faction
        .filter(known)
        .or_else(|| entity.kind.is_party().then_some(e))
}

/// An unnamed speaker's key: its role noun (singular) and faction, else its folded
/// words without a leading article.
fn key(
    article: &Article,
    speaker: Option<EntityIx>,
    words_at: Span,
    faction: Option<EntityIx>,
) -> Key {
    if let Some(e) = speaker {
        return Key::Named(e);
    }
    let folded = fold(article.slice(words_at));
    let role = words(&folded)
        .into_iter()
        .map(|(s, e)| &folded[s..e])
        .find(|w| ROLE_NOUNS.contains(w))
        .map(|w| {
            w.strip_suffix('s')
                .filter(|s| ROLE_NOUNS.contains(s))
                .unwrap_or(w)
                .to_string()
        })
        .unwrap_or_else(|| {
            let trimmed = folded.trim();
            ["the ", "a ", "an "]
                .iter()
                .find_map(|d| trimmed.strip_prefix(d))
                .unwrap_or(trimmed)
                .to_string()
        });
    Key::Unnamed { faction, role }
}

/// Groups voices by faction: most heard first, ties in order of first appearance;
/// the unaffiliated group last.
fn group(mut drafts: Vec<Draft>) -> Voices {
    crate::sort::sort_by(&mut drafts, |a, b| {
        b.voice
            .weight()
            .cmp(&a.voice.weight())
            .then(a.first.cmp(&b.first))
    });
    let mut groups: Vec<(VoiceGroup, u32)> = Vec::new();
    for d in drafts {
        match groups.iter_mut().find(|(g, _)| g.faction == d.faction) {
            Some((g, first)) => {
                *first = (*first).min(d.first);
                g.speakers.push(d.voice);
            }
            None => groups.push((
                VoiceGroup {
                    faction: d.faction,
                    speakers: vec![d.voice],
                },
                d.first,
            )),
        }
    }
    crate::sort::sort_by(&mut groups, |(a, fa), (b, fb)| {
        a.faction
            .is_none()
            .cmp(&b.faction.is_none())
            .then(b.weight().cmp(&a.weight()))
            .then(fa.cmp(fb))
    });
    Voices {
        groups: groups.into_iter().map(|(g, _)| g).collect(),
        unattributed: Vec::new(),
    }
}
