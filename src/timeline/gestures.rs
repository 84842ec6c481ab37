//! The wheel, drags and pinches on the timeline's drawing. During a gesture the range
//! lives in the UI state (`live`); it is written to the URL when the gesture ends, so
//! the history is not rewritten on every pointer move.

use super::actions::Actions;
use crate::hooks::use_pan_zoom::{Keys, PanZoom, PanZoomHandle, use_pan_zoom};
use leptos::prelude::*;
use views::timeline::TimeScale;
use web_sys::Element;

pub fn use_gestures(host: &Element, act: Actions) -> PanZoomHandle {
    let start: StoredValue<Option<TimeScale>> = StoredValue::new(None);
    use_pan_zoom(host, Keys::Zoom, move |request| {
        if !act.on_timeline() {
            return;
        }
        match request {
            PanZoom::Zoom { factor, at } => act.zoom_at(factor, at.map(|(x, _)| x)),
            PanZoom::Pan { dx, .. } => act.pan_by(dx),
            PanZoom::Start => start.set_value(Some(act.scale())),
            PanZoom::Gesture {
                dx, scale: k, at, ..
            } => {
                if let Some(s0) = start.get_value() {
                    let live = if (k - 1.0).abs() > f64::EPSILON {
                        s0.zoom(k, at.0, act.limits())
                    } else {
                        s0.pan(dx, act.limits())
                    };
                    act.ui.update(|u| u.live = Some(live));
                }
            }
            PanZoom::End => {
                start.set_value(None);
                if let Some(s) = act.ui.with_untracked(|u| u.live) {
                    act.commit(s);
                }
            }
        }
    })
}
