//! The whole timeline view as markup: its head, legend, controls, the chart (or, on a
//! narrow screen, the list), an open cluster's list and the selected item's details.
//!
//! The app keeps what is not in the URL (the measured width, the focused item, an open
//! cluster, a range being dragged) in a [`TimelineUi`] and redraws from it; the build
//! prerenders the front page from [`TimelineUi::prerender`] with both forms, so a
//! phone and a desktop each see theirs before the wasm arrives (CSS hides the other).
//!
//! The writers take the corpus and its items (which `Context` builds once) rather than
//! the context, so the timeline depends on nothing that depends on it.

use super::chart::{ChartState, timeline_svg};
use super::edges::{controls_html, outside};
use super::geometry::Rows;
use super::hit::TimelineHit;
use super::layout::MAX_ROWS;
use super::{
    ItemKind, LabelMode, TimeScale, TimelineItem, TimelineLayout, extent, layout, rounds_extent,
};
use crate::filter::Selection;
use crate::hit::Hit;
use crate::markup::{esc, px};
use crate::state::ViewState;
use corpus::model::Lane;
use corpus::{Corpus, PartialDate};
use std::fmt::Write;

/// Pixels between axis ticks, at least.
const TICK_SPACING_PX: f64 = 64.0;
/// Labels are cut (one line, '…') only in a view that shows this many times the
/// days of the default window (the span of the rounds) or more in the same width:
/// zoomed out past it. At the default zoom and closer they wrap and are whole.
pub const CUT_BEYOND_DEFAULT: f64 = 1.05;
/// The chart width the prerendered front page is drawn at; the SVG scales to its box
/// until the app measures the real width.
pub const PRERENDER_WIDTH: f64 = 1200.0;

/// Which drawing the timeline shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    /// The zoomable chart, with the details beside it (wide screens).
    #[default]
    Chart,
    /// A vertical list with the details inline (narrow screens).
    List,
    /// Both, for the prerendered page, where CSS shows the one that fits.
    Both,
}

/// What the timeline shows besides the URL state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimelineUi {
    pub form: Form,
    /// The chart's width in pixels, as measured; 0 until it is.
    pub width: f64,
    /// The item that has (or last had) the keyboard focus.
    pub focused: Option<usize>,
    /// The members of the cluster whose list is open.
    pub open_cluster: Option<Vec<usize>>,
    /// The range while a drag or a pinch is under way, before it goes to the URL.
    pub live: Option<TimeScale>,
    /// The exact range last written to the URL, and the window it was written as: the
    /// URL rounds to whole days, months or years, and a zoom anchored on the focused
    /// item must not push it out of view by that rounding. Used while the URL still
    /// holds that window.
    pub exact: Option<(TimeScale, Option<(PartialDate, PartialDate)>)>,
}

impl TimelineUi {
    pub fn prerender() -> Self {
        TimelineUi {
            form: Form::Both,
            width: PRERENDER_WIDTH,
            ..TimelineUi::default()
        }
    }

    fn width(&self) -> f64 {
        if self.width > 0.0 {
            self.width
        } else {
            PRERENDER_WIDTH
        }
    }

    /// The visible range: the one being dragged, else the URL's, else the default
    /// (the span of the rounds).
    pub fn scale(&self, items: &[TimelineItem], state: &ViewState) -> TimeScale {
        let limits = extent(items);
        if let Some(live) = self.live {
            return live;
        }
        match (&self.exact, state.window) {
            (Some((exact, window)), now) if *window == now => exact.with_width(self.width()),
            (_, Some((from, to))) => TimeScale::from_window(from, to, self.width(), limits),
            (_, None) => default_scale(items, self.width()),
        }
    }
}

/// The default view: the span of the rounds, drawn `width` wide.
pub fn default_scale(items: &[TimelineItem], width: f64) -> TimeScale {
    TimeScale::full(rounds_extent(items), width)
}

/// The URL's `window` for a scale: none when it shows the default window.
pub fn window_of(
    items: &[TimelineItem],
    scale: &TimeScale,
) -> Option<(corpus::PartialDate, corpus::PartialDate)> {
    let default = rounds_extent(items);
    let same = (scale.start - default.0).abs() < 1.0 && (scale.end - default.1).abs() < 1.0;
    (!same).then(|| scale.window())
}

/// How labels fit in a view: whole and wrapped, unless zoomed out past the default
/// window ([`CUT_BEYOND_DEFAULT`]).
pub fn label_mode(items: &[TimelineItem], scale: &TimeScale) -> LabelMode {
    let (from, to) = rounds_extent(items);
    if scale.span() > (to - from) * CUT_BEYOND_DEFAULT {
        LabelMode::Cut
    } else {
        LabelMode::Wrap
    }
}

/// The chart's layout of the `shown` items: what the drawing and the app's handlers
/// (a cluster's members) both read.
pub fn chart_layout(items: &[TimelineItem], shown: &[usize], scale: &TimeScale) -> TimelineLayout {
    layout(items, shown, scale, MAX_ROWS, label_mode(items, scale))
}

/// Indexes of the items the shared filters let through.
pub fn visible(items: &[TimelineItem], sel: &Selection) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| match (item.kind, item.catalog) {
            (ItemKind::Event, Some(e)) => sel.events.get(e as usize).copied().unwrap_or(false),
            _ => item.articles.iter().any(|&a| sel.passes(a)),
        })
        .map(|(i, _)| i)
        .collect()
}

/// The item reachable with Tab: the focused one, else the selected, else the first.
pub fn tab_stop(shown: &[usize], focused: Option<usize>, selected: Option<usize>) -> Option<usize> {
    focused
        .filter(|i| shown.contains(i))
        .or(selected.filter(|i| shown.contains(i)))
        .or_else(|| shown.iter().copied().min())
}

/// The timeline of `items` (the corpus's rounds and referenced events, as
/// [`super::items`] builds them) for a view state and selection.
pub fn timeline_html(
    corpus: &Corpus,
    items: &[TimelineItem],
    state: &ViewState,
    sel: &Selection,
    ui: &TimelineUi,
) -> String {
    let shown = visible(items, sel);
    let rounds = shown
        .iter()
        .filter(|&&i| items[i].kind == ItemKind::Round)
        .count();
    let selected = state
        .selected
        .as_ref()
        .and_then(|id| items.iter().position(|i| &i.id == id));
    let mut out = String::with_capacity(24 * 1024);
    let _ = write!(
        out,
        r#"<section class="timeline-view form-{form}" aria-labelledby="timeline-heading"><div class="view-head"><h2 id="timeline-heading">Timeline</h2><p class="count" role="status">{rounds} rounds and {events} referenced events</p></div>"#,
        form = match ui.form {
            Form::Chart => "chart",
            Form::List => "list",
            Form::Both => "both",
        },
        events = shown.len() - rounds,
    );
    if ui.form != Form::List {
        // The key explains the chart's colours and shapes, so it goes with the chart: the
        // list names each entry's kind in words, and on a phone the first screen is
        // the list's. With an item selected, its details sit beside the chart on a wide
        // screen (under it on a narrower one): on the first screen either way.
        let _ = write!(
            out,
            r#"<div class="timeline-wide{}"><div class="timeline-main">"#,
            if selected.is_some() {
                " with-detail"
            } else {
                ""
            }
        );
        legend_html(&mut out);
        chart_html(&mut out, corpus, items, state, &shown, selected, ui);
        out.push_str("</div>");
        if let Some(ix) = selected {
            super::detail::detail_html(&mut out, corpus, state, &items[ix]);
        }
        out.push_str("</div>");
    }
    if ui.form != Form::Chart {
        super::list::list_html(&mut out, corpus, state, items, &shown, selected);
    }
    out.push_str("</section>");
    out
}

fn legend_html(out: &mut String) {
    out.push_str(r#"<ul class="timeline-legend" aria-label="Legend"><li class="legend-round"><span class="swatch" aria-hidden="true"></span>Round of talks (an article)</li><li class="legend-span"><span class="swatch" aria-hidden="true"></span>Known to a month or a year, or lasting: a span</li>"#);
    for lane in Lane::ALL {
        let _ = write!(
            out,
            r#"<li class="legend-lane lane-{}"><span class="swatch" aria-hidden="true"></span>{}</li>"#,
            lane.as_str(),
            lane.label()
        );
    }
    out.push_str("</ul>");
}

fn chart_html(
    out: &mut String,
    corpus: &Corpus,
    items: &[TimelineItem],
    state: &ViewState,
    shown: &[usize],
    selected: Option<usize>,
    ui: &TimelineUi,
) {
    let scale = ui.scale(items, state);
    let laid = chart_layout(items, shown, &scale);
    let rows = Rows::of(&laid);
    let on_chart: Vec<usize> = laid.items.iter().map(|i| i.item).collect();
    let chart = ChartState {
        width: scale.width,
        selected,
        tab_stop: tab_stop(&on_chart, ui.focused, selected),
        open_cluster: ui.open_cluster.clone(),
    };
    let details = |item: &TimelineItem| {
        (item.kind == ItemKind::Round)
            .then(|| item.articles.first())
            .flatten()
            .map(|&a| super::round_line(corpus, &corpus.articles[a]))
    };
    let default_view = window_of(items, &scale).is_none();
    controls_html(
        out,
        items,
        &outside(items, shown, &scale),
        &scale,
        default_view,
    );
    let _ = write!(
        out,
        r#"<div class="timeline-chart" data-pan-zoom="x"><svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="group" aria-label="Timeline of the rounds of talks and the events they refer to">{inner}</svg></div>"#,
        w = px(scale.width),
        h = px(rows.height),
        inner = timeline_svg(
            items,
            &laid,
            &scale.ticks(TICK_SPACING_PX),
            &chart,
            &details
        ),
    );
    if let Some(members) = &ui.open_cluster {
        out.push_str(r#"<div class="cluster-list" data-testid="cluster-list"><p>Items at this spot:</p><ul>"#);
        for &ix in members {
            let item = &items[ix];
            let _ = write!(
                out,
                r#"<li><button type="button"{hit}><time datetime="{d}">{dl}</time> {label}</button></li>"#,
                hit = TimelineHit::Item(ix).attr(),
                d = item.date,
                dl = esc(&item.when()),
                label = esc(&item.label),
            );
        }
        let _ = write!(
            out,
            r#"</ul><button type="button"{}>Close</button></div>"#,
            TimelineHit::CloseCluster.attr()
        );
    }
    out.push_str(r#"<p class="hint timeline-keys">Keys: ← → items, Enter opens, + − zoom, PageUp/PageDown pan, Home/End ends</p>"#);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{ctx, state};

    fn draw(query: &str, ui: &TimelineUi) -> String {
        let state = state(query);
        timeline_html(
            ctx().corpus,
            &ctx().items,
            &state,
            &ctx().select(&state),
            ui,
        )
    }

    /// The chart drawn `width` pixels wide.
    fn chart(query: &str, width: f64) -> String {
        draw(
            query,
            &TimelineUi {
                width,
                ..TimelineUi::default()
            },
        )
    }

    #[test]
    fn the_front_page_draws_five_rounds_in_each_form() {
        let both = draw("", &TimelineUi::prerender());
        assert_eq!(both.matches(r#"data-testid="timeline-item""#).count(), 10);
        let chart = chart("", 1200.0);
        assert_eq!(chart.matches(r#"data-testid="timeline-item""#).count(), 5);
        assert!(chart.contains(r#"<svg width="1200""#));
        let list = draw(
            "",
            &TimelineUi {
                form: Form::List,
                ..TimelineUi::default()
            },
        );
        assert_eq!(list.matches(r#"data-testid="timeline-item""#).count(), 5);
        assert!(!list.contains("<svg"));
    }

    #[test]
    fn a_filter_leaves_out_the_rounds_it_excludes() {
        let html = chart("e=khaled-mashaal", 900.0);
        assert_eq!(html.matches(r#"data-testid="timeline-item""#).count(), 1);
        assert!(html.contains(r#"data-article="cairo-2013-01""#));
    }

    #[test]
    fn the_selected_round_opens_its_details_with_links_onward() {
        let html = chart("sel=cairo-2014-09", 900.0);
        assert!(html.contains(r#"data-testid="detail-panel""#));
        assert!(html.contains("view=read&amp;a=cairo-2014-09"), "{html}");
    }

    #[test]
    fn the_default_view_shows_the_rounds_whole_and_counts_what_lies_before() {
        let html = chart("", 1248.0);
        assert!(html.contains("</span>3 earlier events</button>"), "{html}");
        assert!(html.contains(r#">Later<span aria-hidden="true"> ▶</span>"#));
        assert!(html.contains(r#"aria-pressed="true">The rounds</button>"#));
        // Not one label is cut: labels wrap into lines instead.
        let svg = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
        assert!(!svg.contains('…'), "{svg}");
        assert!(svg.contains("</tspan> <tspan"), "lines read apart");
        assert!(!svg.contains(" cut"), "no item is drawn cut");
        assert!(!svg.contains(r#"data-item="legislative-elections-2006""#));
        // Shown whole: zoomed out to everything, labels are cut and the event is there.
        let all = chart("window=2005..2026", 1248.0);
        assert!(all.contains(r#"data-item="legislative-elections-2006""#));
        assert!(all.contains(r#"aria-pressed="false">The rounds</button>"#));
        assert!(all.contains(r#"class="label full""#) && all.contains(" cut"));
    }

    #[test]
    fn a_selected_item_opens_its_details_beside_the_chart() {
        let html = chart("sel=cairo-2017-11", 900.0);
        let wide =
            html.find(r#"<div class="timeline-wide with-detail"><div class="timeline-main">"#);
        let panel = html.find(r#"data-testid="detail-panel""#);
        assert!(wide.is_some() && panel > wide, "{html}");
        assert!(!chart("", 900.0).contains("with-detail"));
    }

    #[test]
    fn the_same_state_draws_the_same_markup() {
        let ui = TimelineUi::prerender();
        assert_eq!(draw("", &ui), draw("", &ui));
    }

    #[test]
    fn exactly_one_item_is_in_the_tab_order() {
        let html = chart("", 900.0);
        // Items carry their label right after the tab index; clusters are always reachable.
        assert_eq!(html.matches(r#"tabindex="0" aria-label"#).count(), 1);
    }
}
