//! A short label for a dated reference the catalogue does not name, made from its
//! sentence: who did what, in the sentence's own words ("Egypt invited the Palestinian
//! factions to Cairo on Monday" gives "Egypt invites the Palestinian factions"). The
//! detail panel keeps the whole sentence.
//!
//! What it reads is what the corpus already knows: the byte ranges of the sentence's
//! mentions of knowledge-base entities (a subject starts with one), the date's words,
//! and a small lexicon ([`super::ref_lexicon`]): acts ("signed", "met", "invited") and
//! the reporting verbs of [`corpus::reporting`] that take a thing as their object
//! ("announced a truce"), never those that report a clause ("said", "told"), since
//! the clause would be the event.
//!
//! The rule is to say nothing the sentence does not: when in doubt it gives `None`
//! and the caller writes a generic label. It gives `None` when
//! - the subject and its verb are not in the date's clause (cut at commas, colons,
//!   semicolons, brackets, dashes and quotation marks), unless the date opens the
//!   sentence on its own ("In June 2007, Hamas seized Gaza");
//! - the clause goes on after its object with another clause before the date
//!   ("Hamas won the elections and seized Gaza in 2007" says nothing of winning in
//!   2007), or the object is the subject of another verb ("announced the talks had
//!   failed");
//! - the verb is negated, hedged or modal ("did not sign", "reportedly met", "would
//!   meet"): only a subject, an optional "has"/"had", then the verb, is read;
//! - the clause is conditional or relative ("if Hamas signed", "the deal that Hamas
//!   signed"): only a date and words like "In", "After", "Meanwhile" may come before
//!   the subject in its clause;
//! - the words are inside a quotation (someone's claim, not the text's), or the
//!   subject closes a list ("Hamas, Fatah and Islamic Jihad signed");
//! - the date bounds a state rather than dates an act ("since 2007", "by December");
//! - the object is not a plain noun phrase (a determiner, up to three modifiers and a
//!   noun of the lexicon, or names of the knowledge base), or the label would be
//!   longer than [`MAX_CHARS`].
//!
//! The label is in the headline present ("Hamas wins the elections"): the subject and
//! the object as the sentence spells them, the verb from the lexicon.

use super::ref_lexicon::{self as lex, Verb, Word};
use std::ops::Range;

/// What a label is made from: the sentence and, as byte ranges into it, the words
/// that give the date and the mentions of knowledge-base entities, in order.
#[derive(Debug, Clone)]
pub struct Reference<'a> {
    pub sentence: &'a str,
    pub date: Range<usize>,
    pub mentions: &'a [Range<usize>],
}

/// Longer than this, a label is no shortening.
pub const MAX_CHARS: usize = 64;

/// The label, or `None` when the sentence does not say plainly who did what at the
/// date (see the module).
pub fn short_label(r: &Reference) -> Option<String> {
    let w = lex::words(r.sentence, &r.date, r.mentions);
    let first_date = w.iter().position(|x| x.date)?;
    let bounded = first_date > 0
        && matches!(
            w[first_date - 1].lower.as_str(),
            "since" | "until" | "till" | "by" | "before"
        );
    if bounded {
        return None;
    }
    (0..w.len())
        .filter(|&i| w[i].mention.is_some() && (i == 0 || w[i - 1].mention != w[i].mention))
        .filter_map(|m| Clause::at(&w, m))
        .find(|c| c.is_dated(&w))
        .map(|c| c.label(r.sentence, &w))
        .filter(|l| l.chars().count() <= MAX_CHARS)
}

/// A clause read as subject, verb and object: word indexes.
struct Clause {
    seg: usize,
    /// The subject: `start..verb` less an auxiliary.
    start: usize,
    subject_end: usize,
    plural: bool,
    verb: usize,
    lexeme: Verb,
    /// The verb's particle is the word after it.
    particle: bool,
    /// After the object (or the verb and its particle) and a place.
    end: usize,
}

impl Clause {
    /// The clause whose subject holds the mention that starts at word `m`.
    fn at(w: &[Word], m: usize) -> Option<Clause> {
        let seg = w[m].seg;
        let start = subject_start(w, m);
        let (subject_end, mut plural) = subject_end(w, m);
        if subject_end == m {
            return None;
        }
        let mut v = subject_end;
        if w.get(v)
            .is_some_and(|x| matches!(x.lower.as_str(), "has" | "have" | "had"))
        {
            v += 1;
        }
        let word = w.get(v).filter(|x| x.seg == seg && !x.quoted)?;
        // "was founded": the auxiliary stands for the verb, the participle follows it.
        let passive = lex::passive(&word.lower, w.get(v + 1).map(|x| x.lower.as_str()))
            .filter(|_| w[v + 1].seg == seg && !w[v + 1].quoted);
        let lexeme = match passive {
            Some(verb) => verb,
            None => lex::verb(&word.lower)?,
        };
        plural |= passive.is_some() && word.lower == "were";
        if w[start..v].iter().any(|x| x.quoted) || !opens_cleanly(w, start, seg) {
            return None;
        }
        let particle = w
            .get(v + 1)
            .is_some_and(|p| p.seg == seg && Some(p.lower.as_str()) == lexeme.particle);
        if lexeme.needs_particle && !particle {
            return None;
        }
        let after = v + 1 + usize::from(particle) + usize::from(passive.is_some());
        let end = match noun_phrase(w, after, seg).filter(|_| passive.is_none()) {
            Some(end) => end,
            None if lexeme.intransitive => after,
            None => return None,
        };
        let end = place_after(w, end, seg, passive.is_some()).unwrap_or(end);
        ends_cleanly(w, end, seg).then_some(Clause {
            seg,
            start,
            subject_end,
            plural,
            verb: v,
            lexeme,
            particle,
            end,
        })
    }

    /// The date belongs to this clause: it is inside it, or before it with only
    /// opening words between (`opens_cleanly` saw to those), or after it with no
    /// other clause between; or it opens the sentence on its own right before it.
    fn is_dated(&self, w: &[Word]) -> bool {
        let Some(d) = w.iter().position(|x| x.date) else {
            return false;
        };
        if w[d].seg == self.seg {
            return d < self.end || !w[self.end..d].iter().any(|x| starts_clause(&x.lower));
        }
        let alone = w
            .iter()
            .filter(|x| x.seg == w[d].seg)
            .all(|x| x.date || lex::is_opener(&x.lower));
        alone && w[d].seg + 1 == self.seg && w[self.start - 1].seg == w[d].seg
    }

    fn label(&self, sentence: &str, w: &[Word]) -> String {
        let mut label = capitalize(&text_of(sentence, &w[self.start..self.subject_end]));
        label.push(' ');
        label.push_str(if self.plural {
            self.lexeme.base
        } else {
            self.lexeme.third
        });
        let mut rest = self.verb + 1;
        if self.particle {
            label.push(' ');
            label.push_str(self.lexeme.particle.unwrap_or_default());
            rest += 1;
        }
        if self.end > rest {
            label.push(' ');
            label.push_str(&text_of(sentence, &w[rest..self.end]));
        }
        label
    }
}

/// A name or a title, as a subject holds: "Hamas", "Egyptian intelligence chief".
fn subject_like(x: &Word) -> bool {
    let name = x.capital
        && !lex::is_opener(&x.lower)
        && !lex::is_stop(&x.lower)
        && !corpus::date::is_calendar_name(&x.lower);
    !x.quoted && !x.date && (x.mention.is_some() || lex::is_subject_word(&x.lower) || name)
}

/// Where the subject holding the mention at word `m` starts: up to four titles or
/// names before it ("Egyptian intelligence chief Abbas Kamel"), in its clause.
fn subject_start(w: &[Word], m: usize) -> usize {
    let mut i = m;
    while i > 0 && m - i < 4 {
        let x = &w[i - 1];
        if x.seg != w[m].seg || x.lower == "and" || !subject_like(x) {
            break;
        }
        i -= 1;
    }
    i
}

/// Where that subject ends (at most seven words from the mention), and whether it is
/// plural: several names ("Fatah and Hamas") or a plural title ("Hamas officials").
fn subject_end(w: &[Word], m: usize) -> (usize, bool) {
    let mut j = m;
    // After the name, a noun it qualifies may end the subject: "the Cairo agreement".
    let qualified = |x: &Word| !x.quoted && lex::is_head(&x.lower);
    while j < w.len()
        && j < m + 7
        && w[j].seg == w[m].seg
        && (subject_like(&w[j]) || qualified(&w[j]))
    {
        j += 1;
    }
    while j > m + 1 && matches!(w[j - 1].lower.as_str(), "and" | "the") {
        j -= 1;
    }
    if j == m {
        return (m, false);
    }
    let plural = w[m..j].iter().any(|x| x.lower == "and") || lex::is_plural_noun(&w[j - 1].lower);
    (j, plural)
}

/// Before the subject in its clause there is only a date and words that open one
/// ("In June 2007", "Meanwhile", "After"), and the clause does not close a list of
/// names ("Hamas, Fatah and …").
fn opens_cleanly(w: &[Word], start: usize, seg: usize) -> bool {
    let mut first = start;
    while first > 0 && w[first - 1].seg == seg {
        first -= 1;
    }
    let openers = w[first..start]
        .iter()
        .all(|x| x.date || lex::is_opener(&x.lower));
    let after_a_name = first == start && first > 0 && w[first - 1].mention.is_some();
    openers && !after_a_name
}

/// The end (a word index, exclusive) of a plain noun phrase from word `i`: a
/// determiner, then names ("Hamas and Fatah") or up to three modifiers and a noun of
/// the lexicon ("the Palestinian factions"), then "of" and names ("control of Gaza").
fn noun_phrase(w: &[Word], i: usize, seg: usize) -> Option<usize> {
    let in_clause = |j: usize| j < w.len() && w[j].seg == seg && !w[j].quoted;
    let mut j = i;
    if in_clause(j) && lex::is_determiner(&w[j].lower) {
        j += 1;
    }
    let end = match head_or_names(w, j, seg) {
        Some(end) => end,
        None => {
            // One or two words and "of" before it: "the convening of a meeting".
            let run = modifiers(w, j, seg);
            let of = j + run;
            if !((1..=2).contains(&run) && in_clause(of) && w[of].lower == "of") {
                return None;
            }
            let k = of + 1 + usize::from(in_clause(of + 1) && lex::is_determiner(&w[of + 1].lower));
            head_or_names(w, k, seg)?
        }
    };
    if in_clause(end) && w[end].lower == "of" {
        let k = end + 1 + usize::from(in_clause(end + 1) && w[end + 1].lower == "the");
        if in_clause(k) && w[k].mention.is_some() {
            return Some(names(w, k, seg));
        }
    }
    Some(end)
}

/// After names, or after up to three modifiers, the noun of the lexicon that ends a
/// phrase from word `j` ("Hamas", "the Hamas leadership", "the unity government"): the
/// end of that phrase.
fn head_or_names(w: &[Word], j: usize, seg: usize) -> Option<usize> {
    if j < w.len() && w[j].seg == seg && !w[j].quoted && w[j].mention.is_some() {
        let end = names(w, j, seg);
        let qualified = end < w.len() && w[end].seg == seg && lex::is_head(&w[end].lower);
        return Some(end + usize::from(qualified));
    }
    (j..j + modifiers(w, j, seg).min(4))
        .rfind(|&k| lex::is_head(&w[k].lower))
        .map(|head| head + 1)
}

/// How many plain words (no names, prepositions, pronouns or verbs) follow from `j`,
/// up to four.
fn modifiers(w: &[Word], j: usize, seg: usize) -> usize {
    (j..(j + 4).min(w.len()))
        .take_while(|&k| {
            let x = &w[k];
            x.seg == seg && !x.quoted && x.mention.is_none() && !lex::is_stop(&x.lower)
        })
        .count()
}

/// The end of the run of names from word `j`: "Hamas", "Hamas and Fatah".
fn names(w: &[Word], mut j: usize, seg: usize) -> usize {
    loop {
        let m = w[j].mention;
        while j < w.len() && m.is_some() && w[j].mention == m {
            j += 1;
        }
        let and = j + 1 < w.len() && w[j].lower == "and" && w[j].seg == seg;
        if !(and && w[j + 1].seg == seg && w[j + 1].mention.is_some()) {
            return j;
        }
        j += 1;
    }
}

/// "in Cairo", "with Israel" right after the verb or its object, or the agent of a
/// passive ("by Fatah and Hamas"): its end.
fn place_after(w: &[Word], end: usize, seg: usize, passive: bool) -> Option<usize> {
    let in_clause = |j: usize| j < w.len() && w[j].seg == seg && !w[j].quoted;
    let preposition = |p: &str| matches!(p, "in" | "with") || passive && p == "by";
    if !(in_clause(end) && preposition(&w[end].lower)) {
        return None;
    }
    let k = end + 1 + usize::from(in_clause(end + 1) && w[end + 1].lower == "the");
    (in_clause(k) && w[k].mention.is_some()).then(|| names(w, k, seg))
}

/// The clause may end at `end`: what follows in it starts a phrase of its own (a
/// preposition, a conjunction, the date), and no verb follows before another clause
/// starts, which would make the object its subject ("the talks in Cairo were over").
fn ends_cleanly(w: &[Word], end: usize, seg: usize) -> bool {
    let Some(next) = w.get(end).filter(|x| x.seg == seg) else {
        return true;
    };
    let phrase = next.date || lex::is_after_object(&next.lower);
    let verb_first = w[end..]
        .iter()
        .take_while(|x| x.seg == seg)
        .find(|x| !x.date && starts_clause(&x.lower))
        .is_some_and(|x| lex::is_finite(&x.lower));
    phrase && !verb_first
}

/// A word that starts another clause in the same stretch of text.
fn starts_clause(word: &str) -> bool {
    matches!(
        word,
        "and" | "but" | "or" | "then" | "which" | "who" | "that" | "while" | "whereas" | "when"
    ) || lex::is_finite(word)
}

/// The sentence's own text from the first word to the last, white space collapsed.
fn text_of(sentence: &str, words: &[Word]) -> String {
    match (words.first(), words.last()) {
        (Some(a), Some(b)) => sentence[a.start..b.end]
            .split(|c: char| c.is_ascii_whitespace())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

/// The first letter in capitals (ASCII only: see `ref_lexicon::word_spans`).
fn capitalize(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
