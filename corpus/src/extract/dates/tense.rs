//! Which side of the article's date a date without its year lies on, as its sentence
//! says: the past ("signed last April", "since the election in December", "they met
//! on Oct. 24") or the future ("will meet on Tuesday", "elections to be held in
//! May", "next October").
//!
//! Read near the date, not over the whole sentence. A cue decides: a word right
//! before the date ("last", "next", "earlier in", "dates back to"), "since" in its
//! clause, or an event that a day names once it has happened ("the October 7
//! attacks", "the March 15 agreement"). Else the nearest tense marker, one in the
//! date's own clause (no comma, semicolon, colon, bracket or dash between) before one
//! across a clause's end, and in the clause one before the date before one after it
//! ("met in Cairo on Tuesday to discuss"). A fronted time phrase belongs to the clause
//! after its comma ("In February, Abbas said"). A date in an "after" phrase is before
//! its main clause: past if that clause is, else on either side ("After a first
//! meeting on Oct. 24, the factions will meet again"). A marker across a clause's end
//! does not move a date whose nearest occurrence is close to the article's date
//! ([`Tense::local`], read in `scan.rs`).

use super::resolve::Side;

/// Words right before a date that put it in the past or the future: "last April",
/// "next October", "this coming Sunday".
const PAST_CUES: &[&str] = &["last", "past", "previous"];
const FUTURE_CUES: &[&str] = &["next", "coming", "upcoming"];

/// "elections for May", "a vote set for 22 May": a day or a month named after "for"
/// is a date to come. Not a weekday: "thanked Egypt for Sunday's talks" is past.
const FOR: &str = "for";

/// "since the election in December": a cue that may stand a few words before.
const SINCE: &str = "since";

/// How far back from the date "since" may stand: "since the disputed parliamentary
/// elections held in January".
const CUE_REACH: usize = 8;

/// Words that open a phrase dated before its main clause: "After a first meeting on
/// Oct. 24, the factions will meet again". The main clause's tense says nothing of
/// which side such a date lies on.
const EARLIER: &[&str] = &["after", "following"];

/// Words that open a fronted time phrase ("In February, Abbas said ..."): the clause
/// after its comma is the one it belongs to.
const FRONTING: &[&str] = &[
    "in", "on", "by", "during", "until", "at", "early", "late", "earlier", "later", "last", "since",
];

/// Events that a day or a month names once they have happened: "the October 7
/// attacks", "under the March 15 agreement", "the June takeover". Meetings, votes and
/// summits are left out: "the May 22 elections" may be to come.
const NAMED_PAST: &[&str] = &[
    "attack",
    "attacks",
    "assault",
    "massacre",
    "raid",
    "bombing",
    "bombings",
    "killings",
    "incursion",
    "invasion",
    "coup",
    "takeover",
    "uprising",
    "revolution",
    "agreement",
    "accord",
    "deal",
    "pact",
    "declaration",
    "understanding",
    "truce",
    "ceasefire",
    "events",
];

/// Words that put their clause in the future.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "shall",
    "won't",
    "would",
    "could",
    "hoped",
    "hoping",
    "expected",
    "due",
    "planned",
    "scheduled",
    "slated",
    "upcoming",
    "aims",
    "intends",
];

/// Past forms that do not end in -ed, and the auxiliaries of the past.
const PAST_MARKERS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "met",
    "held",
    "began",
    "took",
    "won",
    "fought",
    "made",
    "came",
    "went",
    "saw",
    "led",
    "brought",
    "became",
    "fell",
    "broke",
    "left",
    "sought",
    "struck",
    "told",
    "said",
    "spoke",
    "gave",
    "ran",
    "set",
    "drew",
    "stood",
    "ago",
    "sent",
    "spent",
    "lost",
    "found",
    "got",
    "heard",
    "knew",
    "thought",
    "wrote",
    "chose",
    "rose",
    "sat",
    "flew",
    "withdrew",
    "overthrew",
    "underwent",
    "undertook",
    "paid",
    "kept",
    "felt",
    "meant",
    "built",
    "dealt",
    "oversaw",
    "swept",
];

/// Verbs whose infinitive after "to" speaks of what is to come: "arrived on Saturday
/// to hold talks on Sunday".
const PURPOSE_VERBS: &[&str] = &[
    "hold",
    "meet",
    "sign",
    "discuss",
    "attend",
    "form",
    "resume",
    "continue",
    "launch",
    "begin",
    "start",
    "reach",
    "agree",
    "finalise",
    "finalize",
    "implement",
    "negotiate",
    "announce",
    "visit",
    "travel",
    "host",
    "chair",
    "join",
    "conclude",
    "convene",
    "gather",
    "review",
    "approve",
    "seek",
    "end",
    "hand",
    "vote",
];

/// Reporting verbs: a past one marks the date of the saying only near it.
const REPORTING: &[&str] = &[
    "said",
    "told",
    "announced",
    "stated",
    "added",
    "noted",
    "declared",
    "reported",
    "insisted",
    "stressed",
    "confirmed",
    "explained",
];

/// How many words after a reporting verb its date may stand: "told reporters on
/// Monday".
const REPORT_REACH: usize = 3;

/// Words before a past participle that keep it out of the past: "will be signed",
/// "to be held", "being formed".
const NOT_PAST_BEFORE: &[&str] = &["be", "being"];

/// The tense markers of one sentence, each at its word, and where its clauses end.
pub(super) struct Reading {
    /// (word index, side) of every marker, in order.
    markers: Vec<(usize, Side)>,
    /// For each word, how many clause ends come before it.
    clause: Vec<usize>,
    /// The sentence's words, lowercased.
    lower: Vec<String>,
    /// Whether the sentence opens with a time phrase and a comma: its first clause
    /// belongs to the second.
    fronted: bool,
}

/// The side a date's context gives, and whether that context is its own clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tense {
    pub side: Side,
    /// From a cue before the date or a marker in its clause: it governs even a date
    /// whose nearest occurrence is close to the article's date.
    pub local: bool,
}

impl Reading {
    /// Reads the markers of a sentence `body`, cut into `tokens` (byte ranges).
    pub fn new(body: &str, tokens: &[(usize, usize)]) -> Reading {
        let lower: Vec<String> = tokens
            .iter()
            .map(|&(s, e)| body[s..e].to_lowercase().replace('\u{2019}', "'"))
            .collect();
        let mut clause = Vec::with_capacity(tokens.len());
        let mut ends = 0;
        for (k, &(start, _)) in tokens.iter().enumerate() {
            if k > 0 && ends_clause(&body[tokens[k - 1].1..start]) {
                ends += 1;
            }
            clause.push(ends);
        }
        let mut markers = Vec::new();
        for (k, &(s, e)) in tokens.iter().enumerate() {
            // Capitalised, a word ending in -ed is a name or a title's ("United").
            let capitalised = body[s..e].starts_with(char::is_uppercase);
            if let Some(side) = marker(&lower, k, capitalised) {
                markers.push((k, side));
            }
        }
        let fronted = lower
            .first()
            .is_some_and(|w| FRONTING.contains(&w.as_str()))
            && clause.last().is_some_and(|&c| c > 0);
        Reading {
            markers,
            clause,
            lower,
            fronted,
        }
    }

    /// The side for a day or a month at words `from..=to`.
    pub fn at(&self, from: usize, to: usize) -> Tense {
        if from > 0 && self.lower[from - 1] == FOR {
            return Tense {
                side: Side::Future,
                local: true,
            };
        }
        // "the October 7 attacks": past, whatever the clause says of what follows
        // ("the October 7 attacks will shape the talks").
        let named = from > 0
            && self.lower[from - 1] == "the"
            && self
                .lower
                .get(to + 1)
                .is_some_and(|w| NAMED_PAST.contains(&w.as_str()));
        if named {
            return Tense {
                side: Side::Past,
                local: true,
            };
        }
        self.at_weekday(from, to)
    }

    /// The side for a weekday at words `from..=to`.
    pub fn at_weekday(&self, from: usize, to: usize) -> Tense {
        if let Some(side) = self.cue(from, to) {
            return Tense { side, local: true };
        }
        let cost = |&(k, _): &(usize, Side)| {
            let distance = if k < from {
                from - k
            } else {
                k.saturating_sub(to)
            };
            let here = if k < from { from } else { to };
            let across = !self.same_clause(k, here);
            // In its clause, a marker before the date wins: the verb that governs a
            // date comes first ("met in Cairo on Tuesday to discuss ...").
            (across, !across && k > to, distance)
        };
        // A reporting verb dates its saying ("said on Monday", "on Monday said"), not
        // the words it reports: "said the vote in May would be free".
        let reported = |&&(k, _): &&(usize, Side)| {
            !REPORTING.contains(&self.lower[k].as_str()) || k > to || from - k <= REPORT_REACH
        };
        match self.markers.iter().filter(reported).min_by_key(|m| cost(m)) {
            // Before a past event is past; before one to come may be either.
            Some(m) if cost(m).0 && self.in_earlier_phrase(from) => Tense {
                side: if m.1 == Side::Past {
                    Side::Past
                } else {
                    Side::Either
                },
                local: m.1 == Side::Past,
            },
            Some(m) => Tense {
                side: m.1,
                local: !cost(m).0,
            },
            None => Tense {
                side: Side::Either,
                local: false,
            },
        }
    }

    /// Whether words `k` and `here` are in one clause, a fronted time phrase counted
    /// with the clause after it ("In February, Abbas said").
    fn same_clause(&self, k: usize, here: usize) -> bool {
        let (a, b) = (self.clause.get(k), self.clause.get(here));
        a == b || (self.fronted && matches!((a, b), (Some(0), Some(1)) | (Some(1), Some(0))))
    }

    /// Whether the date at word `from` stands in a phrase opened by "after" or
    /// "following", in its clause.
    fn in_earlier_phrase(&self, from: usize) -> bool {
        let Some(clause) = self.clause.get(from) else {
            return false;
        };
        (0..from)
            .rev()
            .take_while(|&k| self.clause.get(k) == Some(clause))
            .any(|k| EARLIER.contains(&self.lower[k].as_str()))
    }

    /// A cue word right before the date, "since" a few words before it in its
    /// clause, or "ago" right after it.
    fn cue(&self, from: usize, to: usize) -> Option<Side> {
        if self.lower.get(to + 1).is_some_and(|w| w == "ago") {
            return Some(Side::Past);
        }
        let right_before = from.checked_sub(1).map(|k| self.lower[k].as_str());
        if right_before.is_some_and(|w| PAST_CUES.contains(&w)) {
            return Some(Side::Past);
        }
        if right_before.is_some_and(|w| FUTURE_CUES.contains(&w)) {
            return Some(Side::Future);
        }
        // "dates back to May 2", "dating to June"
        let dates_to = from >= 2
            && self.lower[from - 1] == "to"
            && matches!(self.lower[from - 2].as_str(), "dates" | "dating" | "back");
        if dates_to {
            return Some(Side::Past);
        }
        // "earlier in October", "earlier on Sunday"
        let earlier = from >= 2
            && matches!(self.lower[from - 1].as_str(), "in" | "on")
            && self.lower[from - 2] == "earlier";
        if earlier {
            return Some(Side::Past);
        }
        let clause = self.clause.get(from)?;
        let since = (from.saturating_sub(CUE_REACH)..from)
            .rev()
            .take_while(|&k| self.clause.get(k) == Some(clause))
            .find(|&k| self.lower[k] == SINCE)?;
        // "since the talks will resume in May": "since" as "because".
        let future_between = self
            .markers
            .iter()
            .any(|&(k, side)| since < k && k < from && side == Side::Future);
        (!future_between).then_some(Side::Past)
    }
}

/// The side the `k`th of a sentence's (lowercased) words marks.
fn marker(lower: &[String], k: usize, capitalised: bool) -> Option<Side> {
    let w = lower[k].as_str();
    let before = |n: usize| {
        k.checked_sub(n)
            .and_then(|i| lower.get(i))
            .map(String::as_str)
    };
    // "due to clashes" gives a cause; "due to be held", "due to meet" a time to come.
    let after = |n: usize| lower.get(k + n).map(String::as_str);
    let causal = w == "due"
        && after(1) == Some("to")
        && !after(2).is_some_and(|v| v == "be" || PURPOSE_VERBS.contains(&v));
    if (FUTURE_MARKERS.contains(&w) && !causal) || w.ends_with("'ll") {
        return Some(Side::Future);
    }
    // "to be held", "to be cast", "is to meet", "were to sign", "to hold talks": the
    // future.
    if (before(1) == Some("to") && (w == "be" || PURPOSE_VERBS.contains(&w)))
        || (w == "to" && before(1).is_some_and(|b| matches!(b, "is" | "are" | "was" | "were")))
    {
        return Some(Side::Future);
    }
    // "set to meet", "set for May": the future; "set up in May": the past.
    if w == "set" && lower.get(k + 1).is_some_and(|n| n == "to" || n == "for") {
        return Some(Side::Future);
    }
    let participle = PAST_MARKERS.contains(&w) || (w.len() >= 5 && w.ends_with("ed"));
    // After "be", a participle is the tense of the "be" before it ("will be signed").
    let after_be = before(1).is_some_and(|b| NOT_PAST_BEFORE.contains(&b));
    (participle && !capitalised && !after_be && !w.contains('-')).then_some(Side::Past)
}

/// Whether the characters between two words end a clause.
fn ends_clause(between: &str) -> bool {
    between.contains([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}']) || between.contains(" - ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    /// The tense at the first word equal to `date` in `sentence`.
    fn tense(sentence: &str, date: &str) -> Tense {
        let tokens = words(sentence);
        let k = tokens
            .iter()
            .position(|&(s, e)| &sentence[s..e] == date)
            .unwrap();
        Reading::new(sentence, &tokens).at(k, k)
    }

    fn side(sentence: &str, date: &str) -> Side {
        tense(sentence, date).side
    }

    #[test]
    fn a_cue_before_the_date_decides() {
        assert_eq!(side("the pact they sealed last March", "March"), Side::Past);
        assert_eq!(
            side("Talks could last until Friday.", "Friday"),
            Side::Future
        );
        assert_eq!(
            side("ever since the vote in November", "November"),
            Side::Past
        );
        assert_eq!(side("a vote due next September", "September"), Side::Future);
        assert!(tense("ever since the vote in November", "November").local);
    }

    #[test]
    fn the_nearest_marker_in_the_clause_wins() {
        // A future across the clause's end, but the date is in an "after" phrase:
        // before what is to come, on either side.
        let after = tense(
            "After talks on Oct. 24, the factions will meet again.",
            "24",
        );
        assert_eq!((after.side, after.local), (Side::Either, false));
        let after = tense("Following talks on Oct. 24, the factions met again.", "24");
        assert_eq!((after.side, after.local), (Side::Past, true));
        // A fronted time phrase belongs to the clause after its comma.
        let fronted = tense("On Oct. 24, the factions will meet again.", "24");
        assert_eq!((fronted.side, fronted.local), (Side::Future, true));
        let fronted = tense(
            "In February, Abbas said the vote would be held.",
            "February",
        );
        assert_eq!((fronted.side, fronted.local), (Side::Past, true));
        assert_eq!(side("They convened on Oct. 24.", "24"), Side::Past);
        assert_eq!(side("Ballots are to be cast in May.", "May"), Side::Future);
        assert_eq!(
            side("The charter will be signed in May.", "May"),
            Side::Future
        );
        assert_eq!(
            side("Haniyeh said the rivals would gather in June.", "June"),
            Side::Future
        );
        assert_eq!(
            side("Haniyeh said on Monday they agree.", "Monday"),
            Side::Past
        );
        assert_eq!(
            side(
                "The envoy landed on Friday to meet the factions on Saturday.",
                "Saturday"
            ),
            Side::Future
        );
        assert_eq!(
            side(
                "The envoys met in Amman on Tuesday to review the plans.",
                "Tuesday"
            ),
            Side::Past
        );
        assert_eq!(side("Talks on Sunday were tense.", "Sunday"), Side::Past);
        // The saying is past; what it reports is not.
        assert_eq!(
            side("Haniyeh said the vote in May would be free.", "May"),
            Side::Future
        );
        assert_eq!(
            side("Haniyeh told reporters on Monday.", "Monday"),
            Side::Past
        );
        assert_eq!(
            side("Abbas issued a decree calling elections for May.", "May"),
            Side::Future
        );
        let across = tense("Ahead of the vote, the delegations will arrive.", "vote");
        assert_eq!((across.side, across.local), (Side::Future, false));
    }

    #[test]
    fn capitalised_words_ending_in_ed_are_no_verbs() {
        assert_eq!(
            side("The Qatar-brokered pact of June holds.", "June"),
            Side::Either
        );
        assert_eq!(side("The United front in June.", "June"), Side::Either);
    }
}
