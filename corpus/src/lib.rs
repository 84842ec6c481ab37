/*!
The corpus of Cairo Talks: what it is and how it is read from text.

It has no web dependency, so the
same extractor runs in `build.rs`, in the report CLI and, on an article a reader
adds, in a browser worker. What each view shows lives in the `views` crate.

- [`model`]: the compiled corpus, the shape embedded in the wasm bundle;
- [`date`]: dates known to a year, a month or a day;
- [`text`]: folding, word boundaries, sentences;
- [`extract`]: from an article's text and the knowledge base to its annotations;
- [`seeds`] (feature `seeds`): reading and checking `seeds/` at build time;
- [`report`] (feature `seeds`): the extraction report, as text or JSON.

The browser never parses seed files: `build.rs` compiles them into a postcard blob
that the app decodes once with [`Corpus::decode`], and writes the knowledge base
beside it ([`extract::KnowledgeBase::encode`]) for the worker that reads an article a
reader adds. Only that worker calls the extractor, so link-time optimization keeps it
out of the front page's bundle.
*/

pub mod date;
pub mod extract;
pub mod model;
#[cfg(feature = "seeds")]
pub mod report;
#[cfg(feature = "seeds")]
pub mod seeds;
pub mod text;

pub use date::PartialDate;
pub use model::{Article, Corpus};
