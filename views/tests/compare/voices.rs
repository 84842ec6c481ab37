//! Who is heard: speakers under their faction, unnamed ones merged by role, and
//! news agencies never.

use super::{cmp, corpus, entity, speakers, voice};

#[test]
fn voices_put_risheq_and_naim_under_hamas() {
    let c = cmp(&["cairo-2014-09", "cairo-2017-11"]);
    let risheq = voice(&c, 0, "hamas", "izzat-risheq").expect("Risheq under Hamas in 2014");
    assert_eq!(risheq.label, "Izzat Risheq");
    assert_eq!(risheq.quotes.len(), 2);
    assert_eq!(
        risheq.paraphrases, 1,
        "Risheq said Palestinian unity was essential"
    );
    let naim = voice(&c, 1, "hamas", "bassem-naim").expect("Naim under Hamas in 2017");
    assert_eq!((naim.quotes.len(), naim.paraphrases), (1, 1));
    // Paraphrase only: Bseiso told Reuters. MENA, a news agency, reports: no voice.
    let bseiso = voice(&c, 0, "fatah", "sakher-bseiso").expect("Bseiso under Fatah");
    assert_eq!((bseiso.quotes.len(), bseiso.paraphrases), (0, 1));
    assert!(
        c.voices[0]
            .groups
            .iter()
            .all(|g| g.faction != Some(entity("mena")))
    );
    // Hamas is the most heard in both; nobody is in two groups.
    for v in &c.voices {
        assert_eq!(v.groups[0].faction, Some(entity("hamas")));
        let mut all: Vec<&str> = v
            .groups
            .iter()
            .flat_map(|g| &g.speakers)
            .map(|s| s.label.as_str())
            .collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
    }
    // The "declared aim" of Israel's offensive is not Israel speaking.
    assert!(
        c.voices[0]
            .groups
            .iter()
            .all(|g| g.faction != Some(entity("israel")))
    );
}

#[test]
fn unnamed_speakers_merge_by_role_and_faction() {
    let c = cmp(&["cairo-2013-01", "cairo-2025-10"]);
    let egyptian = c.voices[0]
        .groups
        .iter()
        .find(|g| g.faction == Some(entity("egypt")))
        .expect("an Egyptian group in 2013");
    let official = &egyptian.speakers[0];
    assert_eq!(official.speaker, None);
    assert_eq!(official.label, "An Egyptian official");
    assert_eq!((official.quotes.len(), official.paraphrases), (1, 1));
    let source = c.voices[1].groups.last().unwrap();
    assert_eq!(source.faction, None);
    assert_eq!(source.speakers[0].label, "an informed source");
    assert_eq!(
        source.speakers[0].quotes.len(),
        2,
        "\"the source\" is the same voice"
    );
}

#[test]
fn news_agencies_are_never_voices() {
    // "an informed source told AFP": the source speaks, AFP only listens.
    let c = cmp(&["cairo-2025-10"]);
    let labels: Vec<&str> = speakers(&c).map(|v| v.label.as_str()).collect();
    assert!(labels.contains(&"an informed source"), "{labels:?}");
    for agency in ["afp", "reuters"] {
        let e = entity(agency);
        assert!(
            speakers(&c).all(|v| v.speaker != Some(e)),
            "{agency}: {labels:?}"
        );
        assert!(c.voices[0].groups.iter().all(|g| g.faction != Some(e)));
    }
    assert!(
        labels
            .iter()
            .all(|l| !l.contains("AFP") && !l.contains("Reuters")),
        "{labels:?}"
    );
    // No outlet of the knowledge base speaks in any article ("AFP reported Sunday",
    // "according to AFP", "MENA said", "Al-Qahera News reported").
    let all: Vec<&str> = corpus().articles.iter().map(|a| a.id.as_str()).collect();
    for pair in all.windows(2) {
        let c = cmp(pair);
        for v in speakers(&c) {
            let kind = v.speaker.map(|e| corpus().entity(e).kind);
            assert_ne!(
                kind,
                Some(corpus::model::EntityKind::Media),
                "{pair:?}: {}",
                v.label
            );
        }
        let factions = c
            .voices
            .iter()
            .flat_map(|v| &v.groups)
            .filter_map(|g| g.faction);
        for f in factions {
            assert_ne!(corpus().entity(f).kind, corpus::model::EntityKind::Media);
        }
    }
    // Hamas, not AFP, is heard in 2017: the agency's reports credit nobody.
    let c = cmp(&["cairo-2017-11"]);
    assert_eq!(c.voices[0].groups[0].faction, Some(entity("hamas")));
}
