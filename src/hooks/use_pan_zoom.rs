//! Wheel, drag, pinch and zoom keys on a drawing, shared by the timeline and the map.
//!
//! The hook listens on a region and acts on events inside its `[data-pan-zoom]`
//! element. It turns them into [`PanZoom`] requests in the drawing's pixels; each view
//! applies them to its own geometry (a time scale, a view box), tested natively. One
//! zoom step for wheel, keys and buttons: `views::pan_zoom::ZOOM_STEP`.

use super::use_event::{use_event, use_event_with};
use gloo_events::EventListenerOptions;
use leptos::prelude::*;
use views::pan_zoom::{PAN_STEP, ZOOM_STEP};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent, WheelEvent};

/// What the user asks of the drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PanZoom {
    /// Zoom by `factor` around a point of the drawing (pixels from its top left);
    /// `None` for keys, where the view picks the anchor (the focused item, the centre).
    Zoom { factor: f64, at: Option<(f64, f64)> },
    /// Move by a share of the visible width and height (keys).
    Pan { dx: f64, dy: f64 },
    /// A drag or pinch began: the view remembers what it showed.
    Start,
    /// Since it began, the drag moved by `(dx, dy)` pixels and the pinch scaled by
    /// `scale` around `at`.
    Gesture {
        dx: f64,
        dy: f64,
        scale: f64,
        at: (f64, f64),
    },
    /// The drag or pinch ended: the view commits what it shows.
    End,
}

/// Which keys the drawing leaves to the hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    /// `+`/`-` zoom; PageUp/PageDown pan (the arrows are the view's own).
    Zoom,
    /// `+`/`-` zoom; the arrows pan.
    ZoomAndArrows,
}

#[derive(Default, Clone)]
struct Pointers {
    /// Pointer ids and positions now.
    now: Vec<(i32, f64, f64)>,
    /// Their positions when the gesture (re)started.
    start: Vec<(i32, f64, f64)>,
    moved: bool,
}

/// The drawing an event is in, and the event's position in it.
fn drawing(ev: &web_sys::Event) -> Option<Element> {
    ev.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("[data-pan-zoom]")
        .ok()?
}

fn local(el: &Element, client_x: i32, client_y: i32) -> (f64, f64) {
    let r = el.get_bounding_client_rect();
    (client_x as f64 - r.left(), client_y as f64 - r.top())
}

/// Whether the last pointer gesture moved (a click that ends a drag is no click).
#[derive(Clone, Copy)]
pub struct PanZoomHandle {
    pointers: StoredValue<Pointers>,
}

impl PanZoomHandle {
    pub fn dragged(&self) -> bool {
        self.pointers.with_value(|p| p.moved)
    }
}

pub fn use_pan_zoom(
    host: &Element,
    keys: Keys,
    on: impl Fn(PanZoom) + Clone + 'static,
) -> PanZoomHandle {
    let pointers = StoredValue::new(Pointers::default());
    let wheel = on.clone();
    use_event_with(
        host,
        "wheel",
        // The page must not scroll while the wheel zooms the drawing.
        EventListenerOptions::enable_prevent_default(),
        move |ev: &WheelEvent| {
            let Some(el) = drawing(ev) else { return };
            ev.prevent_default();
            let factor = if ev.delta_y() < 0.0 {
                ZOOM_STEP
            } else {
                1.0 / ZOOM_STEP
            };
            wheel(PanZoom::Zoom {
                factor,
                at: Some(local(&el, ev.client_x(), ev.client_y())),
            });
        },
    );
    let key = on.clone();
    use_event(host, "keydown", move |ev: &KeyboardEvent| {
        if drawing(ev).is_none() {
            return;
        }
        let request = match (ev.key().as_str(), keys) {
            ("+" | "=", _) => PanZoom::Zoom {
                factor: ZOOM_STEP,
                at: None,
            },
            ("-" | "_", _) => PanZoom::Zoom {
                factor: 1.0 / ZOOM_STEP,
                at: None,
            },
            ("PageUp", Keys::Zoom) => PanZoom::Pan {
                dx: -PAN_STEP,
                dy: 0.0,
            },
            ("PageDown", Keys::Zoom) => PanZoom::Pan {
                dx: PAN_STEP,
                dy: 0.0,
            },
            ("ArrowLeft", Keys::ZoomAndArrows) => PanZoom::Pan {
                dx: -PAN_STEP,
                dy: 0.0,
            },
            ("ArrowRight", Keys::ZoomAndArrows) => PanZoom::Pan {
                dx: PAN_STEP,
                dy: 0.0,
            },
            ("ArrowUp", Keys::ZoomAndArrows) => PanZoom::Pan {
                dx: 0.0,
                dy: -PAN_STEP,
            },
            ("ArrowDown", Keys::ZoomAndArrows) => PanZoom::Pan {
                dx: 0.0,
                dy: PAN_STEP,
            },
            _ => return,
        };
        ev.prevent_default();
        key(request);
    });
    let down = on.clone();
    use_event(host, "pointerdown", move |ev: &PointerEvent| {
        let Some(el) = drawing(ev) else { return };
        if ev.button() > 0 {
            return;
        }
        let (x, y) = local(&el, ev.client_x(), ev.client_y());
        pointers.update_value(|p| {
            p.now.retain(|(id, ..)| *id != ev.pointer_id());
            p.now.push((ev.pointer_id(), x, y));
            p.start = p.now.clone();
            p.moved = false;
        });
        down(PanZoom::Start);
    });
    let mv = on.clone();
    use_event(host, "pointermove", move |ev: &PointerEvent| {
        let Some(el) = drawing(ev) else { return };
        let (x, y) = local(&el, ev.client_x(), ev.client_y());
        let gesture = pointers.try_update_value(|p| {
            let me = p.now.iter_mut().find(|(id, ..)| *id == ev.pointer_id())?;
            (me.1, me.2) = (x, y);
            match (&p.now[..], &p.start[..]) {
                ([(_, x1, y1)], [(_, x0, y0)]) => {
                    let (dx, dy) = (x1 - x0, y1 - y0);
                    p.moved |= dx.abs() + dy.abs() > 3.0;
                    p.moved.then_some(PanZoom::Gesture {
                        dx,
                        dy,
                        scale: 1.0,
                        at: (*x0, *y0),
                    })
                }
                ([(_, ax, ay), (_, bx, by)], [(_, ax0, ay0), (_, bx0, by0)]) => {
                    let d = ((ax - bx).powi(2) + (ay - by).powi(2)).sqrt();
                    let d0 = ((ax0 - bx0).powi(2) + (ay0 - by0).powi(2)).sqrt();
                    p.moved = true;
                    let at = ((ax0 + bx0) / 2.0, (ay0 + by0) / 2.0);
                    (d0 > 10.0).then_some(PanZoom::Gesture {
                        dx: 0.0,
                        dy: 0.0,
                        scale: d / d0,
                        at,
                    })
                }
                _ => None,
            }
        });
        if let Some(Some(g)) = gesture {
            let _ = el.set_pointer_capture(ev.pointer_id());
            mv(g);
        }
    });
    let up = on;
    let end = move |ev: &PointerEvent| {
        let next = pointers.try_update_value(|p| {
            let before = p.now.len();
            p.now.retain(|(id, ..)| *id != ev.pointer_id());
            // The other finger of a pinch goes on as a drag from where it is.
            p.start = p.now.clone();
            match (before, p.now.len()) {
                (0, _) => None,
                (_, 0) => p.moved.then_some(PanZoom::End),
                _ => Some(PanZoom::Start),
            }
        });
        if let Some(Some(request)) = next {
            up(request);
        }
    };
    use_event(host, "pointerup", end.clone());
    use_event(host, "pointercancel", end);
    PanZoomHandle { pointers }
}
