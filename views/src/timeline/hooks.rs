//! The hooks a timeline item carries in every form it is drawn in (the chart and the
//! list): `data-testid="timeline-item"` with `data-article` for a round,
//! `data-testid="timeline-event"` for an event, then `data-item` and `data-date`, and
//! `data-uncertain` (`counted` or `year`) for an event whose date is uncertain.
//! They are the contract the e2e specs and `make bench` read (ARCHITECTURE.md), so
//! they are written here once.

use super::{ItemKind, TimelineItem};
use crate::markup::esc;

/// ` data-testid="…"[ data-article="…"] data-item="…" data-date="…"`, ready for a start
/// tag.
pub fn item_hooks(item: &TimelineItem) -> String {
    let id = esc(&item.id);
    match item.kind {
        ItemKind::Round => format!(
            r#" data-testid="timeline-item" data-article="{id}" data-item="{id}" data-date="{}""#,
            item.date
        ),
        ItemKind::Event => format!(
            r#" data-testid="timeline-event" data-item="{id}" data-date="{}"{}"#,
            item.date,
            item.uncertain()
                .map(|u| format!(r#" data-uncertain="{u}""#))
                .unwrap_or_default()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::items;

    #[test]
    fn a_round_names_its_article_and_an_event_does_not() {
        let all = items(corpus::seeds::repository());
        let round = all.iter().find(|i| i.id == "cairo-2014-09").unwrap();
        assert_eq!(
            item_hooks(round),
            r#" data-testid="timeline-item" data-article="cairo-2014-09" data-item="cairo-2014-09" data-date="2014-09-24""#
        );
        let event = all.iter().find(|i| i.kind == ItemKind::Event).unwrap();
        let hooks = item_hooks(event);
        assert!(hooks.starts_with(r#" data-testid="timeline-event" data-item=""#));
        assert!(!hooks.contains("data-article"));
    }
}
