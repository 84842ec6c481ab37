//! Scoring one extracted article against its hand counts: mentions (per entity, as
//! counts), dated events (as a multiset of dates, and the dates read at a gold date's
//! words with another value: wrong), quotes (matched by their first words) and their
//! speakers.
//!
//! Counts rather than spans, because that is what a person can annotate reliably by
//! reading; the differences are kept as lines so a regression can be traced to the
//! entity, date or quote that moved.

use super::gold::{Gold, GoldDate, Speakers, Uncurated, locate};
use corpus::PartialDate;
use corpus::model::{Article, Corpus, Quote};
use corpus::text::fold;
use std::collections::BTreeMap;

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

/// `a += b`, field by field: a count struct adds up by the list of its fields, so a
/// field added to the struct and not to the list does not compile.
macro_rules! add_assign_fields {
    ($ty:ident { $($field:ident),* }) => {
        impl std::ops::AddAssign for $ty {
            fn add_assign(&mut self, other: $ty) {
                let $ty { $($field),* } = other;
                $(self.$field += $field;)*
            }
        }
    };
}

add_assign_fields!(Counts { tp, fp, fn_ });
add_assign_fields!(SpeakerCounts {
    stated,
    right,
    wrong,
    unattributed,
    invented
});

impl Counts {
    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// What happened to the quotes whose speaker the text states.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpeakerCounts {
    pub stated: u32,
    pub right: u32,
    pub wrong: u32,
    pub unattributed: u32,
    /// Quotes the text gives to no named speaker, given one by the extractor.
    pub invented: u32,
}

#[derive(Debug, Clone, Default)]
pub struct Score {
    pub mentions: Counts,
    pub dates: Counts,
    /// Gold dates with `words` where the extractor read another date (or precision) at
    /// those words: each is also a miss and an extra in `dates`, and counted here
    /// apart, since a date on screen in the wrong year is worse than a missed one.
    pub wrong_dates: u32,
    /// Of the gold dates marked `counted` (from another date), found and missed.
    pub counted: Counts,
    pub quotes: Counts,
    pub speakers: SpeakerCounts,
    /// People placed at the talks, and delegation heads (faction, person).
    pub present: Counts,
    pub leaders: Counts,
    /// One line per difference, for `--verbose`.
    pub diff: Vec<String>,
}

impl Score {
    pub fn add(&mut self, o: &Score) {
        self.mentions += o.mentions;
        self.dates += o.dates;
        self.wrong_dates += o.wrong_dates;
        self.counted += o.counted;
        self.quotes += o.quotes;
        self.speakers += o.speakers;
        self.present += o.present;
        self.leaders += o.leaders;
    }
}

/// The comparison key of a name: folded case and accents, no possessive, no leading
/// "the", single spaces.
pub fn norm(name: &str) -> String {
    let folded = fold(name);
    let mut s = folded.trim();
    for suffix in ["'s", "'"] {
        s = s.strip_suffix(suffix).unwrap_or(s);
    }
    let s = s.strip_prefix("the ").unwrap_or(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn uncurated_of<'g>(gold: &'g Gold, text: &str) -> Option<&'g Uncurated> {
    let key = norm(text);
    gold.uncurated
        .iter()
        .find(|u| norm(&u.name) == key || u.forms.iter().any(|f| norm(f) == key))
}

pub fn score(corpus: &Corpus, a: &Article, gold: &Gold) -> Score {
    let mut s = Score::default();
    mentions(corpus, a, gold, &mut s);
    dates(a, gold, &mut s);
    quotes(corpus, a, gold, &mut s);
    presence(corpus, a, gold, &mut s);
    s
}

/// The people placed at the talks and the leaders, compared as sets.
fn presence(corpus: &Corpus, a: &Article, gold: &Gold, s: &mut Score) {
    let id = |ix| corpus.entity(ix).id.clone();
    let found: Vec<String> = a.present.iter().map(|p| id(p.person)).collect();
    s.present = compare_sets(&found, &gold.present, "at the talks", &mut s.diff);
    let found: Vec<String> = a
        .leaders()
        .into_iter()
        .map(|(f, p)| format!("{} led by {}", id(f), id(p)))
        .collect();
    let want: Vec<String> = gold
        .leaders
        .iter()
        .map(|(f, p)| format!("{f} led by {p}"))
        .collect();
    s.leaders = compare_sets(&found, &want, "leader", &mut s.diff);
}

fn compare_sets(found: &[String], want: &[String], what: &str, diff: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    for f in found {
        if want.contains(f) {
            c.tp += 1;
        } else {
            c.fp += 1;
            diff.push(format!("{what} extra: {f}"));
        }
    }
    for w in want.iter().filter(|w| !found.contains(w)) {
        c.fn_ += 1;
        diff.push(format!("{what} missed: {w}"));
    }
    c
}

fn mentions(corpus: &Corpus, a: &Article, gold: &Gold, s: &mut Score) {
    let mut predicted: BTreeMap<String, u32> = BTreeMap::new();
    for m in &a.mentions {
        *predicted
            .entry(corpus.entity(m.entity).id.clone())
            .or_default() += 1;
    }
    for c in &a.candidates {
        let text = a.slice(c.span);
        let key = match uncurated_of(gold, text) {
            Some(u) => format!("new: {}", u.name),
            None => format!("candidate: {}", norm(text)),
        };
        *predicted.entry(key).or_default() += 1;
    }
    let mut expected: BTreeMap<String, u32> = gold.mentions.clone();
    for u in &gold.uncurated {
        *expected.entry(format!("new: {}", u.name)).or_default() += u.count;
    }
    let keys: std::collections::BTreeSet<&String> =
        predicted.keys().chain(expected.keys()).collect();
    for key in keys {
        let p = predicted.get(key).copied().unwrap_or(0);
        let g = expected.get(key).copied().unwrap_or(0);
        let tp = p.min(g);
        s.mentions += Counts {
            tp,
            fp: p - tp,
            fn_: g - tp,
        };
        if p != g {
            s.diff.push(format!("mention {key}: found {p}, gold {g}"));
        }
    }
}

fn dates(a: &Article, gold: &Gold, s: &mut Score) {
    let mut predicted: Vec<String> = a
        .events
        .iter()
        .filter(|r| r.dated_by_text)
        .map(|r| r.date.to_string())
        .collect();
    for d in &gold.date {
        let counted = d.counted == Some(true);
        match predicted.iter().position(|p| *p == d.date) {
            Some(i) => {
                predicted.swap_remove(i);
                s.dates.tp += 1;
                s.counted.tp += counted as u32;
            }
            None => {
                s.dates.fn_ += 1;
                s.counted.fn_ += counted as u32;
                let how = if counted { ", counted" } else { "" };
                s.diff
                    .push(format!("date missed: {} ({}{how})", d.date, d.text));
            }
        }
    }
    s.dates.fp = predicted.len() as u32;
    for p in predicted {
        s.diff.push(format!("date extra: {p}"));
    }
    wrong_dates(a, gold, s);
}

/// Gold dates whose words the extractor read as another date: the predictions that
/// overlap the words, when none of them has the gold's date and precision.
pub fn wrong_dates(a: &Article, gold: &Gold, s: &mut Score) {
    for (d, at) in gold.date.iter().zip(locate(&a.text, &gold.date)) {
        let Some(at) = at else { continue };
        let here: Vec<PartialDate> = a
            .events
            .iter()
            .filter(|r| r.dated_by_text)
            .filter(|r| (r.span.start as usize) < at.end && at.start < r.span.end as usize)
            .map(|r| r.date)
            .collect();
        if here.is_empty() || here.iter().any(|p| p.to_string() == d.date) {
            continue;
        }
        s.wrong_dates += 1;
        let read: Vec<String> = here.iter().map(|p| p.to_string()).collect();
        s.diff.push(format!(
            "date wrong ({}): {} read at {:?}, gold {}",
            what_is_wrong(d, here[0]),
            read.join(", "),
            a.text[at].replace('\n', "\\n"),
            d.date
        ));
    }
}

/// "year", "month" or "day": the coarsest part of the date that differs.
fn what_is_wrong(gold: &GoldDate, read: PartialDate) -> &'static str {
    let Some(want) = PartialDate::parse(&gold.date) else {
        return "date";
    };
    if want.year != read.year {
        "year"
    } else if want.month != read.month {
        "month"
    } else {
        "day"
    }
}

/// A quotation's words as compared: folded, single spaces, no marks around them.
fn quote_key(text: &str) -> String {
    let folded = fold(text);
    let trimmed = folded.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn quotes(corpus: &Corpus, a: &Article, gold: &Gold, s: &mut Score) {
    let mut used = vec![false; a.quotes.len()];
    for g in &gold.quote {
        let starts = quote_key(&g.starts);
        let found = (0..a.quotes.len())
            .find(|&i| !used[i] && quote_key(a.slice(a.quotes[i].span)).starts_with(&starts));
        let stated = g.speaker.is_stated();
        s.speakers.stated += stated as u32;
        let Some(i) = found else {
            s.quotes.fn_ += 1;
            s.speakers.unattributed += stated as u32;
            s.diff.push(format!("quote missed: {:?}", g.starts));
            continue;
        };
        used[i] = true;
        s.quotes.tp += 1;
        let verdict = speaker_verdict(corpus, a, gold, &a.quotes[i], &g.speaker);
        match (stated, verdict) {
            (true, Verdict::Right) => s.speakers.right += 1,
            (true, Verdict::Other(who)) => {
                s.speakers.wrong += 1;
                s.diff
                    .push(format!("speaker wrong: {:?} given to {who}", g.starts));
            }
            (true, Verdict::Nobody) => {
                s.speakers.unattributed += 1;
                s.diff.push(format!("speaker missing: {:?}", g.starts));
            }
            (false, Verdict::Right | Verdict::Other(_)) if a.quotes[i].speaker.is_some() => {
                s.speakers.invented += 1;
                s.diff.push(format!(
                    "speaker invented: {:?} has no named speaker",
                    g.starts
                ));
            }
            (false, _) => {}
        }
    }
    s.quotes.fp = used.iter().filter(|u| !**u).count() as u32;
}

enum Verdict {
    Right,
    /// Given to someone else: who.
    Other(String),
    Nobody,
}

fn speaker_verdict(
    corpus: &Corpus,
    a: &Article,
    gold: &Gold,
    q: &Quote,
    want: &Speakers,
) -> Verdict {
    let want = want.all();
    if let Some(ix) = q.speaker {
        let id = corpus.entity(ix).id.as_str();
        return if want.contains(&id) {
            Verdict::Right
        } else {
            Verdict::Other(id.to_string())
        };
    }
    let Some(span) = q.speaker_span else {
        return Verdict::Nobody;
    };
    // An uncurated speaker is right when the words naming the speaker name them; words
    // that name someone else (another uncurated entity, a knowledge-base alias) are a
    // wrong person; a description ("the source", "he") is no one.
    let words = a.slice(span);
    if let Some(u) = uncurated_of(gold, words) {
        return if want.contains(&u.name.as_str()) {
            Verdict::Right
        } else {
            Verdict::Other(u.name.clone())
        };
    }
    let key = norm(words);
    match corpus
        .entities
        .iter()
        .find(|e| e.aliases.iter().any(|alias| norm(alias) == key))
    {
        Some(e) if want.contains(&e.id.as_str()) => Verdict::Right,
        Some(e) => Verdict::Other(e.id.clone()),
        None => Verdict::Nobody,
    }
}
