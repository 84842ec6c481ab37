//! Typed hit targets: what a click or a key can land on inside drawn markup.
//!
//! A writer marks an element with `data-hit="…"` from [`Hit::encode`]; the app's event
//! handler finds the closest such element and reads it back with [`Hit::decode`]. Each
//! view declares one table with [`hit_codec!`], naming every variant once beside its
//! `data-hit` name; both directions are written from that table, so they cannot
//! disagree, and a test per view checks that every entry survives the round trip.

/// A place in a view's markup that an event can land on.
pub trait Hit: Sized {
    /// The `data-hit` value: short, no spaces, no quotes.
    fn encode(&self) -> String;
    /// The hit a `data-hit` value names, if any.
    fn decode(value: &str) -> Option<Self>;

    /// ` data-hit="…"`, ready to write into a start tag.
    fn attr(&self) -> String {
        format!(r#" data-hit="{}""#, self.encode())
    }
}

/// Splits `"name:12"` into `("name", Some(12))`, `"name"` into `("name", None)`.
pub fn split(value: &str) -> (&str, Option<usize>) {
    match value.split_once(':') {
        Some((name, n)) => (name, n.parse().ok()),
        None => (value, None),
    }
}

/// The inverse of [`split`]: `"name:12"` or `"name"`.
pub fn join(name: &str, index: Option<usize>) -> String {
    match index {
        Some(i) => format!("{name}:{i}"),
        None => name.to_string(),
    }
}

/// Implements [`Hit`] for a view's hit enum from one table, each entry a `data-hit`
/// name and the variant it stands for:
///
/// ```text
/// hit_codec! {
///     TimelineHit {
///         "item"(i) => [Self::Item(i)],       // "item:12", the index bound to `i`
///         "zoom-in" => [Self::ZoomIn],        // "zoom-in"
///         "earlier" => [Self::Pan(-1)] when [Self::Pan(d) if d < 0],
///     }
/// }
/// ```
///
/// The bracketed variant is the pattern `encode` matches and the value `decode`
/// returns; `when [pattern]` gives `encode` a wider pattern where a value stands for
/// several (any backward pan is "earlier"). `encode` matches without a catch-all, so a
/// variant left out of the table does not compile. It also writes the table's test:
/// every entry (with 7 for an index) survives the round trip, and malformed values
/// decode to nothing.
macro_rules! hit_codec {
    ($ty:ident { $($entries:tt)* }) => {
        $crate::hit::hit_codec!(@entry $ty [] $($entries)*);
    };
    (@entry $ty:ident [$($done:tt)*]
        $name:literal => [$($v:tt)+] when [$($p:tt)+] $(, $($rest:tt)*)?) => {
        $crate::hit::hit_codec!(@entry $ty [$($done)* {$name () [$($v)+] [$($p)+]}] $($($rest)*)?);
    };
    (@entry $ty:ident [$($done:tt)*] $name:literal ($i:ident) => [$($v:tt)+] $(, $($rest:tt)*)?) => {
        $crate::hit::hit_codec!(@entry $ty [$($done)* {$name ($i) [$($v)+] [$($v)+]}] $($($rest)*)?);
    };
    (@entry $ty:ident [$($done:tt)*] $name:literal => [$($v:tt)+] $(, $($rest:tt)*)?) => {
        $crate::hit::hit_codec!(@entry $ty [$($done)* {$name () [$($v)+] [$($v)+]}] $($($rest)*)?);
    };
    (@entry $ty:ident [$({$name:literal ($($i:ident)?) [$($v:tt)+] [$($p:tt)+]})*]) => {
        impl $crate::hit::Hit for $ty {
            fn encode(&self) -> String {
                match *self {
                    $($($p)+ => $crate::hit::join($name, $crate::hit::hit_codec!(@index $($i)?)),)*
                }
            }

            fn decode(value: &str) -> Option<Self> {
                Some(match $crate::hit::split(value) {
                    $(($name, $crate::hit::hit_codec!(@index $($i)?)) => $($v)+,)*
                    _ => return None,
                })
            }
        }

        #[cfg(test)]
        impl $ty {
            /// One value per entry of the table, 7 for an index.
            fn samples() -> Vec<Self> {
                vec![$({ $(let $i: usize = 7;)? $($v)+ }),*]
            }
        }

        /// Every entry survives the round trip under its own name, and what the table
        /// does not name (an index where none goes, none where one does, another
        /// name) decodes to nothing.
        #[cfg(test)]
        #[test]
        fn every_entry_of_the_hit_table_round_trips_and_nothing_else_decodes() {
            use $crate::hit::Hit;
            $crate::hit::assert_round_trips(&<$ty>::samples());
            $(
                for wrong in $crate::hit::malformed($name, $crate::hit::hit_codec!(@indexed $($i)?)) {
                    assert_eq!(<$ty>::decode(&wrong), None, "{wrong}");
                }
            )*
            assert_eq!(<$ty>::decode("no-such-hit"), None);
        }
    };
    (@index $i:ident) => { Some($i) };
    (@index) => { None };
    (@indexed $i:ident) => { true };
    (@indexed) => { false };
}
pub(crate) use hit_codec;

/// Values that must not decode for an entry named `name`: with an index where the
/// entry takes none, or without one (or with a bad one) where it does.
#[cfg(test)]
pub(crate) fn malformed(name: &str, indexed: bool) -> Vec<String> {
    match indexed {
        true => vec![name.to_string(), format!("{name}:x"), format!("{name}:")],
        false => vec![format!("{name}:1")],
    }
}

/// Every hit survives `encode` then `decode`, writes a plain attribute value, and no
/// two hits share one.
#[cfg(test)]
pub(crate) fn assert_round_trips<H: Hit + PartialEq + std::fmt::Debug>(hits: &[H]) {
    let mut seen = std::collections::BTreeMap::new();
    for hit in hits {
        let encoded = hit.encode();
        assert!(
            !encoded.contains([' ', '"', '\'', '<', '>', '&']),
            "{encoded:?} must be a plain attribute value"
        );
        assert_eq!(H::decode(&encoded).as_ref(), Some(hit), "{encoded}");
        if let Some(other) = seen.insert(encoded.clone(), hit) {
            assert_eq!(other, hit, "{encoded} names two hits");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_join_are_inverse() {
        for (value, parts) in [
            ("zoom-in", ("zoom-in", None)),
            ("node:12", ("node", Some(12))),
        ] {
            assert_eq!(split(value), parts);
            assert_eq!(join(parts.0, parts.1), value);
        }
        assert_eq!(split("node:x"), ("node", None));
    }
}
