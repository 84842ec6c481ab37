//! From the seed files' text to the extractor's inputs: every file parsed and
//! checked, every problem collected, and a knowledge base only if there is none.
//!
//! Split by what each part knows: [`raw`] the TOML shapes, [`checker`] how a problem
//! is located and the checks all files share, then one parser per kind of seed
//! ([`entities`], [`lexicon`] for topics, framing and events, [`promises`] for
//! provisions and agreements, [`articles`]). This
//! file only runs them in order and gathers the result.

mod articles;
mod checker;
mod entities;
mod lexicon;
mod promises;
mod raw;

use super::{SeedErrors, SeedFiles};
use crate::extract::KnowledgeBase;
use crate::model::{Article, EntityIx};
use articles::parse_articles;
use entities::parse_entities;
use lexicon::{parse_events, parse_framing, parse_topics};
use promises::{parse_agreements, parse_provisions};
use std::collections::HashMap;

/// Checks every seed file and builds the extractor's inputs.
pub(super) fn parse(seeds: &SeedFiles) -> Result<(KnowledgeBase, Vec<Article>), SeedErrors> {
    let mut errors = Vec::new();
    // `None` when entities.toml itself is unreadable: then references to entities
    // cannot be checked, and reporting each as unknown would only bury the real error.
    let entities = parse_entities(seeds, &mut errors);
    let topics = parse_topics(seeds, &mut errors);
    let framing = parse_framing(seeds, &mut errors);
    let (events, event_cues) = parse_events(seeds, &mut errors);
    let (provisions, provision_phrases) = parse_provisions(seeds, &mut errors);
    let agreements = parse_agreements(seeds, &mut errors);
    let index: Option<HashMap<&str, EntityIx>> = entities.as_ref().map(|entities| {
        entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i as EntityIx))
            .collect()
    });
    let articles = parse_articles(seeds, index.as_ref(), &mut errors);
    if errors.is_empty() {
        Ok((
            KnowledgeBase {
                entities: entities.unwrap_or_default(),
                topics,
                framing,
                events,
                event_cues,
                provisions,
                provision_phrases,
                agreements: agreements.agreements,
                agreement_phrases: agreements.phrases,
                agreement_venues: agreements.venues,
            },
            articles,
        ))
    } else {
        // In file and line order, as an editor fixes them; stable, so the errors of
        // one line keep the order they were found in.
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        Err(SeedErrors(errors))
    }
}
