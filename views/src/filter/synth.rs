//! A generated corpus of any size, for measuring filters (and anything else) against
//! the thousand-article budget of ARCHITECTURE.md section 8.
//!
//! It lives in the library rather than in a test so that the native tests, the
//! `filter_bench` example and a browser benchmark page all measure the same corpus.
//! Articles are copies of the real ones, with their annotations intact, so extraction
//! results stay realistic; only ids and dates change. Nothing here runs in the app
//! unless called, so link-time optimization leaves it out of the bundle.

use corpus::date::PartialDate;
use corpus::model::{Article, Corpus};

/// A corpus of `n` articles made from `seed`'s: copy `j` is seed article `j % len`
/// with id `{id}-g{j}` (the first round keeps the original ids) and every date it
/// carries (talks, publication, dated references) moved by a whole number of months
/// that differs from round to round, spreading the copies over about thirty years.
/// Entities, topics, framing terms and the catalogue are shared unchanged. Articles
/// are sorted by date, as in a compiled corpus. An empty seed gives a copy of itself.
pub fn scaled(seed: &Corpus, n: usize) -> Corpus {
    let mut out = Corpus {
        articles: Vec::with_capacity(n),
        ..seed.clone()
    };
    if seed.articles.is_empty() {
        out.articles = seed.articles.clone();
        return out;
    }
    let len = seed.articles.len();
    out.articles = (0..n)
        .map(|j| {
            let round = j / len;
            let mut a = seed.articles[j % len].clone();
            if round > 0 {
                a.id = format!("{}-g{j}", a.id);
                // Rounds step 7 months apart and wrap after 30 years, centred on the seed.
                let months = ((round * 7) % 360) as i32 - 180;
                shift_article(&mut a, months);
            }
            a
        })
        .collect();
    out.articles.sort_by_key(|a| a.date());
    out
}

fn shift_article(a: &mut Article, months: i32) {
    for d in [&mut a.talks.value, &mut a.published.value] {
        *d = d.map(|d| shift(d, months));
    }
    for r in &mut a.events {
        r.date = shift(r.date, months);
    }
}

/// `d` moved by `months`, at its own precision: a year moves by whole years, a day
/// past the end of its new month falls back to the month's last day.
pub fn shift(d: PartialDate, months: i32) -> PartialDate {
    let clamp_year = |y: i32| y.clamp(1, 9999) as i16;
    if d.month == 0 {
        return PartialDate::year(clamp_year(d.year as i32 + months.div_euclid(12)));
    }
    let total = d.year as i32 * 12 + (d.month as i32 - 1) + months;
    let year = clamp_year(total.div_euclid(12));
    let month = (total.rem_euclid(12) + 1) as u8;
    if d.day == 0 {
        return PartialDate::month(year, month).unwrap_or(d);
    }
    (28..=d.day.max(28))
        .rev()
        .find_map(|day| PartialDate::day(year, month, day.min(d.day)))
        .unwrap_or(d)
}
