//! An HTML page the reader gives, reduced to the text its reader sees: each heading,
//! paragraph, list item, quotation and caption a paragraph of the text, whitespace
//! collapsed; scripts, styles and the title left out; character references decoded.
//!
//! Done in the worker with a WHATWG tokenizer (html5gum), not with the page's own
//! `DOMParser`: parsing a page's `<style>` there breaks the app's CSP, and the worker
//! has no DOM. A block inside a block is part of it, so no text is read twice.

use html5gum::{DefaultEmitter, Token, Tokenizer};

const BLOCKS: [&[u8]; 8] = [
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"p",
    b"li",
    b"blockquote",
    b"figcaption",
];

/// Elements whose text nobody reads on the page.
const HIDDEN: [&[u8]; 5] = [b"script", b"style", b"noscript", b"template", b"title"];

/// The text of `html`, a paragraph per block; a page with no blocks gives all its text
/// as one.
pub fn page_text(html: &str) -> String {
    let mut emitter = DefaultEmitter::default();
    // Script and style contents are raw text, as a browser reads them.
    emitter.naively_switch_states(true);
    let (mut hidden, mut depth) = (0usize, 0usize);
    let (mut block, mut all) = (String::new(), String::new());
    let mut paragraphs: Vec<String> = Vec::new();
    let flush = |block: &mut String, paragraphs: &mut Vec<String>| {
        let text = collapsed(block);
        if !text.is_empty() {
            paragraphs.push(text);
        }
        block.clear();
    };
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) if HIDDEN.contains(&&tag.name[..]) => {
                hidden += usize::from(!tag.self_closing);
            }
            Token::EndTag(tag) if HIDDEN.contains(&&tag.name[..]) => {
                hidden = hidden.saturating_sub(1);
            }
            Token::StartTag(tag) if BLOCKS.contains(&&tag.name[..]) => {
                if depth == 0 {
                    flush(&mut block, &mut paragraphs);
                }
                depth += usize::from(!tag.self_closing);
            }
            Token::EndTag(tag) if BLOCKS.contains(&&tag.name[..]) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    flush(&mut block, &mut paragraphs);
                }
            }
            // A line break or an image between words keeps them apart.
            Token::StartTag(_) | Token::EndTag(_) => {
                block.push(' ');
                all.push(' ');
            }
            Token::String(text) if hidden == 0 => {
                let text = String::from_utf8_lossy(&text);
                if depth > 0 {
                    block.push_str(&text);
                }
                all.push_str(&text);
            }
            _ => {}
        }
    }
    flush(&mut block, &mut paragraphs);
    if paragraphs.is_empty() {
        return collapsed(&all);
    }
    paragraphs.join("\n\n")
}

fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_and_what_is_not_read_is_left_out() {
        let html = r#"<!DOCTYPE html><html><head><title>Site — x</title><style>p{color:red}</style>
            <script>if (a<b && c>d) { document.write("<p>not text</p>"); }</script></head>
            <body><nav>Menu</nav><h1>Factions meet in Cairo</h1>
            <p>Fatah and   Hamas met<br>in Cairo on Tuesday &amp; Wednesday.</p>
            <ul><li><p>Nested</p> once</li></ul><noscript>Enable JS</noscript>
            <blockquote>&ldquo;We agreed,&rdquo; an official said.</blockquote></body></html>"#;
        assert_eq!(
            page_text(html),
            "Factions meet in Cairo\n\nFatah and Hamas met in Cairo on Tuesday & Wednesday.\n\nNested once\n\n\u{201c}We agreed,\u{201d} an official said."
        );
    }

    #[test]
    fn a_page_without_blocks_is_its_text_and_junk_never_panics() {
        assert_eq!(
            page_text("<div>Abbas <b>met</b>\n Haniyeh</div>"),
            "Abbas met Haniyeh"
        );
        for junk in [
            "",
            "<",
            "</p></p><p",
            "<script>",
            "<p>unclosed",
            "<<>>&&;",
            "\u{0}<x\u{301}>",
        ] {
            let _ = page_text(junk);
        }
        assert_eq!(page_text("<p>unclosed"), "unclosed");
    }
}
