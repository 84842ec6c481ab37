//! Zooming and panning shared by the timeline and the map: one zoom step for the
//! wheel, the keys and the buttons, one pan step, and the map's view box (the
//! timeline has its own time scale, `crate::timeline::TimeScale`).

use serde::{Deserialize, Serialize};

/// The factor of one zoom step (wheel notch, key, button).
pub const ZOOM_STEP: f64 = 1.25;
/// The share of the visible width or height one pan step moves.
pub const PAN_STEP: f64 = 0.2;

/// The part of a drawing on screen, in layout units: `x, y, width, height`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl ViewBox {
    /// The whole drawing of `width × height`, shaped like the screen box
    /// `aspect = screen width / screen height`: the drawing is centred and the box
    /// grows on the short side, so it fills its container at any shape.
    pub fn fit(width: f64, height: f64, aspect: f64) -> ViewBox {
        // Drawings and screens are between a pixel and a million of them.
        let (width, height) = (
            sane(width, 1.0).clamp(1.0, 1e6),
            sane(height, 1.0).clamp(1.0, 1e6),
        );
        let aspect = sane(aspect, width / height).clamp(0.01, 100.0);
        let (w, h) = if width / height < aspect {
            (height * aspect, height)
        } else {
            (width, width / aspect)
        };
        ViewBox {
            x: (width - w) / 2.0,
            y: (height - h) / 2.0,
            w,
            h,
        }
    }

    /// Zoomed by `factor` around the layout point `(cx, cy)`, which stays put; the
    /// width stays between an eighth and one and a half times `full`'s.
    pub fn zoom(&self, factor: f64, cx: f64, cy: f64, full: &ViewBox) -> ViewBox {
        let factor = sane(factor, 1.0);
        let (cx, cy) = (finite(cx, self.x), finite(cy, self.y));
        // max/min rather than `f64::clamp`, whose check of its bounds would bring the
        // formatting of floats (some 5 KB of gzip) into the front page's wasm.
        let w = (self.w / factor).max(full.w / 8.0).min(full.w * 1.5);
        let h = w * self.h / self.w.max(1e-9);
        let (rx, ry) = (
            (cx - self.x) / self.w.max(1e-9),
            (cy - self.y) / self.h.max(1e-9),
        );
        ViewBox {
            x: cx - rx * w,
            y: cy - ry * h,
            w,
            h,
        }
    }

    /// Moved by `(dx, dy)` in layout units, kept so that some of `full` stays on screen.
    pub fn pan(&self, dx: f64, dy: f64, full: &ViewBox) -> ViewBox {
        let clamp = |v: f64, lo: f64, hi: f64| if lo <= hi { v.max(lo).min(hi) } else { v };
        ViewBox {
            x: clamp(
                finite(self.x + dx, self.x),
                full.x - self.w * 0.9,
                full.x + full.w - self.w * 0.1,
            ),
            y: clamp(
                finite(self.y + dy, self.y),
                full.y - self.h * 0.9,
                full.y + full.h - self.h * 0.1,
            ),
            ..*self
        }
    }

    /// Layout units per screen pixel, for a screen box `px_w` wide.
    pub fn units_per_px(&self, px_w: f64) -> f64 {
        self.w / sane(px_w, self.w).max(1e-9)
    }

    /// The `viewBox` attribute value, in whole units (printed as integers: no float
    /// formatting in the bundle).
    pub fn attr(&self) -> String {
        use crate::markup::px;
        format!(
            "{} {} {} {}",
            px(self.x),
            px(self.y),
            px(self.w).max(1),
            px(self.h).max(1)
        )
    }
}

/// `v` when it is finite, else `fallback`.
fn finite(v: f64, fallback: f64) -> f64 {
    if v.is_finite() { v } else { fallback }
}

/// `v` when it is a usable positive number, else `fallback`.
fn sane(v: f64, fallback: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v
    } else {
        fallback
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fit_fills_a_wide_screen_and_centres_the_drawing() {
        let b = ViewBox::fit(800.0, 800.0, 2.0);
        assert_eq!((b.w, b.h), (1600.0, 800.0));
        assert_eq!(b.x, -400.0);
        let tall = ViewBox::fit(800.0, 400.0, 1.0);
        assert_eq!((tall.w, tall.h), (800.0, 800.0));
        assert_eq!(tall.y, -200.0);
    }

    #[test]
    fn zoom_keeps_its_anchor_and_stays_in_bounds() {
        let full = ViewBox::fit(1000.0, 500.0, 2.0);
        let z = full.zoom(ZOOM_STEP, 250.0, 250.0, &full);
        assert!((z.w - full.w / ZOOM_STEP).abs() < 1e-9);
        // The anchor keeps its relative place.
        assert!(((250.0 - z.x) / z.w - (250.0 - full.x) / full.w).abs() < 1e-9);
        let far = (0..50).fold(full, |b, _| b.zoom(ZOOM_STEP, 500.0, 250.0, &full));
        assert!((far.w - full.w / 8.0).abs() < 1e-9);
    }

    proptest! {
        #[test]
        fn any_input_gives_a_finite_box(w in any::<f64>(), h in any::<f64>(), a in any::<f64>(), f in any::<f64>(), d in -1e9f64..1e9) {
            let full = ViewBox::fit(w, h, a);
            let b = full.zoom(f, d, d, &full).pan(d, -d, &full);
            for v in [b.x, b.y, b.w, b.h] {
                prop_assert!(v.is_finite());
            }
            prop_assert!(b.w > 0.0 && b.h > 0.0);
        }
    }
}
