//! How wide a label is drawn, and where it wraps: the label layout's only knowledge
//! of type.
//!
//! Widths come from a table of DejaVu Sans Bold's advance widths (what Chromium draws
//! `system-ui` bold with on a Debian machine, the widest of the sans faces the page
//! falls back to: Segoe UI, San Francisco, Roboto and Noto Sans are all narrower), so
//! an estimate is an upper bound for any of them, regular or bold, and a label never
//! runs past the box the layout gave it. Characters outside printable ASCII count as
//! a wide lowercase letter, or as a full em for punctuation, arrows, symbols and CJK
//! (by code point range: Unicode's property tables would weigh more in the front
//! page's wasm than this whole module).
//!
//! A label wraps at spaces into the fewest lines (at most [`MAX_LINES`]) of at most
//! [`LINE_MAX_PX`], balanced so that its lines are about equally long; a word is never
//! cut. A label too long for that many lines of that width gets the widest lines it
//! needs rather than a cut.

/// Advance widths of DejaVu Sans Bold, in thousandths of an em, for `' '..='~'`
/// (measured in Chromium with a canvas at 1000 px).
#[rustfmt::skip]
const BOLD_ASCII: [u16; 95] = [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
    1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
    733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
    500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
    716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/// A letter outside ASCII ("é", "ü", an Arabic letter): as wide as a wide lowercase one.
const OTHER_LETTER: u16 = 720;
/// Anything else outside ASCII (dashes, quotes, arrows, the ellipsis): a full em at most.
const OTHER: u16 = 1000;

/// The longest line a wrapped label is given, in pixels.
pub const LINE_MAX_PX: f64 = 280.0;
/// The most lines a label wraps into before its lines grow wider than [`LINE_MAX_PX`].
pub const MAX_LINES: usize = 3;

/// The width of `text` drawn at `size_px`, at most what any of the page's sans faces
/// draws it at.
pub fn text_width(text: &str, size_px: f64) -> f64 {
    let size = if size_px.is_finite() {
        size_px.max(0.0)
    } else {
        0.0
    };
    let milli: u64 = text.chars().map(|c| u64::from(char_width(c))).sum();
    milli as f64 * size / 1000.0
}

fn char_width(c: char) -> u16 {
    match c as u32 {
        0x20..=0x7e => BOLD_ASCII[c as usize - 0x20],
        // Controls and the no-break space: a space.
        0x00..=0x1f | 0x7f..=0xa0 => BOLD_ASCII[0],
        // General punctuation to the symbols (dashes, quotes, '…', arrows), and CJK on.
        0x2000..=0x2bff | 0x2e80.. => OTHER,
        _ => OTHER_LETTER,
    }
}

/// `label` in the fewest balanced lines of at most `max_line_px` (see the module),
/// never more than `max_lines` (at least 1); white space is collapsed.
pub fn wrap(label: &str, size_px: f64, max_line_px: f64, max_lines: usize) -> Vec<String> {
    let words: Vec<&str> = label
        .split(|c: char| c.is_ascii_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return vec![String::new()];
    }
    let widths: Vec<f64> = words.iter().map(|w| text_width(w, size_px)).collect();
    let space = text_width(" ", size_px);
    let max_lines = max_lines.clamp(1, words.len());
    let mut best = vec![words.len()];
    for n in 1..=max_lines {
        let (breaks, widest) = balanced(&widths, space, n);
        best = breaks;
        if widest <= max_line_px {
            break;
        }
    }
    let mut lines = Vec::with_capacity(best.len());
    let mut from = 0;
    for to in best {
        lines.push(words[from..to].join(" "));
        from = to;
    }
    lines
}

/// The ends of `n` lines (word indexes, exclusive) that make the widest line the
/// narrowest, and that width. Exhaustive over break points: labels have a few dozen
/// words at most and `n` is small.
fn balanced(widths: &[f64], space: f64, n: usize) -> (Vec<usize>, f64) {
    let line = |from: usize, to: usize| {
        widths[from..to].iter().sum::<f64>() + space * (to - from - 1) as f64
    };
    // best[k][i]: the narrowest widest line for the first i words in k + 1 lines.
    let len = widths.len();
    let mut best = vec![vec![(f64::INFINITY, 0usize); len + 1]; n];
    for (i, cell) in best[0].iter_mut().enumerate().skip(1) {
        *cell = (line(0, i), 0);
    }
    for k in 1..n {
        for i in (k + 1)..=len {
            for j in k..i {
                let widest = best[k - 1][j].0.max(line(j, i));
                if widest < best[k][i].0 {
                    best[k][i] = (widest, j);
                }
            }
        }
    }
    let mut ends = vec![len];
    let mut i = len;
    for k in (1..n).rev() {
        i = best[k][i].1;
        ends.push(i);
    }
    ends.reverse();
    (ends, best[n - 1][len].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_the_table_and_scale_with_the_size() {
        assert_eq!(text_width("", 12.0), 0.0);
        // "W" is 1103/1000 em, "i" 343/1000.
        assert!((text_width("Wi", 1000.0) - 1446.0).abs() < 1e-9);
        assert!((text_width("Wi", 12.0) - 1446.0 * 0.012).abs() < 1e-9);
        assert!(text_width("é", 12.0) > text_width("e", 12.0));
        assert_eq!(text_width("…", 10.0), 10.0);
        assert_eq!(text_width("abc", f64::NAN), 0.0);
    }

    #[test]
    fn a_short_label_stays_on_one_line() {
        assert_eq!(wrap("Cairo talks", 12.0, 240.0, 3), ["Cairo talks"]);
        assert_eq!(wrap("  ", 12.0, 240.0, 3), [""]);
    }

    #[test]
    fn a_long_label_wraps_into_balanced_lines_within_the_width() {
        let label = "UN General Assembly makes Palestine a non-member observer state";
        let lines = wrap(label, 12.0, LINE_MAX_PX, MAX_LINES);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines.join(" "), label);
        for l in &lines {
            assert!(text_width(l, 12.0) <= LINE_MAX_PX, "{l}");
        }
        assert_eq!(
            wrap(label, 12.0, 200.0, 3).len(),
            3,
            "narrower lines, more of them"
        );
        // Balanced: the two lines differ by less than a long word.
        let (a, b) = (text_width(&lines[0], 12.0), text_width(&lines[1], 12.0));
        assert!((a - b).abs() < text_width("Assembly ", 12.0), "{lines:?}");
    }

    #[test]
    fn too_long_for_the_lines_it_grows_wider_never_cut() {
        let label = "Abbas and Mashaal meet in Cairo under Arab League mediation to revive the 2011 pact and more";
        let lines = wrap(label, 13.0, 150.0, 3);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines.join(" "), label);
        let one_word = wrap("Supercalifragilistic", 12.0, 20.0, 3);
        assert_eq!(one_word, ["Supercalifragilistic"]);
        assert_eq!(wrap("a b", 12.0, 1.0, 0), ["a b"], "at least one line");
    }
}
