//! When a reference is its round itself: an uncatalogued date within a few days of
//! its article's date is the meeting the article reports, not another event. Read by
//! the items and by the short labels alike, so it sits below both.

use corpus::date::PartialDate;

/// Uncatalogued references closer than this to their round are the round itself.
pub const SAME_ROUND_DAYS: i32 = 3;

/// Whole days between the periods two dates cover; 0 when they overlap.
pub fn days_apart(a: PartialDate, b: PartialDate) -> i32 {
    let (a0, a1) = (a.first_day_number(), a.end_day_number() - 1);
    let (b0, b1) = (b.first_day_number(), b.end_day_number() - 1);
    (b0 - a1).max(a0 - b1).max(0)
}
