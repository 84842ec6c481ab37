/*!
The view layer of Cairo Talks, native and tested with plain `cargo test`.

It turns the corpus and a [`state::ViewState`] (what the URL asks for) into what each
view shows and into its markup. Nothing here touches a browser: the Leptos app in the
root package feeds it state and wires events, and the build prerenders the front page
with the same functions, so the two drawings cannot drift.

- [`state`]: the typed view state and its canonical query string;
- [`filter`]: which articles, sentences, events and relations pass the filters;
- [`timeline`]: items, time scale, ticks, collision-free labels, and the chart's markup;
- [`map`]: the faction map's graph as of a round, its layout, and its markup;
- [`compare`]: topic alignment, voices, framing counts, echoes, and their markup;
- [`read`]: an article cut into segments and drawn as marked-up text;
- [`promises`]: what each agreement promised and what later sentences report of it;
- [`participation`]: who the text places at the talks, and who leads, for every view;
- [`speaker`]: how a quotation's speaker (or its absence) and the rule behind it show;
- [`cite`]: an article or a quotation cited as a line (Chicago, APA) or a file (RIS,
  BibTeX, CSL-JSON);
- [`export`]: what each view shows, with the filters applied, as CSV and JSON;
- [`yours`]: an article a reader adds in their browser: the form, its checks, the
  corpus with it merged in, and its proposal for `seeds/`;
- [`context`], [`hit`], [`markup`], [`entity`], [`palette`], [`round_list`]: what every
  writer shares.
*/

pub mod cite;
pub mod compare;
pub mod context;
pub mod entity;
pub mod export;
pub mod filter;
pub mod hit;
pub mod map;
pub mod markup;
pub mod page;
pub mod palette;
#[cfg(test)]
mod palette_tests;
pub mod pan_zoom;
pub mod participation;
pub mod promises;
pub mod provenance;
pub mod read;
pub mod round_list;
pub mod shell;
pub mod site;
pub mod sort;
pub mod speaker;
pub mod state;
#[cfg(test)]
mod testing;
pub mod timeline;
pub mod worker;
pub mod yours;

/// Below this width (CSS px) a view takes its phone form. The stylesheet writes the
/// same breakpoint as `max-width: 699.98px` and `min-width: 700px`.
pub const NARROW_PX: f64 = 700.0;

/// The media query of a narrow screen: below [`NARROW_PX`].
pub const NARROW_MEDIA: &str = "(max-width: 699.98px)";

#[cfg(test)]
mod tests {
    #[test]
    fn the_media_query_and_the_stylesheet_use_the_one_breakpoint() {
        assert_eq!(
            super::NARROW_MEDIA,
            format!("(max-width: {}px)", super::NARROW_PX - 0.02)
        );
        for file in [
            "shell.css",
            "timeline.css",
            "map.css",
            "compare.css",
            "read.css",
            "yours.css",
            "promises.css",
        ] {
            let css =
                std::fs::read_to_string(format!("{}/../style/{file}", env!("CARGO_MANIFEST_DIR")))
                    .unwrap();
            for (at, _) in css.match_indices("max-width: 6") {
                assert!(
                    css[at..].starts_with("max-width: 699.98px"),
                    "{file}: {}",
                    &css[at..at + 20]
                );
            }
            for (at, _) in css.match_indices("min-width: 7") {
                assert!(
                    css[at..].starts_with("min-width: 700px"),
                    "{file}: {}",
                    &css[at..at + 20]
                );
            }
        }
    }
}
