//! Paraphrase: reported speech without quotation marks ("Risheq said Palestinian
//! unity was essential", "..., according to AFP").
//!
//! The extractor attributes direct quotations; "who gets a voice" also needs those
//! whose words an article reports indirectly. The rule is deliberately simple, so a
//! reader can check it against the text:
//!
//! - A sentence counts only if it has no quotation marks and overlaps no quotation
//!   (those voices are counted as quotes), and it credits at most one speaker: the
//!   first reporting cue, left to right, whose subject resolves.
//! - Cues are the speech and address verbs of the extractor's reporting lexicon
//!   (`said`, `told`, `suggested`, `demanded`...: `extract::reporting`, one list for
//!   quotes and paraphrase), unless a determiner makes them adjectives ("the
//!   declared aim"), and `according to`. The subject of a verb is the clause just
//!   before it (after the last comma, colon or dash); when that names no one, the
//!   sentence's first clause
//!   ("Bassem Naim, a top Hamas official, Sunday said"); when the verb directly
//!   follows a comma, the words after it ("..., said the official, who..."). The
//!   subject of `according to` is the words after it, up to the next comma.
//! - Within a subject, the person named nearest the cue speaks; a lone `he`/`she` is
//!   the last person named before; without a role noun ("official", "source"...), a
//!   party named in it speaks for itself ("Hamas said"); with one, the speaker is
//!   unnamed and keeps its words and the party named in them ("An Egyptian
//!   official"). Anything else (a place, "it", "the factions") is no one.
//! - A news outlet (kind `media`) is never a voice: it carries what others say. A cue
//!   whose subject is an outlet ("AFP reported", "according to AFP", "MENA said")
//!   credits nobody, and the sentence's first clause is not tried in its place
//!   ("Hamas rejected that, AFP reported" is AFP's report, not Hamas speaking). The
//!   words after a verb of telling are its listener ("told AFP"), never its subject.

use corpus::extract::reporting;
use corpus::model::{Article, EntityIx, EntityKind, SentenceIx, Span};
use corpus::text::words;

/// Nouns that make a phrase an unnamed speaker: the extractor's own list.
pub(super) use corpus::extract::reporting::ROLE_NOUNS;

const BOUNDARIES: [char; 5] = [',', ';', ':', '\u{2014}', '\u{2013}'];

/// Who a paraphrasing sentence reports.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Attribution {
    pub speaker: Option<EntityIx>,
    /// The words naming the speaker.
    pub words: Span,
    /// For an unnamed speaker: the party named in its words.
    pub faction: Option<EntityIx>,
}

/// The speaker `sentence` reports without quotation marks, if any. `quoted`: whether
/// a quotation overlaps the sentence (the caller knows it for all sentences at once).
pub(super) fn paraphrase(
    entities: &[corpus::model::Entity],
    article: &Article,
    sentence: SentenceIx,
    quoted: bool,
) -> Option<Attribution> {
    let span = article.sentences.get(sentence as usize)?.span;
    let text = article.slice(span);
    if quoted || text.contains(['"', '\u{201C}', '\u{201D}']) {
        return None;
    }
    let r = Resolver {
        entities,
        article,
        base: span.start as usize,
    };
    let ws = words(text);
    for (k, &(s, e)) in ws.iter().enumerate() {
        let word = text[s..e].to_lowercase();
        let found = if word == "according" {
            let Some(&(ts, te)) = ws.get(k + 1) else {
                continue;
            };
            if &text[ts..te] != "to" {
                continue;
            }
            let end = text[te..].find(BOUNDARIES).map_or(text.len(), |i| te + i);
            r.resolve(te, end)
        } else if reporting::reports_speech(&word) && !after_determiner(text, &ws, k) {
            let head = &text[..s];
            let clause_start = head.rfind(BOUNDARIES).map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
            let first_end = head.find(BOUNDARIES).unwrap_or(s);
            // `"…," said X` puts the speaker after the verb; not so for `told X`,
            // whose object is the listener.
            let inverts = reporting::verb_of(&word)
                .and_then(reporting::entry)
                .is_some_and(|v| v.inverts);
            let inverted = (head.trim_end().ends_with(',') || head.trim().is_empty()) && inverts;
            r.resolve(clause_start, s)
                .or_else(|| r.resolve(0, first_end))
                .or_else(|| {
                    inverted
                        .then(|| text[e..].find(BOUNDARIES).map_or(text.len(), |i| e + i))
                        .and_then(|end| r.resolve(e, end))
                })
        } else {
            None
        };
        match found {
            // An outlet reports: no voice at this cue; a later cue may still name one.
            Some(a)
                if a.speaker
                    .is_some_and(|e| r.kind(e) == Some(EntityKind::Media)) => {}
            Some(a) => return Some(a),
            None => {}
        }
    }
    None
}

/// "the declared aim", "its reported deal": a participle used as an adjective.
fn after_determiner(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this"];
    k.checked_sub(1)
        .and_then(|p| ws.get(p))
        .is_some_and(|&(s, e)| DETERMINERS.contains(&text[s..e].to_lowercase().as_str()))
}

/// Resolves subjects given as byte ranges of one sentence.
struct Resolver<'a> {
    entities: &'a [corpus::model::Entity],
    article: &'a Article,
    /// The sentence's offset in the article.
    base: usize,
}

impl Resolver<'_> {
    fn kind(&self, e: EntityIx) -> Option<EntityKind> {
        self.entities.get(e as usize).map(|x| x.kind)
    }

    fn resolve(&self, from: usize, to: usize) -> Option<Attribution> {
        let raw = Span::new(self.base + from, self.base + to);
        let text = self.article.slice(raw);
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return None;
        }
        let subject = Span::new(
            raw.start as usize + lead,
            raw.start as usize + lead + trimmed.len(),
        );
        // Mentions are in text order: look only at those that start in the subject.
        let mentions = &self.article.mentions;
        let from = mentions.partition_point(|m| m.span.start < subject.start);
        let to = mentions
            .partition_point(|m| m.span.start < subject.end)
            .max(from);
        let inside: Vec<_> = mentions[from..to]
            .iter()
            .filter(|m| subject.contains(m.span))
            .collect();
        let is = |e: EntityIx, k: EntityKind| self.kind(e) == Some(k);
        if let Some(person) = inside
            .iter()
            .rev()
            .find(|m| is(m.entity, EntityKind::Person))
        {
            return Some(Attribution {
                speaker: Some(person.entity),
                words: person.span,
                faction: None,
            });
        }
        let lower = trimmed.to_lowercase();
        if lower == "he" || lower == "she" {
            let person = mentions[..from]
                .iter()
                .rev()
                .find(|m| m.span.end <= subject.start && is(m.entity, EntityKind::Person))?;
            return Some(Attribution {
                speaker: Some(person.entity),
                words: subject,
                faction: None,
            });
        }
        let party =
            |m: &&&corpus::model::Mention| self.kind(m.entity).is_some_and(EntityKind::is_party);
        if !reporting::names_a_role(trimmed) {
            // An outlet comes back as the subject so that the caller knows the cue is
            // a report and credits nobody.
            let speaking = inside
                .iter()
                .rev()
                .find(|m| is(m.entity, EntityKind::Media))
                .or_else(|| inside.iter().rev().find(party))?;
            return Some(Attribution {
                speaker: Some(speaking.entity),
                words: speaking.span,
                faction: None,
            });
        }
        Some(Attribution {
            speaker: None,
            words: subject,
            faction: inside.iter().find(party).map(|m| m.entity),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::extract::EntityMatcher;
    use corpus::model::Entity;
    use corpus::text::Folded;

    fn entities() -> Vec<Entity> {
        let e = |id: &str, name: &str, kind| Entity {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: vec![name.into()],
            faction: None,
            roles: Vec::new(),
            description: String::new(),
        };
        vec![
            e("hamas", "Hamas", EntityKind::Organization),
            e("afp", "AFP", EntityKind::Media),
            e("risheq", "Izzat Risheq", EntityKind::Person),
            e("cairo", "Cairo", EntityKind::Place),
        ]
    }

    /// Who each sentence of `text` reports, as (speaker id or words, faction id).
    fn attributions(text: &str) -> Vec<Option<(String, Option<&'static str>)>> {
        let kb = entities();
        let mut article = Article::unannotated("t", text);
        article.mentions = EntityMatcher::new(&kb).find(text, &Folded::new(text));
        let id = |e: EntityIx| ["hamas", "afp", "risheq", "cairo"][e as usize];
        (0..article.sentences.len() as SentenceIx)
            .map(|s| {
                paraphrase(&kb, &article, s, false).map(|a| {
                    let who = a
                        .speaker
                        .map_or_else(|| article.slice(a.words).to_string(), |e| id(e).to_string());
                    (who, a.faction.map(id))
                })
            })
            .collect()
    }

    #[test]
    fn the_subject_of_the_cue_speaks() {
        let found = attributions(
            "Izzat Risheq said unity was essential. The talks failed, according to AFP. \
             Talks stalled \u{2014} a Hamas official told reporters. He said no. \
             Cairo says the border will open. The declared aim was peace. \
             Nothing was decided, said the source, who was not named.",
        );
        let who = |w: &str, f: Option<&'static str>| Some((w.to_string(), f));
        assert_eq!(
            found,
            [
                who("risheq", None),
                None,
                who("a Hamas official", Some("hamas")),
                who("risheq", None),
                None,
                None,
                who("the source", None),
            ]
        );
    }

    #[test]
    fn a_news_agency_is_never_a_voice() {
        let found = attributions(
            "Talks resumed on Thursday, an informed source told AFP. \
             Hamas rejected that, AFP reported. \
             The talks failed, according to AFP. \
             AFP reported that Izzat Risheq said the talks failed. \
             Nothing was agreed, told AFP Hamas.",
        );
        let who = |w: &str, f: Option<&'static str>| Some((w.to_string(), f));
        assert_eq!(
            found,
            [
                // The listener of "told" is not its speaker; the source is.
                who("an informed source", None),
                // AFP's report, not Hamas speaking.
                None,
                None,
                // An outlet's cue is passed over; the next cue names the speaker.
                who("risheq", None),
                // The words after "told" are its listener, even when inverted.
                None,
            ]
        );
    }
}
