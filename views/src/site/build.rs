//! Every page `make site` writes: the front page and one per pretty path
//! (`ViewState::with_paths`), each drawn by the writers of whoever draws it in the
//! browser (the timeline by the app, from the abridged corpus its wasm embeds; the
//! map, the comparison and the reader by the drawing worker, from the whole corpus),
//! with its head (`meta::Head`) and the canonical URL `ORIGIN BASE PATH`.

use super::meta::Head;
use super::pages::{Page, finish_page};
use super::preview::{preview_svg, view_drawing};
use crate::context::Context;
use crate::page::prerender_state;
use crate::state::{View, ViewState};

/// What the pages are made from.
pub struct Sources<'a> {
    /// trunk's `index.html`, its integrity hashes written.
    pub template: &'a str,
    /// The whole corpus's context and the abridged one's (`Corpus::abridged`).
    pub whole: &'a Context<'a>,
    pub abridged: &'a Context<'a>,
    /// Where the site is published: `https://host` and `/REPO/`.
    pub origin: &'a str,
    pub base: &'a str,
    /// The stylesheets of the views the worker draws, each alone (`style/map.css`,
    /// `compare.css`, `read.css`, `promises.css`): a page carries only its view's.
    pub map_css: &'a str,
    pub compare_css: &'a str,
    pub read_css: &'a str,
    pub promises_css: &'a str,
}

/// One finished page: its path under the root (`""`: the front page), its HTML, and
/// its preview card as SVG, to be rendered to the PNG at [`preview_file`].
pub struct Built {
    pub path: String,
    pub html: String,
    pub preview: String,
}

/// Where a page's preview image goes, under the root: `previews/read-cairo-2014-09.png`,
/// `previews/front.png`.
pub fn preview_file(path: &str) -> String {
    let slug = path.trim_matches('/').replace('/', "-");
    format!(
        "previews/{}.png",
        if slug.is_empty() { "front" } else { &slug }
    )
}

/// The front page and every path page, in the order of `ViewState::with_paths`, each
/// handed to `emit` as soon as it is made (a large corpus's pages do not all fit in
/// memory at once); the number of pages.
pub fn build_pages(
    src: &Sources,
    mut emit: impl FnMut(Built) -> Result<(), String>,
) -> Result<usize, String> {
    let mut states = vec![ViewState::default()];
    states.extend(ViewState::with_paths(src.whole.corpus));
    for state in &states {
        let path = state.path(src.whole.corpus).unwrap_or_default();
        let (html, preview) =
            build_page(src, state, &path).map_err(|e| format!("{path}index.html: {e}"))?;
        emit(Built {
            path,
            html,
            preview,
        })?;
    }
    Ok(states.len())
}

fn build_page(src: &Sources, state: &ViewState, path: &str) -> Result<(String, String), String> {
    let on_main = state.view == View::Timeline;
    let ctx = if on_main { src.abridged } else { src.whole };
    let wide = prerender_state(ctx, state, false);
    let narrow = (!on_main).then(|| prerender_state(ctx, state, true).view);
    let url = format!("{}{}{path}", src.origin, src.base);
    let mut head = Head::of(ctx.corpus, state, &ctx.select(state), url);
    head.image = Some(format!("{}{}{}", src.origin, src.base, preview_file(path)));
    let card = preview_svg(
        &head.title,
        &head.description,
        state.view.label(),
        view_drawing(&wide.view),
    );
    // The comparison draws its texts with the reader's writer, and its styles.
    let styles = match state.view {
        View::Timeline => String::new(),
        View::Map => src.map_css.to_string(),
        View::Compare => format!("{}{}", src.compare_css, src.read_css),
        View::Read => src.read_css.to_string(),
        View::Promises => src.promises_css.to_string(),
    };
    let html = finish_page(
        src.template,
        &Page {
            path,
            base: src.base,
            head: &head,
            regions: &wide,
            narrow: narrow.as_deref().filter(|n| *n != wide.view),
            styles: &styles,
        },
    )?;
    Ok((html, card))
}
