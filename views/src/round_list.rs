//! Which rounds a select of rounds lists (the map's "As of", the comparison's
//! pickers): every round while the corpus is small, and past [`LIST_ALL_UP_TO`] a
//! window around the chosen round plus every `stride`-th round, so a page carries
//! about 2√n options instead of n (at 1,000 articles some 64, not 1,000 per select).
//!
//! Why a window and not a text field with a `<datalist>`: a `<datalist>` of every round
//! weighs as much as the select did, and a select keeps the platform's keyboard and
//! screen-reader behaviour and shows the chosen round without script. The window is
//! `stride` wide, so any round is at most two choices away: the listed round nearest
//! it, then itself among that one's neighbours (the app redraws the select around
//! each choice). A note named by `aria-describedby` says which rounds are listed.

/// Corpora of at most this many rounds list every round.
pub const LIST_ALL_UP_TO: usize = 60;

/// The rounds listed, in date order (indexes into `corpus.articles`, `< count`): all
/// of them up to [`LIST_ALL_UP_TO`]; past it the first and the last, every
/// [`stride`]-th, those within half a stride of each index of `around`, and `keep`'s.
/// Indexes out of range are ignored.
pub fn listed(count: usize, around: &[usize], keep: impl Fn(usize) -> bool) -> Vec<usize> {
    if count <= LIST_ALL_UP_TO {
        return (0..count).collect();
    }
    let stride = stride(count);
    let half = stride / 2;
    let near = |i: usize| around.iter().any(|&c| c < count && i.abs_diff(c) <= half);
    (0..count)
        .filter(|&i| i % stride == 0 || i + 1 == count || near(i) || keep(i))
        .collect()
}

/// The step between the rounds listed far from the chosen ones: ⌈√count⌉, at least 1.
pub fn stride(count: usize) -> usize {
    let mut s = (count as f64).sqrt().ceil() as usize;
    // Float rounding must not leave the window narrower than the gaps.
    while s * s < count {
        s += 1;
    }
    s.max(1)
}

/// What the note beside a windowed select says, or `None` when every round is listed.
pub fn note(count: usize) -> Option<String> {
    (count > LIST_ALL_UP_TO).then(|| {
        let stride = stride(count);
        format!(
            "Not all {count} rounds are listed: the {} either side of the one chosen, and one in every {stride}. Choose a round to list those near it.",
            stride / 2
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_corpus_lists_every_round() {
        assert_eq!(listed(5, &[2], |_| false), vec![0, 1, 2, 3, 4]);
        assert_eq!(listed(0, &[], |_| false), Vec::<usize>::new());
        assert_eq!(listed(LIST_ALL_UP_TO, &[], |_| false).len(), LIST_ALL_UP_TO);
        assert_eq!(note(LIST_ALL_UP_TO), None);
    }

    #[test]
    fn a_large_corpus_lists_a_window_and_every_stride_th_round() {
        let n = 1000;
        assert_eq!(stride(n), 32);
        let list = listed(n, &[500], |_| false);
        assert!(list.len() < 80, "{} listed", list.len());
        assert!(
            list.windows(2).all(|w| w[0] < w[1]),
            "date order, no repeats"
        );
        assert_eq!((list[0], *list.last().unwrap()), (0, n - 1));
        // The chosen round and its 16 neighbours on each side.
        assert!((484..=516).all(|i| list.contains(&i)));
        assert!(!list.contains(&483) && !list.contains(&517));
        assert!(list.contains(&32) && list.contains(&960));
        assert_eq!(
            note(n).as_deref(),
            Some(
                "Not all 1000 rounds are listed: the 16 either side of the one chosen, and one in every 32. Choose a round to list those near it."
            )
        );
    }

    #[test]
    fn any_round_is_two_choices_away() {
        for n in [61, 100, 999, 1000, 4321] {
            let first = listed(n, &[0], |_| false);
            for target in 0..n {
                // The listed round nearest the target, then the window around it.
                let step = *first.iter().min_by_key(|&&i| i.abs_diff(target)).unwrap();
                assert!(
                    listed(n, &[step], |_| false).contains(&target),
                    "n={n}: round {target} not listed around {step}"
                );
            }
        }
    }

    #[test]
    fn kept_rounds_are_listed_and_out_of_range_is_ignored() {
        let list = listed(1000, &[5000], |i| i == 777);
        assert!(list.contains(&777));
        assert!(list.iter().all(|&i| i < 1000));
    }
}
