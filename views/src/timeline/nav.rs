//! Keyboard movement between timeline items, as pure functions.
//!
//! The view keeps the focused item's index; these helpers say where a key takes it.
//! Moving never wraps (an end is an end) and Home/End are just steps too large to
//! take, so one function covers arrows and ends. After a move the view calls
//! [`ensure_visible`] with the item's first day.
//!
//! Choices made here: with no current item, a forward step counts from before the
//! first item and a backward one from after the last; a current item hidden by a
//! filter counts from where it would sit in time order (`order` is ascending by item
//! index, which is time order, see [`super::items::time_order`]).

use super::scale::{DAY_MAX, DAY_MIN, TimeScale};

/// Pans the least so that `day` lies inside the view, a small inset (5% of the
/// width, at most 24 px) away from its edges; the span is kept.
pub fn ensure_visible(scale: &TimeScale, day: f64) -> TimeScale {
    let scale = TimeScale::new(scale.start, scale.end, scale.width);
    if !day.is_finite() {
        return scale;
    }
    let day = day.clamp(DAY_MIN, DAY_MAX);
    let ppd = scale.px_per_day();
    let inset = if ppd > 0.0 {
        (scale.width * 0.05).min(24.0) / ppd
    } else {
        0.0
    };
    let shift = if day < scale.start + inset {
        day - inset - scale.start
    } else if day > scale.end - inset {
        day + inset - scale.end
    } else {
        0.0
    };
    TimeScale::new(scale.start + shift, scale.end + shift, scale.width)
}

/// How many items a key moves the focus: arrows one, Home and End to the ends.
/// Zoom and pan keys belong to the shared pan-zoom handling (`crate::pan_zoom`).
pub fn key_step(key: &str) -> Option<i32> {
    Some(match key {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        "Home" => i32::MIN,
        "End" => i32::MAX,
        _ => return None,
    })
}

/// The item `step` places from `current` in `order` (item indexes in time order),
/// stopping at the ends; `None` for an empty order, or for a step of 0 with no
/// current item in the order.
pub fn next_item(order: &[usize], current: Option<usize>, step: i32) -> Option<usize> {
    let last = order.len().checked_sub(1)? as i64;
    let step = step as i64;
    let target = match current {
        Some(c) => match order.iter().position(|&i| i == c) {
            Some(p) => p as i64 + step,
            None if step == 0 => return None,
            None => {
                let p = order.partition_point(|&i| i < c) as i64;
                if step > 0 { p + step - 1 } else { p + step }
            }
        },
        None if step == 0 => return None,
        None if step > 0 => step - 1,
        None => last + 1 + step,
    };
    order.get(target.clamp(0, last) as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ensure_visible_pans_the_least() {
        let s = TimeScale::new(1000.0, 1100.0, 1000.0);
        assert_eq!(ensure_visible(&s, 1050.0), s, "already visible");
        let right = ensure_visible(&s, 1200.0);
        assert_eq!(right.span(), s.span());
        assert!((right.x(1200.0) - (1000.0 - 24.0)).abs() < 1e-9);
        let left = ensure_visible(&s, 900.0);
        assert!((left.x(900.0) - 24.0).abs() < 1e-9);
        assert_eq!(ensure_visible(&s, f64::NAN), s);
    }

    #[test]
    fn arrows_step_and_stop_at_the_ends() {
        let order = [2, 5, 7];
        assert_eq!(next_item(&order, Some(5), 1), Some(7));
        assert_eq!(next_item(&order, Some(5), -1), Some(2));
        assert_eq!(next_item(&order, Some(7), 1), Some(7), "no wrap");
        assert_eq!(next_item(&order, Some(2), -1), Some(2));
        assert_eq!(next_item(&order, Some(5), i32::MIN), Some(2), "Home");
        assert_eq!(next_item(&order, Some(5), i32::MAX), Some(7), "End");
        assert_eq!(next_item(&order, Some(5), 0), Some(5));
    }

    #[test]
    fn starts_from_the_ends_or_where_a_hidden_item_sits() {
        let order = [2, 5, 7];
        assert_eq!(next_item(&order, None, 1), Some(2));
        assert_eq!(next_item(&order, None, -1), Some(7));
        assert_eq!(next_item(&order, None, 0), None);
        assert_eq!(next_item(&order, Some(6), 1), Some(7));
        assert_eq!(next_item(&order, Some(6), -1), Some(5));
        assert_eq!(next_item(&order, Some(99), 1), Some(7));
        assert_eq!(next_item(&[], Some(1), 1), None);
    }

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(key_step("Home"), Some(i32::MIN));
        assert_eq!(key_step("ArrowLeft"), Some(-1));
        assert_eq!(key_step("+"), None);
        assert_eq!(key_step("a"), None);
    }
}
