//! The map drawing: SVG markup from `markup::map_svg`, with zoom and pan (wheel, drag,
//! buttons, keys), node focus (click or Enter, written to the URL) and edge evidence
//! (hover, focus or click). One listener per event on the drawing, not per element.

use super::MapData;
use super::export::{export_png, export_svg};
use crate::state::{History, use_app};
use leptos::html;
use leptos::prelude::*;
use views::map::svg::{Focus, map_svg};
use wasm_bindgen::JsCast;

/// The visible part of the drawing: x, y, width, height in layout units.
type ViewBox = (f64, f64, f64, f64);

/// The closest element (from the event target up) that has attribute `attr`.
fn closest_with(ev: &web_sys::Event, attr: &str) -> Option<web_sys::Element> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(&format!("[{attr}]"))
        .ok()
        .flatten()
}

#[component]
pub fn MapCanvas(data: MapData) -> impl IntoView {
    let app = use_app();
    let corpus = app.corpus;
    let svg_ref = NodeRef::<html::Div>::new();
    let full = Memo::new(move |_| {
        data.layout
            .with(|l| (0.0, 0.0, l.width.max(1.0), l.height.max(1.0)))
    });
    let view_box: RwSignal<Option<ViewBox>> = RwSignal::new(None);
    let current = move || view_box.get().unwrap_or_else(|| full.get());
    let active_edge: RwSignal<Option<usize>> = RwSignal::new(None);
    provide_context(ActiveEdge(active_edge));
    // A new graph (another round or filter) clears the edge shown.
    Effect::new(move |_| {
        data.graph.track();
        active_edge.set(None);
    });

    let markup = Memo::new(move |_| {
        let focus_entity = data.focus.get();
        data.neighbours.with(|neighbours| {
            data.graph.with(|g| {
                data.layout.with(|l| {
                    map_svg(
                        corpus,
                        g,
                        l,
                        &Focus {
                            entity: focus_entity,
                            neighbours,
                        },
                    )
                })
            })
        })
    });
    let (keep_in, keep_out) = crate::components::keep_focus::keep_focus(svg_ref, markup);
    let zoom = move |factor: f64, cx: Option<f64>, cy: Option<f64>| {
        let (x, y, w, h) = current();
        let fw = full.with_untracked(|f| f.2);
        let nw = (w / factor).clamp(fw / 8.0, fw * 1.5);
        let nh = nw * h / w;
        let (cx, cy) = (cx.unwrap_or(x + w / 2.0), cy.unwrap_or(y + h / 2.0));
        let (rx, ry) = ((cx - x) / w, (cy - y) / h);
        view_box.set(Some((cx - rx * nw, cy - ry * nh, nw, nh)));
    };
    let pan = move |dx: f64, dy: f64| {
        let (x, y, w, h) = current();
        view_box.set(Some((x + dx * w, y + dy * h, w, h)));
    };
    // Clicking a relation opens the sentence it was read from.
    let open_evidence = move |edge: Option<usize>| {
        let first = edge.and_then(|ix| {
            data.graph
                .with_untracked(|g| g.edges.get(ix).and_then(|e| e.evidence.first().copied()))
        });
        if let Some(ev) = first {
            let mut state = app.state.get_untracked();
            state.view = views::state::View::Read;
            state.article = Some(corpus.articles[ev.article].id.clone());
            app.go_to(&state, &format!("#s{}", ev.sentence), History::Push);
        }
    };
    let focus_node = move |id: String| {
        app.update(History::Push, |s| {
            s.focus = if s.focus.as_deref() == Some(id.as_str()) {
                None
            } else {
                Some(id)
            };
        })
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(node) =
            closest_with(&ev, "data-entity").filter(|e| e.has_attribute("data-status"))
        {
            if let Some(id) = node.get_attribute("data-entity") {
                focus_node(id);
            }
        } else if let Some(edge) = closest_with(&ev, "data-edge") {
            open_evidence(edge.get_attribute("data-edge").and_then(|i| i.parse().ok()));
        }
    };
    let show_edge = move |ev: &web_sys::Event| {
        if let Some(edge) = closest_with(ev, "data-edge") {
            active_edge.set(edge.get_attribute("data-edge").and_then(|i| i.parse().ok()));
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        let on_item = closest_with(&ev, "data-testid");
        match key.as_str() {
            "Enter" | " " if on_item.is_some() => {
                ev.prevent_default();
                if let Some(el) = on_item {
                    if let (Some(id), true) = (
                        el.get_attribute("data-entity"),
                        el.has_attribute("data-status"),
                    ) {
                        focus_node(id);
                    } else {
                        show_edge(&ev);
                    }
                }
            }
            "+" | "=" => zoom(1.25, None, None),
            "-" | "_" => zoom(0.8, None, None),
            "ArrowLeft" => pan(-0.1, 0.0),
            "ArrowRight" => pan(0.1, 0.0),
            "ArrowUp" => pan(0.0, -0.1),
            "ArrowDown" => pan(0.0, 0.1),
            "Escape" => {
                app.update(History::Push, |s| s.focus = None);
                active_edge.set(None);
            }
            _ => return,
        }
        ev.prevent_default();
    };
    // Layout units under a client x/y.
    let to_layout = move |client_x: f64, client_y: f64| -> Option<(f64, f64)> {
        let el = svg_ref.get_untracked()?;
        let rect = el.get_bounding_client_rect();
        let (x, y, w, h) = current();
        let scale = (w / rect.width()).max(h / rect.height());
        Some((
            x + (client_x - rect.left()) * scale,
            y + (client_y - rect.top()) * scale,
        ))
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let (cx, cy) = to_layout(ev.client_x() as f64, ev.client_y() as f64).unzip();
        zoom(if ev.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 }, cx, cy);
    };
    let drag: StoredValue<Option<(f64, f64, ViewBox)>> = StoredValue::new(None);
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        drag.set_value(Some((
            ev.client_x() as f64,
            ev.client_y() as f64,
            current(),
        )));
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let Some((sx, sy, (x, y, w, h))) = drag.get_value() else {
            return;
        };
        let Some(el) = svg_ref.get_untracked() else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        let scale = (w / rect.width()).max(h / rect.height());
        let (dx, dy) = (ev.client_x() as f64 - sx, ev.client_y() as f64 - sy);
        if dx.abs() + dy.abs() > 4.0 {
            view_box.set(Some((x - dx * scale, y - dy * scale, w, h)));
        }
    };
    let on_pointerup = move |_| drag.set_value(None);

    let view_box_attr = move || {
        let (x, y, w, h) = current();
        format!(
            "{} {} {} {}",
            x.round(),
            y.round(),
            w.round().max(1.0),
            h.round().max(1.0)
        )
    };
    view! {
        <div class="map-controls" role="toolbar" aria-label="Zoom, pan and export">
            <button type="button" aria-label="Zoom in" on:click=move |_| zoom(1.25, None, None)>"+"</button>
            <button type="button" aria-label="Zoom out" on:click=move |_| zoom(0.8, None, None)>"−"</button>
            <button type="button" on:click=move |_| view_box.set(None)>"Fit"</button>
            <button type="button" data-testid="export-svg" on:click=move |_| export_svg(svg_ref.get_untracked())>"Export SVG"</button>
            <button type="button" data-testid="export-png" on:click=move |_| export_png(svg_ref.get_untracked())>"Export PNG"</button>
            <span class="hint">"Click or Enter on a node to focus it; hover or focus a line for its evidence, click it to read the sentence; + − and arrows zoom and pan."</span>
        </div>
        <div
            class="map-canvas"
            node_ref=svg_ref
            on:click=on_click
            on:mouseover=move |ev| show_edge(&ev)
            on:focusin=move |ev: web_sys::FocusEvent| {
                keep_in(ev.clone());
                show_edge(&ev);
            }
            on:focusout=keep_out
            on:keydown=on_keydown
            on:wheel=on_wheel
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:pointerleave=on_pointerup
        >
            <svg
                xmlns="http://www.w3.org/2000/svg"
                viewBox=view_box_attr
                role="group"
                aria-label="Faction map: factions, people, states and mediators and how they relate"
                data-testid="map-svg"
            ></svg>
        </div>
        <super::entity_panel::EdgeEvidence data/>
    }
}

/// The edge whose evidence is shown, shared with the evidence panel.
#[derive(Clone, Copy)]
pub struct ActiveEdge(pub RwSignal<Option<usize>>);
