//! A small corpus built by hand for the promises tests: the seeds list no provisions
//! yet, and these tests need every case (several deals, deadlines on both sides of
//! the newest article's date, a sentence naming no deal, indices out of range).

use corpus::PartialDate;
use corpus::model::{
    Agreement, Anchor, AnchorKind, Article, Commitment, Corpus, Deadline, Outcome, Provision,
    Sourced, Span, Status,
};

pub fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).expect("a test date")
}

fn article(id: &str, talks: &str, text: &str) -> Article {
    Article {
        headline: format!("Headline of {id}"),
        talks: Sourced {
            value: Some(date(talks)),
            ..Sourced::unknown()
        },
        ..Article::unannotated(id, text)
    }
}

pub fn commitment(
    provision: u16,
    agreement: Option<u16>,
    deadline: Deadline,
    sentence: u16,
) -> Commitment {
    Commitment {
        provision,
        by: Vec::new(),
        agreement,
        deadline,
        sentence,
        span: Span { start: 0, end: 1 },
    }
}

pub fn outcome(provision: u16, agreement: Option<u16>, status: Status, sentence: u16) -> Outcome {
    Outcome {
        provision,
        agreement,
        status,
        sentence,
        span: Span { start: 0, end: 1 },
    }
}

const TEXT: &str = "The sides agreed to hold elections. They pledged a unity government. \
                    The vote was postponed. Talks will resume. Nothing else was said.";

/// Provisions `elections` (0), `unity-government` (1), `crossings` (2, never named);
/// agreements listed out of date order: `cairo-2017-10` (0), `cairo-2011-05` (1),
/// `mecca-2007-02` (2, never named); three articles, the newest of 2018-03.
pub fn corpus() -> Corpus {
    let provision = |id: &str, label: &str| Provision {
        id: id.into(),
        label: label.into(),
    };
    let agreement = |id: &str, label: &str, place: &str, d: &str| Agreement {
        id: id.into(),
        label: label.into(),
        place: place.into(),
        date: date(d),
    };
    let mut a2011 = article("cairo-2011-05", "2011-05-04", TEXT);
    let counted = Deadline::Inferred {
        date: date("2012-05"),
        from: Anchor {
            kind: AnchorKind::Sentence,
            date: date("2011-05-04"),
        },
    };
    a2011.commitments = vec![
        commitment(0, Some(1), counted, 0),
        commitment(1, Some(1), Deadline::None, 1),
    ];
    let mut a2017 = article("cairo-2017-10", "2017-10-12", TEXT);
    a2017.commitments = vec![
        commitment(0, Some(0), Deadline::Stated(date("2018-12")), 0),
        commitment(1, Some(0), Deadline::Stated(date("2017-12-01")), 1),
    ];
    a2017.outcomes = vec![outcome(0, Some(1), Status::Postponed, 2)];
    let mut a2018 = article("gaza-2018-03", "2018-03", TEXT);
    a2018.outcomes = vec![
        outcome(0, Some(1), Status::Postponed, 2),
        outcome(0, None, Status::Missed, 3),
    ];
    Corpus {
        provisions: vec![
            provision("elections", "Elections"),
            provision("unity-government", "Unity government"),
            provision("crossings", "Crossings"),
        ],
        agreements: vec![
            agreement("cairo-2017-10", "Cairo agreement", "Cairo", "2017-10-12"),
            agreement("cairo-2011-05", "Cairo accord", "Cairo", "2011-05-04"),
            agreement("mecca-2007-02", "Mecca accord", "Mecca", "2007-02-08"),
        ],
        articles: vec![a2011, a2017, a2018],
        ..Corpus::default()
    }
}
