//! Tests of reading wrapped wire copy: which breaks wrap, and that every offset maps
//! back into the original text.

use super::Normalised;
use crate::text::Span;
use proptest::prelude::*;

/// Invented wire copy in the shape of agency text wrapped at 70 columns.
const WIRE: &str = "Rivals agree to revive unity pact
By a staff reporter

GAZA, June 4 (Wire) - Senior officials of the two movements said on
Tuesday they had agreed to form a joint committee, according to Yahya
Sinwar, who told reporters the body would be named within five weeks.
\"We have turned a page,\" the group's spokesman, Hazem Qassem, told
reporters, adding that Egyptian mediators would follow the talks in
the Hamas-
run enclave closely.

The deal was welcomed in Ramallah, where officials of the Palestinian
Authority said they would study its details before the next round.
  Photo: a handshake in Gaza City
";

fn normalised(text: &str) -> String {
    Normalised::of(text).map_or_else(|| text.to_string(), |n| n.text)
}

#[test]
fn wrapped_lines_join_and_blocks_stay_apart() {
    let n = normalised(WIRE);
    let lines: Vec<&str> = n.lines().collect();
    assert_eq!(lines[0], "Rivals agree to revive unity pact");
    assert_eq!(lines[1], "By a staff reporter");
    assert_eq!(lines[2], "");
    assert!(
        lines[3].starts_with("GAZA, June 4 (Wire) - Senior officials"),
        "{n}"
    );
    assert!(lines[3].contains("said on Tuesday they"), "{n}");
    assert!(lines[3].contains("according to Yahya Sinwar, who"), "{n}");
    assert!(
        lines[3].contains("Hazem Qassem, told reporters, adding"),
        "{n}"
    );
    assert!(lines[3].contains("the Hamas-run enclave closely."), "{n}");
    assert!(lines[5].contains("Palestinian Authority said"), "{n}");
    // An indented caption starts a block of its own.
    assert_eq!(lines[6].trim(), "Photo: a handshake in Gaza City");
    assert_eq!(lines.len(), 7, "{n}");
}

#[test]
fn a_text_one_paragraph_a_line_keeps_its_line_breaks() {
    let text = "Factions meet in Cairo\nPublished: 2021-02-08\nThe leaders of fourteen factions met in Cairo on Monday to agree on the steps toward the first elections in years, state television said, and the talks went on into the night.\nthe caption of a photo\nA second paragraph, as long as a paragraph on a web page tends to be, with its own sentences in it.\n";
    assert_eq!(normalised(text), text);
    // One hard break before a line going on in lower case is one sentence even there.
    let once = "A long paragraph as a web page has it, in which the head of the movement, Ismail Haniyeh\nsaid the talks were serious.\nThe next paragraph.\n";
    assert_eq!(
        normalised(once),
        "A long paragraph as a web page has it, in which the head of the movement, Ismail Haniyeh said the talks were serious.\nThe next paragraph.\n"
    );
    // Runs of spaces are one space even there, and the map leads back.
    let n = Normalised::of("Ismail  Haniyeh\u{a0}said.").unwrap();
    assert_eq!(n.text, "Ismail Haniyeh said.");
    let at = n.text.find("Haniyeh").unwrap();
    assert_eq!(n.original(Span::new(at, at + 7)), Span::new(8, 15));
}

#[test]
fn names_broken_across_lines_map_back_to_their_bytes() {
    let n = Normalised::of(WIRE).unwrap();
    let at = n.text.find("Yahya Sinwar").unwrap();
    let span = n.original(Span::new(at, at + "Yahya Sinwar".len()));
    assert_eq!(&WIRE[span.range()], "Yahya\nSinwar");
    let at = n.text.find("Hamas-run").unwrap();
    let span = n.original(Span::new(at, at + "Hamas-run".len()));
    assert_eq!(&WIRE[span.range()], "Hamas-\nrun");
    assert!(Normalised::of("plain text.").is_none());
}

/// The text with each run of white space as one space, invisible characters dropped
/// and every double quotation mark one: what both sides must agree on.
fn squeeze(s: &str) -> String {
    let s = s
        .replace("``", "\"")
        .replace("''", "\"")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .replace(['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'], "");
    s.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Pieces of wrapped and unwrapped text, white space of every kind among them.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(&[
            " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "-", "-\n", "\n  ", ",\n", ".\n",
            "word", "Name", "said", "é", "“", "”", "• ", "the", "Hamas", "on\n", "\u{2009}",
            "``", "''", "'", "`", "\u{ad}", "\u{200b}",
        ][..]).prop_map(str::to_string),
        1 => "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Every span of the normalised text maps to one of the original on character
    /// boundaries, in order, and the two say the same up to white space (a joined
    /// hyphen aside).
    #[test]
    fn every_offset_maps_back_onto_the_original(
        parts in prop::collection::vec(piece(), 0..80),
        a in any::<prop::sample::Index>(),
        b in any::<prop::sample::Index>(),
    ) {
        let text = parts.concat();
        let Some(n) = Normalised::of(&text) else { return Ok(()); };
        // Only a doubled mark ('' to ”) grows, by a byte.
        prop_assert!(n.text.len() <= text.len() + text.matches("''").count() + text.matches("``").count());
        let mut cuts: Vec<usize> = (0..=n.text.len()).filter(|&i| n.text.is_char_boundary(i)).collect();
        cuts.dedup();
        let (i, j) = (cuts[a.index(cuts.len())], cuts[b.index(cuts.len())]);
        let (s, e) = (i.min(j), i.max(j));
        let span = n.original(Span::new(s, e));
        prop_assert!(span.start <= span.end && span.end as usize <= text.len());
        prop_assert!(text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize));
        let inner = &n.text[s..e];
        let outer = &text[span.range()];
        prop_assert_eq!(squeeze(inner).replace("- ", "-"), squeeze(outer).replace("- ", "-").replace("-\n", "-"));
        // Monotone: later offsets never map before earlier ones.
        let mut last = 0;
        for &c in &cuts {
            let o = n.original(Span::new(c, c)).start;
            prop_assert!(o >= last);
            last = o;
        }
    }
}

#[test]
fn a_brief_of_two_lines_is_read_as_wrapped() {
    // Too few breaks for the wrapped text's count: one line of a wire's width cut
    // mid-sentence, a name split across the break.
    let brief =
        "Talks resume\n\n\"The door is open,\" the mediator's envoy, Karim\nBenali, said.\n";
    assert_eq!(
        normalised(brief),
        "Talks resume\n\n\"The door is open,\" the mediator's envoy, Karim Benali, said.\n"
    );
    // A sentence ends inside the line, so it is prose and not a headline.
    let prose = "The delegations met in Doha on Sunday for a third round. Leila\nHaddad led one.\n";
    assert_eq!(
        normalised(prose),
        "The delegations met in Doha on Sunday for a third round. Leila Haddad led one.\n"
    );
    // A dateline's agency and dash mark the lead paragraph.
    let lead = "RAMALLAH, May 3 (Wire) - Envoys of the two rival movements met Prime\nMinister Salam Fayyad.\n";
    assert_eq!(
        normalised(lead),
        "RAMALLAH, May 3 (Wire) - Envoys of the two rival movements met Prime Minister Salam Fayyad.\n"
    );
    // A headline over its first line, however long, is not prose cut.
    let headline =
        "Envoys of the two rival movements agree to meet again in Doha\nHamas and Fatah\n";
    assert_eq!(normalised(headline), headline);
    // CRLF breaks read the same, and map back over the carriage return too.
    let crlf = brief.replace('\n', "\r\n");
    let n = Normalised::of(&crlf).unwrap();
    assert_eq!(n.text, normalised(brief));
    let at = n.text.find("Karim Benali").unwrap();
    let span = n.original(Span::new(at, at + "Karim Benali".len()));
    assert_eq!(&crlf[span.range()], "Karim\r\nBenali");
}

#[test]
fn in_any_text_a_line_that_cannot_end_goes_on() {
    // Long lines: a page one paragraph a line, with one hard break in a paragraph.
    let long = "A long paragraph of a web page, the kind that runs well past a wire's width and so marks the text as one paragraph a line.\n";
    for (cut, joined) in [
        // A quotation closed by a comma: its speaker is on the next line.
        (
            "\"We will sign,\"\nNadia Saleh said.",
            "\"We will sign,\" Nadia Saleh said.",
        ),
        (
            "\"We will sign,\" the envoy\nOmar Khatib said.",
            "\"We will sign,\" the envoy Omar Khatib said.",
        ),
        // A colon over the quotation it introduces.
        (
            "The envoy added:\n\"We will sign.\"",
            "The envoy added: \"We will sign.\"",
        ),
        // A word no sentence ends with.
        (
            "It was signed by the head of\nthe Wafd Party.",
            "It was signed by the head of the Wafd Party.",
        ),
        (
            "It was signed by the head of the\nWafd Party.",
            "It was signed by the head of the Wafd Party.",
        ),
        // An open quotation, even after a full stop.
        (
            "\"We will sign the\nPlan,\" he said.",
            "\"We will sign the Plan,\" he said.",
        ),
        (
            "\"We will sign.\nThen we vote,\" he said.",
            "\"We will sign. Then we vote,\" he said.",
        ),
        // A comma after the closing mark.
        (
            "\"We will sign\", according to Nadia\nSaleh.",
            "\"We will sign\", according to Nadia Saleh.",
        ),
    ] {
        let text = format!("{long}{cut}\n{long}");
        assert_eq!(
            normalised(&text),
            format!("{long}{joined}\n{long}"),
            "{cut}"
        );
    }
    // Lines that may end where they do keep their breaks: a salutation, a headline
    // over its body, a colon over furniture, a quotation that ends a sentence.
    for kept in [
        "Dear Reader,\nAs you can imagine, we need you.",
        "Rivals agree to revive unity pact\nHamas and Fatah met on Monday.",
        "Related:\nRivals agree to revive unity pact",
        "He said: \"We will sign.\"\nNadia Saleh agreed.",
        // A quotation over two paragraphs reopens its mark.
        "He said: \"We will sign.\n\"Then we vote.\"",
    ] {
        let text = format!("{long}{kept}\n{long}");
        assert_eq!(normalised(&text), text, "{kept}");
    }
}

#[test]
fn ascii_double_marks_read_as_curly_and_invisible_characters_vanish() {
    let text = "``We agree,'' Nadia Sa\u{ad}leh said. He called it ''a first step''.";
    let n = Normalised::of(text).unwrap();
    assert_eq!(
        n.text,
        "\u{201c}We agree,\u{201d} Nadia Saleh said. He called it \u{201c}a first step\u{201d}."
    );
    // The curly marks and the name map back onto the bytes as stored.
    let at = n.text.find("Nadia Saleh").unwrap();
    let span = n.original(Span::new(at, at + "Nadia Saleh".len()));
    assert_eq!(&text[span.range()], "Nadia Sa\u{ad}leh");
    let open = n.original(Span::new(0, '\u{201c}'.len_utf8()));
    assert_eq!(&text[open.range()], "``");
    // A single mark is left as it is: an apostrophe, a scare quote.
    assert!(Normalised::of("Gaza's 'unity' talks").is_none());
}
