//! Commitments and outcomes found against the hand counts of one article.
//!
//! A found promise matches a gold one of the same kind in the same sentence with the
//! same provision, each used once. Of the matched commitments, the deadline is right
//! when its value and its counted flag are the gold's, the agreement when it is the
//! gold's (both none is right); of the matched outcomes, the status when it is the
//! gold's. Apart: an outcome found in a sentence with no gold outcome at all is an
//! unsupported status, a status the text does not give, the one count issue 22 asks
//! to be 0.

use super::{Kind, Promise};
use crate::score::Counts;
use corpus::model::{Article, Corpus, SentenceIx, shorten};

/// Of `of` checked, `right` were right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Right {
    pub right: u32,
    pub of: u32,
}

impl Right {
    fn check(&mut self, right: bool) {
        self.of += 1;
        self.right += right as u32;
    }

    /// The share right; 1 when nothing was checked.
    pub fn share(self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.right as f64 / self.of as f64
        }
    }
}

impl std::ops::AddAssign for Right {
    fn add_assign(&mut self, o: Right) {
        self.right += o.right;
        self.of += o.of;
    }
}

#[derive(Debug, Clone, Default)]
pub struct PromiseScore {
    pub commitments: Counts,
    /// Of the matched commitments.
    pub deadlines: Right,
    /// Of the matched commitments.
    pub agreements: Right,
    pub outcomes: Counts,
    /// Of the matched outcomes.
    pub statuses: Right,
    /// Outcomes found in a sentence that has no gold outcome.
    pub unsupported: u32,
    /// One line per difference, for `--verbose`.
    pub diff: Vec<String>,
}

impl PromiseScore {
    pub fn add(&mut self, o: &PromiseScore) {
        self.commitments += o.commitments;
        self.deadlines += o.deadlines;
        self.agreements += o.agreements;
        self.outcomes += o.outcomes;
        self.statuses += o.statuses;
        self.unsupported += o.unsupported;
    }
}

/// What the extractor found in `a`, in the gold's terms.
pub fn found(corpus: &Corpus, a: &Article) -> Vec<Promise> {
    let provision = |ix| {
        corpus
            .provision(ix)
            .map_or("?", |p| p.id.as_str())
            .to_string()
    };
    let agreement = |ix: Option<u16>| ix.and_then(|i| corpus.agreement(i)).map(|g| g.id.clone());
    let shown = |s: SentenceIx| shorten(a.sentence_text(s), 70);
    let commitments = a.commitments.iter().map(|c| Promise {
        kind: Kind::Commitment,
        sentence: c.sentence,
        provision: provision(c.provision),
        agreement: agreement(c.agreement),
        deadline: c.deadline.date().map(|d| d.to_string()),
        counted: c.deadline.is_inferred(),
        status: None,
        shown: shown(c.sentence),
    });
    let outcomes = a.outcomes.iter().map(|o| Promise {
        kind: Kind::Outcome,
        sentence: o.sentence,
        provision: provision(o.provision),
        agreement: agreement(o.agreement),
        deadline: None,
        counted: false,
        status: Some(o.status),
        shown: shown(o.sentence),
    });
    commitments.chain(outcomes).collect()
}

/// Scores `found` against `gold` (both of one article).
pub fn score(found: &[Promise], gold: &[Promise]) -> PromiseScore {
    let mut s = PromiseScore::default();
    for (g, f) in matched(
        Kind::Commitment,
        found,
        gold,
        &mut s.commitments,
        &mut s.diff,
    ) {
        s.deadlines
            .check(f.deadline == g.deadline && f.counted == g.counted);
        if f.deadline != g.deadline || f.counted != g.counted {
            s.diff.push(format!(
                "deadline wrong: {} at {:?}: found {}, gold {}",
                g.provision,
                g.shown,
                deadline_shown(f),
                deadline_shown(g)
            ));
        }
        s.agreements.check(f.agreement == g.agreement);
        if f.agreement != g.agreement {
            s.diff.push(format!(
                "agreement wrong: {} at {:?}: found {}, gold {}",
                g.provision,
                g.shown,
                f.agreement.as_deref().unwrap_or("none"),
                g.agreement.as_deref().unwrap_or("none")
            ));
        }
    }
    for (g, f) in matched(Kind::Outcome, found, gold, &mut s.outcomes, &mut s.diff) {
        s.statuses.check(f.status == g.status);
        if f.status != g.status {
            s.diff.push(format!(
                "status wrong: {} at {:?}: found {}, gold {}",
                g.provision,
                g.shown,
                status_shown(f),
                status_shown(g)
            ));
        }
    }
    let gold_outcome_in = |sentence| {
        gold.iter()
            .any(|g| g.kind == Kind::Outcome && g.sentence == sentence)
    };
    for f in found.iter().filter(|f| f.kind == Kind::Outcome) {
        if !gold_outcome_in(f.sentence) {
            s.unsupported += 1;
            s.diff.push(format!(
                "UNSUPPORTED status: {} {} in sentence {} {:?}, which reports no outcome",
                f.provision,
                status_shown(f),
                f.sentence,
                f.shown
            ));
        }
    }
    s
}

/// The pairs (gold, found) of one kind with the same sentence and provision, each
/// used once; the rest counted as missed and extra.
fn matched<'a>(
    kind: Kind,
    found: &'a [Promise],
    gold: &'a [Promise],
    counts: &mut Counts,
    diff: &mut Vec<String>,
) -> Vec<(&'a Promise, &'a Promise)> {
    let found: Vec<&Promise> = found.iter().filter(|f| f.kind == kind).collect();
    let mut used = vec![false; found.len()];
    let mut pairs = Vec::new();
    for g in gold.iter().filter(|g| g.kind == kind) {
        let at = (0..found.len()).find(|&i| {
            !used[i] && found[i].sentence == g.sentence && found[i].provision == g.provision
        });
        match at {
            Some(i) => {
                used[i] = true;
                counts.tp += 1;
                pairs.push((g, found[i]));
            }
            None => {
                counts.fn_ += 1;
                diff.push(format!(
                    "{} missed: {} at {:?}",
                    kind.as_str(),
                    g.provision,
                    g.shown
                ));
            }
        }
    }
    for (f, _) in found.iter().zip(&used).filter(|(_, u)| !**u) {
        counts.fp += 1;
        diff.push(format!(
            "{} extra: {} in sentence {} {:?}",
            kind.as_str(),
            f.provision,
            f.sentence,
            f.shown
        ));
    }
    pairs
}

fn deadline_shown(p: &Promise) -> String {
    match (&p.deadline, p.counted) {
        (Some(d), true) => format!("{d} (counted)"),
        (Some(d), false) => d.clone(),
        (None, _) => "none".into(),
    }
}

fn status_shown(p: &Promise) -> &'static str {
    p.status.map_or("no status", |s| s.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::model::Status;

    fn commitment(sentence: SentenceIx, provision: &str, deadline: Option<&str>) -> Promise {
        Promise {
            kind: Kind::Commitment,
            sentence,
            provision: provision.into(),
            agreement: Some("cairo-2017-10".into()),
            deadline: deadline.map(str::to_string),
            counted: false,
            status: None,
            shown: format!("sentence {sentence}"),
        }
    }

    fn outcome(sentence: SentenceIx, provision: &str, status: Status) -> Promise {
        Promise {
            kind: Kind::Outcome,
            status: Some(status),
            deadline: None,
            ..commitment(sentence, provision, None)
        }
    }

    fn gold() -> Vec<Promise> {
        vec![
            commitment(1, "gaza-handover", Some("2017-12-01")),
            commitment(1, "crossings", Some("2017-11-01")),
            outcome(4, "crossings", Status::Met),
            outcome(6, "elections", Status::Postponed),
        ]
    }

    #[test]
    fn the_gold_itself_scores_perfectly() {
        let s = score(&gold(), &gold());
        let all = Counts {
            tp: 2,
            fp: 0,
            fn_: 0,
        };
        assert_eq!((s.commitments, s.outcomes), (all, all));
        assert_eq!(s.deadlines, Right { right: 2, of: 2 });
        assert_eq!(s.agreements, Right { right: 2, of: 2 });
        assert_eq!(s.statuses, Right { right: 2, of: 2 });
        assert_eq!(s.unsupported, 0);
        assert!(s.diff.is_empty(), "{:?}", s.diff);
    }

    #[test]
    fn a_wrong_status_is_a_match_with_its_status_wrong() {
        let mut found = gold();
        found[3].status = Some(Status::Missed);
        let s = score(&found, &gold());
        assert_eq!(
            s.outcomes,
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(s.statuses, Right { right: 1, of: 2 });
        assert_eq!(s.unsupported, 0);
        assert!(
            s.diff[0].contains("found missed, gold postponed"),
            "{:?}",
            s.diff
        );
    }

    #[test]
    fn an_extra_outcome_in_a_sentence_without_one_is_unsupported() {
        let mut found = gold();
        // In a sentence that has a gold outcome, of another provision: extra, supported.
        found.push(outcome(4, "security", Status::Met));
        // In a sentence with only a commitment: extra and unsupported.
        found.push(outcome(1, "crossings", Status::Missed));
        let s = score(&found, &gold());
        assert_eq!(
            s.outcomes,
            Counts {
                tp: 2,
                fp: 2,
                fn_: 0
            }
        );
        assert_eq!(s.unsupported, 1);
        assert!(
            s.diff
                .iter()
                .any(|d| d.starts_with("UNSUPPORTED status: crossings missed in sentence 1")),
            "{:?}",
            s.diff
        );
        assert_eq!(
            s.commitments,
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
    }

    #[test]
    fn a_missing_outcome_and_a_commitment_of_another_sentence_are_misses() {
        let mut found = gold();
        found.remove(2);
        found[0].sentence = 2;
        let s = score(&found, &gold());
        assert_eq!(
            s.outcomes,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            s.commitments,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(s.statuses, Right { right: 1, of: 1 });
        assert!(
            s.diff
                .contains(&"outcome missed: crossings at \"sentence 4\"".to_string()),
            "{:?}",
            s.diff
        );
    }

    #[test]
    fn a_deadline_is_right_only_with_its_value_and_its_counted_flag() {
        let mut found = gold();
        found[0].counted = true;
        found[1].deadline = Some("2017-11".into());
        found[1].agreement = None;
        let s = score(&found, &gold());
        assert_eq!(
            s.commitments,
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(s.deadlines, Right { right: 0, of: 2 });
        assert_eq!(s.agreements, Right { right: 1, of: 2 });
        assert_eq!(Right { right: 0, of: 0 }.share(), 1.0);
    }
}
