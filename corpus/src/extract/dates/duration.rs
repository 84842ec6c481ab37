//! Amounts of time as a text writes them: "a decade", "two decades", "15 years",
//! "five weeks", "six months", "a year", and joined to a noun, "seven-year",
//! "decade-long", "15-year-old" (an age, which is none).
//!
//! Apart from the readers of counted dates (`counted.rs`) because both the count back
//! ("a decade after"), the count forward ("within five weeks") and the chain ("four
//! months later") read the same amounts, and "two years ago" in `resolve.rs` too.

/// A unit of time the app can count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// An amount of time: `n` units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Amount {
    pub n: u32,
    pub unit: Unit,
}

const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// The most of any unit read as an amount: beyond it, a number is no duration the
/// app would count ("2,000 days").
const MOST: u32 = 100;

/// A number as a word or in digits, 1 to 100: "seven", "15", "a", "an".
pub(super) fn number(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    if lower == "a" || lower == "an" {
        return Some(1);
    }
    if let Some(i) = NUMBER_WORDS.iter().position(|w| *w == lower) {
        return Some(i as u32 + 1);
    }
    match lower.as_str() {
        "thirty" => return Some(30),
        "forty" => return Some(40),
        "fifty" => return Some(50),
        _ => {}
    }
    (!lower.is_empty() && lower.len() <= 3 && lower.bytes().all(|b| b.is_ascii_digit()))
        .then(|| lower.parse().ok())
        .flatten()
        .filter(|n| (1..=MOST).contains(n))
}

/// A unit word, singular or plural, and how many units it is: "decade" is ten years.
fn unit(word: &str) -> Option<(u32, Unit)> {
    let lower = word.to_ascii_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    match singular {
        "day" => Some((1, Unit::Day)),
        "week" => Some((1, Unit::Week)),
        "month" => Some((1, Unit::Month)),
        "year" => Some((1, Unit::Year)),
        "decade" => Some((10, Unit::Year)),
        _ => None,
    }
}

/// An amount written as two words, a number and a unit: "five weeks", "a decade",
/// "15 years", "two decades". A unit alone ("weeks", "decades") is no amount.
pub(super) fn amount(number_word: &str, unit_word: &str) -> Option<Amount> {
    let n = number(number_word)?;
    let (per, unit) = unit(unit_word)?;
    // "a days" is no amount; "one years" neither.
    let plural = unit_word.to_ascii_lowercase().ends_with('s');
    if (n == 1) == plural {
        return None;
    }
    Some(Amount {
        n: n.checked_mul(per)?,
        unit,
    })
}

/// An amount joined to what it measures by a hyphen: "seven-year", "15-year",
/// "decade-long", "two-decade", "five-week", and with `old`, "decade-old" (which the
/// caller reads only before a state that lasts: "15-year-old" is an age).
pub(super) fn compound(word: &str, old: bool) -> Option<Amount> {
    let lower = word.to_ascii_lowercase();
    let parts: Vec<&str> = lower.split('-').collect();
    let singular = |u: &str| unit(u).filter(|_| !u.ends_with('s'));
    let tail = |t: &str| t == "long" || (old && t == "old");
    match parts.as_slice() {
        [u, t] if tail(t) && singular(u).is_some() => {
            let (per, unit) = singular(u)?;
            Some(Amount { n: per, unit })
        }
        [_, _, t] if !tail(t) => None,
        [n, u] | [n, u, _] => {
            let (per, unit) = singular(u)?;
            Some(Amount {
                n: number(n)?.checked_mul(per)?,
                unit,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_words_and_digits() {
        let years = |n| {
            Some(Amount {
                n,
                unit: Unit::Year,
            })
        };
        assert_eq!(amount("a", "decade"), years(10));
        assert_eq!(amount("two", "decades"), years(20));
        assert_eq!(amount("15", "years"), years(15));
        assert_eq!(
            amount("five", "weeks"),
            Some(Amount {
                n: 5,
                unit: Unit::Week
            })
        );
        for (n, u) in [
            ("a", "years"),
            ("two", "year"),
            ("many", "years"),
            ("", "years"),
        ] {
            assert_eq!(amount(n, u), None, "{n} {u}");
        }
        assert_eq!(amount("2,000", "days"), None);
    }

    #[test]
    fn compounds_measure_but_ages_do_not() {
        assert_eq!(compound("seven-year", false).map(|a| a.n), Some(7));
        assert_eq!(compound("decade-long", false).map(|a| a.n), Some(10));
        assert_eq!(compound("two-decade-long", false).map(|a| a.n), Some(20));
        assert_eq!(compound("15-year-old", false), None);
        assert_eq!(compound("decade-old", false), None);
        assert_eq!(compound("decade-old", true).map(|a| a.n), Some(10));
        assert_eq!(compound("Hamas-led", false), None);
        assert_eq!(compound("years-long", false), None);
        assert_eq!(compound("five-year-plan", true), None);
    }
}
