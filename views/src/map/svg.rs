//! The faction map as SVG markup: typed, styled edges under shaped, coloured nodes,
//! labels on top. Positions come from `crate::map::layout_anchored`.
//!
//! Shapes tell kinds apart without colour: organizations are large discs, people
//! small discs, states squares, mediating bodies diamonds. Edge kinds differ by colour
//! and dash pattern; directed kinds carry an arrowhead.
//!
//! Everything that paints is a presentation attribute, never a `<style>` element or a
//! `style` attribute: the page's Content-Security-Policy allows no inline style, and an
//! exported SVG keeps its look without the page's stylesheet.

use crate::entity::Swatch;
use crate::hit::Hit;
use crate::map::hit::MapHit;
use crate::map::{Graph, Layout, NodeStatus};
use crate::markup::{esc, px};
use corpus::Corpus;
use corpus::model::{EntityIx, EntityKind, RelationKind};
use std::fmt::Write;

/// How an edge kind is drawn: colour, width, dash pattern.
pub fn edge_style(kind: RelationKind) -> (&'static str, f64, &'static str) {
    match kind {
        RelationKind::Rivalry => ("#b3261e", 2.5, ""),
        RelationKind::Alliance => ("#18703a", 3.0, ""),
        RelationKind::Mediation => ("#0d766e", 2.0, "7 4"),
        RelationKind::Membership => ("#8a8f99", 1.2, ""),
        RelationKind::Leadership => ("#46566b", 2.0, ""),
        RelationKind::Designation => ("#7a2bc4", 2.0, "2 4"),
        RelationKind::War => ("#1c1e24", 3.0, "10 3 2 3"),
    }
}

/// What the map highlights: the focused entity and its neighbourhood.
pub struct Focus<'a> {
    pub entity: Option<EntityIx>,
    pub neighbours: &'a [EntityIx],
}

/// The `<svg>` inner markup (defs, edges, nodes, labels).
pub fn map_svg(corpus: &Corpus, graph: &Graph, layout: &Layout, focus: &Focus) -> String {
    let mut s = String::with_capacity(16 * 1024);
    s.push_str("<defs>");
    for kind in RelationKind::ALL.into_iter().filter(|k| !k.is_symmetric()) {
        let (colour, _, _) = edge_style(kind);
        let _ = write!(
            s,
            r#"<marker id="arrow-{k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="{colour}"/></marker>"#,
            k = kind.as_str()
        );
    }
    s.push_str("</defs>");
    let pos = |e: EntityIx| graph.node_ix(e).and_then(|i| layout.positions.get(i));
    let lit = |e: EntityIx| {
        focus
            .entity
            .is_none_or(|f| f == e || focus.neighbours.contains(&e))
    };

    s.push_str(r#"<g class="edges">"#);
    for (i, edge) in graph.edges.iter().enumerate() {
        let (Some(a), Some(b)) = (pos(edge.source), pos(edge.target)) else {
            continue;
        };
        let (colour, width, dash) = edge_style(edge.kind);
        // Stop lines at the rims so arrowheads stay visible.
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ux, uy) = (dx / len, dy / len);
        let (x1, y1) = (a.x + ux * a.r, a.y + uy * a.r);
        let (x2, y2) = (b.x - ux * (b.r + 2.0), b.y - uy * (b.r + 2.0));
        let dimmed = focus.entity.is_some_and(|f| !edge.touches(f));
        let marker = if edge.kind.is_symmetric() {
            String::new()
        } else {
            format!(r#" marker-end="url(#arrow-{})""#, edge.kind.as_str())
        };
        let dash = if dash.is_empty() {
            String::new()
        } else {
            format!(r#" stroke-dasharray="{dash}""#)
        };
        let (src, tgt) = (corpus.entity(edge.source), corpus.entity(edge.target));
        let _ = write!(
            s,
            r#"<g id="map-edge-{i}" class="edge{dim}" data-testid="map-edge" data-kind="{kind}" data-source="{sid}" data-target="{tid}" data-edge="{i}"{hit} tabindex="0" role="button" aria-label="{label}: {sname} and {tname}, {n} sentence{plural}" opacity="{op}"><line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="transparent" stroke-width="12"/><line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="{w}"{dash}{marker}/></g>"#,
            dim = if dimmed { " dimmed" } else { "" },
            hit = MapHit::Edge(i).attr(),
            kind = edge.kind.as_str(),
            sid = esc(&src.id),
            tid = esc(&tgt.id),
            label = edge.kind.label(),
            sname = esc(&src.name),
            tname = esc(&tgt.name),
            n = edge.evidence.len(),
            plural = if edge.evidence.len() == 1 { "" } else { "s" },
            op = if dimmed { "0.15" } else { "1" },
            x1 = px(x1),
            y1 = px(y1),
            x2 = px(x2),
            y2 = px(y2),
            w = width,
        );
    }
    s.push_str("</g><g class=\"nodes\">");
    for (node, p) in graph.nodes.iter().zip(&layout.positions) {
        let e = corpus.entity(node.entity);
        let colour = Swatch::of(corpus, node.entity).hex();
        let (x, y, r) = (px(p.x), px(p.y), px(p.r).max(3));
        let shape = match node.kind {
            EntityKind::State => format!(
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="{colour}"/>"#,
                x - r,
                y - r,
                2 * r,
                2 * r
            ),
            EntityKind::Mediator => format!(
                r#"<path d="M{x} {}L{} {y}L{x} {}L{} {y}z" fill="{colour}"/>"#,
                y - r,
                x + r,
                y + r,
                x - r
            ),
            EntityKind::Person => format!(
                r##"<circle cx="{x}" cy="{y}" r="{r}" fill="#fff" stroke="{colour}" stroke-width="3"/>"##
            ),
            _ => format!(r#"<circle cx="{x}" cy="{y}" r="{r}" fill="{colour}"/>"#),
        };
        let status_ring = match node.status {
            NodeStatus::Entered => format!(
                r##"<circle class="entered-ring" cx="{x}" cy="{y}" r="{}" fill="none" stroke="#f59e0b" stroke-width="2.5" stroke-dasharray="4 3"/>"##,
                r + 4
            ),
            _ => String::new(),
        };
        let focused = focus.entity == Some(node.entity);
        let focus_ring = if focused {
            format!(
                r##"<circle cx="{x}" cy="{y}" r="{}" fill="none" stroke="#0b57d0" stroke-width="3"/>"##,
                r + 7
            )
        } else {
            String::new()
        };
        let status = match node.status {
            NodeStatus::Entered => "; new in this round",
            NodeStatus::Left => "; named in the previous round, not in this one",
            NodeStatus::Stayed => "",
        };
        let opacity = match (lit(node.entity), node.status) {
            (false, _) => "0.2",
            (_, NodeStatus::Left) => "0.35",
            _ => "1",
        };
        let _ = write!(
            s,
            r#"<g id="map-node-{id}" class="node kind-{kind} status-{st}" data-testid="map-node" data-entity="{id}" data-status="{st}"{hit} tabindex="0" role="button" aria-pressed="{pressed}" aria-label="{name}, {kind}, {m} mention{pl}{status}" opacity="{opacity}">{status_ring}{focus_ring}{shape}<title>{name}: {desc}</title></g>"#,
            kind = node.kind.as_str(),
            st = node.status.as_str(),
            id = esc(&e.id),
            pressed = focused,
            hit = MapHit::Node(node.entity as usize).attr(),
            name = esc(&e.name),
            m = node.mentions,
            pl = if node.mentions == 1 { "" } else { "s" },
            desc = esc(&e.description),
        );
    }
    // The labels' look, inherited from their group; the white stroke under the fill
    // keeps a label readable over lines.
    s.push_str(r##"</g><g class="labels" aria-hidden="true" pointer-events="none" font-family="system-ui,sans-serif" font-size="11" fill="#1c1e24" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">"##);
    for label in place_labels(corpus, graph, layout, focus) {
        let _ = write!(
            s,
            r#"<text class="map-label{big}" x="{x}" y="{y}" text-anchor="middle" opacity="{op}"{bold}>{text}</text>"#,
            big = if label.big { " big" } else { "" },
            bold = if label.big {
                r#" font-weight="700" font-size="12""#
            } else {
                ""
            },
            x = px(label.x),
            y = px(label.y),
            op = if label.faded { "0.35" } else { "1" },
            text = esc(&label.text),
        );
    }
    s.push_str("</g>");
    s
}

/// A label placed on the map: its text's centre-bottom and size.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub big: bool,
    pub faded: bool,
}

const LABEL_H: f64 = 13.0;
const LABEL_CHAR_W: f64 = 6.6;

impl Label {
    fn bbox(&self) -> (f64, f64, f64, f64) {
        (
            self.x - self.width / 2.0,
            self.y - LABEL_H + 2.0,
            self.x + self.width / 2.0,
            self.y + 3.0,
        )
    }

    fn hits(&self, other: &Label) -> bool {
        let (a0, b0, a1, b1) = self.bbox();
        let (c0, d0, c1, d1) = other.bbox();
        a0 < c1 && c0 < a1 && b0 < d1 && d0 < b1
    }
}

/// Labels that do not run into each other: the most important first (factions, then
/// states and bodies, then people by mentions; the focus and its neighbours before
/// all), each below, above, right or left of its node, or left out when no place is
/// free. A node without a label keeps its name in its tooltip and accessible name.
pub fn place_labels(corpus: &Corpus, graph: &Graph, layout: &Layout, focus: &Focus) -> Vec<Label> {
    let lit = |e: EntityIx| {
        focus
            .entity
            .is_none_or(|f| f == e || focus.neighbours.contains(&e))
    };
    let mut order: Vec<usize> = (0..graph.nodes.len().min(layout.positions.len())).collect();
    let rank = |i: usize| {
        let n = &graph.nodes[i];
        let kind = match n.kind {
            EntityKind::Organization => 0,
            EntityKind::State | EntityKind::Mediator => 1,
            _ => 2,
        };
        (
            !(focus.entity.is_some() && lit(n.entity)),
            kind,
            std::cmp::Reverse(n.mentions),
            n.entity,
        )
    };
    crate::sort::sort_by_key(&mut order, |&i| rank(i));
    let mut placed: Vec<Label> = Vec::new();
    for i in order {
        let (node, p) = (&graph.nodes[i], &layout.positions[i]);
        let e = corpus.entity(node.entity);
        let text = short_label(&e.name, &e.aliases, node.kind);
        let big = node.kind == EntityKind::Organization;
        let width = text.chars().count() as f64 * if big { 7.4 } else { LABEL_CHAR_W };
        let faded = !lit(node.entity) || node.status == NodeStatus::Left;
        let spots = [
            (p.x, p.y + p.r + 12.0),
            (p.x, p.y - p.r - 4.0),
            (p.x + p.r + 4.0 + width / 2.0, p.y + 4.0),
            (p.x - p.r - 4.0 - width / 2.0, p.y + 4.0),
        ];
        let free = spots
            .into_iter()
            .map(|(x, y)| Label {
                text: text.clone(),
                x,
                y,
                width,
                big,
                faded,
            })
            .find(|l| {
                !placed.iter().any(|o| o.hits(l))
                    && !layout.positions.iter().enumerate().any(|(j, q)| {
                        // Nor over another node's disc.
                        let (x0, y0, x1, y1) = l.bbox();
                        j != i
                            && q.x + q.r > x0
                            && q.x - q.r < x1
                            && q.y + q.r > y0
                            && q.y - q.r < y1
                    })
            });
        if let Some(label) = free {
            placed.push(label);
        }
    }
    placed
}

/// Labels stay short on the map: an acronym for long names, a surname for people.
fn short_label(name: &str, aliases: &[String], kind: EntityKind) -> String {
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

    #[test]
    fn placed_labels_never_overlap_on_the_real_map() {
        let corpus = corpus::seeds::repository();
        for round in std::iter::once(None).chain((0..corpus.articles.len()).map(Some)) {
            let graph = crate::map::graph_as_of(corpus, round, &vec![true; corpus.articles.len()]);
            let layout = crate::map::layout(&graph);
            let labels = place_labels(
                corpus,
                &graph,
                &layout,
                &Focus {
                    entity: None,
                    neighbours: &[],
                },
            );
            assert!(
                labels.len() * 2 > graph.nodes.len(),
                "most nodes keep a label"
            );
            for (i, a) in labels.iter().enumerate() {
                for b in &labels[i + 1..] {
                    assert!(!a.hits(b), "{} overlaps {}", a.text, b.text);
                }
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
