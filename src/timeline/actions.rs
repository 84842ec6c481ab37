//! What a reader can do to the timeline, whatever asks for it (a click, a key, the
//! wheel, a drag): select an item, open a cluster, move the focus, zoom, pan, and
//! reveal what lies beyond an edge. The gestures only translate into these.

use super::commit_scale;
use crate::hooks::use_keep_focus::KeepFocus;
use crate::state::{AppState, History};
use leptos::prelude::*;
use views::pan_zoom::{PAN_STEP, ZOOM_STEP};
use views::state::View;
use views::timeline::edges::{outside, reveal};
use views::timeline::hit::TimelineHit;
use views::timeline::nav::ensure_visible;
use views::timeline::view::{TimelineUi, chart_layout, default_scale, visible};
use views::timeline::{TimeScale, TimelineItem, extent};

#[derive(Clone, Copy)]
pub struct Actions {
    pub ui: RwSignal<TimelineUi>,
    pub app: AppState,
    pub keep: KeepFocus,
    /// The selection last brought on screen or made here (see `linked`).
    pub shown_selection: StoredValue<Option<String>>,
}

impl Actions {
    pub fn items(&self) -> &'static [TimelineItem] {
        &self.app.ctx_now().items
    }

    pub fn on_timeline(&self) -> bool {
        self.app.state.with_untracked(|s| s.view == View::Timeline)
    }

    pub fn limits(&self) -> (f64, f64) {
        extent(self.items())
    }

    /// The range drawn now: the live one during a gesture, else the URL's.
    pub fn scale(&self) -> TimeScale {
        let items = self.items();
        self.app
            .state
            .with_untracked(|s| self.ui.with_untracked(|u| u.scale(items, s)))
    }

    pub fn commit(&self, s: TimeScale) {
        commit_scale(self.ui, self.app, s);
    }

    fn shown(&self) -> Vec<usize> {
        let items = self.items();
        self.app.selection.with_untracked(|sel| visible(items, sel))
    }

    /// What a click on a part of the drawing or its controls does.
    pub fn on_hit(&self, hit: TimelineHit) {
        match hit {
            TimelineHit::Item(ix) => self.select(ix),
            TimelineHit::Cluster(c) => self.toggle_cluster(c),
            TimelineHit::ZoomIn => self.zoom_at(ZOOM_STEP, None),
            TimelineHit::ZoomOut => self.zoom_at(1.0 / ZOOM_STEP, None),
            TimelineHit::Pan(d) => self.reveal_side(d),
            TimelineHit::ShowAll => self.commit(TimeScale::full(self.limits(), self.scale().width)),
            TimelineHit::ShowRounds => self.commit(default_scale(self.items(), self.scale().width)),
            TimelineHit::CloseCluster => self.ui.update(|u| u.open_cluster = None),
            TimelineHit::CloseDetail => self.app.update(History::Push, |s| s.selected = None),
        }
    }

    /// Selects an item (an index past the items, from stale markup, is ignored).
    pub fn select(&self, ix: usize) {
        let Some(item) = self.items().get(ix) else {
            return;
        };
        let id = item.id.clone();
        self.shown_selection.set_value(Some(id.clone()));
        self.app.update(History::Push, |s| s.selected = Some(id));
    }

    /// Opens a cluster's list, or closes it if it is the one open. The layout as drawn
    /// now says what the markup does not: the cluster's members.
    pub fn toggle_cluster(&self, index: usize) {
        let laid = chart_layout(self.items(), &self.shown(), &self.scale());
        let members = laid.clusters.get(index).map(|c| c.items.clone());
        self.ui.update(|u| {
            u.open_cluster = if u.open_cluster == members {
                None
            } else {
                members
            }
        });
    }

    /// Moves the keyboard focus to an item (or the cluster holding it), panning to it.
    pub fn focus_item(&self, ix: usize) {
        let Some(item) = self.items().get(ix) else {
            return;
        };
        self.ui.update(|u| u.focused = Some(ix));
        let s = self.scale();
        let moved = ensure_visible(&s, item.first_day() as f64);
        if moved != s {
            self.commit(moved);
        }
        let laid = chart_layout(self.items(), &self.shown(), &self.scale());
        let id = match laid.cluster_of(ix) {
            Some(c) => format!("tl-cluster-{c}"),
            None => format!("tl-item-{ix}"),
        };
        self.keep.request(id);
    }

    /// Zooms about `at` (x in the chart), else about the focused item, else the middle.
    pub fn zoom_at(&self, factor: f64, at: Option<f64>) {
        let s = self.scale();
        let items = self.items();
        let anchor = at.unwrap_or_else(|| {
            self.ui
                .with_untracked(|u| u.focused)
                .and_then(|i| items.get(i))
                .map(|item| s.x(item.first_day() as f64))
                .filter(|x| (0.0..=s.width).contains(x))
                .unwrap_or(s.width / 2.0)
        });
        self.commit(s.zoom(factor, anchor, self.limits()));
    }

    pub fn pan_by(&self, share: f64) {
        let s = self.scale();
        self.commit(s.pan(-share * s.width, self.limits()));
    }

    /// "Earlier" and "Later": a pan step, or as far as the nearest item beyond the edge.
    pub fn reveal_side(&self, dir: i8) {
        let s = self.scale();
        let beyond = outside(self.items(), &self.shown(), &s);
        let side = if dir < 0 {
            beyond.earlier
        } else {
            beyond.later
        };
        self.commit(reveal(
            self.items(),
            &side,
            &s,
            dir,
            PAN_STEP,
            self.limits(),
        ));
    }
}
