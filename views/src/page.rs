//! The page around the regions: the `<main>` that holds the current view, the
//! loading state a link shows until the app draws its view, and the prerendered
//! front page that `make site` writes into `index.html`.

use crate::compare::view::{CompareUi, compare_html};
use crate::context::Context;
use crate::map::view::{MapUi, map_html};
use crate::promises::html::promises_html;
use crate::read::view::read_html;
use crate::shell::{ShellUi, filters::filters_html, header::header_html};
use crate::state::{View, ViewState};
use crate::timeline::view::{TimelineUi, timeline_html};
use corpus::Corpus;

/// The view region's content: `<main>` naming the view, around its markup.
pub fn main_html(view: View, inner: &str) -> String {
    format!(
        r#"<main id="main" tabindex="-1" data-testid="current-view" data-view="{v}">{inner}</main>"#,
        v = view.as_str()
    )
}

/// A view the worker is still drawing (the map, the comparison): what is coming, in
/// its place, never a blank page.
///
/// The map's holds its drawing's box, unseen and taking no room (`style/map.css`): the
/// app measures it while the worker starts, so the first drawing is at the right size
/// and need not be drawn again.
pub fn pending_html(view: View) -> String {
    let canvas = if view == View::Map {
        r#"<div class="map-canvas" aria-hidden="true"><svg></svg></div>"#
    } else {
        ""
    };
    format!(
        r#"<section class="pending" aria-busy="true" data-testid="view-pending"><h2>{label}</h2><p class="hint">Drawing the {what}…</p>{canvas}</section>"#,
        label = view.label(),
        what = match view {
            View::Map => "faction map",
            View::Compare => "comparison",
            View::Timeline => "timeline",
            View::Read => "article",
            View::Promises => "promises",
        },
    )
}

/// A view the worker could not draw: why, and what still works.
pub fn failed_html(view: View, why: &str) -> String {
    format!(
        r#"<section class="failed" role="alert"><h2>{label}</h2><p>This view could not be drawn: {why}. The timeline and the reader still work.</p></section>"#,
        label = view.label(),
        why = crate::markup::esc(why),
    )
}

/// What the view region says when the embedded corpus cannot be read: never a blank
/// page.
pub fn fatal_html(error: &str) -> String {
    format!(
        r#"<main class="fatal" id="main"><h2>Cairo Talks could not start</h2><p>The embedded corpus could not be read: {}</p></main>"#,
        crate::markup::esc(error)
    )
}

/// The front page as the app first draws it, region by region.
pub struct Prerendered {
    pub header: String,
    pub filters: String,
    pub view: String,
}

/// The front page (no query), drawn at build time by the same writers the app uses,
/// with both forms of the timeline (CSS shows the one that fits the screen).
pub fn prerender(ctx: &Context) -> Prerendered {
    prerender_state(ctx, &ViewState::default(), false)
}

/// The page of `state`, drawn at build time by the writers the app (the timeline) and
/// the drawing worker (the other views) use, as a wide screen shows it; `narrow`: as
/// a phone shows it (the map's tables first, the comparison's columns as tabs). The
/// timeline draws both of its forms either way.
pub fn prerender_state(ctx: &Context, state: &ViewState, narrow: bool) -> Prerendered {
    let sel = ctx.select(state);
    let shell = ShellUi::default();
    let inner = match state.view {
        View::Timeline => timeline_html(
            ctx.corpus,
            &ctx.items,
            state,
            &sel,
            &TimelineUi::prerender(),
        ),
        View::Read => read_html(ctx, state, &sel, &Default::default()),
        View::Promises => promises_html(ctx, state, &sel),
        View::Map => map_html(
            ctx.corpus,
            ctx.anchors(),
            state,
            &sel,
            &MapUi {
                narrow,
                ..MapUi::default()
            },
        ),
        View::Compare => compare_html(
            ctx,
            state,
            &sel,
            &CompareUi {
                narrow,
                ..CompareUi::default()
            },
        ),
    };
    Prerendered {
        header: header_html(ctx.corpus, state, &shell),
        filters: filters_html(ctx.corpus, state, &shell),
        view: main_html(state.view, &inner),
    }
}

/// The tab's title for `state`: what the view shows, in words, then the app's name.
pub fn page_title(corpus: &Corpus, state: &ViewState) -> String {
    let article = |id: &Option<String>| id.as_deref().and_then(|id| corpus.article(id));
    let entity = |ids: &[String]| match ids {
        [id] => corpus.entity_ix(id).map(|e| corpus.entity(e).name.as_str()),
        _ => None,
    };
    let what = match state.view {
        View::Read => article(&state.article).map(|a| format!("{} · Reader", a.headline)),
        View::Map => {
            article(&state.round).map(|a| format!("Faction map as of {}", a.date().label()))
        }
        View::Compare => {
            let dates: Vec<String> = (state.compare.iter())
                .filter_map(|id| corpus.article(id))
                .map(|a| a.date().label())
                .collect();
            (dates.len() > 1).then(|| format!("Compare the rounds of {}", dates.join(" and ")))
        }
        View::Promises => (state.provision.as_deref())
            .and_then(|id| corpus.provision_ix(id))
            .and_then(|p| corpus.provision(p))
            .map(|p| format!("{} · Promises", p.label)),
        View::Timeline if state.entities.is_empty() => {
            entity(&state.factions).map(|n| format!("{n} and its people on the timeline"))
        }
        View::Timeline => entity(&state.entities)
            .filter(|_| state.factions.is_empty())
            .map(|n| format!("{n} on the timeline")),
    };
    format!(
        "{} · Cairo Talks",
        what.unwrap_or_else(|| state.view.label().to_string())
    )
}
