//! Each page's link preview: a 1200×630 card, its title and description beside the
//! view's own drawing (the faction map's SVG on a map's page, the timeline's chart on
//! a timeline's page; the reader and the comparison are text, so their card is their
//! words), written as SVG here and rendered to a PNG natively at build time
//! ([`render_png`], with resvg and the fonts checked in under `assets/fonts/`), so a
//! chat app or a post shows what the link opens. The card is drawn from the page's
//! markup and head, never from anything the page does not say.

use crate::markup::esc;
use std::fmt::Write;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The font the card names; `render_png` loads it from `assets/fonts/`.
pub const FONT: &str = "DejaVu Sans";

/// The view's drawing to put on the card: the map's SVG, else the timeline chart's.
pub fn view_drawing(view_html: &str) -> Option<&str> {
    let start = view_html
        .find(r#"data-testid="map-svg""#)
        .and_then(|at| view_html[..at].rfind("<svg"))
        .or_else(|| {
            let chart = view_html.find("timeline-chart")?;
            Some(chart + view_html[chart..].find("<svg")?)
        })?;
    // The matching end: the drawing may hold drawings of its own.
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let rest = &view_html[at..];
        let open = rest.find("<svg");
        let close = rest.find("</svg>")?;
        match open {
            Some(o) if o < close => {
                depth += 1;
                at += o + 4;
            }
            _ => {
                depth = depth.checked_sub(1)?;
                at += close + 6;
                if depth == 0 {
                    return Some(&view_html[start..at]);
                }
            }
        }
    }
}

/// The card: `title` and `description` on the left (or across, without a drawing),
/// the drawing fitted into the right half, the app's name at the foot.
pub fn preview_svg(title: &str, description: &str, label: &str, drawing: Option<&str>) -> String {
    let text_width = if drawing.is_some() { 560.0 } else { 1080.0 };
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FONT}"><rect width="{WIDTH}" height="{HEIGHT}" fill="#f4f5f7"/><rect width="{WIDTH}" height="10" fill="#18703a"/>"##
    );
    // The app's name is at the foot: the title need not say it again.
    let title = title.strip_suffix(" · Cairo Talks").unwrap_or(title);
    let mut y = 112.0;
    for line in wrap(title, text_width, 46.0 * 1.1).iter().take(4) {
        let _ = write!(
            out,
            r##"<text x="60" y="{y}" font-size="46" font-weight="bold" fill="#14181f">{}</text>"##,
            esc(line)
        );
        y += 56.0;
    }
    y += 12.0;
    for line in wrap(description, text_width, 25.0).iter().take(6) {
        let _ = write!(
            out,
            r##"<text x="60" y="{y}" font-size="25" fill="#3b4350">{}</text>"##,
            esc(line)
        );
        y += 35.0;
    }
    let _ = write!(
        out,
        r##"<text x="60" y="586" font-size="26" font-weight="bold" fill="#18703a">Cairo Talks</text><text x="250" y="586" font-size="24" fill="#5b6472">{}</text>"##,
        esc(label)
    );
    if let Some(drawing) = drawing {
        out.push_str(r##"<rect x="650" y="50" width="500" height="500" rx="8" fill="#ffffff"/>"##);
        out.push_str(&fitted(drawing, 660.0, 60.0, 480.0, 480.0));
    }
    out.push_str("</svg>");
    out
}

/// `drawing` placed in the box `x, y, w, h`, its own size dropped and its view box kept.
fn fitted(drawing: &str, x: f64, y: f64, w: f64, h: f64) -> String {
    let open_end = drawing.find('>').unwrap_or(0);
    let mut tag = drawing[..open_end].to_string();
    for attr in ["width", "height", "x", "y"] {
        if let Some(at) = tag.find(&format!(" {attr}=\"")) {
            let value = at + attr.len() + 3;
            if let Some(len) = tag[value..].find('"') {
                tag.replace_range(at..value + len + 1, "");
            }
        }
    }
    format!(
        r#"{tag} x="{x}" y="{y}" width="{w}" height="{h}" preserveAspectRatio="xMidYMid meet"{}"#,
        &drawing[open_end..]
    )
}

/// `text` in lines of at most `width` pixels at `size`, cut at spaces (the width of
/// an average character of the font taken as 0.55 em); a word longer than a line is
/// cut where it overflows.
fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let per_line = ((width / (size * 0.55)) as usize).max(8);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let words = line.chars().count();
        if words > 0 && words + 1 + word.chars().count() > per_line {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while line.chars().count() > per_line {
            let cut: String = line.chars().take(per_line).collect();
            line = line.chars().skip(per_line).collect();
            lines.push(cut);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// What the drawings' classes look like on the card, where the page's stylesheet is
/// not (the timeline chart draws by class; the map by attribute).
pub const CARD_STYLES: &str = ".lane-band{fill:#eef1f5}.lane-title{font-size:13px;fill:#5b6472}.tick line{stroke:#d5d9e0}.tick text{font-size:12px;fill:#5b6472}.hit,.focus-ring{fill:none;stroke:none}text{fill:#14181f}";

/// The card rendered: a PNG of [`WIDTH`]×[`HEIGHT`].
#[cfg(feature = "site")]
pub fn render_png(
    svg: &str,
    fonts: &std::sync::Arc<resvg::usvg::fontdb::Database>,
) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let options = usvg::Options {
        font_family: FONT.to_string(),
        fontdb: fonts.clone(),
        style_sheet: Some(CARD_STYLES.to_string()),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| format!("the preview's SVG: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| format!("the preview's PNG: {e}"))
}

/// The fonts of the card, from `dir` (`assets/fonts/`).
#[cfg(feature = "site")]
pub fn fonts(
    dir: &std::path::Path,
) -> Result<std::sync::Arc<resvg::usvg::fontdb::Database>, String> {
    let mut db = resvg::usvg::fontdb::Database::new();
    let files = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for file in files.flatten() {
        if file.path().extension().is_some_and(|x| x == "ttf") {
            let bytes = std::fs::read(file.path())
                .map_err(|e| format!("{}: {e}", file.path().display()))?;
            db.load_font_data(bytes);
        }
    }
    if db.faces().count() == 0 {
        return Err(format!("{}: no font for the previews", dir.display()));
    }
    Ok(std::sync::Arc::new(db))
}

#[cfg(test)]
mod tests;
