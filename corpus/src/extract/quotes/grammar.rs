//! The closed-class words the attribution rules read a clause's structure by.
//!
//! English marks clause structure with a few hundred function words; the rules need
//! only those that open a clause, bracket an aside, or stand between a subject and
//! its verb. Open-class words (nouns, verbs, names) are never listed here: names come
//! from the knowledge base, reporting verbs from the lexicon in `crate::reporting`,
//! weekday names from `crate::date`.

use crate::date::is_weekday_name;

/// Relative pronouns: `X, who …, said` (an aside), `the plan, which X called …`.
pub(super) const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "that"];

/// Words that open a clause: the subject of a later verb is read after the last one.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "nor", "yet", "so", "while", "whereas", "as", "because", "although",
    "though", "after", "before", "when", "whenever", "where", "since", "if", "unless", "until",
    "once", "who", "whom", "whose", "which", "that", "what", "whether",
];

/// First words of an introductory phrase or clause that is not the subject: `On
/// Sunday, …`, `Speaking to reporters, …`, `However, …`.
pub(super) const INTRO_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "before",
    "during",
    "earlier",
    "later",
    "last",
    "this",
    "next",
    "late",
    "early",
    "meanwhile",
    "however",
    "separately",
    "also",
    "still",
    "yet",
    "but",
    "and",
    "so",
    "then",
    "when",
    "while",
    "as",
    "although",
    "though",
    "since",
    "because",
    "if",
    "asked",
    "speaking",
    "addressing",
    "writing",
    "following",
    "for",
    "from",
    "with",
    "without",
    "under",
    "according",
    "despite",
    "amid",
    "instead",
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "indeed",
    "today",
    "yesterday",
    "overnight",
    "once",
    "to",
    "by",
    "over",
    "about",
    "upon",
    "within",
];

/// Whether a lowercase word may stand between a subject and its verb without being
/// either: `X also said`, `X on Sunday told`, `X has repeatedly warned`. Nouns are not
/// listed: a noun before the verb is the subject's head ("a joint statement said").
pub(super) fn between_subject_and_verb(lower: &str) -> bool {
    BETWEEN_SUBJECT_AND_VERB.contains(&lower) || is_weekday_name(lower)
}

/// [`between_subject_and_verb`]'s words, less the weekday names.
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also",
    "later",
    "earlier",
    "then",
    "further",
    "again",
    "previously",
    "once",
    "recently",
    "reportedly",
    "publicly",
    "repeatedly",
    "separately",
    "twice",
    "first",
    "often",
    "has",
    "had",
    "have",
    "having",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "did",
    "does",
    "do",
    "shall",
    "should",
    "must",
    "not",
    "never",
    "already",
    "however",
    "too",
    "himself",
    "herself",
    "itself",
    "themselves",
    "on",
    "today",
    "yesterday",
    "tonight",
    "firmly",
    "flatly",
    "bluntly",
    "angrily",
    "openly",
    "privately",
    "quietly",
    "simply",
    "explicitly",
    "only",
];

/// Nouns of an aside between subject and verb that names the occasion: `X in a
/// statement said`, `X, in an interview, told`.
pub(super) const OCCASIONS: &[&str] = &[
    "statement",
    "interview",
    "speech",
    "conference",
    "remarks",
    "comments",
    "message",
    "post",
    "briefing",
    "address",
];

/// Forms of "be": a reporting verb after one is passive (`was dismissed as … by X`).
pub(super) const BE: &[&str] = &["is", "was", "were", "are", "been", "being", "be"];

/// Words a noun phrase is made of besides names and nouns: they never end one.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our",
    "another", "one", "two", "three", "some", "several", "both",
];

/// Prepositions that end a noun phrase's core: `a spokesman for Hamas`, `a statement by
/// the Popular Front`, `an official familiar with the talks`.
pub(super) const PREPOSITIONS: &[&str] = &[
    "of",
    "for",
    "with",
    "from",
    "by",
    "in",
    "at",
    "on",
    "to",
    "close",
    "familiar",
    "inside",
    "within",
    "near",
    "among",
    "representing",
    "involved",
];

/// Finite verbs and auxiliaries common in news prose: a chunk holding one is a clause,
/// never a subject (`Hamas has sent a delegation to Iran`).
pub(super) const FINITE: &[&str] = &[
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "did",
    "does", "do", "met", "held", "sent", "took", "made", "came", "went", "left", "gave", "got",
    "began", "agreed", "signed", "arrived", "hosted", "received", "visited",
];

/// Words that bring the speaker in after them in a passive: `… by X`.
pub(super) const AGENT: &str = "by";

/// Personal pronouns that can be the subject of a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pronoun {
    /// he, she: a person.
    Singular,
    /// they, it: a body, a group or an unnamed speaker.
    Body,
    /// I, we: the writer or a group inside a quotation, never attributed.
    FirstPerson,
}

pub(super) fn pronoun(lower: &str) -> Option<Pronoun> {
    match lower {
        // Object forms too: "quoted him as saying".
        "he" | "she" | "him" | "her" => Some(Pronoun::Singular),
        "they" | "it" | "them" => Some(Pronoun::Body),
        "i" | "we" => Some(Pronoun::FirstPerson),
        _ => None,
    }
}

/// Whether a word reads as a participle or adjective opening a phrase: "speaking",
/// "sanctioned". Used to tell an aside (`X, speaking to AFP, said`) from a name.
pub(super) fn participle_like(lower: &str) -> bool {
    lower.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ed"))
}

/// Titles and role words that may stand in a subject before a name: `Egyptian
/// intelligence chief Hassan Rashad`, `Hamas negotiator Khalil al-Hayya`.
pub(super) const TITLE_WORDS: &[&str] = &[
    "official",
    "officials",
    "chief",
    "head",
    "leader",
    "member",
    "minister",
    "president",
    "prime",
    "secretary-general",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "negotiator",
    "envoy",
    "deputy",
    "senior",
    "top",
    "intelligence",
    "politburo",
    "political",
    "bureau",
    "delegation",
    "commander",
    "general",
    "director",
    "adviser",
    "advisor",
    "aide",
    "mediator",
    "diplomat",
    "former",
    "acting",
    "veteran",
    "exiled",
    "chairman",
    "founder",
    "co-founder",
    "representative",
    "ambassador",
    "foreign",
    "militant",
    "group's",
    "movement's",
    "sanctioned",
    "terrorist",
    "central",
    "committee",
    "council",
    "executive",
    "speaker",
    "vice",
    "figure",
    "activist",
    "lawmaker",
    "legislator",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sheikh",
];
