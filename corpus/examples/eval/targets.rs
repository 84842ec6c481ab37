//! Issue 23's targets for the blind tier (and issue 22's for the promises), judged on a tier's total: each passes or
//! fails on its own, and the table prints them under the tier's summary.
//!
//! Reported, not asserted: the blind tier is run once per change set, and its figures
//! go into RESULTS.md as they come out (`corpus/tests/eval.rs` holds the floors of the
//! tuned tier and the seeds).

use super::promises::score::{PromiseScore, Right};
use super::score::Score;

/// One target and how the tier stands against it.
pub struct Target {
    /// What the issue asks: "mentions F1 ≥ 0.96 with P ≥ 0.95".
    pub name: &'static str,
    /// The tier's figures for it: "F1 0.978, P 0.973".
    pub value: String,
    pub pass: bool,
}

/// Dated events found of gold, at least.
const DATES_FOUND: f64 = 0.92;
/// Quotes found of gold, at least.
const QUOTES_FOUND: f64 = 0.98;
/// Stated speakers right, at least.
const SPEAKERS_RIGHT: f64 = 0.92;

/// The blind tier's targets (issue 23), judged on `s`.
pub fn blind_targets(s: &Score) -> Vec<Target> {
    let m = s.mentions;
    let sp = s.speakers;
    let right = if sp.stated == 0 {
        1.0
    } else {
        sp.right as f64 / sp.stated as f64
    };
    vec![
        Target {
            name: "mentions F1 >= 0.96 with P >= 0.95",
            value: format!("F1 {:.3}, P {:.3}", m.f1(), m.precision()),
            pass: m.f1() >= 0.96 && m.precision() >= 0.95,
        },
        Target {
            name: "dated events >= 92%, 0 wrong",
            value: format!("{:.1}%, {} wrong", 100.0 * s.dates.recall(), s.wrong_dates),
            pass: s.dates.recall() >= DATES_FOUND && s.wrong_dates == 0,
        },
        Target {
            name: "quotes >= 98%",
            value: format!("{:.1}%", 100.0 * s.quotes.recall()),
            pass: s.quotes.recall() >= QUOTES_FOUND,
        },
        Target {
            name: "speakers >= 92% right, 0 wrong person",
            value: format!("{:.1}% right, {} wrong person", 100.0 * right, sp.wrong),
            pass: right >= SPEAKERS_RIGHT && sp.wrong == 0,
        },
    ]
}

/// Commitments' and outcomes' F1, at least (issue 22).
const PROMISES_F1: f64 = 0.85;
/// Deadlines and statuses right of matched, at least (issue 22).
const PROMISES_RIGHT: f64 = 0.90;

/// Issue 22's targets on text the rules were not written on, judged on `s`. A share
/// of nothing matched is not a pass: "deadlines 100% right" of no deadline found
/// would hide that nothing was.
pub fn promises_targets(s: &PromiseScore) -> Vec<Target> {
    let (c, o) = (s.commitments, s.outcomes);
    let right = |r: Right| r.of > 0 && r.share() >= PROMISES_RIGHT;
    let shown = |r: Right| match r.of {
        0 => "none matched".to_string(),
        of => format!("{:.1}% ({} of {of} matched)", 100.0 * r.share(), r.right),
    };
    vec![
        Target {
            name: "commitments and outcomes F1 >= 0.85",
            value: format!("commitments {:.3}, outcomes {:.3}", c.f1(), o.f1()),
            pass: c.f1() >= PROMISES_F1 && o.f1() >= PROMISES_F1,
        },
        Target {
            name: "deadlines >= 90% right",
            value: shown(s.deadlines),
            pass: right(s.deadlines),
        },
        Target {
            name: "statuses >= 90% right",
            value: shown(s.statuses),
            pass: right(s.statuses),
        },
        Target {
            name: "0 unsupported statuses",
            value: format!("{} of {} outcomes found", s.unsupported, o.tp + o.fp),
            pass: s.unsupported == 0,
        },
    ]
}

/// The targets as printed: one line each, pass or FAIL first.
pub fn print(targets: &[Target]) {
    for t in targets {
        let verdict = if t.pass { "pass" } else { "FAIL" };
        println!("  {verdict}  {:<40} {}", t.name, t.value);
    }
}
