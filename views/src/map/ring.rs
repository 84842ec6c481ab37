//! Placing discs on a ring: how large the ring must be, and where each disc goes.
//!
//! Clusters (a faction and its people) sit on a ring at angles they would like (a fixed
//! slot, or the barycentre of their neighbours). [`spread`] moves them as little as
//! possible, in the least-squares sense, so that neighbours on the ring do not overlap:
//! it cuts the circle at the widest gap and solves the resulting ordered problem
//! exactly with pool-adjacent-violators, which is linear-time and has no iteration
//! count to tune. Angles that already fit are returned untouched, bit for bit, which
//! is what keeps a faction in the same place from one round to the next.
//!
//! Neighbours on a ring are kept [`separation`] apart: the larger of their two widths,
//! not the mean. Two clusters then stand at least `2 max(radius) + gap` apart, so a
//! person on the rim of one cluster is always nearer its own centre than the other's;
//! with the mean they would merely not overlap, and a big faction's people could end
//! up nearer a small neighbour.

use std::f64::consts::TAU;

/// The angle a disc of bounding radius `radius` (plus half the gap on each side)
/// takes on a ring of radius `ring`.
pub fn angular_width(radius: f64, ring: f64, gap: f64) -> f64 {
    if ring <= 0.0 {
        return TAU;
    }
    2.0 * ((radius + gap / 2.0) / ring).clamp(0.0, 1.0).asin()
}

/// The angle neighbours of widths `a` and `b` keep between their centres.
pub fn separation(a: f64, b: f64) -> f64 {
    a.max(b)
}

/// The most the separations around a ring can add up to, whatever the order: each
/// width is the larger of at most its two pairs, so it is the sum of the `n` largest
/// of the widths counted twice each.
fn worst_turn(widths: &mut [f64]) -> f64 {
    crate::sort::sort_by(widths, |a, b| b.total_cmp(a));
    (0..widths.len()).map(|k| widths[k / 2]).sum()
}

/// The smallest ring radius (at least `min`) on which discs of these radii fit side
/// by side in any order. One disc or none needs no ring.
pub fn fit_radius(radii: &[f64], gap: f64, min: f64) -> f64 {
    if radii.len() < 2 {
        return min.max(0.0);
    }
    let largest = radii.iter().copied().fold(0.0, f64::max);
    let around: f64 = radii.iter().map(|r| 2.0 * r + gap).sum();
    let mut ring = min.max(largest + gap / 2.0).max(around / TAU);
    let mut widths = vec![0.0; radii.len()];
    // Widths shrink as the ring grows, so this ends (the cap guards bad input).
    for _ in 0..400 {
        for (w, &r) in widths.iter_mut().zip(radii) {
            *w = angular_width(r, ring, gap);
        }
        if worst_turn(&mut widths) <= TAU {
            break;
        }
        ring *= 1.03;
    }
    ring
}

/// Weighted circular mean of angles; `None` when there are none or they cancel out.
pub fn circular_mean(angles: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (mut s, mut c, mut w) = (0.0, 0.0, 0.0);
    for (angle, weight) in angles {
        s += weight * angle.sin();
        c += weight * angle.cos();
        w += weight;
    }
    (w > 0.0 && s.hypot(c) > 1e-9 * w).then(|| s.atan2(c))
}

/// Angles close to `desired` such that circular neighbours `i`, `j` are at least
/// `separation(widths[i], widths[j])` apart. The caller makes the ring large enough
/// (see [`fit_radius`]) that the separations add up to at most a full turn.
pub fn spread(desired: &[f64], widths: &[f64]) -> Vec<f64> {
    let n = desired.len().min(widths.len());
    if n < 2 {
        return desired[..n].to_vec();
    }
    let norm: Vec<f64> = desired[..n].iter().map(|a| a.rem_euclid(TAU)).collect();
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        norm[a].total_cmp(&norm[b]).then(a.cmp(&b))
    });
    let sep = |a: usize, b: usize| separation(widths[a], widths[b]);

    // Gaps between circular neighbours; gap k follows order[k].
    let gap = |k: usize| {
        let (a, b) = (order[k], order[(k + 1) % n]);
        let d = norm[b] - norm[a];
        if k + 1 == n { d + TAU } else { d }
    };
    // A hair of tolerance: anchored angles that fitted once must fit again exactly.
    let fits = (0..n).all(|k| gap(k) >= sep(order[k], order[(k + 1) % n]) - 1e-9);
    if fits {
        return desired[..n].to_vec();
    }

    // Cut after the widest gap and unroll the circle into a line.
    let widest = (0..n).fold(0, |best, k| if gap(k) > gap(best) { k } else { best });
    let seq: Vec<usize> = (0..n).map(|j| order[(widest + 1 + j) % n]).collect();
    let start = widest + 1;
    let p: Vec<f64> = (0..n)
        .map(|j| {
            norm[seq[j]]
                + if start + j >= n && start < n {
                    TAU
                } else {
                    0.0
                }
        })
        .collect();
    let mut offset = vec![0.0; n];
    for j in 1..n {
        offset[j] = offset[j - 1] + sep(seq[j - 1], seq[j]);
    }
    let q: Vec<f64> = (0..n).map(|j| p[j] - offset[j]).collect();
    let y = isotonic(&q);
    let mut x: Vec<f64> = (0..n).map(|j| y[j] + offset[j]).collect();

    let wrap = sep(seq[n - 1], seq[0]);
    if x[0] + TAU - x[n - 1] < wrap {
        // Crowded all round: even spacing of the slack, placed to move least on average.
        let slack = (TAU - offset[n - 1] - wrap).max(0.0) / n as f64;
        let base = (0..n)
            .map(|j| p[j] - offset[j] - j as f64 * slack)
            .sum::<f64>()
            / n as f64;
        x = (0..n)
            .map(|j| base + offset[j] + j as f64 * slack)
            .collect();
    }
    let mut out = vec![0.0; n];
    for (j, &ix) in seq.iter().enumerate() {
        out[ix] = x[j];
    }
    out
}

/// Least-squares non-decreasing fit of `q` (pool adjacent violators, equal weights).
fn isotonic(q: &[f64]) -> Vec<f64> {
    // Blocks of (sum, count); merged while a block's mean falls below the previous one.
    let mut blocks: Vec<(f64, usize)> = Vec::with_capacity(q.len());
    for &v in q {
        blocks.push((v, 1));
        while blocks.len() > 1 {
            let (s2, c2) = blocks[blocks.len() - 1];
            let (s1, c1) = blocks[blocks.len() - 2];
            if s1 / c1 as f64 <= s2 / c2 as f64 {
                break;
            }
            blocks.pop();
            let last = blocks.len() - 1;
            blocks[last] = (s1 + s2, c1 + c2);
        }
    }
    blocks
        .into_iter()
        .flat_map(|(s, c)| std::iter::repeat_n(s / c as f64, c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn circular_gaps_ok(angles: &[f64], widths: &[f64]) -> bool {
        let n = angles.len();
        let mut ix: Vec<usize> = (0..n).collect();
        let norm: Vec<f64> = angles.iter().map(|a| a.rem_euclid(TAU)).collect();
        ix.sort_by(|&a, &b| norm[a].total_cmp(&norm[b]));
        (0..n).all(|k| {
            let (a, b) = (ix[k], ix[(k + 1) % n]);
            let d = (norm[b] - norm[a]).rem_euclid(TAU);
            let d = if n == 1 { TAU } else { d };
            d + 1e-9 >= separation(widths[a], widths[b])
        })
    }

    #[test]
    fn angles_that_fit_are_returned_unchanged() {
        let desired = [0.1, 2.0, 4.0];
        assert_eq!(spread(&desired, &[0.5, 0.5, 0.5]), desired);
    }

    #[test]
    fn crowded_angles_are_pushed_apart_symmetrically() {
        let out = spread(&[1.0, 1.0, 1.0], &[0.4, 0.4, 0.4]);
        assert!(circular_gaps_ok(&out, &[0.4; 3]), "{out:?}");
        let mean = out.iter().sum::<f64>() / 3.0;
        assert!((mean - 1.0).abs() < 1e-9, "{out:?}");
    }

    #[test]
    fn a_full_ring_wraps_around_zero() {
        let widths = [1.0; 6];
        let out = spread(&[6.2, 0.0, 0.1, 6.25, 3.0, 3.1], &widths);
        assert!(circular_gaps_ok(&out, &widths), "{out:?}");
    }

    #[test]
    fn fitted_radius_makes_room_for_every_disc() {
        let radii = [40.0, 10.0, 10.0, 25.0, 60.0];
        let ring = fit_radius(&radii, 6.0, 0.0);
        let w: Vec<f64> = radii.iter().map(|&r| angular_width(r, ring, 6.0)).collect();
        // The worst order alternates large and small discs.
        let worst = [w[4], w[1], w[0], w[2], w[3]];
        let total: f64 = (0..5)
            .map(|k| separation(worst[k], worst[(k + 1) % 5]))
            .sum();
        assert!(total <= TAU, "{total}");
        assert_eq!(fit_radius(&[30.0], 6.0, 0.0), 0.0);
    }

    #[test]
    fn circular_mean_handles_the_wrap_and_cancellation() {
        let m = circular_mean([(0.1, 1.0), (TAU - 0.1, 1.0)]).unwrap();
        assert!(m.abs() < 1e-9, "{m}");
        assert_eq!(
            circular_mean([(0.0, 1.0), (std::f64::consts::PI, 1.0)]),
            None
        );
        assert_eq!(circular_mean(std::iter::empty()), None);
    }
}
