//! How a quotation's speaker shows wherever a quotation does (issue 15): a curated
//! person or body, the words naming an unnamed one ("a Hamas official"), an honest
//! "unattributed" when a verb reports the words but the sentence does not make the
//! speaker certain, or nobody for a quoted term. And the rule that decided it, which
//! the reader shows on hover and in its list ("speaker: subject of *said*").
//!
//! One classification ([`Speaker::of`]) serves the reader's text and facts, the
//! timeline's panel and the comparison's voices, so an unattributed quotation is
//! never drawn under a person in one place and apart in another.

use crate::entity::entity_link;
use crate::markup::esc;
use crate::state::ViewState;
use corpus::model::{Article, AttributionRule, Corpus, EntityIx, Quote};
use std::fmt::Write;

/// Who a quotation is shown as coming from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker<'a> {
    /// A curated entity.
    Entity(EntityIx),
    /// The words that name a speaker the knowledge base lacks.
    Words(&'a str),
    /// Reported words whose speaker the structure leaves uncertain.
    Unattributed,
    /// A quoted term or title: nobody's words.
    Term,
}

impl<'a> Speaker<'a> {
    /// The speaker of `quote`. The rule `Unattributed` wins over any speaker field (a
    /// guess is never shown); an index the knowledge base lacks or words that are not
    /// there name nobody, and then reported words are unattributed.
    pub fn of(corpus: &Corpus, article: &'a Article, quote: &Quote) -> Speaker<'a> {
        if quote.rule == AttributionRule::Unattributed {
            return Speaker::Unattributed;
        }
        if let Some(e) = quote
            .speaker
            .filter(|&e| (e as usize) < corpus.entities.len())
        {
            return Speaker::Entity(e);
        }
        let words = quote.speaker_span.map(|s| article.slice(s).trim());
        match words {
            Some(w) if !w.is_empty() => Speaker::Words(w),
            _ if quote.rule == AttributionRule::Term => Speaker::Term,
            _ => Speaker::Unattributed,
        }
    }

    /// The lowercase word for classes and `data-` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Speaker::Entity(_) => "named",
            Speaker::Words(_) => "unnamed",
            Speaker::Unattributed => "unattributed",
            Speaker::Term => "term",
        }
    }
}

/// Why a quotation has the speaker it has, as plain text for a `title`: "speaker:
/// subject of said", "unattributed: …", "no speaker: …".
pub fn rule_title(speaker: Speaker, rule: AttributionRule) -> String {
    match speaker {
        Speaker::Unattributed => UNATTRIBUTED.to_string(),
        Speaker::Term => TERM.to_string(),
        _ => format!("speaker: {}", rule_words(rule)),
    }
}

/// The same as markup, the rule's cue in italics: "speaker: subject of <i>said</i>".
pub fn rule_html(speaker: Speaker, rule: AttributionRule) -> String {
    match speaker {
        Speaker::Unattributed => esc(UNATTRIBUTED),
        Speaker::Term => esc(TERM),
        _ => match rule {
            AttributionRule::Unattributed | AttributionRule::Term => {
                format!("speaker: {}", esc(NO_RULE))
            }
            _ => match rule.parts() {
                (words, Some(cue)) => format!("speaker: {} <i>{}</i>", esc(words), esc(cue)),
                (words, None) => format!("speaker: {}", esc(words)),
            },
        },
    }
}

const UNATTRIBUTED: &str =
    "unattributed: a verb reports these words, but the sentence does not make the speaker certain";
const TERM: &str = "no speaker: a quoted term, nobody's words";
/// A speaker recorded with a rule that gives none: data from before rules existed.
const NO_RULE: &str = "rule not recorded";

fn rule_words(rule: AttributionRule) -> String {
    match rule {
        AttributionRule::Unattributed | AttributionRule::Term => NO_RULE.to_string(),
        _ => rule.label(),
    }
}

/// The tag set before a quotation in the text: who speaks, titled with the rule.
pub fn speaker_tag(corpus: &Corpus, article: &Article, quote: &Quote) -> String {
    let speaker = Speaker::of(corpus, article, quote);
    let label = match speaker {
        Speaker::Entity(e) => corpus.entity(e).name.as_str(),
        Speaker::Words(w) => w,
        Speaker::Unattributed => "unattributed",
        Speaker::Term => "quoted term",
    };
    format!(
        r#"<span class="speaker-tag speaker-{kind}" data-testid="quote-speaker" data-speaker="{kind}" data-rule="{rule}" title="{title}">{label}</span>"#,
        kind = speaker.as_str(),
        rule = quote.rule.as_str(),
        title = esc(&rule_title(speaker, quote.rule)),
        label = esc(label),
    )
}

/// The speaker in a list of quotations: a link for an entity, the words for an
/// unnamed speaker, "unattributed" or "no speaker (a quoted term)" otherwise; the
/// faction the text gives, when it is not the speaker itself.
pub fn speaker_html(
    out: &mut String,
    corpus: &Corpus,
    state: &ViewState,
    article: &Article,
    quote: &Quote,
) {
    let speaker = Speaker::of(corpus, article, quote);
    match speaker {
        Speaker::Entity(e) => entity_link(out, corpus, state, e),
        Speaker::Words(w) => {
            let _ = write!(out, r#"<span class="unnamed">{}</span>"#, esc(w));
        }
        Speaker::Unattributed => out.push_str(r#"<span class="unattributed">unattributed</span>"#),
        Speaker::Term => out.push_str(r#"<span class="unnamed">no speaker (a quoted term)</span>"#),
    }
    let faction = quote
        .speaker_faction
        .filter(|&f| (f as usize) < corpus.entities.len());
    if matches!(speaker, Speaker::Entity(_) | Speaker::Words(_))
        && let Some(f) = faction.filter(|&f| Some(f) != quote.speaker)
    {
        let _ = write!(out, " ({})", esc(&corpus.entity(f).name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::model::Span;

    fn seeds() -> &'static Corpus {
        corpus::seeds::repository()
    }

    /// An article with one quotation of `words`, spoken as `speaker` says.
    fn quoted(text: &str, words: &str, rule: AttributionRule) -> (Article, Quote) {
        let at = text.find(words).unwrap();
        let quote = Quote {
            span: Span::new(at, at + words.len()),
            speaker: None,
            speaker_span: None,
            speaker_faction: None,
            sentence: 0,
            rule,
        };
        (Article::unannotated("t", text), quote)
    }

    #[test]
    fn the_rule_reads_as_the_issue_asks() {
        let said = seeds()
            .articles
            .iter()
            .flat_map(|a| &a.quotes)
            .find(|q| q.rule.label() == "subject of said")
            .expect("a seed quotation found as the subject of said");
        let who = Speaker::Entity(0);
        assert_eq!(rule_title(who, said.rule), "speaker: subject of said");
        assert_eq!(rule_html(who, said.rule), "speaker: subject of <i>said</i>");
        assert_eq!(
            rule_html(who, AttributionRule::According),
            "speaker: named after <i>according to</i>"
        );
        assert_eq!(
            rule_html(who, AttributionRule::Continuation),
            "speaker: continues the quotation before"
        );
        // A speaker with a rule that gives none says so rather than "quoted term".
        assert_eq!(
            rule_title(who, AttributionRule::Term),
            "speaker: rule not recorded"
        );
    }

    #[test]
    fn unattributed_words_stay_unattributed_whatever_else_is_set() {
        let c = seeds();
        let (a, mut q) = quoted(
            "He said \"we agree\" there.",
            "we agree",
            AttributionRule::Unattributed,
        );
        // Even a speaker left in the fields is not shown: the rule says uncertain.
        q.speaker = c.entity_ix("mahmoud-abbas");
        assert_eq!(Speaker::of(c, &a, &q), Speaker::Unattributed);
        let tag = speaker_tag(c, &a, &q);
        assert!(
            tag.contains(r#"class="speaker-tag speaker-unattributed""#),
            "{tag}"
        );
        assert!(tag.contains(r#"data-rule="unattributed""#));
        assert!(tag.ends_with(">unattributed</span>"));
        assert!(!tag.contains("Abbas"));
        let mut out = String::new();
        speaker_html(&mut out, c, &ViewState::default(), &a, &q);
        assert_eq!(out, r#"<span class="unattributed">unattributed</span>"#);
    }

    #[test]
    fn stale_fields_name_nobody_and_never_panic() {
        let c = seeds();
        let (a, mut q) = quoted(
            "\"Peace\", the source said.",
            "Peace",
            AttributionRule::AfterVerb(0),
        );
        q.speaker = Some(u16::MAX);
        q.speaker_span = Some(Span::new(900, 950));
        q.speaker_faction = Some(u16::MAX);
        assert_eq!(Speaker::of(c, &a, &q), Speaker::Unattributed);
        let mut out = String::new();
        speaker_html(&mut out, c, &ViewState::default(), &a, &q);
        assert!(out.contains("unattributed"));
        // A quoted term keeps its own label.
        let (a, q) = quoted(
            "a \"nonmember state\" now",
            "nonmember state",
            AttributionRule::Term,
        );
        assert_eq!(Speaker::of(c, &a, &q), Speaker::Term);
        assert!(
            speaker_tag(c, &a, &q)
                .contains(r#"title="no speaker: a quoted term, nobody&#39;s words">quoted term<"#)
        );
    }

    #[test]
    fn unnamed_speakers_keep_their_words_and_faction() {
        let c = seeds();
        let text = "\"Soon\", a Hamas official said.";
        let (a, mut q) = quoted(text, "Soon", AttributionRule::AfterVerb(0));
        let at = text.find("a Hamas official").unwrap();
        q.speaker_span = Some(Span::new(at, at + "a Hamas official".len()));
        q.speaker_faction = c.entity_ix("hamas");
        assert_eq!(Speaker::of(c, &a, &q), Speaker::Words("a Hamas official"));
        let mut out = String::new();
        speaker_html(&mut out, c, &ViewState::default(), &a, &q);
        assert_eq!(
            out,
            r#"<span class="unnamed">a Hamas official</span> (Hamas)"#
        );
    }
}
