use super::*;

#[test]
fn the_card_holds_its_words_escaped_and_the_drawing_fitted_in_its_box() {
    let drawing = r#"<svg width="1200" height="510" viewBox="0 0 1200 510" role="group"><rect class="lane-band" width="10" height="10"/><svg width="16"><circle r="2"/></svg></svg>"#;
    let html = format!("<p>before</p><div class=\"timeline-chart\">{drawing}</div><p>after</p>");
    assert_eq!(view_drawing(&html), Some(drawing));
    let card = preview_svg(
        "F & \"H\" <meet>",
        "A description.",
        "Timeline",
        view_drawing(&html),
    );
    assert!(card.starts_with(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}""#
    )));
    assert!(card.contains("F &amp; &quot;H&quot; &lt;meet&gt;") && !card.contains("<meet>"));
    assert!(
        card.contains(
            r#"<svg viewBox="0 0 1200 510" role="group" x="660" y="60" width="480" height="480""#
        ),
        "{card}"
    );
    assert!(card.ends_with("</svg></svg>"));
}

#[test]
fn long_words_wrap_within_the_card_and_nothing_is_lost() {
    let lines = wrap(
        "a b c Thirteen-factions-meet-in-Cairo-as-the-deadline-nears and more",
        200.0,
        25.0,
    );
    assert!(lines.iter().all(|l| l.chars().count() <= 14), "{lines:?}");
    assert_eq!(
        lines.concat().replace(' ', ""),
        "abcThirteen-factions-meet-in-Cairo-as-the-deadline-nearsandmore"
    );
    assert!(wrap("", 500.0, 20.0).is_empty());
}

#[test]
fn a_page_without_a_drawing_gets_a_card_of_words() {
    assert_eq!(view_drawing("<main><p>No drawing</p></main>"), None);
    assert_eq!(
        view_drawing(r#"<div class="timeline-chart"><svg>unclosed"#),
        None
    );
    let card = preview_svg("Title", "Words", "Reader", None);
    assert_eq!(card.matches("<svg").count(), 1);
}

#[cfg(feature = "site")]
#[test]
fn the_card_renders_to_a_png_of_its_size() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/fonts");
    let png = render_png(
        &preview_svg("Title", "Words", "Reader", None),
        &fonts(&dir).unwrap(),
    )
    .unwrap();
    assert_eq!(&png[1..4], b"PNG");
    // The IHDR chunk: width and height, big-endian.
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
    assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
    assert!(render_png("<svg", &fonts(&dir).unwrap()).is_err());
}
