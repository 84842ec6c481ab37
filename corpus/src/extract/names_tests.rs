//! The spelling key against real variant pairs and near misses, and its properties.

use super::*;
use proptest::prelude::*;

/// Spellings of one name seen in wire copy, each pair must share a key.
const SAME: &[(&str, &str)] = &[
    ("Moussa Abu Marzouk", "Musa Abu Marzuk"),
    ("Moussa Abu Marzouk", "Mussa Abu Marzuk"),
    ("Mousa Abu Marzook", "Musa Abu Marzouk"),
    ("Abu Marzouk", "Abu Marzuk"),
    ("Mahmoud al-Aloul", "Mahmud al-Aloul"),
    ("Mahmoud al-Aloul", "Mahmoud Al Aloul"),
    ("Mahmoud al-Aloul", "Mahmoud Aloul"),
    ("Mahmoud al-Alul", "Mahmud el-Aloul"),
    ("Mohammed Morsi", "Muhammad Mursi"),
    ("Mohamed", "Mohammad"),
    ("Muhammed", "Mohamad"),
    ("Mohamed Farid el-Tohamy", "Mohammed Farid al-Tohami"),
    ("Khaled Meshaal", "Khalid Mishaal"),
    ("Khaled Meshal", "Khalid Mishal"),
    ("Izzat al-Risheq", "Ezzat Risheq"),
    ("Ismail Haniyeh", "Ismail Haniyyeh"),
    ("Nabil al-Araby", "Nabil el-Arabi"),
    ("Salah al-Aruri", "Salah al-Arouri"),
    ("Saleh al-Arouri", "Saleh Arouri"),
    ("Taher al-Nono", "Taher al-Nunu"),
    ("Sa'eb Erekat", "Saeb Erekat"),
    ("Ja\u{2019}abari", "Jaabari"),
    ("Mash\u{02BF}al", "Mashal"),
    ("Abu Mazen", "Abu Mazin"),
    ("Abdel Fattah el-Sisi", "Abdel Fattah El Sissi"),
    ("Bassem Naim", "Basem Naim"),
];

/// Different names that a looser key would merge.
const DIFFERENT: &[(&str, &str)] = &[
    ("Hamas", "Hama"),
    ("Fatah", "Fatha"),
    ("Abbas", "Abbas Zaki"),
    ("Abbas", "Abbas Kamel"),
    ("Mahmoud Abbas", "Mahmoud al-Aloul"),
    ("Khaled Mashaal", "Khaled Fawzi"),
    ("Rashad", "Rashid"),
    ("Hassan", "Hussein"),
    ("Iran", "Iraq"),
    ("Israel", "Israeli"),
    ("Egypt", "Egyptian"),
    ("Naim", "Nimr"),
    ("Mahmoud", "Mohammed"),
    ("Gaza", "Ghazi"),
];

// Known limits, kept visible: the key writes doubled letters once, so it is applied to
// people's names only (mentions.rs), never to bodies ("Abdel Fattah" would be Fatah);
// and "e" that stands for "a" (Ahmed, Ahmad; Meshaal, Mashaal) or a dropped vowel
// (Rishq, Risheq) are left to the knowledge base's aliases.
const FOLDED_THOUGH_NOT_ONE_NAME: &[(&str, &str)] = &[("Fattah", "Fatah")];
const ONE_NAME_LEFT_TO_ALIASES: &[(&str, &str)] = &[
    ("Ahmed", "Ahmad"),
    ("Meshaal", "Mashaal"),
    ("Rishq", "Risheq"),
];

#[test]
fn what_the_key_does_not_do_is_known() {
    for (a, b) in FOLDED_THOUGH_NOT_ONE_NAME {
        assert_eq!(name_key(a), name_key(b), "{a} / {b}");
    }
    for (a, b) in ONE_NAME_LEFT_TO_ALIASES {
        assert_ne!(name_key(a), name_key(b), "{a} / {b}");
    }
}

#[test]
fn real_variant_pairs_share_a_key() {
    for (a, b) in SAME {
        assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        assert!(same_name(a, b), "{a} / {b}");
    }
}

#[test]
fn near_misses_keep_their_own_keys() {
    for (a, b) in DIFFERENT {
        assert_ne!(name_key(a), name_key(b), "{a} / {b}");
    }
}

#[test]
fn keys_read_articles_hyphens_and_possessives() {
    assert_eq!(name_key("Mahmud al-Aloul"), "mahmud alul");
    assert_eq!(name_key("Al-Aloul"), "alul");
    assert_eq!(name_key("Hamas-run"), "hamas run");
    assert_eq!(name_key("Abbas's"), "abas|s");
    // An article with nothing after it at once is no part of a name.
    assert_eq!(name_key("al, Gaza"), "gaza");
    assert_eq!(name_key("Gaza, al"), "gaza");
}

#[test]
fn a_surname_ends_the_full_name_it_belongs_to() {
    assert!(ends_with_name("Moussa Abu Marzouk", "Abu Marzuk"));
    assert!(ends_with_name("Azzam al-Ahmad", "Al Ahmad"));
    assert!(ends_with_name("Ismail Haniyeh", "Haniyyeh"));
    assert!(!ends_with_name("Mahmoud Abbas", "Bas"));
    assert!(!ends_with_name("Mahmoud Abbas", ""));
    assert!(!ends_with_name("Abbas", "Mahmoud Abbas"));
}

#[test]
fn the_keyed_text_maps_matches_back_to_whole_original_words() {
    let text = "Fatah envoy Mahmud al-Aloul, and Abu Marzuk's aides (Gaza).";
    let keyed = KeyedText::new(text);
    for (name, want) in [
        ("Mahmoud Al Aloul", "Mahmud al-Aloul"),
        ("Abu Marzouk", "Abu Marzuk"),
        ("Gaza", "Gaza"),
    ] {
        let key = name_key(name);
        let at = keyed.text.find(&key).unwrap();
        let span = keyed.original(at, at + key.len()).unwrap();
        assert_eq!(&text[span.range()], want);
        assert!(keyed.all_capitalized(at, at + key.len()));
    }
    // Part of a word, or across punctuation, is no match.
    let at = keyed.text.find("arzuk").unwrap();
    assert_eq!(keyed.original(at, at + 5), None);
    assert!(!keyed.text.contains("alul and"));
    let envoy = name_key("envoy");
    let at = keyed.text.find(&envoy).unwrap();
    assert!(!keyed.all_capitalized(at, at + envoy.len()));
}

fn name_word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{1,8}",
        Just("al".to_string()),
        Just("el".to_string()),
        Just("Abu".to_string()),
        "[A-Z][aeiouy]{1,3}[bdhklmnrsz]{1,2}[aeiouy]{0,2}",
        "[A-Za-z\u{2019}'ʿéüİ-]{1,10}",
    ]
}

proptest! {
    /// Keying a key changes nothing: keys compare, so they must be a fixed point.
    #[test]
    fn the_key_is_idempotent(words in prop::collection::vec(name_word(), 1..5)) {
        let name = words.join(" ");
        let key = name_key(&name);
        prop_assert_eq!(name_key(&key), key.clone(), "{}", name);
    }

    /// A name's key is found, as whole words, in the keyed text of any sentence that
    /// contains the name between spaces: what the mention matcher relies on.
    #[test]
    fn a_name_is_found_in_any_sentence_by_its_key(
        before in prop::collection::vec("[a-z]{1,6}", 0..4),
        // Words of a name, none of them keyed as an article ("Al", "El", "Ill", "Eel":
        // an article belongs to the next word).
        name in prop::collection::vec(
            "[A-Z][a-z]{1,7}".prop_filter("not an article", |w| !is_article(&word_key(w))),
            1..4,
        ),
        after in prop::collection::vec("[a-z]{1,6}", 0..4),
    ) {
        let name = name.join(" ");
        let key = name_key(&name);
        prop_assume!(!key.is_empty());
        let text = [before.join(" "), name.clone(), after.join(" ")]
            .iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let keyed = KeyedText::new(&text);
        // The span is the name, with the word before it if that word keys to an
        // article ("al", "el", and so "il" or "eel", since e reads as i).
        let article = before.last().filter(|w| is_article(&word_key(w)));
        let found = keyed.text.match_indices(key.as_str()).any(|(at, _)| {
            keyed.original(at, at + key.len()).is_some_and(|span| {
                let got = &text[span.range()];
                got == name || article.is_some_and(|a| got == format!("{a} {name}"))
            })
        });
        prop_assert!(found, "{:?} in {:?}: {:?}", key, text, keyed.text);
    }

    /// Any text at all is keyed without a panic, into spans that are in order and on
    /// character boundaries.
    #[test]
    fn any_text_keys_into_ordered_spans(text in "\\PC{0,80}") {
        let keyed = KeyedText::new(&text);
        let mut last = 0;
        for w in &keyed.words {
            prop_assert!(w.span.start as usize >= last && w.span.start < w.span.end);
            prop_assert!(text.is_char_boundary(w.span.start as usize));
            prop_assert!(text.is_char_boundary(w.span.end as usize));
            last = w.span.end as usize;
        }
    }
}
