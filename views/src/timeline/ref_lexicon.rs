//! The words [`super::ref_label`] reads a sentence with: the sentence cut into words
//! (each with its clause, whether it is in a mention, the date or a quotation), the
//! verbs a label can be made of, and the small classes of words around them.

use corpus::reporting;
use std::ops::Range;

/// A word of the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Byte range in the sentence.
    pub start: usize,
    pub end: usize,
    /// Lowercase, typographic apostrophes made straight.
    pub lower: String,
    /// The clause it is in: clauses are cut at commas, colons, semicolons, brackets,
    /// dashes and quotation marks, and counted from 0.
    pub seg: usize,
    /// The mention it is part of, as an index into the mentions.
    pub mention: Option<usize>,
    /// Part of the date's words.
    pub date: bool,
    /// Inside a quotation: someone's words, not the text's.
    pub quoted: bool,
    /// Starts with a capital letter.
    pub capital: bool,
}

/// The sentence's words.
pub fn words(sentence: &str, date: &Range<usize>, mentions: &[Range<usize>]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let (mut seg, mut depth, mut prev_end) = (0usize, 0i32, 0usize);
    for (start, end) in word_spans(sentence) {
        let gap = &sentence[prev_end..start];
        if !out.is_empty() && cuts_clause(gap) {
            seg += 1;
        }
        for c in gap.chars() {
            match c {
                '“' => depth += 1,
                '”' => depth = (depth - 1).max(0),
                '"' => depth = if depth > 0 { 0 } else { 1 },
                _ => {}
            }
        }
        let overlaps = |r: &Range<usize>| r.start < end && start < r.end;
        let text = &sentence[start..end];
        out.push(Word {
            start,
            end,
            lower: text.to_ascii_lowercase().replace('\u{2019}', "'"),
            seg,
            mention: mentions.iter().position(overlaps),
            date: overlaps(date),
            quoted: depth > 0,
            capital: text.starts_with(|c: char| c.is_ascii_uppercase()),
        });
        prev_end = end;
    }
    out
}

/// Byte ranges of the words of `sentence`, as `corpus::text::words` cuts them
/// (letters and digits, with inner hyphens, apostrophes and dots) but without
/// Unicode's tables, which this code would otherwise bring into the front page's
/// wasm: a character outside ASCII is a letter unless it is one of the punctuation
/// marks a sentence holds. The lexicon is ASCII, so only ASCII words are compared
/// (lowercased) and only ASCII capitals start a name.
fn word_spans(sentence: &str) -> Vec<(usize, usize)> {
    let letter =
        |c: char| c.is_ascii_alphanumeric() || !c.is_ascii() && !"\u{a0}‘’“”–—…«»·•".contains(c);
    let joiner = |c: char| matches!(c, '-' | '\'' | '\u{2019}' | '.');
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
        match start {
            None if letter(c) => start = Some(i),
            Some(s) if !(letter(c) || joiner(c)) => {
                let word = sentence[s..i].trim_end_matches(joiner);
                out.push((s, s + word.len()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn cuts_clause(gap: &str) -> bool {
    gap.contains(|c| ",;:()[]\"“”—–!?".contains(c)) || gap.contains(" - ")
}

/// A verb of the lexicon, as a label writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    /// "invites", "meets": after a singular subject.
    pub third: &'static str,
    /// "invite", "meet": after a plural one.
    pub base: &'static str,
    /// The word the verb takes before its object: "met with", "called for".
    pub particle: Option<&'static str>,
    /// Only with its particle ("called for" is an act, "called" a name).
    pub needs_particle: bool,
    /// A label without an object is whole: "Fatah and Hamas meet".
    pub intransitive: bool,
}

const fn v(third: &'static str, base: &'static str) -> Verb {
    Verb {
        third,
        base,
        particle: None,
        needs_particle: false,
        intransitive: false,
    }
}

const fn with(mut verb: Verb, particle: &'static str, needs: bool) -> Verb {
    verb.particle = Some(particle);
    verb.needs_particle = needs;
    verb
}

const fn alone(mut verb: Verb) -> Verb {
    verb.intransitive = true;
    verb
}

/// Acts the talks' history is made of, by their past forms (and participles).
#[rustfmt::skip]
const ACTIONS: &[(&[&str], Verb)] = &[
    (&["signed"], v("signs", "sign")),
    (&["agreed"], with(v("agrees", "agree"), "on", true)),
    (&["met"], alone(with(v("meets", "meet"), "with", false))),
    (&["invited"], v("invites", "invite")),
    (&["hosted"], v("hosts", "host")),
    (&["won"], v("wins", "win")),
    (&["seized"], v("seizes", "seize")),
    (&["took"], with(v("takes", "take"), "over", false)),
    (&["taken"], with(v("takes", "take"), "over", false)),
    (&["launched"], v("launches", "launch")),
    (&["attacked"], v("attacks", "attack")),
    (&["proposed"], v("proposes", "propose")),
    (&["accepted"], v("accepts", "accept")),
    (&["formed"], v("forms", "form")),
    (&["held"], v("holds", "hold")),
    (&["visited"], v("visits", "visit")),
    (&["brokered"], v("brokers", "broker")),
    (&["mediated"], v("mediates", "mediate")),
    (&["sponsored"], v("sponsors", "sponsor")),
    (&["ended"], v("ends", "end")),
    (&["began", "begun"], v("begins", "begin")),
    (&["started"], v("starts", "start")),
    (&["released"], v("releases", "release")),
    (&["opened"], v("opens", "open")),
    (&["closed"], v("closes", "close")),
    (&["reached"], v("reaches", "reach")),
    (&["concluded"], v("concludes", "conclude")),
    (&["appointed"], v("appoints", "appoint")),
    (&["elected"], v("elects", "elect")),
    (&["resigned"], alone(v("resigns", "resign"))),
    (&["declared"], v("declares", "declare")),
    (&["approved"], v("approves", "approve")),
    (&["boycotted"], v("boycotts", "boycott")),
    (&["dissolved"], v("dissolves", "dissolve")),
    (&["suspended"], v("suspends", "suspend")),
    (&["resumed"], v("resumes", "resume")),
    (&["joined"], v("joins", "join")),
    (&["convened"], v("convenes", "convene")),
    (&["called"], with(v("calls", "call"), "for", true)),
];

/// Reporting verbs of [`corpus::reporting`] whose object is a thing rather than a
/// clause ("announced a truce", "rejected the plan"), by the lexicon's display form,
/// with their present forms. The others report a clause ("said", "told", "called …
/// a"): the clause would be the event, so they make no label.
#[rustfmt::skip]
const THING_REPORTS: &[(&str, Verb)] = &[
    ("announced", v("announces", "announce")), ("confirmed", v("confirms", "confirm")),
    ("denied", v("denies", "deny")), ("rejected", v("rejects", "reject")),
    ("welcomed", v("welcomes", "welcome")), ("condemned", v("condemns", "condemn")),
    ("denounced", v("denounces", "denounce")), ("praised", v("praises", "praise")),
    ("hailed", v("hails", "hail")), ("criticised", v("criticises", "criticise")),
    ("applauded", v("applauds", "applaud")), ("lauded", v("lauds", "laud")),
    ("slammed", v("slams", "slam")),
];

/// The verb a word is, in its past form or participle, if the lexicon has it: the
/// acts above, or a reporting verb of the corpus's lexicon that takes a thing.
pub fn verb(word: &str) -> Option<Verb> {
    if let Some((_, verb)) = ACTIONS.iter().find(|(forms, _)| forms.contains(&word)) {
        return Some(*verb);
    }
    let entry = reporting::verb_of(word).and_then(reporting::entry)?;
    // The past form only: "announces" in a dated reference is not the act dated.
    if entry.forms.first() != Some(&word) {
        return None;
    }
    THING_REPORTS
        .iter()
        .find(|(display, _)| *display == entry.display)
        .map(|(_, verb)| *verb)
}

/// Participles a passive label is made of: "The PLO was founded" gives "The PLO is
/// founded".
const PASSIVES: &[&str] = &[
    "founded",
    "established",
    "created",
    "formed",
    "signed",
    "elected",
    "held",
    "unveiled",
    "launched",
    "announced",
    "appointed",
    "dissolved",
    "assassinated",
    "killed",
    "released",
    "reached",
    "concluded",
    "approved",
    "ratified",
    "adopted",
    "postponed",
    "cancelled",
    "canceled",
    "suspended",
    "declared",
    "opened",
    "closed",
];

/// `was founded`, `were signed`: the verb a label writes for an auxiliary of the
/// passive followed by a participle of [`PASSIVES`] ("is" or "are", the participle
/// following as the rest of the clause).
pub fn passive(aux: &str, next: Option<&str>) -> Option<Verb> {
    let aux_ok = matches!(aux, "was" | "were");
    (aux_ok && next.is_some_and(|p| PASSIVES.contains(&p))).then_some(alone(v("is", "are")))
}

/// A verb form that makes a clause of its own: after an object, it means the object
/// was the subject of another clause ("announced the talks had failed").
pub fn is_finite(word: &str) -> bool {
    const AUX: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "had", "has", "have", "would", "will",
        "could", "should", "can", "may", "might", "must", "did", "does", "do", "shall",
    ];
    AUX.contains(&word) || verb(word).is_some() || reporting::verb_of(word).is_some()
}

/// Nouns an object can end in: what the talks' history is about.
pub fn is_head(word: &str) -> bool {
    const HEADS: &[&str] = &[
        "agreement",
        "agreements",
        "accord",
        "accords",
        "deal",
        "deals",
        "pact",
        "treaty",
        "ceasefire",
        "truce",
        "talks",
        "meeting",
        "meetings",
        "summit",
        "conference",
        "dialogue",
        "negotiations",
        "round",
        "elections",
        "election",
        "vote",
        "poll",
        "referendum",
        "government",
        "cabinet",
        "plan",
        "proposal",
        "proposals",
        "initiative",
        "declaration",
        "document",
        "paper",
        "roadmap",
        "framework",
        "timetable",
        "deadline",
        "handover",
        "factions",
        "delegation",
        "delegations",
        "sides",
        "leaders",
        "leadership",
        "control",
        "power",
        "offensive",
        "war",
        "attack",
        "attacks",
        "operation",
        "crossing",
        "border",
        "strip",
        "reconciliation",
        "unity",
        "understandings",
        "understanding",
        "committee",
        "council",
        "prisoners",
        "hostages",
        "detainees",
        "captives",
        "office",
        "presidency",
        "majority",
        "seats",
        "parliament",
        "siege",
        "blockade",
        "resolution",
        "charter",
        "state",
        "status",
        "membership",
        "movement",
        "split",
        "division",
        "movements",
        "parties",
        "groups",
        "mediators",
        "officials",
        "envoys",
        "ministers",
    ];
    HEADS.contains(&word)
}

/// Words that end the search for an object's head: prepositions, conjunctions,
/// pronouns, negations and verbs.
pub fn is_stop(word: &str) -> bool {
    const STOP: &[&str] = &[
        "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or", "but", "that",
        "which", "who", "whom", "whose", "as", "than", "if", "not", "no", "nor", "neither", "any",
        "it", "they", "he", "she", "we", "i", "you", "its", "their", "after", "before", "during",
        "while", "when", "into", "over", "under", "between",
    ];
    STOP.contains(&word) || is_finite(word)
}

/// Words that may open an object before its names or modifiers.
pub fn is_determiner(word: &str) -> bool {
    const DET: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "our", "two", "three", "four", "five",
        "several", "all", "both", "new",
    ];
    DET.contains(&word)
}

/// Words that may stand before a subject in its clause, with the date: "In", "On",
/// "After", "Meanwhile", "The next day".
pub fn is_opener(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "in",
        "on",
        "at",
        "during",
        "after",
        "when",
        "once",
        "early",
        "late",
        "mid",
        "last",
        "this",
        "next",
        "then",
        "later",
        "meanwhile",
        "subsequently",
        "finally",
        "eventually",
        "earlier",
        "also",
        "the",
        "day",
        "week",
        "month",
        "year",
        "morning",
        "evening",
        "night",
    ];
    OPENERS.contains(&word)
}

/// Words that may follow a clause's last word (a preposition or a conjunction that
/// starts a phrase of its own); anything else means the clause goes on.
pub fn is_after_object(word: &str) -> bool {
    const AFTER: &[&str] = &[
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "after",
        "during",
        "over",
        "under",
        "amid",
        "following",
        "between",
        "to",
        "as",
        "near",
        "into",
        "against",
        "and",
        "but",
        "without",
        "ending",
    ];
    AFTER.contains(&word)
}

/// Words a subject may hold besides names: titles, bodies, "and", "the".
pub fn is_subject_word(word: &str) -> bool {
    const SUBJECT: &[&str] = &[
        "the",
        "and",
        "leader",
        "leaders",
        "president",
        "prime",
        "minister",
        "foreign",
        "chief",
        "head",
        "official",
        "officials",
        "delegation",
        "delegations",
        "mediators",
        "mediator",
        "negotiators",
        "movement",
        "group",
        "government",
        "authorities",
        "spokesman",
        "forces",
        "army",
        "military",
        "intelligence",
        "factions",
        "faction",
        "sides",
        "both",
        "two",
        "rival",
        "security",
        "political",
        "bureau",
        "politburo",
        "secretary",
        "general",
        "state",
        "envoy",
        "envoys",
        "king",
        "emir",
        "cabinet",
    ];
    SUBJECT.contains(&word)
}

/// The last word of a subject that makes it plural ("Hamas officials"); names are
/// taken as singular ("Hamas", "the United States").
pub fn is_plural_noun(word: &str) -> bool {
    const PLURAL: &[&str] = &[
        "officials",
        "mediators",
        "leaders",
        "factions",
        "delegations",
        "sides",
        "negotiators",
        "authorities",
        "forces",
        "envoys",
        "movements",
        "groups",
        "parties",
        "talks",
        "negotiations",
        "elections",
        "agreements",
        "accords",
        "deals",
    ];
    PLURAL.contains(&word)
}
