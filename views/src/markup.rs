//! What every markup writer shares. Views are drawn as strings: one string per redraw
//! costs far less code in the wasm bundle than a typed view per element, the same
//! functions prerender the front page at build time, and they are tested natively.
//! Every text that comes from the corpus goes through [`esc`].

/// Escapes text for HTML and SVG content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate as whole pixels: SVG needs no more, and integer formatting keeps
/// float formatting code out of the bundle.
pub fn px(v: f64) -> i64 {
    if v.is_finite() { v.round() as i64 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_characters() {
        assert_eq!(
            esc(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn rounds_coordinates_and_survives_nan() {
        assert_eq!(px(12.6), 13);
        assert_eq!(px(f64::NAN), 0);
    }
}
