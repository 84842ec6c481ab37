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
- [`context`], [`hit`], [`markup`], [`entity`], [`palette`]: what every writer shares.
*/

pub mod compare;
pub mod context;
pub mod entity;
pub mod filter;
pub mod hit;
pub mod map;
pub mod markup;
pub mod page;
pub mod palette;
pub mod pan_zoom;
pub mod provenance;
pub mod read;
pub mod shell;
pub mod site;
pub mod sort;
pub mod state;
#[cfg(test)]
mod testing;
pub mod timeline;

/// Below this width (CSS px) a view takes its phone form. The stylesheet writes the
/// same breakpoint as `max-width: 699.98px` and `min-width: 700px`.
pub const NARROW_PX: f64 = 700.0;
