//! The reporting-verb lexicon: the one list of words that introduce reported speech,
//! shared by quotation attribution (`extract::quotes`), paraphrase detection (the
//! comparison's voices) and the model, whose attribution rules name their verb by its
//! index here. It sits below the model for that reason and knows only `text`.
//!
//! Each entry is a verb with the forms matched in text, the frame it takes, and
//! whether English puts it before its subject after a quotation:
//!
//! | frame | patterns | examples |
//! |---|---|---|
//! | [`Frame::Speech`] | `X said "…"`, `"…," X said`, `"…," said X` | said, added, warned, vowed |
//! | [`Frame::Address`] | `X told Y "…"`, `X urged Y to "…"` | told, urged, asked |
//! | [`Frame::Label`] | `X called Z "…"`, `X dismissed Z as "…"` | called, described, dismissed |
//!
//! In every frame the speaker is the verb's subject; the frame says what follows the
//! verb: the words (speech), a listener who never speaks (address: "told AFP"), or
//! what the quoted words describe (label). Label verbs report speech only when a
//! quotation follows them, so paraphrase detection takes speech and address verbs
//! only. "According to X" is a cue of its own (its speaker follows it), not a verb.
//!
//! Forms are listed, not derived by stemming, so that nouns that look like verbs
//! ("demands", "claims", "reports", "notes") are not cues on their own: they are
//! listed apart ([`NOUN_LIKE_FORMS`]) and count only right after their subject. A
//! form the lexicon does not list is not a reporting verb. The table is indexed by
//! [`VerbIx`], which the compiled corpus stores, so entries are only ever appended.

/// What follows a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// The reported words: `X said (that) …`.
    Speech,
    /// A listener, then the words: `X told Y …`; the listener is never the speaker.
    Address,
    /// What the quoted words describe: `X called Z "…"`, `X dismissed Z as "…"`.
    Label,
}

/// One reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportingVerb {
    /// How the reader names the pattern: "said", "called … a", "dismissed … as".
    pub display: &'static str,
    /// Every form matched, lowercase; the first is the past tense.
    pub forms: &'static [&'static str],
    pub frame: Frame,
    /// Whether `"…," said X` is English for this verb (it is for say, not for tell).
    pub inverts: bool,
}

/// Index of a verb in [`VERBS`]: what a quotation's attribution rule stores.
pub type VerbIx = u8;

const fn verb(
    display: &'static str,
    forms: &'static [&'static str],
    frame: Frame,
    inverts: bool,
) -> ReportingVerb {
    ReportingVerb {
        display,
        forms,
        frame,
        inverts,
    }
}

use Frame::{Address, Label, Speech};

/// The lexicon. Appended to, never reordered: compiled corpora refer to entries by
/// index.
#[rustfmt::skip]
pub const VERBS: &[ReportingVerb] = &[
    verb("said", &["said", "says", "say", "saying"], Speech, true),
    verb("told", &["told", "tells", "tell", "telling"], Address, false),
    verb("added", &["added", "adds", "adding"], Speech, true),
    verb("wrote", &["wrote", "writes", "write", "writing"], Speech, true),
    verb("declared", &["declared", "declares", "declaring"], Speech, true),
    verb("stated", &["stated", "stating"], Speech, true),
    verb("reported", &["reported"], Speech, false),
    verb("announced", &["announced", "announces", "announcing"], Speech, true),
    verb("explained", &["explained", "explains", "explaining"], Speech, true),
    verb("noted", &["noted", "noting"], Speech, true),
    verb("asked", &["asked", "asks", "asking"], Address, true),
    verb("insisted", &["insisted", "insists", "insisting"], Speech, true),
    verb("warned", &["warned", "warns", "warning"], Speech, true),
    verb("stressed", &["stressed", "stresses", "stressing"], Speech, true),
    verb("urged", &["urged", "urges", "urging"], Address, false),
    verb("vowed", &["vowed", "vowing"], Speech, false),
    verb("pledged", &["pledged", "pledging"], Speech, false),
    verb("promised", &["promised"], Speech, false),
    verb("suggested", &["suggested", "suggests", "suggesting"], Speech, false),
    verb("demanded", &["demanded", "demanding"], Speech, false),
    verb("claimed", &["claimed", "claiming"], Speech, false),
    verb("confirmed", &["confirmed", "confirms", "confirming"], Speech, true),
    verb("called … a", &["called", "calling"], Label, false),
    verb("described … as", &["described", "describes", "describing"], Label, false),
    verb("dismissed … as", &["dismissed", "dismisses", "dismissing"], Label, false),
    verb("denounced", &["denounced", "denounces", "denouncing"], Label, false),
    verb("condemned", &["condemned", "condemns", "condemning"], Label, false),
    verb("hailed", &["hailed", "hails", "hailing"], Label, false),
    verb("praised", &["praised", "praises", "praising"], Label, false),
    verb("welcomed", &["welcomed", "welcomes", "welcoming"], Label, false),
    verb("criticised", &["criticised", "criticized", "criticises", "criticizes", "criticising",
        "criticizing"], Label, false),
    verb("accused", &["accused", "accuses", "accusing"], Label, false),
    verb("rejected", &["rejected", "rejects", "rejecting"], Label, false),
    verb("replied", &["replied", "replying"], Speech, true),
    verb("responded", &["responded", "responds", "responding"], Speech, true),
    verb("affirmed", &["affirmed", "affirms", "affirming"], Speech, true),
    verb("reiterated", &["reiterated", "reiterates", "reiterating"], Speech, true),
    verb("emphasised", &["emphasised", "emphasized", "emphasises", "emphasizes", "emphasising",
        "emphasizing"], Speech, true),
    verb("asserted", &["asserted", "asserts", "asserting"], Speech, true),
    verb("argued", &["argued", "argues", "arguing"], Speech, true),
    verb("acknowledged", &["acknowledged", "acknowledges", "acknowledging"], Speech, true),
    verb("admitted", &["admitted", "admits", "admitting"], Speech, true),
    verb("predicted", &["predicted", "predicts", "predicting"], Speech, true),
    verb("denied", &["denied", "denies", "denying"], Speech, false),
    verb("commented", &["commented", "commenting"], Speech, true),
    verb("remarked", &["remarked"], Speech, true),
    verb("tweeted", &["tweeted"], Speech, true),
    verb("applauded", &["applauded", "applauds", "applauding"], Label, false),
    verb("lauded", &["lauded", "lauds", "lauding"], Label, false),
    verb("slammed", &["slammed", "slams", "slamming"], Label, false),
    verb("branded", &["branded", "brands", "branding"], Label, false),
    verb("termed", &["termed", "terms", "terming"], Label, false),
    verb("dubbed", &["dubbed", "dubs", "dubbing"], Label, false),
    verb("labelled", &["labelled", "labeled", "labelling", "labeling"], Label, false),
    verb("cautioned", &["cautioned", "cautions", "cautioning"], Speech, true),
    verb("conceded", &["conceded", "concedes", "conceding"], Speech, true),
    verb("recalled", &["recalled", "recalls", "recalling"], Speech, true),
    verb("revealed", &["revealed", "reveals", "revealing"], Speech, false),
    verb("underlined", &["underlined", "underlines", "underlining", "underscored",
        "underscores", "underscoring"], Speech, true),
    verb("threatened", &["threatened", "threatens", "threatening"], Speech, false),
    verb("quipped", &["quipped"], Speech, true),
    verb("expressed", &["expressed", "expresses", "expressing"], Speech, false),
    verb("read", &["read", "reads"], Speech, true),
];

/// Forms that are nouns at least as often as verbs ("Hamas's demands", "media
/// reports"), with the verb they are a form of. They are cues only right after the
/// name or pronoun that is their subject (`Abbas claims "…"`).
#[rustfmt::skip]
pub const NOUN_LIKE_FORMS: &[(&str, &str)] = &[
    ("claims", "claimed"), ("demands", "demanded"), ("notes", "noted"), ("reports", "reported"),
    ("calls", "called"), ("comments", "commented"), ("remarks", "remarked"), ("states", "stated"),
    ("promises", "promised"), ("vows", "vowed"), ("pledges", "pledged"), ("replies", "replied"),
    ("tweets", "tweeted"),
];

/// The verb a lowercase word is a form of, if any.
pub fn verb_of(lowercase_word: &str) -> Option<VerbIx> {
    VERBS
        .iter()
        .position(|v| v.forms.contains(&lowercase_word))
        .map(|i| i as VerbIx)
}

/// The verb a noun-like form ("claims") is a form of, for a caller that has checked
/// that a subject stands right before it.
pub fn verb_of_noun_like(lowercase_word: &str) -> Option<VerbIx> {
    NOUN_LIKE_FORMS
        .iter()
        .find(|(form, _)| *form == lowercase_word)
        .and_then(|(_, past)| verb_of(past))
}

/// The entry for an index; `None` for an index the lexicon lacks (a stale blob).
pub fn entry(ix: VerbIx) -> Option<&'static ReportingVerb> {
    VERBS.get(ix as usize)
}

/// Whether a lowercase word is a participle form ("saying", "adding"): it shares the
/// subject of the clause it hangs from.
pub fn is_participle(lowercase_word: &str) -> bool {
    lowercase_word.ends_with("ing") && verb_of(lowercase_word).is_some()
}

/// Whether a lowercase word reports speech without quotation marks: a speech or
/// address verb. Label verbs ("called", "hailed") need the quoted words.
pub fn reports_speech(lowercase_word: &str) -> bool {
    verb_of(lowercase_word)
        .and_then(entry)
        .is_some_and(|v| v.frame != Label)
}

/// Nouns that make a phrase a statement rather than a person: "a statement by the
/// Popular Front", "an Egyptian statement". The body that issues it speaks.
pub const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "communique",
    "communiqué",
    "declaration",
    "announcement",
    "release",
];

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
    crate::text::words(phrase)
        .iter()
        .any(|&(s, e)| ROLE_NOUNS.contains(&phrase[s..e].to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_belongs_to_one_verb_and_is_lowercase() {
        let mut seen = std::collections::BTreeSet::new();
        for v in VERBS {
            assert!(!v.forms.is_empty(), "{}", v.display);
            for f in v.forms {
                assert_eq!(*f, f.to_lowercase());
                assert!(seen.insert(*f), "{f} is listed twice");
            }
        }
        assert!(VERBS.len() <= VerbIx::MAX as usize);
        for (form, past) in NOUN_LIKE_FORMS {
            assert!(verb_of(form).is_none(), "{form} is also a plain form");
            assert!(verb_of(past).is_some(), "{past} is no verb of the lexicon");
        }
    }

    #[test]
    fn nouns_that_look_like_verbs_are_not_cues() {
        for noun in [
            "demands",
            "claims",
            "reports",
            "notes",
            "statement",
            "calls",
            "comments",
            "remarks",
            "promising",
            "states",
        ] {
            assert_eq!(verb_of(noun), None, "{noun}");
        }
        assert_eq!(verb_of("said"), Some(0));
        assert!(is_participle("saying") && !is_participle("said"));
        assert!(reports_speech("told") && !reports_speech("called"));
    }
}
