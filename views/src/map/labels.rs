//! Where the map's labels go. A label keeps its size on the screen at any zoom (12 px
//! bold, a faction's 14 px bold: the type scale's `--fs-chart-label` and
//! `--fs-chart-key`), so its size in layout units is the screen's divided by the zoom;
//! it is placed beside its node, preferably away from the node's group (a person's
//! label points out of the faction's cluster), clear of every other label and every
//! node, and inside the view. A node whose label finds no free place keeps its name
//! in its tooltip and accessible name; zooming in makes room for it.

use super::ui::{Focus, LEGEND_WIDTH, MapUi};
use super::{Graph, Layout, NodeStatus, Position};
use crate::palette::Scheme;
use crate::pan_zoom::ViewBox;
use corpus::Corpus;
use corpus::model::EntityKind;
use std::f64::consts::FRAC_1_SQRT_2;

/// A direct label's size on screen, in CSS pixels (`--fs-chart-label`, bold).
pub const LABEL_PX: f64 = 12.0;
/// A faction's label (`--fs-chart-key`, bold).
pub const KEY_PX: f64 = 14.0;
/// The average advance of a bold system sans character, in ems (a little generous,
/// so an estimated box is never narrower than the drawn text).
const CHAR_EM: f64 = 0.64;
/// Room kept around a label, in screen pixels (its halo).
const PAD_PX: f64 = 2.0;

/// What the tools and the legend cover of the drawing, in CSS pixels from its
/// corners (`style/map.css`: `.map-zoom`, `.map-export`, `.map-legend`): width and
/// height of the zoom buttons (top right), the exports on a desktop and on a phone
/// (bottom right), the legend open and folded to its summary (top left).
const ZOOM_TOOLS: (f64, f64) = (150.0, 54.0);
const EXPORTS: [(f64, f64); 2] = [(350.0, 54.0), (215.0, 54.0)];
const LEGEND: [(f64, f64); 2] = [(LEGEND_WIDTH, 440.0), (110.0, 54.0)];

/// How the drawing is seen: its scheme, the part of the layout on screen, how many
/// layout units make a screen pixel, and what of it the tools cover (no label goes
/// there).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    pub scheme: Scheme,
    pub view: ViewBox,
    pub upp: f64,
    /// Boxes in layout units: x0, y0, x1, y1.
    pub covered: [(f64, f64, f64, f64); 3],
}

impl Look {
    /// The map as `ui` shows it (an unmeasured box: one unit a pixel, nothing covered).
    pub fn of(ui: &MapUi, layout: &Layout) -> Look {
        // The view box as its attribute carries it, in whole units: the scale on
        // screen is that one's.
        let v = ui.view_box(layout);
        let whole = |n: f64| crate::markup::px(n) as f64;
        let view = ViewBox {
            x: whole(v.x),
            y: whole(v.y),
            w: whole(v.w).max(1.0),
            h: whole(v.h).max(1.0),
        };
        let (w, h) = ui.size;
        let measured = w > 0.0 && h > 0.0;
        let upp = if measured {
            (view.w / w).max(view.h / h)
        } else {
            1.0
        };
        let phone = usize::from(ui.narrow);
        // The box is centred on the view (`xMidYMid meet`): its corners in units.
        let (cx, cy) = (view.x + view.w / 2.0, view.y + view.h / 2.0);
        let (left, top) = (cx - w * upp / 2.0, cy - h * upp / 2.0);
        let (right, bottom) = (cx + w * upp / 2.0, cy + h * upp / 2.0);
        let u = |(bw, bh): (f64, f64)| {
            if measured {
                (bw * upp, bh * upp)
            } else {
                (0.0, 0.0)
            }
        };
        let folded = usize::from(!ui.legend_open());
        let ((zw, zh), (ew, eh), (lw, lh)) = (u(ZOOM_TOOLS), u(EXPORTS[phone]), u(LEGEND[folded]));
        Look {
            scheme: ui.scheme(),
            view,
            upp,
            covered: [
                (right - zw, top, right, top + zh),
                (right - ew, bottom - eh, right, bottom),
                (left, top, left + lw, top + lh),
            ],
        }
    }

    /// `screen_px` in layout units, rounded up to a tenth (never smaller on screen),
    /// printed with integer formatting.
    pub fn units(&self, screen_px: f64) -> String {
        let tenths = (screen_px * self.upp * 10.0).ceil().max(1.0) as i64;
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// A label placed on the map: its text's centre-bottom (baseline), its size on
/// screen, and how it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub y: f64,
    /// Font size in screen pixels.
    pub px: f64,
    pub big: bool,
    /// Set back (in the soft ink): not around the focus, or gone since the last round.
    pub faded: bool,
    /// The box the text takes, in layout units: x0, y0, x1, y1.
    pub bbox: (f64, f64, f64, f64),
    /// A label set a line or two away from its node is tied to it by a leader: from
    /// the node's rim to the box, x1, y1, x2, y2.
    pub leader: Option<(f64, f64, f64, f64)>,
}

fn overlaps(
    (a0, b0, a1, b1): (f64, f64, f64, f64),
    (c0, d0, c1, d1): (f64, f64, f64, f64),
) -> bool {
    a0 < c1 && c0 < a1 && b0 < d1 && d0 < b1
}

impl Label {
    pub fn hits(&self, other: &Label) -> bool {
        overlaps(self.bbox, other.bbox)
    }

    fn covers(&self, q: &Position, pad: f64) -> bool {
        let (x0, y0, x1, y1) = self.bbox;
        let (nx, ny) = (q.x.clamp(x0, x1), q.y.clamp(y0, y1));
        (q.x - nx).powi(2) + (q.y - ny).powi(2) < (q.r + pad).powi(2)
    }
}

/// Labels that do not run into each other or any node: the most important first (the
/// focus and its neighbours, then factions, states and bodies, then people by
/// mentions).
pub fn place_labels(
    corpus: &Corpus,
    graph: &Graph,
    layout: &Layout,
    focus: &Focus,
    look: &Look,
) -> Vec<Label> {
    let n = graph.nodes.len().min(layout.positions.len());
    let mut order: Vec<usize> = (0..n).collect();
    let rank = |i: usize| {
        let node = &graph.nodes[i];
        let kind = match node.kind {
            EntityKind::Organization => 0,
            EntityKind::State | EntityKind::Mediator => 1,
            _ => 2,
        };
        let around = focus.entity.is_some() && focus.lit(node.entity);
        (!around, kind, std::cmp::Reverse(node.mentions), node.entity)
    };
    crate::sort::sort_by_key(&mut order, |&i| rank(i));
    let mut placed: Vec<Label> = Vec::new();
    for i in order {
        let p = &layout.positions[i];
        if !inside(&look.view, p) {
            continue;
        }
        let node = &graph.nodes[i];
        let e = corpus.entity(node.entity);
        let big = node.kind == EntityKind::Organization;
        let label = Label {
            text: short_label(&e.name, &e.aliases, node.kind),
            x: p.x,
            y: p.y,
            px: if big { KEY_PX } else { LABEL_PX },
            big,
            faded: !focus.lit(node.entity) || node.status == NodeStatus::Left,
            bbox: (0.0, 0.0, 0.0, 0.0),
            leader: None,
        };
        let away = outward(graph, layout, i);
        let free = spots(&label, p, away, look.upp).find(|l| {
            within(&look.view, l.bbox)
                && !look.covered.iter().any(|&c| overlaps(c, l.bbox))
                && !placed.iter().any(|o| o.hits(l))
                && !layout.positions[..n].iter().any(|q| l.covers(q, look.upp))
        });
        placed.extend(free);
    }
    placed
}

fn inside(view: &ViewBox, p: &Position) -> bool {
    p.x >= view.x && p.x <= view.x + view.w && p.y >= view.y && p.y <= view.y + view.h
}

fn within(view: &ViewBox, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> bool {
    x0 >= view.x && y0 >= view.y && x1 <= view.x + view.w && y1 <= view.y + view.h
}

/// The direction out of the node's group (from the group's node to it), or out of
/// the map's centre for a node without one; below when there is no direction.
fn outward(graph: &Graph, layout: &Layout, i: usize) -> (f64, f64) {
    let p = &layout.positions[i];
    let from = graph.nodes[i]
        .group
        .and_then(|g| graph.node_ix(g))
        .filter(|&g| g != i)
        .and_then(|g| layout.positions.get(g))
        .map_or((layout.width / 2.0, layout.height / 2.0), |q| (q.x, q.y));
    let (dx, dy) = (p.x - from.0, p.y - from.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1e-6 {
        (0.0, 1.0)
    } else {
        (dx / len, dy / len)
    }
}

/// The places tried for a label, best first: beside the node in the eight compass
/// directions, those nearest `away` first, then the same one and two lines further
/// out, with a leader.
fn spots<'a>(
    label: &'a Label,
    p: &'a Position,
    away: (f64, f64),
    upp: f64,
) -> impl Iterator<Item = Label> + 'a {
    let d = FRAC_1_SQRT_2;
    let mut dirs = [
        (0.0, 1.0),
        (0.0, -1.0),
        (1.0, 0.0),
        (-1.0, 0.0),
        (d, d),
        (-d, d),
        (d, -d),
        (-d, -d),
    ];
    // Stable: at equal angles the order above (below, above, right, left) holds.
    crate::sort::sort_by_key(&mut dirs, |&(x, y)| {
        -(((x * away.0 + y * away.1) * 1e6) as i64)
    });
    let size = label.px * upp;
    let w = label.text.chars().count() as f64 * CHAR_EM * size + 2.0 * PAD_PX * upp;
    let h = 1.15 * size + 2.0 * PAD_PX * upp;
    let gap = 3.0 * upp;
    (0..3).flat_map(move |ring| {
        dirs.into_iter().map(move |(dx, dy)| {
            let reach = p.r + gap + ring as f64 * h;
            let side = |v: f64, half: f64| {
                if v.abs() < 1e-9 {
                    0.0
                } else {
                    v.signum() * half
                }
            };
            let cx = p.x + dx * reach + side(dx, w / 2.0);
            let cy = p.y + dy * reach + side(dy, h / 2.0);
            let bbox = (cx - w / 2.0, cy - h / 2.0, cx + w / 2.0, cy + h / 2.0);
            Label {
                // The baseline: the box's bottom less its padding and the descent.
                y: cy + h / 2.0 - PAD_PX * upp - 0.22 * size,
                x: cx,
                bbox,
                leader: (ring > 0).then(|| leader(p, bbox)),
                ..label.clone()
            }
        })
    })
}

/// From the rim of `p` to the nearest point of `bbox`.
fn leader(p: &Position, (x0, y0, x1, y1): (f64, f64, f64, f64)) -> (f64, f64, f64, f64) {
    let (ex, ey) = (p.x.clamp(x0, x1), p.y.clamp(y0, y1));
    let (dx, dy) = (ex - p.x, ey - p.y);
    let len = (dx * dx + dy * dy).sqrt().max(1e-9);
    (p.x + dx / len * p.r, p.y + dy / len * p.r, ex, ey)
}

/// Labels stay short on the map: an acronym for long names, a surname for people.
pub fn short_label(name: &str, aliases: &[String], kind: EntityKind) -> String {
    if kind == EntityKind::Person {
        return name.rsplit(' ').next().unwrap_or(name).to_string();
    }
    if name.len() > 18
        && let Some(acronym) = aliases
            .iter()
            .filter(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
            .min_by_key(|a| a.len())
    {
        return acronym.clone();
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::model::MapModel;
    use crate::testing::{ctx, entity};

    const DESKTOP: (f64, f64) = (1248.0, 530.0);
    const PHONE: (f64, f64) = (343.0, 560.0);

    /// Every round's map (and the whole corpus's), as the app draws it.
    fn models(focus: &str) -> Vec<MapModel> {
        let c = ctx().corpus;
        let rounds = std::iter::once(String::new()).chain(c.articles.iter().map(|a| a.id.clone()));
        rounds
            .map(|r| {
                let q = format!("view=map&round={r}&focus={focus}");
                let s = ViewState::parse(&q, c).0;
                MapModel::new(c, ctx().anchors(), &s, &ctx().select(&s))
            })
            .collect()
    }

    fn labels(m: &MapModel, ui: &MapUi) -> (Look, Vec<Label>) {
        let look = Look::of(ui, &m.layout);
        let focus = Focus {
            entity: m.focus,
            neighbours: &m.neighbours,
        };
        let placed = place_labels(ctx().corpus, &m.graph, &m.layout, &focus, &look);
        (look, placed)
    }

    /// The labels of `m` drawn unzoomed in a box of `size`, on a phone or not.
    fn placed_in(m: &MapModel, narrow: bool, size: (f64, f64)) -> Vec<Label> {
        let ui = MapUi {
            narrow,
            size,
            ..MapUi::default()
        };
        labels(m, &ui).1
    }

    fn labelled(placed: &[Label], id: &str) -> bool {
        let e = ctx().corpus.entity(entity(id));
        let text = short_label(&e.name, &e.aliases, e.kind);
        placed.iter().any(|l| l.text == text)
    }

    use crate::state::ViewState;

    #[test]
    fn labels_never_overlap_a_label_or_a_node_and_stay_in_view() {
        for focus in ["", "hamas"] {
            for m in models(focus) {
                for (narrow, size, zoom) in [
                    (false, DESKTOP, 1.0),
                    (true, PHONE, 1.0),
                    (false, DESKTOP, 2.5),
                ] {
                    let mut ui = MapUi {
                        narrow,
                        size,
                        ..MapUi::default()
                    };
                    if zoom > 1.0 {
                        ui.zoom(&m.layout, zoom, None);
                    }
                    let (look, placed) = labels(&m, &ui);
                    let v = look.view;
                    for (i, a) in placed.iter().enumerate() {
                        for b in &placed[i + 1..] {
                            assert!(!a.hits(b), "{} overlaps {}", a.text, b.text);
                        }
                        for q in &m.layout.positions {
                            assert!(!a.covers(q, 0.0), "{} covers a node", a.text);
                        }
                        let (x0, y0, x1, y1) = a.bbox;
                        assert!(
                            x0 >= v.x && y0 >= v.y && x1 <= v.x + v.w && y1 <= v.y + v.h,
                            "{} is cut",
                            a.text
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_dense_hamas_cluster_keeps_its_names_on_a_desktop() {
        for m in models("") {
            let placed = placed_in(&m, false, DESKTOP);
            for id in [
                "moussa-abu-marzouk",
                "khaled-mashaal",
                "izzat-risheq",
                "ismail-haniyeh",
                "hamas",
                "fatah",
            ] {
                let shown = m
                    .graph
                    .node(entity(id))
                    .is_some_and(|n| n.status != NodeStatus::Left);
                assert!(
                    !shown || labelled(&placed, id),
                    "{id} unlabelled in round {:?}",
                    m.round
                );
            }
            assert!(
                placed.len() * 10 >= m.graph.nodes.len() * 9,
                "nine in ten nodes keep a label"
            );
        }
    }

    #[test]
    fn on_a_phone_the_focus_and_its_neighbours_are_labelled() {
        for m in models("fatah") {
            let placed = placed_in(&m, true, PHONE);
            assert!(labelled(&placed, "fatah"), "round {:?}", m.round);
            let near = m.neighbours.iter().filter(|&&n| {
                let e = ctx().corpus.entity(n);
                placed
                    .iter()
                    .any(|l| l.text == short_label(&e.name, &e.aliases, e.kind))
            });
            assert!(
                near.count() * 4 >= m.neighbours.len() * 3,
                "three in four neighbours, round {:?}",
                m.round
            );
        }
    }

    #[test]
    fn a_label_is_never_smaller_on_screen_than_its_size() {
        for upp in [0.125, 0.3333, 0.77, 1.0, 1.337, 2.06, 4.9] {
            let look = Look {
                scheme: Scheme::Light,
                view: ViewBox {
                    x: 0.0,
                    y: 0.0,
                    w: 1.0,
                    h: 1.0,
                },
                upp,
                covered: [(0.0, 0.0, 0.0, 0.0); 3],
            };
            for px in [LABEL_PX, KEY_PX, 3.0] {
                let units: f64 = look.units(px).parse().unwrap();
                assert!(units / upp >= px - 1e-9, "{px} px at {upp}: {units}");
                assert!(units / upp < px + 0.1 / upp + 1e-9);
            }
        }
    }

    #[test]
    fn long_names_shorten_to_acronyms_and_people_to_surnames() {
        let aliases = vec!["PLO".to_string()];
        assert_eq!(
            short_label(
                "Palestine Liberation Organization",
                &aliases,
                EntityKind::Organization
            ),
            "PLO"
        );
        assert_eq!(short_label("Hamas", &[], EntityKind::Organization), "Hamas");
        assert_eq!(
            short_label("Khalil al-Hayya", &[], EntityKind::Person),
            "al-Hayya"
        );
    }
}
