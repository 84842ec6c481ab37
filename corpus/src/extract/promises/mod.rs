//! Promises (issue 22): the commitments a text states ("agreed to form a unity
//! government", "the PA is to take over the crossings by November 1") and the
//! outcomes it reports ("the elections were postponed", "failed to implement the
//! deal"), each filed under a curated provision and, where the text says or the
//! article reports one, a catalogued agreement.
//!
//! Precision before recall: a status on screen that no sentence supports is worse
//! than none, so a cue counts only when its own words name a provision, and
//! hedges, wishes, demands, conditions and futures take it away.
//!
//! Split by concern: [`sentence`] the words of one sentence and its clauses,
//! [`cues`] the words that commit or report, [`hedges`] what takes their force
//! away, [`scope`] which provisions a cue governs, [`deadline`] when a step is due
//! (from the dates the dates code read), [`agreement`] which deal it belongs to,
//! [`parties`] who promised; [`commitments`] and [`outcomes`] put them together.

mod agreement;
mod commitments;
mod cues;
mod deadline;
mod hedges;
mod outcomes;
mod parties;
mod scope;
mod sentence;
#[cfg(test)]
mod tests;

use super::{KnowledgeBase, PhraseMatcher};
use crate::model::{
    Agreement, AgreementIx, Commitment, Entity, EventRef, Mention, Outcome, ProvisionIx,
};
use crate::text::{Folded, Span};
use sentence::Sentence;
use time::Date;

/// The provisions' and agreements' phrases compiled, once per knowledge base.
pub struct PromiseMatchers {
    provisions: PhraseMatcher,
    agreements: PhraseMatcher,
    /// Each distinct place name of the catalogue, and the deals signed there.
    venues: PhraseMatcher,
    venue_deals: Vec<Vec<AgreementIx>>,
    /// The catch-all provision, `other`, if the list has it.
    other: Option<ProvisionIx>,
}

impl PromiseMatchers {
    pub fn new(kb: &KnowledgeBase) -> Self {
        let owned = |lists: &[Vec<String>]| -> Vec<(u16, String)> {
            lists
                .iter()
                .enumerate()
                .flat_map(|(i, ps)| ps.iter().map(move |p| (i as u16, p.clone())))
                .collect()
        };
        let mut names: Vec<String> = Vec::new();
        let mut venue_deals: Vec<Vec<AgreementIx>> = Vec::new();
        for (deal, venues) in kb.agreement_venues.iter().enumerate() {
            for v in venues {
                let key = crate::text::fold(v.trim());
                let at = names.iter().position(|n| *n == key).unwrap_or_else(|| {
                    names.push(key);
                    venue_deals.push(Vec::new());
                    names.len() - 1
                });
                venue_deals[at].push(deal as AgreementIx);
            }
        }
        PromiseMatchers {
            provisions: PhraseMatcher::new(owned(&kb.provision_phrases)),
            agreements: PhraseMatcher::new(owned(&kb.agreement_phrases)),
            venues: PhraseMatcher::new(names.into_iter().enumerate().map(|(i, n)| (i as u16, n))),
            venue_deals,
            other: kb
                .provisions
                .iter()
                .position(|p| p.id == "other")
                .map(|i| i as ProvisionIx),
        }
    }
}

/// What the rules read of the article besides one sentence.
struct Input<'a> {
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    pub other: Option<ProvisionIx>,
    /// The article's date: published, else the talks'.
    pub today: Date,
    /// The deal the article reports, for a commitment ([`agreement::reported`]).
    pub reported: Option<AgreementIx>,
    /// The same for an outcome: only a deal at least a week old.
    pub reported_before: Option<AgreementIx>,
}

/// One sentence with what was found in it.
struct Found<'a> {
    pub ix: usize,
    pub sentence: Sentence<'a>,
    pub provisions: Vec<(ProvisionIx, Span)>,
    pub refs: Vec<&'a EventRef>,
    /// The deal the sentence names, if one ([`agreement::named`]).
    pub agreement: Option<AgreementIx>,
    /// The day of the first catalogued deal: a step done before it is history.
    pub first_deal: Option<Date>,
}

/// What the text says of the article.
pub(crate) struct ArticleText<'a> {
    pub text: &'a str,
    pub folded: &'a Folded,
    pub sentences: &'a [Span],
    pub mentions: &'a [Mention],
    pub events: &'a [EventRef],
    pub today: Date,
}

/// Every commitment and outcome of the article, in sentence order.
pub(crate) fn extract(
    a: &ArticleText,
    kb: &KnowledgeBase,
    m: &PromiseMatchers,
) -> (Vec<Commitment>, Vec<Outcome>) {
    let (mut commitments, mut outcomes) = (Vec::new(), Vec::new());
    if kb.provisions.is_empty() {
        return (commitments, outcomes);
    }
    let input = Input {
        mentions: a.mentions,
        entities: &kb.entities,
        other: m.other,
        today: a.today,
        reported: agreement::reported(&kb.agreements, a.today, false),
        reported_before: agreement::reported(&kb.agreements, a.today, true),
    };
    let per = PerSentence::of(a, m);
    let first_deal = kb.agreements.iter().map(|g| g.date.first_day()).min();
    for (ix, &span) in a.sentences.iter().enumerate() {
        let found = found_in(a.text, ix, span, &per, m, &kb.agreements, first_deal);
        let cues = cues::find(&found.sentence);
        commitments.extend(commitments::of_sentence(&input, &found, &cues));
        outcomes.extend(outcomes::of_sentence(&input, &found, &cues));
    }
    (commitments, outcomes)
}

/// What the matchers and the dates found, put into their sentences once, so that
/// the work stays linear in the text however many sentences it has.
struct PerSentence<'a> {
    provisions: Vec<Vec<(u16, Span)>>,
    named: Vec<Vec<(u16, Span)>>,
    venues: Vec<Vec<(u16, Span)>>,
    refs: Vec<Vec<&'a EventRef>>,
}

impl<'a> PerSentence<'a> {
    fn of(a: &ArticleText<'a>, m: &PromiseMatchers) -> Self {
        let mut refs = vec![Vec::new(); a.sentences.len()];
        for e in a.events {
            if let Some(list) = refs.get_mut(e.sentence as usize) {
                list.push(e);
            }
        }
        PerSentence {
            provisions: bucket(a.sentences, m.provisions.find_longest(a.folded)),
            named: bucket(a.sentences, m.agreements.find_longest(a.folded)),
            venues: bucket(a.sentences, m.venues.find(a.folded)),
            refs,
        }
    }
}

fn found_in<'a>(
    text: &'a str,
    ix: usize,
    span: Span,
    per: &PerSentence<'a>,
    m: &PromiseMatchers,
    agreements: &[Agreement],
    first_deal: Option<Date>,
) -> Found<'a> {
    let sentence = Sentence::new(text, span, agreement::DEAL_WORDS);
    let refs = per.refs[ix].clone();
    let deals_here: Vec<AgreementIx> = per.venues[ix]
        .iter()
        .flat_map(|(v, _)| {
            m.venue_deals
                .get(*v as usize)
                .into_iter()
                .flatten()
                .copied()
        })
        .collect();
    let clues = agreement::Clues {
        named: per.named[ix].clone(),
        venues: deals_here,
        refs: &refs,
    };
    let deal = agreement::named(&sentence, &clues, agreements);
    Found {
        ix,
        sentence,
        provisions: per.provisions[ix].clone(),
        refs,
        agreement: deal,
        first_deal,
    }
}

/// Matches sorted by start, put into their sentences.
fn bucket(sentences: &[Span], found: Vec<(u16, Span)>) -> Vec<Vec<(u16, Span)>> {
    let mut out = vec![Vec::new(); sentences.len()];
    for (owner, span) in found {
        let ix = sentences.partition_point(|s| s.end <= span.start);
        if let Some(sentence) = sentences.get(ix)
            && sentence.contains(span)
        {
            out[ix].push((owner, span));
        }
    }
    out
}

/// The smallest span that covers both.
fn cover(a: Span, b: Span) -> Span {
    Span {
        start: a.start.min(b.start),
        end: a.end.max(b.end),
    }
}
