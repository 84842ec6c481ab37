//! Photo credits: "REUTERS/Mohammed Salem", "AFP PHOTO / MAHMUD HAMS", "(Photo by
//! Said Khatib/AFP via Getty Images)", "Photo: Adel Hana". The agency there is a
//! mention of the agency (ANNOTATION.md, rule 2) and the photographer a person the
//! knowledge base does not know: one candidate of their whole name, however its words
//! read elsewhere ("Said" a verb, "HAMS" a common word shouted). What must not come
//! out of a credit is a knowledge-base person read in a photographer's name
//! ("ABBAS MOMANI" is no Mahmoud Abbas) or half a name.
//!
//! A credit is a slash between an agency's side and a name's side, or a credit word
//! ("Photo:", "Photo by", "Photograph:", "Credit:") before a name that ends its line
//! or bracket. An agency's side names an outlet of the knowledge base, or ends with a
//! credit word ("AFP PHOTO", "File Photo", "Getty Images"), or is one short word in
//! capitals ("AP", "EPA-EFE"); a name's side is two to four capitalised words and
//! names nothing else the knowledge base knows.

use crate::model::{Candidate, Entity, EntityKind, Mention, Span};
use crate::text::words;

/// Words that make a side of a slash the agency's: "AFP PHOTO", "File Photo", "Getty
/// Images", "Handout", "Pool".
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "images",
    "image",
    "pictures",
    "picture",
    "handout",
    "pool",
    "file",
    "stringer",
    "staff",
    "via",
];

/// Words before a name that credit it: "Photo: Adel Hana", "Photo by Said Khatib".
const CREDIT_LEADS: &[&str] = &[
    "photo",
    "photograph",
    "photographer",
    "picture",
    "credit",
    "credits",
];

/// The most words a photographer's name has: "Ibraheem Abu Mustafa" is three.
const NAME_WORDS: usize = 4;
/// The most letters of an agency written as one word in capitals: "EPA-EFE".
const AGENCY_LETTERS: usize = 8;

/// The photographers' names credited in the text, in order.
pub(super) fn names(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<Span> {
    let mut out = Vec::new();
    for &sentence in sentences {
        let body = &text[sentence.range()];
        let lower = body.to_lowercase();
        if !body.contains('/') && !CREDIT_LEADS.iter().any(|w| lower.contains(w)) {
            continue;
        }
        let line = Line::new(text, sentence, mentions, entities);
        line.credited(&mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The knowledge-base people named inside photographers' names are no mentions.
pub(super) fn drop_people(mentions: &mut Vec<Mention>, names: &[Span], entities: &[Entity]) {
    mentions.retain(|m| {
        entities[m.entity as usize].kind != EntityKind::Person
            || !names.iter().any(|n| n.contains(m.span))
    });
}

/// Each photographer's name is one candidate, in place of any part of it.
pub(super) fn name_candidates(
    candidates: &mut Vec<Candidate>,
    names: &[Span],
    mentions: &[Mention],
) {
    candidates.retain(|c| !names.iter().any(|n| n.overlaps(c.span)));
    for &span in names {
        if !mentions.iter().any(|m| m.span.overlaps(span)) {
            candidates.push(Candidate {
                span,
                role: None,
                affiliation: None,
                kind: Some(EntityKind::Person),
            });
        }
    }
    candidates.sort_by_key(|c| c.span.start);
}

/// A line's words, each with the mention it is part of.
struct Line<'a> {
    text: &'a str,
    /// Where the line's sentence ends.
    end: usize,
    /// (start, end) in the text of each word.
    words: Vec<(usize, usize)>,
    /// For each word, the kind of the mention it is in.
    kinds: Vec<Option<EntityKind>>,
}

impl<'a> Line<'a> {
    fn new(text: &'a str, sentence: Span, mentions: &[Mention], entities: &[Entity]) -> Self {
        let base = sentence.start as usize;
        let words: Vec<(usize, usize)> = words(&text[sentence.range()])
            .into_iter()
            .map(|(s, e)| (base + s, base + e))
            .collect();
        let kinds = words
            .iter()
            .map(|&(s, e)| {
                let span = Span::new(s, e);
                mentions
                    .iter()
                    .find(|m| m.span.overlaps(span))
                    .map(|m| entities[m.entity as usize].kind)
            })
            .collect();
        Line {
            text,
            end: sentence.end as usize,
            words,
            kinds,
        }
    }

    fn word(&self, k: usize) -> &'a str {
        let (s, e) = self.words[k];
        &self.text[s..e]
    }

    /// Only spaces between words `k - 1` and `k`.
    fn joined(&self, k: usize) -> bool {
        k > 0
            && self.text[self.words[k - 1].1..self.words[k].0]
                .chars()
                .all(|c| c == ' ')
    }

    /// The capitalised words that end at word `last` (going left) or start at `first`
    /// (going right), joined by spaces: one side of a slash.
    fn side(&self, from: usize, leftwards: bool) -> Vec<usize> {
        let mut side = vec![from];
        let mut k = from;
        while side.len() <= NAME_WORDS {
            let next = if leftwards {
                k.checked_sub(1)
            } else {
                Some(k + 1)
            };
            let Some(n) = next.filter(|&n| n < self.words.len()) else {
                break;
            };
            let joined = if leftwards {
                self.joined(k)
            } else {
                self.joined(n)
            };
            if !joined || !is_capitalised(self.word(n)) {
                break;
            }
            side.push(n);
            k = n;
        }
        side.sort_unstable();
        side
    }

    fn is_agency(&self, side: &[usize]) -> bool {
        let media = side
            .iter()
            .any(|&k| self.kinds[k] == Some(EntityKind::Media));
        let last = side
            .last()
            .map(|&k| self.word(k).to_lowercase())
            .unwrap_or_default();
        let credit = CREDIT_WORDS.contains(&last.as_str()) || last.contains("photo");
        let acronym = side.len() == 1 && {
            let w = self.word(side[0]);
            w.chars().filter(|c| c.is_alphabetic()).count() <= AGENCY_LETTERS
                && w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        };
        media || credit || acronym
    }

    /// The span of a photographer's name on this side, if it is one.
    fn name(&self, side: &[usize]) -> Option<Span> {
        let (first, last) = (*side.first()?, *side.last()?);
        let words = side.len();
        let plain = side.iter().all(|&k| {
            let w = self.word(k).to_lowercase();
            !CREDIT_WORDS.contains(&w.as_str())
                && !CREDIT_LEADS.contains(&w.as_str())
                && self.kinds[k].is_none_or(|kind| kind == EntityKind::Person)
        });
        ((2..=NAME_WORDS).contains(&words) && plain && !self.is_agency(side))
            .then(|| Span::new(self.words[first].0, self.words[last].1))
    }

    /// Pushes the names this line credits.
    fn credited(&self, out: &mut Vec<Span>) {
        for k in 1..self.words.len() {
            let gap = &self.text[self.words[k - 1].1..self.words[k].0];
            if gap.trim() == "/" {
                let (left, right) = (self.side(k - 1, true), self.side(k, false));
                if self.is_agency(&left) {
                    out.extend(self.name(&right));
                }
                if self.is_agency(&right) {
                    out.extend(self.name(&left));
                }
            }
            let lead = CREDIT_LEADS.contains(&self.word(k - 1).to_lowercase().as_str());
            let by = gap.trim().is_empty() && self.word(k).eq_ignore_ascii_case("by");
            if lead && (gap.trim() == ":" || by) {
                let first = if by { k + 1 } else { k };
                if first < self.words.len() && is_capitalised(self.word(first)) {
                    let side = self.side(first, false);
                    if self.ends_segment(*side.last().unwrap_or(&first)) {
                        out.extend(self.name(&side));
                    }
                }
            }
        }
    }

    /// Whether word `k` ends its line, bracket or credit: nothing after it in its
    /// sentence but a full stop, or a closing bracket, a slash, a comma, a semicolon
    /// or a bar next.
    fn ends_segment(&self, k: usize) -> bool {
        let next = self.words.get(k + 1).map_or(self.end, |w| w.0);
        let gap = self.text[self.words[k].1..next].trim();
        gap.is_empty() && k + 1 == self.words.len()
            || gap == "."
            || gap.starts_with([')', ']', '/', ',', ';', '|'])
    }
}

/// A word that can be part of a name: capitalised, or an Arabic particle ("al-", "bin").
fn is_capitalised(word: &str) -> bool {
    let core = ["al-", "el-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    core.chars().next().is_some_and(char::is_uppercase) || matches!(word, "bin" | "ibn")
}
