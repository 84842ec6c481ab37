//! Uncurated candidates: capitalized name sequences that match no known entity, so a
//! new article shows its new people and bodies before anyone curates them.

use super::overlaps_any;
use crate::model::{Candidate, Mention, Span};
use crate::text::words;

/// Capitalized words that are not names: titles, months, weekdays, demonyms and the
/// like. Compared in lowercase, with any possessive `'s` removed.
const NOT_NAMES: &[&str] = &[
    // titles and honorifics
    "president",
    "prime",
    "minister",
    "secretary",
    "secretary-general",
    "chairman",
    "general",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sheikh",
    "king",
    "prince",
    "sir",
    // months and weekdays
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    // demonyms and group adjectives
    "palestinian",
    "palestinians",
    "arab",
    "arabs",
    "muslim",
    "muslims",
    "islamist",
    "islamists",
    "zionist",
    "jewish",
    "christian",
    "western",
    "gazan",
    "gazans",
    "islamic",
    "palestinian-palestinian",
    // function words that start headings or quotes
    "i",
    "god",
    "the",
    "a",
    "an",
    "and",
    "but",
    "if",
    "it",
    "we",
    "he",
    "she",
    "they",
];

/// Lowercase words that may join two capitalized words inside one name.
const CONNECTORS: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "of", "for", "the", "de", "van", "von",
];

pub fn extract(text: &str, sentences: &[Span], mentions: &[Mention]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for &sentence in sentences {
        let base = sentence.start as usize;
        let body = &text[sentence.range()];
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut pending_connectors: Vec<(usize, usize)> = Vec::new();
        let ws = words(body);
        for &(s, e) in &ws {
            let (start, end) = (base + s, base + e);
            let word = &text[start..end];
            let span = Span::new(start, end);
            let covered = overlaps_any(mentions, span);
            if is_name_word(word) && !covered {
                if !run.is_empty() {
                    run.append(&mut pending_connectors);
                }
                pending_connectors.clear();
                run.push((start, end));
            } else if !run.is_empty() && CONNECTORS.contains(&word.to_lowercase().as_str()) {
                pending_connectors.push((start, end));
            } else {
                flush(text, &mut run, &ws, base, &mut out);
                pending_connectors.clear();
            }
        }
        flush(text, &mut run, &ws, base, &mut out);
    }
    out
}

fn flush(
    text: &str,
    run: &mut Vec<(usize, usize)>,
    sentence_words: &[(usize, usize)],
    base: usize,
    out: &mut Vec<Candidate>,
) {
    if run.is_empty() {
        return;
    }
    // The first word of a sentence, or of a dateline's text ("CAIRO: Delegations").
    let starts_sentence = sentence_words
        .first()
        .is_some_and(|&(s, _)| base + s == run[0].0)
        || text[..run[0].0].trim_end().ends_with(':');
    // "Members of the Brigades": a sentence's first word joined by connectors is
    // not part of the name that follows.
    let is_connector =
        |&(s, e): &(usize, usize)| CONNECTORS.contains(&text[s..e].to_lowercase().as_str());
    if starts_sentence && run.len() > 2 && is_connector(&run[1]) {
        let keep = run
            .iter()
            .skip(1)
            .position(|w| !is_connector(w))
            .map_or(run.len(), |p| p + 1);
        run.drain(..keep);
    }
    // A lone capitalized word at a sentence start is just a sentence start.
    let lone_sentence_start = starts_sentence && run.len() == 1;
    if !run.is_empty() && !lone_sentence_start {
        let (start, end) = (run[0].0, run[run.len() - 1].1);
        if text[start..end]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            > 1
        {
            out.push(Candidate {
                span: Span::new(start, end),
            });
        }
    }
    run.clear();
}

fn is_name_word(word: &str) -> bool {
    // "al-Bardawil", "el-Tohamy": an Arabic article before a capitalized name.
    let word = ["al-", "el-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    let Some(first) = word.chars().next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let bare = word
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .to_lowercase();
    let all_parts_common = bare
        .split('-')
        .all(|part| NOT_NAMES.contains(&part) || part.is_empty());
    !all_parts_common && !bare.chars().all(|c| c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn names(text: &str, known: &[&str]) -> Vec<String> {
        let mentions: Vec<Mention> = known
            .iter()
            .map(|k| {
                let s = text.find(k).unwrap();
                Mention {
                    entity: 0,
                    span: Span::new(s, s + k.len()),
                    variant: false,
                }
            })
            .collect();
        extract(text, &sentences(text), &mentions)
            .into_iter()
            .map(|c| text[c.span.range()].to_string())
            .collect()
    }

    #[test]
    fn keeps_unknown_names_and_skips_known_ones_and_common_words() {
        let text = "Hamas official Sakher Bseiso met President Hassan Rashad on Thursday. \
                    Efforts failed in May. Palestinian sources cited Ahmed al-Bardawil.";
        assert_eq!(
            names(text, &["Hamas", "Hassan Rashad"]),
            ["Sakher Bseiso", "Ahmed al-Bardawil"]
        );
    }

    #[test]
    fn a_name_at_the_start_of_a_sentence_is_kept_when_it_has_two_words() {
        assert_eq!(names("Jibril Rajoub said so.", &[]), ["Jibril Rajoub"]);
        assert_eq!(names("Yesterday it rained.", &[]), Vec::<String>::new());
    }
}
