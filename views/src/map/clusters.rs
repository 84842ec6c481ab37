//! Clusters: a group node with the people who sit beside it, laid out as one disc.
//!
//! The layout reasons about clusters, not nodes: a faction and its people move
//! together, so "people near their faction" holds by construction and the ring
//! placement only has to keep a handful of discs apart. People fan out from their
//! group on concentric layers, starting on the side facing away from the centre of
//! the map (where the chords between factions run), most-mentioned first. Layers are
//! spaced so that no two people and no person and the group overlap, with no search.
//!
//! A person whose group is not a node of this graph (or who has none) still gets a
//! cluster, centred on an empty point keyed by that group, so that they stand where
//! their group would stand.

use super::Graph;
use corpus::model::{EntityIx, EntityKind};
use std::collections::BTreeMap;
use std::f64::consts::TAU;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ring {
    /// Palestinian factions and organizations.
    Inner,
    /// States, mediating bodies, and anything else with people around it.
    Outer,
}

#[derive(Debug, Clone)]
pub struct Cluster {
    /// The group entity: the centre node's, or the absent group of a virtual cluster.
    pub key: Option<EntityIx>,
    /// Index in `graph.nodes` of the centre node; `None` for a virtual cluster.
    pub centre: Option<usize>,
    pub ring: Ring,
    /// People node indexes, in fan order.
    pub members: Vec<usize>,
    /// Per member: distance from the cluster centre and angle from the outward direction.
    pub fan: Vec<(f64, f64)>,
    /// Bounding radius of the centre node and its fan.
    pub radius: f64,
    /// Mentions of the centre node (or its people), to pick the map's top slot.
    pub weight: u64,
}

pub struct Clusters {
    pub list: Vec<Cluster>,
    /// Cluster pairs `(a, b)`, `a < b`, joined by edges, with the number of edges.
    pub links: Vec<(usize, usize, f64)>,
}

/// Radius of a node by kind, growing gently (and boundedly) with mentions.
pub fn node_radius(kind: EntityKind, mentions: u32) -> f64 {
    let m = f64::from(mentions).sqrt();
    match kind {
        EntityKind::Organization => 26.0 + (2.0 * m).min(14.0),
        EntityKind::State | EntityKind::Mediator => 17.0 + (1.5 * m).min(9.0),
        EntityKind::Person => 8.0 + m.min(5.0),
        EntityKind::Media | EntityKind::Place => 12.0,
    }
}

/// Node index per entity (first node wins if a bad graph repeats one), sorted.
pub fn entity_index(graph: &Graph) -> Vec<(EntityIx, usize)> {
    let mut index: Vec<(EntityIx, usize)> = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.entity, i))
        .collect();
    crate::sort::sort(&mut index);
    index.dedup_by_key(|(e, _)| *e);
    index
}

pub fn lookup(index: &[(EntityIx, usize)], entity: EntityIx) -> Option<usize> {
    index
        .binary_search_by_key(&entity, |&(e, _)| e)
        .ok()
        .map(|k| index[k].1)
}

/// Groups the graph's nodes into clusters and aggregates its edges between them.
pub fn build(graph: &Graph, radii: &[f64], gap: f64) -> Clusters {
    let index = entity_index(graph);
    let n = graph.nodes.len();
    let mut list: Vec<Cluster> = Vec::new();
    let mut of_node = vec![usize::MAX; n];
    for (i, node) in graph.nodes.iter().enumerate() {
        if node.kind != EntityKind::Person {
            of_node[i] = list.len();
            list.push(Cluster {
                key: Some(node.entity),
                centre: Some(i),
                ring: if node.kind == EntityKind::Organization {
                    Ring::Inner
                } else {
                    Ring::Outer
                },
                members: Vec::new(),
                fan: Vec::new(),
                radius: radii[i],
                weight: u64::from(node.mentions),
            });
        }
    }
    let mut virtual_of: BTreeMap<Option<EntityIx>, usize> = BTreeMap::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        if node.kind != EntityKind::Person {
            continue;
        }
        let home = node
            .group
            .and_then(|g| lookup(&index, g))
            .filter(|&g| graph.nodes[g].kind != EntityKind::Person)
            .map(|g| of_node[g]);
        let c = home.unwrap_or_else(|| {
            *virtual_of.entry(node.group).or_insert_with(|| {
                list.push(Cluster {
                    key: node.group,
                    centre: None,
                    ring: Ring::Outer,
                    members: Vec::new(),
                    fan: Vec::new(),
                    radius: 0.0,
                    weight: 0,
                });
                list.len() - 1
            })
        });
        of_node[i] = c;
        list[c].members.push(i);
        if list[c].centre.is_none() {
            list[c].weight += u64::from(node.mentions);
        }
    }
    for cluster in &mut list {
        let by_prominence = |&a: &usize, &b: &usize| {
            let (na, nb) = (&graph.nodes[a], &graph.nodes[b]);
            nb.mentions
                .cmp(&na.mentions)
                .then(na.entity.cmp(&nb.entity))
                .then(a.cmp(&b))
        };
        crate::sort::sort_by(&mut cluster.members, by_prominence);
        let member_radii: Vec<f64> = cluster.members.iter().map(|&m| radii[m]).collect();
        let (fan, extent) = fan(cluster.radius, &member_radii, gap);
        cluster.fan = fan;
        cluster.radius = cluster.radius.max(extent);
    }

    let mut links: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for e in &graph.edges {
        let (Some(a), Some(b)) = (lookup(&index, e.source), lookup(&index, e.target)) else {
            continue;
        };
        let (ca, cb) = (of_node[a], of_node[b]);
        if ca != cb {
            *links.entry((ca.min(cb), ca.max(cb))).or_default() += 1.0;
        }
    }
    let links = links.into_iter().map(|((a, b), w)| (a, b, w)).collect();
    Clusters { list, links }
}

/// People around a centre of radius `centre_r`: per person (distance, angle from the
/// outward direction), and the bounding radius of the whole fan.
///
/// Layer `k` is a circle at `centre_r + gap + rp + k (2 rp + gap)`, `rp` the largest
/// person radius, so layers never overlap each other or the centre; along a layer,
/// neighbours are at least one chord `2 rp + gap` apart. A layer is filled
/// alternately on both sides of the outward direction; a full one is spread evenly.
pub fn fan(centre_r: f64, radii: &[f64], gap: f64) -> (Vec<(f64, f64)>, f64) {
    let Some(rp) = radii.iter().copied().reduce(f64::max) else {
        return (Vec::new(), centre_r);
    };
    let mut out = Vec::with_capacity(radii.len());
    let mut rho = centre_r + gap + rp;
    let mut extent = centre_r;
    while out.len() < radii.len() {
        let step_min = 2.0 * ((rp + gap / 2.0) / rho).clamp(0.0, 1.0).asin();
        // Floor, so that `capacity` steps never exceed a turn.
        let capacity = ((TAU / step_min).floor() as usize).max(1);
        let count = capacity.min(radii.len() - out.len());
        let step = if count == capacity {
            TAU / count as f64
        } else {
            (step_min * 1.3).min(TAU / count as f64)
        };
        for m in 0..count {
            let k = m.div_ceil(2) as f64;
            let side = if m % 2 == 1 { 1.0 } else { -1.0 };
            out.push((rho, side * k * step));
        }
        extent = rho + rp;
        rho += 2.0 * rp + gap;
    }
    (out, extent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fan_keeps_people_apart_from_each_other_and_the_centre() {
        let radii: Vec<f64> = (0..40).map(|i| 8.0 + (i % 5) as f64).collect();
        let (fan, extent) = fan(30.0, &radii, 6.0);
        let pts: Vec<(f64, f64)> = fan
            .iter()
            .map(|&(r, a)| (r * a.cos(), r * a.sin()))
            .collect();
        for i in 0..pts.len() {
            let d0 = pts[i].0.hypot(pts[i].1);
            assert!(d0 >= 30.0 + radii[i] + 6.0 - 1e-9);
            assert!(d0 + radii[i] <= extent + 1e-9);
            for j in i + 1..pts.len() {
                let d = (pts[i].0 - pts[j].0).hypot(pts[i].1 - pts[j].1);
                assert!(d >= radii[i] + radii[j] + 6.0 - 1e-9, "{i} {j} {d}");
            }
        }
    }

    #[test]
    fn an_empty_fan_is_just_the_centre() {
        assert_eq!(fan(20.0, &[], 6.0), (Vec::new(), 20.0));
    }
}
