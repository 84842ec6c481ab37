//! The faction map's events: what a click, a key, the pointer, the wheel or the
//! round select does. The drawing itself is `views::map::view`; the round, the focus
//! and the filters live in the URL, the rest (phone form, measured box, zoom, the
//! edge whose evidence is shown, playing) in a `MapUi` kept here.
//!
//! The drawing comes from the web worker (`hooks::use_worker`): the graph and its
//! layout are built there, kept between requests, so a hover or a zoom step costs the
//! markup only; the worker also says how big the layout is and which sentence each
//! edge opens. Zoom and pan stay in the UI state: they are a way of looking, not a
//! view to link to. During a drag the view box is set on the drawing at once, before
//! the worker's redraw arrives.

mod export;

use crate::hooks::use_hits::use_hits;
use crate::hooks::use_media::{follow_media, use_media};
use crate::hooks::use_pan_zoom::{Keys, PanZoom, use_pan_zoom};
use crate::hooks::use_worker::{Answer, Worker};
use crate::state::{AppState, History};
use gloo_timers::callback::Interval;
use leptos::prelude::*;
use views::map::Layout;
use views::map::hit::MapHit;
use views::map::round::play_from;
use views::map::view::MapUi;
use views::page::{failed_html, pending_html};
use views::pan_zoom::{ViewBox, ZOOM_STEP};
use views::state::View;
use views::worker::{Drawn, Job, MapFacts};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement, KeyboardEvent, MouseEvent};

/// Time between rounds when they play, in milliseconds.
const STEP_MS: u32 = 2_500;

/// The map's part of the view region: its UI state and the writer call that draws it.
#[derive(Clone, Copy)]
pub struct Map {
    pub ui: RwSignal<MapUi>,
    /// Whether the drawing's box has been measured (in the loading state, before the
    /// first drawing): the worker draws once, at the right size.
    measured: RwSignal<bool>,
    worker: Worker,
}

impl Map {
    pub fn render(&self) -> String {
        self.worker.answer(Drawn::Map).with(|answer| match answer {
            Answer::Drawn(r) => r.html.clone(),
            Answer::Waiting => pending_html(View::Map),
            Answer::Failed(why) => failed_html(View::Map, why),
        })
    }

    /// Reads the drawing's box after a redraw; a change redraws the view box in
    /// that shape, so the drawing fills it.
    pub fn measure(&self, host: &Element) {
        let Ok(Some(canvas)) = host.query_selector(".map-canvas") else {
            return;
        };
        let (w, h) = (canvas.client_width() as f64, canvas.client_height() as f64);
        if !self.measured.get_untracked() {
            self.measured.set(true);
        }
        let changed = self
            .ui
            .with_untracked(|u| (u.size.0 - w).abs() >= 1.0 || (u.size.1 - h).abs() >= 1.0);
        if w > 0.0 && h > 0.0 && changed {
            self.ui.update(|u| u.resize(w, h));
        }
    }
}

pub fn use_map(host: &Element, app: AppState, narrow: Signal<bool>, worker: Worker) -> Map {
    let corpus = move || app.corpus();
    let dark = use_media(views::palette::DARK_MEDIA);
    let ui = RwSignal::new(MapUi {
        narrow: narrow.get_untracked(),
        ..MapUi::default()
    });
    follow_media(narrow, ui, |u| &mut u.narrow);
    // A new state or a new look: the worker draws it.
    // Measured by the app's `ResizeObserver` (`use_resize`); a browser without one
    // draws at once, at the worker's default size.
    let measured =
        RwSignal::new(!js_sys::Reflect::has(&window(), &"ResizeObserver".into()).unwrap_or(false));
    worker.draw_while_shown(app, View::Map, move || {
        // In the reader's scheme, which may change while the map is shown.
        let dark = dark.get();
        measured.get().then(|| Job::Map(MapUi { dark, ..ui.get() }))
    });
    // What the last drawing said of itself: its layout's size, each edge's sentence.
    let facts = move || {
        worker.answer(Drawn::Map).with_untracked(|a| match a {
            Answer::Drawn(r) => r.map.clone().unwrap_or_default(),
            _ => MapFacts::default(),
        })
    };
    // Another round or other filters draw another graph: an edge index shown before
    // names another edge now.
    let round_id = Memo::new(move |_| app.state.with(|s| s.round.clone()));
    Effect::new(move |_| {
        round_id.track();
        app.selection.track();
        if ui.with_untracked(|u| u.active_edge.is_some()) {
            ui.update(|u| u.active_edge = None);
        }
    });

    let on_map = move || app.state.with_untracked(|s| s.view == View::Map);
    let layout = move || {
        let f = facts();
        Layout {
            positions: Vec::new(),
            width: f.width,
            height: f.height,
            home: f.home,
        }
    };
    let round = move || {
        app.state
            .with_untracked(|s| s.round.as_deref().and_then(|id| corpus().article_ix(id)))
    };
    let set_round = move |ix: Option<usize>, history: History| {
        let id = ix
            .and_then(|i| corpus().articles.get(i))
            .map(|a| a.id.clone());
        app.update(history, |s| s.round = id);
    };
    let toggle_focus = move |ix: usize| {
        let Some(id) = corpus().entities.get(ix).map(|e| e.id.clone()) else {
            return;
        };
        app.update(History::Push, |s| {
            s.focus = if s.focus.as_deref() == Some(id.as_str()) {
                None
            } else {
                Some(id)
            };
        });
    };
    let show_edge = move |edge: usize| {
        if ui.with_untracked(|u| u.active_edge != Some(edge)) {
            ui.update(|u| u.active_edge = Some(edge));
        }
    };
    // Clicking a relation opens the sentence it was read from, in the reader.
    let open_evidence = move |edge: usize| {
        let Some(href) = facts().evidence.get(edge).cloned().flatten() else {
            return;
        };
        let (search, hash) = href.split_once('#').unwrap_or((href.as_str(), ""));
        app.go_to_url(search, &format!("#{hash}"), History::Push);
    };

    let player: StoredValue<Option<Interval>, LocalStorage> = StoredValue::new_local(None);
    let stop = move || {
        player.set_value(None);
        if ui.with_untracked(|u| u.playing) {
            ui.update(|u| u.playing = false);
        }
    };
    let play = move || {
        if ui.with_untracked(|u| u.playing) {
            stop();
            return;
        }
        let count = corpus().articles.len();
        set_round(Some(play_from(round(), count)), History::Push);
        ui.update(|u| u.playing = true);
        // Each step replaces the history entry: Back leaves the playing, not a round.
        player.set_value(Some(Interval::new(STEP_MS, move || match round() {
            Some(r) if r + 1 < count && on_map() => set_round(Some(r + 1), History::Replace),
            _ => stop(),
        })));
    };

    let start: StoredValue<Option<ViewBox>> = StoredValue::new(None);
    let drawing = host.clone();
    let drag = use_pan_zoom(host, Keys::ZoomAndArrows, move |request| {
        if !on_map() {
            return;
        }
        let layout: Layout = layout();
        match request {
            PanZoom::Zoom { factor, at } => ui.update(|u| u.zoom(&layout, factor, at)),
            PanZoom::Pan { dx, dy } => ui.update(|u| u.pan(&layout, dx, dy)),
            PanZoom::Start => start.set_value(Some(ui.with_untracked(|u| u.view_box(&layout)))),
            PanZoom::Gesture {
                dx, dy, scale, at, ..
            } => {
                if let Some(s0) = start.get_value() {
                    ui.update(|u| u.gesture(&layout, s0, (dx, dy), scale, at));
                }
            }
            PanZoom::End => start.set_value(None),
        }
        // At once, not when the worker's redraw arrives: the drawing follows the hand.
        if let Ok(Some(svg)) = drawing.query_selector("[data-testid=map-svg]") {
            let _ = svg.set_attribute(
                "viewBox",
                &ui.with_untracked(|u| u.view_box(&layout)).attr(),
            );
        }
    });
    let region = host.clone();
    use_hits::<MapHit, web_sys::MouseEvent>(host, "click", move |hit, _, _: &MouseEvent| {
        // A click that ends a drag is no click on what lies under the pointer.
        let dragged = drag.dragged() && matches!(hit, MapHit::Node(_) | MapHit::Edge(_));
        if !on_map() || dragged {
            return;
        }
        match hit {
            MapHit::Node(ix) => toggle_focus(ix),
            MapHit::Edge(edge) => open_evidence(edge),
            MapHit::ZoomIn => ui.update(|u| u.zoom(&layout(), ZOOM_STEP, None)),
            MapHit::ZoomOut => ui.update(|u| u.zoom(&layout(), 1.0 / ZOOM_STEP, None)),
            MapHit::Fit => ui.update(|u| u.fit(&layout())),
            MapHit::ExportSvg => export::export_svg(&region),
            MapHit::ExportPng => export::export_png(&region),
            // The select acts on `change`.
            MapHit::Round => {}
            MapHit::RoundPrev => {
                stop();
                set_round(round().and_then(|r| r.checked_sub(1)), History::Push);
            }
            MapHit::RoundNext => {
                stop();
                let last = corpus().articles.len().saturating_sub(1);
                set_round(
                    Some(round().map_or(0, |r| (r + 1).min(last))),
                    History::Push,
                );
            }
            MapHit::Play => play(),
            MapHit::ClosePanel => app.update(History::Push, |s| s.focus = None),
            MapHit::FilterBy(ix) => {
                if let Some(id) = corpus().entities.get(ix).map(|e| e.id.clone()) {
                    app.update(History::Push, |s| {
                        if !s.entities.contains(&id) {
                            s.toggle_entity(&id);
                        }
                    });
                }
            }
        }
    });
    use_hits::<MapHit, web_sys::Event>(host, "change", move |hit, el, _| {
        if !on_map() || hit != MapHit::Round {
            return;
        }
        let value = el
            .dyn_ref::<HtmlSelectElement>()
            .map(HtmlSelectElement::value)
            .unwrap_or_default();
        stop();
        set_round(value.parse().ok(), History::Push);
    });
    // Hover or keyboard focus on a relation shows its evidence.
    use_hits::<MapHit, web_sys::MouseEvent>(host, "mouseover", move |hit, _, _| {
        if let (true, MapHit::Edge(edge)) = (on_map(), hit) {
            show_edge(edge);
        }
    });
    use_hits::<MapHit, web_sys::FocusEvent>(host, "focusin", move |hit, _, _| {
        if let (true, MapHit::Edge(edge)) = (on_map(), hit) {
            show_edge(edge);
        }
    });
    // Nodes and edges in the drawing are `role=button` groups: Enter and Space.
    use_hits::<MapHit, web_sys::KeyboardEvent>(
        host,
        "keydown",
        move |hit, el, ev: &KeyboardEvent| {
            let key = ev.key();
            let in_drawing = el.closest("[data-pan-zoom]").ok().flatten().is_some();
            if !on_map() || !in_drawing || !(key == "Enter" || key == " ") {
                return;
            }
            match hit {
                MapHit::Node(ix) => toggle_focus(ix),
                MapHit::Edge(edge) => show_edge(edge),
                _ => return,
            }
            ev.prevent_default();
        },
    );
    // Escape lets go of the focused entity and the evidence shown.
    crate::hooks::use_event::use_event(host, "keydown", move |ev: &KeyboardEvent| {
        if ev.key() != "Escape" || ev.default_prevented() || !on_map() {
            return;
        }
        app.update(History::Push, |s| s.focus = None);
        if ui.with_untracked(|u| u.active_edge.is_some()) {
            ui.update(|u| u.active_edge = None);
        }
    });
    Map {
        ui,
        measured,
        worker,
    }
}
