/*!
The pure-Rust core of Cairo Talks.

Everything that can be computed without a browser lives here, so that it is tested
with plain `cargo test` and shared by the build script, the report CLI and the app:

- [`model`]: the compiled corpus, the shape embedded in the wasm bundle;
- [`date`]: dates known to a year, a month or a day;
- [`text`]: folding, word boundaries, sentences;
- [`extract`]: from an article's text and the knowledge base to its annotations;
- [`view_state`]: the typed view state and its canonical query string;
- [`filter`]: which articles, sentences, events and relations pass the filters;
- [`timeline`]: timeline items, the time scale and the label layout;
- [`graph`]: the faction map's graph as of a round and its deterministic layout;
- [`compare`]: topic alignment, voices, framing counts and similar passages;
- [`reading`]: an article cut into the segments the reader draws;
- [`seeds`] (feature `seeds`): reading and checking `seeds/` at build time;
- [`report`] (feature `seeds`): the extraction report, as text or JSON.

The browser never parses seed files: `build.rs` compiles them into a postcard blob
that the app decodes once with [`Corpus::decode`]. Extraction code is not called by
the app today, so link-time optimization keeps it out of the bundle.
*/

pub mod compare;
pub mod date;
pub mod extract;
pub mod filter;
pub mod graph;
pub mod model;
pub mod reading;
#[cfg(feature = "seeds")]
pub mod report;
#[cfg(feature = "seeds")]
pub mod seeds;
pub mod text;
pub mod timeline;
pub mod view_state;

pub use date::PartialDate;
pub use model::{Article, Corpus};
