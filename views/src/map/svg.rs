//! The faction map as SVG markup: typed, styled edges under shaped, coloured nodes,
//! labels on top. Positions come from `crate::map::layout_anchored`; where the labels
//! go is `crate::map::labels`.
//!
//! Shapes tell kinds apart without colour: organizations are large discs, people
//! small rings, states squares, mediating bodies diamonds. Edge kinds differ by line
//! style as well as hue (solid, dashed, dotted, dash-dot; directed kinds carry an
//! arrowhead), so no two kinds look alike in grey. With a focus, what is not around it
//! steps back to the palette's `context` grey, still 3:1 against the paper.
//!
//! Everything that paints is a presentation attribute, never a `<style>` element or a
//! `style` attribute: the page's Content-Security-Policy allows no inline style, and an
//! exported SVG keeps its look (and its scheme, named in its `<desc>` and
//! `data-scheme`) without the page's stylesheet.

use super::labels::{Label, Look, place_labels};
use super::ui::Focus;
use crate::entity::Swatch;
use crate::hit::Hit;
use crate::map::hit::MapHit;
use crate::map::{Graph, Layout, NodeStatus, Position};
use crate::markup::{esc, px};
use crate::palette::{Scheme, edge_colour, role};
use corpus::Corpus;
use corpus::model::{EntityIx, EntityKind, RelationKind};
use std::fmt::Write;

/// How an edge kind's line is drawn besides its hue: width, dash pattern, arrowhead.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeStyle {
    pub width: f64,
    /// `stroke-dasharray`, empty for a solid line.
    pub dash: &'static str,
    pub arrow: bool,
}

/// Solid for the two lasting ties (alliance, membership), dashed for rivalry and
/// mediation, dotted for designation, dash-dot for war; arrowheads on directed kinds.
/// Leadership is a heavier solid line than membership, with its own hue.
pub fn edge_style(kind: RelationKind) -> EdgeStyle {
    let (width, dash) = match kind {
        RelationKind::Rivalry => (2.5, "9 4"),
        RelationKind::Alliance => (3.0, ""),
        RelationKind::Mediation => (2.0, "5 4"),
        RelationKind::Membership => (1.5, ""),
        RelationKind::Leadership => (3.0, ""),
        RelationKind::Designation => (2.5, "1 4"),
        RelationKind::War => (3.0, "10 3 2 3"),
    };
    EdgeStyle {
        width,
        dash,
        arrow: !kind.is_symmetric(),
    }
}

/// The `stroke-…` attributes of an edge kind's line in a colour (also the legend's).
pub fn edge_stroke(kind: RelationKind, colour: &str) -> String {
    let style = edge_style(kind);
    let mut s = format!(r#" stroke="{colour}" stroke-width="{}""#, style.width);
    if !style.dash.is_empty() {
        // A dotted line is round dots, not squares.
        let cap = if kind == RelationKind::Designation {
            r#" stroke-linecap="round""#
        } else {
            ""
        };
        let _ = write!(s, r#" stroke-dasharray="{}"{cap}"#, style.dash);
    }
    s
}

/// The `<svg>` inner markup (what it is, its paper, defs, edges, nodes, labels).
pub fn map_svg(
    corpus: &Corpus,
    graph: &Graph,
    layout: &Layout,
    focus: &Focus,
    look: &Look,
) -> String {
    let mut s = String::with_capacity(16 * 1024);
    let scheme = look.scheme;
    // The paper, well past any view a zoom or a pan can reach, so an export has it.
    let (w, h) = (layout.width.max(1.0), layout.height.max(1.0));
    let _ = write!(
        s,
        r#"<desc>Cairo Talks, faction map, {name} colour scheme</desc><rect class="map-paper" x="{x}" y="{y}" width="{w5}" height="{h5}" fill="{paper}"/>"#,
        name = scheme.as_str(),
        x = px(-2.0 * w),
        y = px(-2.0 * h),
        w5 = px(5.0 * w),
        h5 = px(5.0 * h),
        paper = role("paper", scheme),
    );
    markers(&mut s, scheme);
    s.push_str(r#"<g class="edges">"#);
    for i in 0..graph.edges.len() {
        edge(&mut s, corpus, graph, layout, focus, scheme, i);
    }
    s.push_str("</g><g class=\"nodes\">");
    for (node, p) in graph.nodes.iter().zip(&layout.positions) {
        node_markup(&mut s, corpus, node, p, focus, scheme);
    }
    let labels = place_labels(corpus, graph, layout, focus, look);
    leaders(&mut s, &labels, look);
    // The labels' look, inherited from their group; the paper's stroke under the fill
    // keeps a label readable over lines. Sizes are the screen's pixels in layout units.
    let _ = write!(
        s,
        r#"</g><g class="labels" aria-hidden="true" pointer-events="none" font-family="system-ui,sans-serif" font-weight="700" fill="{ink}" paint-order="stroke" stroke="{paper}" stroke-width="{halo}" stroke-linejoin="round">"#,
        ink = role("ink", scheme),
        paper = role("paper", scheme),
        halo = look.units(3.0),
    );
    for label in labels {
        let _ = write!(
            s,
            r#"<text class="map-label{big}" x="{x}" y="{y}" font-size="{size}" text-anchor="middle"{soft}>{text}</text>"#,
            big = if label.big { " big" } else { "" },
            size = look.units(label.px),
            soft = if label.faded {
                format!(r#" fill="{}""#, role("ink-soft", scheme))
            } else {
                String::new()
            },
            x = px(label.x),
            y = px(label.y),
            text = esc(&label.text),
        );
    }
    s.push_str("</g>");
    s
}

/// The thin lines that tie a label set further out to its node.
fn leaders(s: &mut String, labels: &[Label], look: &Look) {
    let _ = write!(
        s,
        r#"<g class="leaders" aria-hidden="true" pointer-events="none" stroke="{}" stroke-width="{}">"#,
        role("ink-soft", look.scheme),
        look.units(1.0)
    );
    for (x1, y1, x2, y2) in labels.iter().filter_map(|l| l.leader) {
        let _ = write!(
            s,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            px(x1),
            px(y1),
            px(x2),
            px(y2)
        );
    }
    s.push_str("</g>");
}

/// Arrowheads: one per directed kind in its hue, and one in the context grey.
fn markers(s: &mut String, scheme: Scheme) {
    s.push_str("<defs>");
    let directed = RelationKind::ALL.into_iter().filter(|k| !k.is_symmetric());
    let heads = directed
        .map(|k| (k.as_str(), edge_colour(k, scheme)))
        .chain([("context", role("context", scheme))]);
    for (name, colour) in heads {
        let _ = write!(
            s,
            r#"<marker id="arrow-{name}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="{colour}"/></marker>"#,
        );
    }
    s.push_str("</defs>");
}

fn edge(
    s: &mut String,
    corpus: &Corpus,
    graph: &Graph,
    layout: &Layout,
    focus: &Focus,
    scheme: Scheme,
    i: usize,
) {
    let edge = &graph.edges[i];
    let pos = |e: EntityIx| graph.node_ix(e).and_then(|i| layout.positions.get(i));
    let (Some(a), Some(b)) = (pos(edge.source), pos(edge.target)) else {
        return;
    };
    // Stop lines at the rims so arrowheads stay visible.
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    let (x1, y1) = (a.x + ux * a.r, a.y + uy * a.r);
    let (x2, y2) = (b.x - ux * (b.r + 2.0), b.y - uy * (b.r + 2.0));
    let dimmed = focus.entity.is_some_and(|f| !edge.touches(f));
    let (colour, head) = if dimmed {
        (role("context", scheme), "context")
    } else {
        (edge_colour(edge.kind, scheme), edge.kind.as_str())
    };
    let marker = if edge.kind.is_symmetric() {
        String::new()
    } else {
        format!(r#" marker-end="url(#arrow-{head})""#)
    };
    let (src, tgt) = (corpus.entity(edge.source), corpus.entity(edge.target));
    let _ = write!(
        s,
        r#"<g id="map-edge-{i}" class="edge{dim}" data-testid="map-edge" data-kind="{kind}" data-source="{sid}" data-target="{tid}" data-edge="{i}"{hit} tabindex="0" role="button" aria-label="{label}: {sname} and {tname}, {n} sentence{plural}"><line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="transparent" stroke-width="12"/><line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"{stroke}{marker}/></g>"#,
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
        x1 = px(x1),
        y1 = px(y1),
        x2 = px(x2),
        y2 = px(y2),
        stroke = edge_stroke(edge.kind, colour),
    );
}

/// A node's shape in its colour; a node gone since the previous round is its
/// outline only, dashed.
fn shape(
    kind: EntityKind,
    (x, y, r): (i64, i64, i64),
    colour: &str,
    gone: bool,
    paper: &str,
) -> String {
    let paint = if gone {
        format!(r#" fill="{paper}" stroke="{colour}" stroke-width="2" stroke-dasharray="3 2""#)
    } else if kind == EntityKind::Person {
        format!(r#" fill="{paper}" stroke="{colour}" stroke-width="3""#)
    } else {
        format!(r#" fill="{colour}""#)
    };
    match kind {
        EntityKind::State => format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="3"{paint}/>"#,
            x - r,
            y - r,
            2 * r,
            2 * r
        ),
        EntityKind::Mediator => format!(
            r#"<path d="M{x} {}L{} {y}L{x} {}L{} {y}z"{paint}/>"#,
            y - r,
            x + r,
            y + r,
            x - r
        ),
        _ => format!(r#"<circle cx="{x}" cy="{y}" r="{r}"{paint}/>"#),
    }
}

fn node_markup(
    s: &mut String,
    corpus: &Corpus,
    node: &super::Node,
    p: &Position,
    focus: &Focus,
    scheme: Scheme,
) {
    let e = corpus.entity(node.entity);
    let lit = focus.lit(node.entity);
    let colour = if lit {
        Swatch::of(corpus, node.entity).hex(scheme)
    } else {
        role("context", scheme)
    };
    let (x, y, r) = (px(p.x), px(p.y), px(p.r).max(3));
    let gone = node.status == NodeStatus::Left;
    let mut rings = String::new();
    if node.status == NodeStatus::Entered {
        let _ = write!(
            rings,
            r#"<circle class="entered-ring" cx="{x}" cy="{y}" r="{}" fill="none" stroke="{}" stroke-width="2.5" stroke-dasharray="4 3"/>"#,
            r + 4,
            role("new", scheme)
        );
    }
    let focused = focus.entity == Some(node.entity);
    if focused {
        let _ = write!(
            rings,
            r#"<circle cx="{x}" cy="{y}" r="{}" fill="none" stroke="{}" stroke-width="3"/>"#,
            r + 7,
            role("accent", scheme)
        );
    }
    let status = match node.status {
        NodeStatus::Entered => "; new in this round",
        NodeStatus::Left => "; named in the previous round, not in this one",
        NodeStatus::Stayed => "",
    };
    let _ = write!(
        s,
        r#"<g id="map-node-{id}" class="node kind-{kind} status-{st}{dim}" data-testid="map-node" data-entity="{id}" data-status="{st}"{hit} tabindex="0" role="button" aria-pressed="{focused}" aria-label="{name}, {kind}, {m} mention{pl}{status}">{rings}{shape}<title>{name}: {desc}</title></g>"#,
        kind = node.kind.as_str(),
        st = node.status.as_str(),
        dim = if lit { "" } else { " dimmed" },
        id = esc(&e.id),
        hit = MapHit::Node(node.entity as usize).attr(),
        name = esc(&e.name),
        m = node.mentions,
        pl = if node.mentions == 1 { "" } else { "s" },
        desc = esc(&e.description),
        shape = shape(node.kind, (x, y, r), colour, gone, role("paper", scheme)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_relation_kinds_share_a_line_style() {
        for (i, a) in RelationKind::ALL.iter().enumerate() {
            for b in &RelationKind::ALL[i + 1..] {
                let (sa, sb) = (edge_style(*a), edge_style(*b));
                assert!(
                    (sa.dash, sa.arrow, sa.width.to_bits())
                        != (sb.dash, sb.arrow, sb.width.to_bits()),
                    "{a:?} and {b:?} look alike"
                );
                for scheme in Scheme::ALL {
                    assert_ne!(
                        edge_colour(*a, scheme),
                        edge_colour(*b, scheme),
                        "{a:?} {b:?}"
                    );
                }
            }
        }
        // Solid, dashed, dotted and arrowheads are all used.
        let styles: Vec<EdgeStyle> = RelationKind::ALL.map(edge_style).to_vec();
        assert!(styles.iter().any(|s| s.dash.is_empty()));
        assert!(styles.iter().any(|s| s.dash.starts_with("1 ")));
        assert!(
            styles
                .iter()
                .any(|s| s.dash.split(' ').count() == 2 && !s.dash.starts_with("1 "))
        );
        assert!(styles.iter().any(|s| s.arrow) && styles.iter().any(|s| !s.arrow));
    }
}
