//! How an entity looks wherever it appears: the colour rule shared by chips, links,
//! map nodes and table rows.

use corpus::Corpus;
use corpus::model::{EntityIx, EntityKind};

/// The CSS class that colours an entity: its faction's, else the kind of the body it
/// represents (an Egyptian official is coloured as a state), else its own kind's.
pub fn colour_class(corpus: &Corpus, ix: EntityIx) -> String {
    let entity = corpus.entity(ix);
    match corpus.faction_of(ix) {
        Some(f) if corpus.entity(f).kind == EntityKind::Organization => {
            format!("faction-{}", corpus.entity(f).id)
        }
        Some(f) => format!("kind-{}", corpus.entity(f).kind.as_str()),
        None => format!("kind-{}", entity.kind.as_str()),
    }
}
