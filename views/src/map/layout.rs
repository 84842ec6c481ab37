//! The deterministic layout of the faction map.
//!
//! Built by construction rather than simulation, so it costs a few milliseconds, needs
//! no physics in the page, and gives bit-identical output for the same input (no hash
//! order, no randomness, no time, no threads; only `f64` arithmetic in a fixed order):
//!
//! 1. Every node gets a radius by kind (organizations large, states and bodies medium,
//!    people small), growing boundedly with mentions.
//! 2. People join their group's cluster and fan out around it (`clusters`).
//! 3. Palestinian factions' clusters sit on an inner ring whose cyclic order is searched
//!    to reduce crossings (`order`); states and mediating bodies sit on an outer ring at
//!    the barycentre of what they are related to; [`ring::spread`] keeps neighbours on a
//!    ring apart, and the rings are far enough apart radially that clusters on different
//!    rings cannot touch. Spacing uses twice the larger cluster radius, so every person
//!    is nearer their own group's centre than any other group's.
//! 4. `overlap::separate` is a safety net that guarantees no overlap whatever the input.
//! 5. The picture is centred in a square canvas with a margin.
//!
//! Stability across rounds: [`anchors`] records the angles, ring radii and canvas of a
//! reference graph (the whole corpus); [`layout_anchored`] then places every cluster at
//! its anchored angle, and angles that still fit are kept bit for bit, so a faction
//! stands in exactly the same place in every round, on a canvas of the same size.
//! Entities the anchors do not know go to the barycentre of anchored neighbours.

use super::Graph;
use super::clusters::{self, Cluster, Ring, node_radius};
use super::order::best_order;
use super::overlap::separate;
use super::ring::{angular_width, circular_mean, fit_radius, separation, spread};
use crate::pan_zoom::ViewBox;
use corpus::model::EntityIx;
use std::f64::consts::{FRAC_PI_2, TAU};

/// Smallest clearance between any two discs, in layout units.
pub const GAP: f64 = 6.0;
/// Empty border around the picture, in layout units.
pub const MARGIN: f64 = 24.0;
/// The first faction (the most mentioned) sits at the top; y grows downward as in SVG.
const TOP: f64 = -FRAC_PI_2;

/// A node's disc: centre and radius, in the canvas's coordinates (origin top left).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

/// Positions parallel to `graph.nodes`, in a `width` × `height` canvas (an SVG
/// `viewBox="0 0 width height"`). The canvas is square, centred on the map's centre.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub positions: Vec<Position>,
    pub width: f64,
    pub height: f64,
    /// The part of the canvas a phone shows first: the focus and its neighbours (set
    /// by `MapModel`; `None` from the layout itself).
    pub home: Option<ViewBox>,
}

/// Where each group stands in a reference layout, so that other graphs (other
/// rounds, other filters) put the same group in the same place.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Anchors {
    /// (group entity, on the inner ring, angle), sorted by entity.
    slots: Vec<(EntityIx, bool, f64)>,
    r_inner: f64,
    r_outer: f64,
    /// Half the canvas side, margin excluded.
    extent: f64,
}

impl Anchors {
    fn slot(&self, entity: EntityIx) -> Option<(bool, f64)> {
        self.slots
            .binary_search_by_key(&entity, |s| s.0)
            .ok()
            .map(|k| (self.slots[k].1, self.slots[k].2))
    }

    /// The anchored angle of a group, in radians (0 = right, clockwise in SVG).
    pub fn angle(&self, entity: EntityIx) -> Option<f64> {
        self.slot(entity).map(|s| s.1)
    }
}

/// Lays out `graph` on its own: ring order and angles computed from this graph.
pub fn layout(graph: &Graph) -> Layout {
    solve(graph, None).0
}

/// The anchors of `graph`'s own layout; compute them once from the whole-corpus graph.
pub fn anchors(graph: &Graph) -> Anchors {
    solve(graph, None).1
}

/// Lays out `graph` keeping every group the anchors know at its anchored angle, ring
/// and canvas size where it still fits. `layout_anchored(g, &anchors(g)) == layout(g)`.
pub fn layout_anchored(graph: &Graph, anchors: &Anchors) -> Layout {
    solve(graph, Some(anchors)).0
}

struct Rings<'a> {
    list: &'a [Cluster],
    links: &'a [(usize, usize, f64)],
    inner: Vec<usize>,
    outer: Vec<usize>,
    r_inner: f64,
    r_outer: f64,
    /// Angular width per cluster on its own ring.
    widths: Vec<f64>,
}

impl Rings<'_> {
    fn prior_angle(&self, prior: Option<&Anchors>, c: usize) -> Option<f64> {
        prior.and_then(|a| a.angle(self.list[c].key?))
    }

    /// Mean angle of the clusters linked to `c` whose angle is known.
    fn barycentre(&self, c: usize, known: &[Option<f64>]) -> Option<f64> {
        circular_mean(self.links.iter().filter_map(|&(a, b, w)| {
            let other = if a == c {
                b
            } else if b == c {
                a
            } else {
                return None;
            };
            Some((known[other]?, w))
        }))
    }

    /// Angles for `members` of one ring: anchored, else barycentre of `known`, else
    /// evenly around; then spread so that neighbours do not overlap.
    fn place(&self, members: &[usize], prior: Option<&Anchors>, known: &mut [Option<f64>]) {
        let m = members.len();
        let mut desired: Vec<Option<f64>> = members
            .iter()
            .map(|&c| {
                self.prior_angle(prior, c)
                    .or_else(|| self.barycentre(c, known))
            })
            .collect();
        // Those linked only to other unplaced clusters of this ring: a second look.
        let mut known_now = known.to_vec();
        for (k, &c) in members.iter().enumerate() {
            known_now[c] = desired[k];
        }
        for (k, &c) in members.iter().enumerate() {
            desired[k] = desired[k].or_else(|| self.barycentre(c, &known_now));
        }
        let desired: Vec<f64> = (0..m)
            .map(|k| desired[k].unwrap_or(TOP + TAU * (k as f64 + 0.5) / m as f64))
            .collect();
        let widths: Vec<f64> = members.iter().map(|&c| self.widths[c]).collect();
        for (k, angle) in spread(&desired, &widths).into_iter().enumerate() {
            known[members[k]] = Some(angle);
        }
    }

    /// Inner angles for a cyclic order: packed by separation from the top, slack
    /// shared equally between neighbours.
    fn inner_angles(&self, order: &[usize]) -> Vec<Option<f64>> {
        let mut angles = vec![None; self.list.len()];
        let n = order.len();
        let sep = |k: usize| separation(self.widths[order[k]], self.widths[order[(k + 1) % n]]);
        let used: f64 = if n < 2 { 0.0 } else { (0..n).map(sep).sum() };
        let slack = (TAU - used).max(0.0) / n.max(1) as f64;
        let mut theta = TOP;
        for (k, &c) in order.iter().enumerate() {
            if k > 0 {
                theta += sep(k - 1) + slack;
            }
            angles[c] = Some(theta);
        }
        angles
    }

    fn centre(&self, c: usize, angle: f64) -> (f64, f64) {
        let r = match self.list[c].ring {
            Ring::Inner => self.r_inner,
            Ring::Outer => self.r_outer,
        };
        (r * angle.cos(), r * angle.sin())
    }

    fn centres(&self, angles: &[Option<f64>]) -> Vec<(f64, f64)> {
        (0..self.list.len())
            .map(|c| self.centre(c, angles[c].unwrap_or(TOP)))
            .collect()
    }
}

fn solve(graph: &Graph, prior: Option<&Anchors>) -> (Layout, Anchors) {
    let radii: Vec<f64> = graph
        .nodes
        .iter()
        .map(|n| node_radius(n.kind, n.mentions))
        .collect();
    let mut cl = clusters::build(graph, &radii, GAP);
    // A group absent from this graph stands on the ring the anchors put it on.
    for c in cl.list.iter_mut().filter(|c| c.centre.is_none()) {
        if let Some((true, _)) = c.key.and_then(|k| prior?.slot(k)) {
            c.ring = Ring::Inner;
        }
    }
    let on = |ring: Ring| -> Vec<usize> {
        (0..cl.list.len())
            .filter(|&c| cl.list[c].ring == ring)
            .collect()
    };
    let (inner, outer) = (on(Ring::Inner), on(Ring::Outer));
    let largest = |set: &[usize]| set.iter().map(|&c| cl.list[c].radius).fold(0.0, f64::max);
    let radii_of = |set: &[usize]| set.iter().map(|&c| cl.list[c].radius).collect::<Vec<_>>();

    let r_inner = fit_radius(&radii_of(&inner), GAP, prior.map_or(0.0, |a| a.r_inner));
    // Twice the largest cluster radius between the rings, for the same reason as
    // `ring::separation`: people stay nearer their own group than the other ring's.
    let between = if inner.is_empty() {
        0.0
    } else {
        r_inner + 2.0 * largest(&inner).max(largest(&outer)) + GAP
    };
    let r_outer = fit_radius(
        &radii_of(&outer),
        GAP,
        between.max(prior.map_or(0.0, |a| a.r_outer)),
    );
    let widths = (0..cl.list.len())
        .map(|c| {
            let ring = if cl.list[c].ring == Ring::Inner {
                r_inner
            } else {
                r_outer
            };
            angular_width(cl.list[c].radius, ring, GAP)
        })
        .collect();
    let rings = Rings {
        list: &cl.list,
        links: &cl.links,
        inner,
        outer,
        r_inner,
        r_outer,
        widths,
    };

    let mut angles = match prior {
        Some(_) => {
            // Anchored neighbours guide unknown inner clusters before the outer ring moves.
            let mut known: Vec<Option<f64>> = (0..cl.list.len())
                .map(|c| rings.prior_angle(prior, c))
                .collect();
            let mut placed = vec![None; cl.list.len()];
            rings.place(&rings.inner, prior, &mut known);
            for &c in &rings.inner {
                placed[c] = known[c];
            }
            placed
        }
        None => {
            let mut order = best_order(rings.inner.clone(), rings.links, |order| {
                let mut angles = rings.inner_angles(order);
                rings.place(&rings.outer, None, &mut angles);
                rings.centres(&angles)
            });
            // The most mentioned faction on top, whatever order the search settled on.
            let heaviest = (0..order.len()).fold(0, |best, k| {
                if cl.list[order[k]].weight > cl.list[order[best]].weight {
                    k
                } else {
                    best
                }
            });
            order.rotate_left(heaviest);
            rings.inner_angles(&order)
        }
    };
    rings.place(&rings.outer, prior, &mut angles);

    let mut points = vec![(0.0, 0.0); graph.nodes.len()];
    for (c, cluster) in cl.list.iter().enumerate() {
        let theta = angles[c].unwrap_or(TOP);
        let (cx, cy) = rings.centre(c, theta);
        if let Some(i) = cluster.centre {
            points[i] = (cx, cy);
        }
        for (&m, &(rho, delta)) in cluster.members.iter().zip(&cluster.fan) {
            points[m] = (
                cx + rho * (theta + delta).cos(),
                cy + rho * (theta + delta).sin(),
            );
        }
    }
    separate(&mut points, &radii, GAP);

    let own_extent = points
        .iter()
        .zip(&radii)
        .map(|(p, r)| p.0.abs().max(p.1.abs()) + r)
        .fold(0.0, f64::max);
    let extent = own_extent.max(prior.map_or(0.0, |a| a.extent));
    let shift = extent + MARGIN;
    let layout = Layout {
        positions: points
            .iter()
            .zip(&radii)
            .map(|(p, &r)| Position {
                x: p.0 + shift,
                y: p.1 + shift,
                r,
            })
            .collect(),
        width: 2.0 * shift,
        height: 2.0 * shift,
        home: None,
    };
    let mut slots: Vec<(EntityIx, bool, f64)> = cl
        .list
        .iter()
        .enumerate()
        .filter_map(|(c, cluster)| Some((cluster.key?, cluster.ring == Ring::Inner, angles[c]?)))
        .collect();
    crate::sort::sort_by_key(&mut slots, |s| s.0);
    slots.dedup_by_key(|s| s.0);
    let anchors = Anchors {
        slots,
        r_inner,
        r_outer,
        extent,
    };
    (layout, anchors)
}
