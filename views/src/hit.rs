//! Typed hit targets: what a click or a key can land on inside drawn markup.
//!
//! A writer marks an element with `data-hit="…"` from [`Hit::encode`]; the app's event
//! handler finds the closest such element and reads it back with [`Hit::decode`]. The
//! two directions live on one enum per view, so they cannot disagree, and a test per
//! view checks that every variant survives the round trip.

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

#[cfg(test)]
pub(crate) fn assert_round_trips<H: Hit + PartialEq + std::fmt::Debug>(hits: &[H]) {
    for hit in hits {
        let encoded = hit.encode();
        assert!(
            !encoded.contains([' ', '"', '\'', '<', '>', '&']),
            "{encoded:?} must be a plain attribute value"
        );
        assert_eq!(H::decode(&encoded).as_ref(), Some(hit), "{encoded}");
    }
}
