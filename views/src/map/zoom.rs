//! The map's view box from the UI state: the whole drawing shaped like its measured
//! box, and zoom and pan requests (in the drawing's pixels, from the app's pan-zoom
//! hook) turned into layout units. Natively tested, so the app only forwards events.

use super::Layout;
use super::ui::MapUi;
use crate::pan_zoom::ViewBox;

/// The height the tools cover at the drawing's top and at its foot, in CSS pixels
/// (`style/map.css`): where a phone's first view puts nothing.
const TOOL_BAND: f64 = 56.0;

impl MapUi {
    /// The measured box's width over its height; 0 (the drawing's own shape) until
    /// it is measured.
    pub fn aspect(&self) -> f64 {
        let (w, h) = self.size;
        if w > 0.0 && h > 0.0 { w / h } else { 0.0 }
    }

    /// The whole drawing, centred, filling the measured box.
    pub fn full(&self, layout: &Layout) -> ViewBox {
        ViewBox::fit(layout.width, layout.height, self.aspect())
    }

    /// What the view starts on: on a phone the focus and its neighbours
    /// (`Layout::home`), centred and filling the box between the bands the tools
    /// cover at its top and foot; else the whole drawing.
    pub fn home(&self, layout: &Layout) -> ViewBox {
        let (w, h) = self.size;
        let (Some(r), true) = (layout.home.filter(|_| self.narrow), h > 2.0 * TOOL_BAND) else {
            return self.full(layout);
        };
        let fit = ViewBox::fit(r.w, r.h, w / (h - 2.0 * TOOL_BAND));
        // The bands, in units, added back above and below.
        let band = TOOL_BAND * fit.w / w;
        ViewBox {
            x: r.x + fit.x,
            y: r.y + fit.y - band,
            w: fit.w,
            h: fit.h + 2.0 * band,
        }
    }

    /// What is on screen: the zoomed part, else where the view starts.
    pub fn view_box(&self, layout: &Layout) -> ViewBox {
        self.zoomed.unwrap_or_else(|| self.home(layout))
    }

    /// Fit: the whole drawing (on a phone too, where the view starts closer).
    pub fn fit(&mut self, layout: &Layout) {
        self.zoomed = (self.home(layout) != self.full(layout)).then(|| self.full(layout));
    }

    /// A new measured box. A zoomed view keeps its centre and width and takes the
    /// box's shape, so the drawing is not squeezed.
    pub fn resize(&mut self, width: f64, height: f64) {
        self.size = (width, height);
        let aspect = self.aspect();
        if let (Some(z), true) = (self.zoomed.as_mut(), aspect > 0.0) {
            let h = z.w / aspect;
            z.y += (z.h - h) / 2.0;
            z.h = h;
        }
    }

    /// The layout point under a point of the drawing (pixels from its top left). The
    /// SVG shows the view box whole and centred (`xMidYMid meet`), so this holds even
    /// before the box is measured into the view box's shape.
    pub fn to_layout(&self, layout: &Layout, (px, py): (f64, f64)) -> (f64, f64) {
        let vb = self.view_box(layout);
        let (w, h) = self.size;
        if w <= 0.0 || h <= 0.0 {
            return (vb.x + vb.w / 2.0, vb.y + vb.h / 2.0);
        }
        let scale = (vb.w / w).max(vb.h / h);
        let x0 = vb.x - (w * scale - vb.w) / 2.0;
        let y0 = vb.y - (h * scale - vb.h) / 2.0;
        (x0 + px * scale, y0 + py * scale)
    }

    /// Zoomed by `factor` around a point of the drawing, or its centre.
    pub fn zoom(&mut self, layout: &Layout, factor: f64, at: Option<(f64, f64)>) {
        let vb = self.view_box(layout);
        let (cx, cy) = match at {
            Some(p) => self.to_layout(layout, p),
            None => (vb.x + vb.w / 2.0, vb.y + vb.h / 2.0),
        };
        self.zoomed = Some(vb.zoom(factor, cx, cy, &self.full(layout)));
    }

    /// Moved by a share of the visible width and height (keys).
    pub fn pan(&mut self, layout: &Layout, dx: f64, dy: f64) {
        let vb = self.view_box(layout);
        self.zoomed = Some(vb.pan(dx * vb.w, dy * vb.h, &self.full(layout)));
    }

    /// The view during a drag or a pinch that began on `start`: moved with the
    /// pointer by `(dx, dy)` pixels, or scaled by `scale` around `at`.
    pub fn gesture(
        &mut self,
        layout: &Layout,
        start: ViewBox,
        (dx, dy): (f64, f64),
        scale: f64,
        at: (f64, f64),
    ) {
        let full = self.full(layout);
        // `at` is where the pinch began: read it against the view it began on.
        self.zoomed = Some(start);
        self.zoomed = Some(if (scale - 1.0).abs() > f64::EPSILON {
            let (cx, cy) = self.to_layout(layout, at);
            start.zoom(scale, cx, cy, &full)
        } else {
            let upp = start.units_per_px(self.size.0);
            start.pan(-dx * upp, -dy * upp, &full)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square() -> Layout {
        Layout {
            positions: Vec::new(),
            width: 800.0,
            height: 800.0,
            home: Some(ViewBox {
                x: 100.0,
                y: 200.0,
                w: 200.0,
                h: 100.0,
            }),
        }
    }

    fn wide() -> MapUi {
        MapUi {
            size: (1200.0, 600.0),
            ..MapUi::default()
        }
    }

    #[test]
    fn the_whole_drawing_fills_a_wide_box_centred() {
        let vb = wide().view_box(&square());
        assert_eq!((vb.x, vb.y, vb.w, vb.h), (-400.0, 0.0, 1600.0, 800.0));
        // Unmeasured, the view box is the drawing itself.
        let vb = MapUi::default().view_box(&square());
        assert_eq!((vb.x, vb.y, vb.w, vb.h), (0.0, 0.0, 800.0, 800.0));
    }

    #[test]
    fn a_pixel_maps_to_the_layout_point_drawn_there() {
        let ui = wide();
        // 1600 units over 1200 px: the box's centre is the drawing's centre.
        assert_eq!(ui.to_layout(&square(), (600.0, 300.0)), (400.0, 400.0));
        assert_eq!(ui.to_layout(&square(), (0.0, 0.0)), (-400.0, 0.0));
        // Unmeasured box, square drawing in a wide box: letterboxed left and right.
        let ui = MapUi {
            size: (1200.0, 600.0),
            zoomed: Some(ViewBox::fit(800.0, 800.0, 1.0)),
            ..MapUi::default()
        };
        assert_eq!(ui.to_layout(&square(), (300.0, 0.0)), (0.0, 0.0));
    }

    #[test]
    fn zooming_at_a_point_keeps_that_point_under_the_pointer() {
        let mut ui = wide();
        let at = (900.0, 150.0);
        let before = ui.to_layout(&square(), at);
        ui.zoom(&square(), crate::pan_zoom::ZOOM_STEP, Some(at));
        let after = ui.to_layout(&square(), at);
        assert!((before.0 - after.0).abs() < 1e-6 && (before.1 - after.1).abs() < 1e-6);
        assert!(ui.view_box(&square()).w < 1600.0);
    }

    #[test]
    fn a_drag_moves_the_drawing_with_the_pointer_and_keys_pan_by_a_share() {
        let mut ui = wide();
        let start = ui.view_box(&square());
        ui.gesture(&square(), start, (120.0, -60.0), 1.0, (0.0, 0.0));
        let vb = ui.view_box(&square());
        // 4/3 units per pixel: right by 120 px shows what was 160 units to the left.
        assert!((vb.x - (start.x - 160.0)).abs() < 1e-9);
        assert!((vb.y - (start.y + 80.0)).abs() < 1e-9);
        let mut keys = wide();
        keys.pan(&square(), 0.2, 0.0);
        assert!((keys.view_box(&square()).x - (-400.0 + 0.2 * 1600.0)).abs() < 1e-9);
    }

    #[test]
    fn a_resized_box_reshapes_a_zoomed_view_about_its_centre() {
        let mut ui = wide();
        ui.zoom(&square(), 2.0, None);
        let before = ui.view_box(&square());
        ui.resize(600.0, 600.0);
        let after = ui.view_box(&square());
        assert_eq!((after.x, after.w), (before.x, before.w));
        assert!((after.w - after.h).abs() < 1e-9);
        let centre = |b: ViewBox| b.y + b.h / 2.0;
        assert!((centre(before) - centre(after)).abs() < 1e-9);
    }

    #[test]
    fn a_phone_starts_on_the_home_region_and_fit_shows_the_whole() {
        let mut ui = MapUi {
            narrow: true,
            size: (300.0, 600.0),
            ..MapUi::default()
        };
        // The 200 × 100 region, in a box twice as tall as wide: its width fills it.
        let vb = ui.view_box(&square());
        assert_eq!((vb.x, vb.w, vb.h), (100.0, 200.0, 400.0));
        assert!(
            (vb.y + vb.h / 2.0 - 250.0).abs() < 1e-9,
            "centred on the region"
        );
        ui.fit(&square());
        assert_eq!(ui.view_box(&square()), ui.full(&square()));
        // A desktop starts on the whole drawing; Fit goes back to it.
        let mut wide = wide();
        assert_eq!(wide.view_box(&square()), wide.full(&square()));
        wide.zoom(&square(), 2.0, None);
        wide.fit(&square());
        assert_eq!(wide.zoomed, None);
    }
}
