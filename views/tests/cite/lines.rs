//! The lines to copy: each style on the seeds, with the editors' headline marked, an
//! inferred date in brackets, and a quotation's words and speaker.

use super::{TRICKY_SPEAKER, URL, accessed, article, seed_works, tricky};
use views::cite::{Style, Work, line};

fn text(work: &Work, style: Style) -> String {
    line(work, style, accessed()).text()
}

#[test]
fn chicago_and_apa_for_a_seed_article() {
    let a = article("cairo-2014-09");
    let work = Work::article(a, URL);
    assert_eq!(
        text(&work, Style::ChicagoNote),
        format!(
            "“{h}” [headline by the Cairo Talks editors], Gulf Times [outlet inferred] (Reuters), \
             [September 24, 2014, inferred], Cairo Talks, accessed December 7, 2026, {URL}.",
            h = a.headline
        )
    );
    assert_eq!(
        text(&work, Style::ChicagoBibliography),
        format!(
            "“{h}” [headline by the Cairo Talks editors]. Gulf Times [outlet inferred] (Reuters), \
             [September 24, 2014, inferred]. Cairo Talks. Accessed December 7, 2026. {URL}.",
            h = a.headline
        )
    );
    assert_eq!(
        text(&work, Style::Apa),
        format!(
            "{h} [Headline by the Cairo Talks editors]. ([2014, September 24, inferred]). \
             Gulf Times [outlet inferred] (Reuters). Retrieved December 7, 2026, from {URL}",
            h = a.headline
        )
    );
    let html = line(&work, Style::Apa, accessed()).html();
    assert!(
        html.contains("<i>Gulf Times</i> [outlet inferred]"),
        "{html}"
    );
}

#[test]
fn an_outlet_not_established_says_so() {
    let work = Work::article(article("cairo-2025-10"), URL);
    for style in Style::ALL {
        let t = text(&work, style);
        assert!(t.contains("[outlet not established] (AFP)"), "{t}");
    }
}

#[test]
fn a_quotation_gives_its_words_and_speaker_in_every_style() {
    let work = tricky();
    let note = text(&work, Style::ChicagoNote);
    assert!(
        note.starts_with(&format!(
            "“We will, 'God willing', sign it, today,” {TRICKY_SPEAKER}, quoted in “Hamas & Fatah"
        )),
        "{note}"
    );
    for style in [Style::ChicagoBibliography, Style::Apa] {
        let t = text(&work, style);
        assert!(
            t.contains(&format!(
                "Quoting {TRICKY_SPEAKER}: “We will, 'God willing', sign it, today.”"
            )),
            "{t}"
        );
    }
    for w in seed_works().iter().filter(|w| w.quotation.is_some()) {
        let q = w.quotation.as_ref().unwrap();
        let t = text(w, Style::ChicagoNote);
        assert!(t.contains(&format!("{}, quoted in", q.speaker)), "{t}");
        if !q.attributed {
            let b = text(w, Style::Apa);
            assert!(b.contains("Quoted words, "), "{b}");
        }
    }
}
