//! One sorting routine for the whole view layer.
//!
//! `slice::sort_by` is compiled anew for every element type and comparator: the views
//! sort in some sixty places, and the copies came to about 90 KB of the wasm bundle.
//! Here the order is found once, on indices, with the comparator behind `&dyn Fn`, and
//! the slice is then permuted in place. Stable, like `sort_by`; the views sort at most
//! a few thousand things, so the indirect calls cost nothing anyone could see.

use std::cmp::Ordering;

/// The stable order of `len` things compared by index.
fn order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..len).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

/// Rearranges `v` so that `v[i]` becomes what was at `order[i]`, following each cycle
/// of the permutation with swaps.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        if order[start] == DONE || order[start] == start {
            continue;
        }
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let idx = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, idx);
}

/// Sorts `v` by a key, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_library(mut v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            prop_assert_eq!(v, expected);
        }
    }

    #[test]
    fn empty_and_single_slices_are_sorted() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        let mut one = vec![3];
        sort(&mut one);
        assert_eq!(one, [3]);
    }
}
