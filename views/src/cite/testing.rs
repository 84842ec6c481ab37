//! Hand-built articles for the formats' unit tests: a headline chosen by the test,
//! known facts of every confidence, and a quotation whose words hold quotation marks,
//! commas and a line break, spoken by someone with a non-ASCII name.

use corpus::PartialDate;
use corpus::model::{
    Article, AttributionRule, Confidence, Corpus, Entity, EntityKind, Quote, Sourced, Span,
};

/// The access date the tests pass: 7 December 2026.
pub fn accessed() -> time::Date {
    time::Date::from_calendar_date(2026, time::Month::December, 7).expect("a real day")
}

fn fact<T>(value: Option<T>, confidence: Confidence, note: &str) -> Sourced<T> {
    Sourced {
        value,
        confidence,
        note: note.to_string(),
    }
}

pub const SPEAKER: &str = "Ṣāliḥ al-ʿĀrūrī";
pub const WORDS: &str = "We will, \"God willing\",\nagree & sign {today}";

/// An article headlined `headline`, published 24 September 2014 (inferred), in the
/// Gulf Times (inferred), Reuters copy (stated), with one quotation; and a corpus
/// that holds it and its speaker.
pub fn sample(headline: &str) -> (Article, Corpus) {
    let text = format!("{SPEAKER} said: “{WORDS}.” Talks went on.");
    let mut article = Article::unannotated("cairo-2014-09", &text);
    article.headline = headline.to_string();
    article.published = fact(
        PartialDate::day(2014, 9, 24),
        Confidence::Inferred,
        "Reuters filed on Wednesday.",
    );
    article.outlet = fact(
        Some("Gulf Times".into()),
        Confidence::Inferred,
        "Found as printed.",
    );
    article.wire = fact(Some("Reuters".into()), Confidence::Stated, "");
    let start = text.find("We will").expect("the words are there");
    article.quotes.push(Quote {
        span: Span::new(start, start + WORDS.len()),
        speaker: Some(0),
        speaker_span: None,
        speaker_faction: None,
        sentence: 0,
        rule: AttributionRule::Statement,
    });
    let corpus = Corpus {
        entities: vec![Entity {
            id: "saleh-al-arouri".into(),
            name: SPEAKER.into(),
            kind: EntityKind::Person,
            aliases: vec![SPEAKER.into()],
            faction: None,
            roles: Vec::new(),
            description: String::new(),
        }],
        articles: vec![article.clone()],
        ..Corpus::default()
    };
    (article, corpus)
}
