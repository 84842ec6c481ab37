//! The order of the factions around the inner ring, chosen to reduce edge crossings.
//!
//! Crossings on a map of rings are decided almost entirely by the cyclic order of the
//! inner ring (the outer ring follows its neighbours' barycentres). So the order is
//! searched directly: a few barycentre passes (each faction moves toward the mean angle
//! of whatever it is related to), then sweeps of adjacent swaps, every candidate scored
//! by counting the crossings of the straight edges it would actually produce, keeping
//! the best. All of it is deterministic (stable sorts with index tie-breaks, fixed pass
//! counts), and bounded: the scoring is quadratic in the number of linked cluster
//! pairs, so very large graphs get the barycentre passes only.

use super::ring::circular_mean;

const BARYCENTRE_PASSES: usize = 8;
const SWAP_SWEEPS: usize = 4;
/// Above this many linked cluster pairs, scoring a candidate costs more than it buys.
const MAX_SCORED_LINKS: usize = 1500;
const MAX_SWAPPED_CLUSTERS: usize = 64;

/// Weighted number of proper crossings between links drawn as straight segments
/// between cluster centres (links sharing a cluster never count).
pub fn crossings(points: &[(f64, f64)], links: &[(usize, usize, f64)]) -> f64 {
    let seg: Vec<_> = links
        .iter()
        .filter_map(|&(a, b, w)| Some((a, b, *points.get(a)?, *points.get(b)?, w)))
        .collect();
    let mut total = 0.0;
    for (i, &(a, b, p, q, w1)) in seg.iter().enumerate() {
        for &(c, d, r, s, w2) in &seg[i + 1..] {
            if a != c && a != d && b != c && b != d && segments_cross(p, q, r, s) {
                total += w1 * w2;
            }
        }
    }
    total
}

fn orient(p: (f64, f64), q: (f64, f64), r: (f64, f64)) -> f64 {
    (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
}

fn segments_cross(p: (f64, f64), q: (f64, f64), r: (f64, f64), s: (f64, f64)) -> bool {
    let (d1, d2) = (orient(p, q, r), orient(p, q, s));
    let (d3, d4) = (orient(r, s, p), orient(r, s, q));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// One barycentre pass: each cluster of `order` sorted by the mean angle of its linked
/// clusters (its own angle counting a little, so unlinked ones hold their place).
fn barycentre_order(
    order: &[usize],
    points: &[(f64, f64)],
    links: &[(usize, usize, f64)],
) -> Vec<usize> {
    let angle = |c: usize| points.get(c).map_or(0.0, |p| p.1.atan2(p.0));
    let mut keyed: Vec<(f64, usize)> = order
        .iter()
        .map(|&c| {
            let neighbours = links.iter().filter_map(|&(a, b, w)| {
                let other = if a == c {
                    b
                } else if b == c {
                    a
                } else {
                    return None;
                };
                Some((angle(other), w))
            });
            let own = std::iter::once((angle(c), 0.5));
            (circular_mean(neighbours.chain(own)).unwrap_or(angle(c)), c)
        })
        .collect();
    crate::sort::sort_by(&mut keyed, |x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
    keyed.into_iter().map(|(_, c)| c).collect()
}

/// The best cyclic order found for `initial`, given `place`, which maps an inner order
/// to every cluster's centre.
pub fn best_order(
    initial: Vec<usize>,
    links: &[(usize, usize, f64)],
    place: impl Fn(&[usize]) -> Vec<(f64, f64)>,
) -> Vec<usize> {
    if initial.len() < 3 || links.is_empty() {
        return initial;
    }
    let scored = links.len() <= MAX_SCORED_LINKS;
    let score = |order: &[usize]| {
        if scored {
            crossings(&place(order), links)
        } else {
            0.0
        }
    };
    let mut best = initial.clone();
    let mut best_score = score(&best);
    let mut current = initial;
    for _ in 0..BARYCENTRE_PASSES {
        let next = barycentre_order(&current, &place(&current), links);
        if next == current {
            break;
        }
        current = next;
        let s = score(&current);
        // Without scoring, the last pass wins; with it, only a strict improvement.
        if !scored || s < best_score {
            best = current.clone();
            best_score = s;
        }
    }
    // With three clusters every cyclic order is a rotation or a mirror: nothing to swap.
    let n = best.len();
    if !scored || n <= 3 || n > MAX_SWAPPED_CLUSTERS {
        return best;
    }
    for _ in 0..SWAP_SWEEPS {
        let mut improved = false;
        for k in 0..n {
            best.swap(k, (k + 1) % n);
            let s = score(&best);
            if s < best_score {
                best_score = s;
                improved = true;
            } else {
                best.swap(k, (k + 1) % n);
            }
        }
        if !improved || best_score == 0.0 {
            break;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_diagonals_count_once_and_shared_ends_never() {
        let square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)];
        assert_eq!(crossings(&square, &[(0, 2, 1.0), (1, 3, 2.0)]), 2.0);
        assert_eq!(crossings(&square, &[(0, 1, 1.0), (0, 2, 1.0)]), 0.0);
        assert_eq!(crossings(&square, &[(0, 1, 1.0), (2, 3, 1.0)]), 0.0);
    }

    #[test]
    fn a_crossed_ring_is_untangled() {
        // Six clusters on a ring linked as a cycle 0-3-1-4-2-5-0: the identity order
        // crosses; some order draws the cycle with no crossing at all.
        let links = [
            (0, 3, 1.0),
            (1, 3, 1.0),
            (1, 4, 1.0),
            (2, 4, 1.0),
            (2, 5, 1.0),
            (0, 5, 1.0),
        ];
        let place = |order: &[usize]| {
            let mut pts = vec![(0.0, 0.0); 6];
            for (k, &c) in order.iter().enumerate() {
                let a = std::f64::consts::TAU * k as f64 / 6.0;
                pts[c] = (a.cos(), a.sin());
            }
            pts
        };
        assert!(crossings(&place(&[0, 1, 2, 3, 4, 5]), &links) > 0.0);
        let best = best_order(vec![0, 1, 2, 3, 4, 5], &links, place);
        assert_eq!(crossings(&place(&best), &links), 0.0, "{best:?}");
    }
}
