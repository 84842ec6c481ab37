//! The safety net that guarantees no two discs overlap.
//!
//! The ring construction already keeps discs apart, so on real graphs this finds
//! nothing and moves nothing (and the stable positions survive). If something does
//! overlap (a bad graph, rounding), overlapping pairs are pushed apart along the line
//! between their centres for a bounded number of passes; if that has not settled, the
//! whole picture is scaled about the origin by just enough to separate every pair,
//! which always succeeds once centres are distinct. Candidate pairs come from a sweep
//! along x, so a pass costs about n log n rather than n².

/// Pairs `(i, j)`, `i < j`, closer than `r_i + r_j + gap`, in a deterministic order.
pub fn overlapping(points: &[(f64, f64)], radii: &[f64], gap: f64) -> Vec<(usize, usize)> {
    let n = points.len().min(radii.len());
    let max_r = radii[..n].iter().copied().fold(0.0, f64::max);
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        points[a].0.total_cmp(&points[b].0).then(a.cmp(&b))
    });
    let mut pairs = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let reach = points[i].0 + radii[i] + max_r + gap;
        for &j in &order[k + 1..] {
            if points[j].0 > reach {
                break;
            }
            let d = (points[i].0 - points[j].0).hypot(points[i].1 - points[j].1);
            // Rounding noise is not an overlap: discs built exactly touching-plus-gap
            // must not be nudged by an ulp (that would break stability across rounds).
            // Written so that a NaN distance counts as an overlap.
            let apart = d >= radii[i] + radii[j] + gap - TOLERANCE;
            if !apart {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs
}

/// Layout units (a canvas is hundreds wide): far below anything visible.
const TOLERANCE: f64 = 1e-6;
const PUSH_PASSES: usize = 60;
const GOLDEN_ANGLE: f64 = 2.399_963_229_728_653;

/// Moves `points` until every pair is at least `r_i + r_j + gap` apart.
pub fn separate(points: &mut [(f64, f64)], radii: &[f64], gap: f64) {
    for _ in 0..PUSH_PASSES {
        let pairs = overlapping(points, radii, gap);
        if pairs.is_empty() {
            return;
        }
        for (i, j) in pairs {
            let (dx, dy) = (points[j].0 - points[i].0, points[j].1 - points[i].1);
            let d = dx.hypot(dy);
            let need = radii[i] + radii[j] + gap;
            let (ux, uy) = if d > 1e-9 {
                (dx / d, dy / d)
            } else {
                // Coincident centres: a direction fixed by the pair, never random.
                let a = GOLDEN_ANGLE * (i * 31 + j) as f64;
                (a.cos(), a.sin())
            };
            let push = (need - d.min(need)) / 2.0 * 1.01;
            points[i] = (points[i].0 - ux * push, points[i].1 - uy * push);
            points[j] = (points[j].0 + ux * push, points[j].1 + uy * push);
        }
    }
    scale_apart(points, radii, gap);
}

/// Scales about the origin by the largest `need / distance` over overlapping pairs.
fn scale_apart(points: &mut [(f64, f64)], radii: &[f64], gap: f64) {
    for round in 0..8 {
        let pairs = overlapping(points, radii, gap);
        if pairs.is_empty() {
            return;
        }
        let mut factor: f64 = 1.0;
        for &(i, j) in &pairs {
            let d = (points[i].0 - points[j].0).hypot(points[i].1 - points[j].1);
            if d > 1e-9 {
                factor = factor.max((radii[i] + radii[j] + gap) / d);
            } else {
                let a = GOLDEN_ANGLE * (j + round) as f64;
                points[j] = (points[j].0 + a.cos(), points[j].1 + a.sin());
            }
        }
        let factor = factor * (1.0 + 1e-9);
        for p in points.iter_mut() {
            *p = (p.0 * factor, p.1 * factor);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pile_of_coincident_discs_is_separated() {
        let mut points = vec![(0.0, 0.0); 50];
        let radii: Vec<f64> = (0..50).map(|i| 5.0 + (i % 7) as f64).collect();
        separate(&mut points, &radii, 2.0);
        assert!(overlapping(&points, &radii, 2.0).is_empty());
        assert!(points.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
    }

    #[test]
    fn discs_already_apart_do_not_move() {
        let mut points = vec![(0.0, 0.0), (100.0, 0.0), (0.0, 100.0)];
        let before = points.clone();
        separate(&mut points, &[10.0, 10.0, 10.0], 2.0);
        assert_eq!(points, before);
    }
}
