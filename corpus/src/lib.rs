/*!
The corpus of Cairo Talks: what it is and how it is read from text.

It has no web dependency, so the
same extractor runs in `build.rs`, in the report CLI and, on an article a reader
adds, in a browser worker. What each view shows lives in the `views` crate.

- [`text`]: spans, folding, word boundaries, sentences, wire copy's line breaks;
- [`date`]: dates known to a year, a month or a day, and their precision;
- [`ids`]: the id rule (kebab-case, and the `yours-` ids made in a reader's browser);
- [`seed_files`] (feature `seeds`): a seeds folder's files in memory, read from disk;
- [`reporting`]: the reporting-verb lexicon (said, told, called … a);
- [`model`]: the compiled corpus, the shape embedded in the wasm bundle;
- [`extract`]: from an article's text and the knowledge base to its annotations;
- [`seeds`] (feature `seeds`): reading and checking `seeds/` at build time;
- [`report`] (feature `seeds`): the extraction report, as text or JSON.

Modules depend downwards only, in the order of that list: `text`, `date`, `ids` and
`seed_files` know nothing of the rest, the model is made of them and of the lexicon's indices,
extraction builds the model, and `seeds` and `report` sit on top.

The browser never parses seed files: `build.rs` compiles them into a postcard blob
that the app decodes once with [`Corpus::decode`], and writes the knowledge base
beside it ([`extract::KnowledgeBase::encode`]) for the worker that reads an article a
reader adds. Only that worker calls the extractor, so link-time optimization keeps it
out of the front page's bundle.
*/

pub mod date;
pub mod extract;
pub mod ids;
pub mod model;
#[cfg(feature = "seeds")]
pub mod report;
pub mod reporting;
#[cfg(feature = "seeds")]
pub mod seed_files;
#[cfg(feature = "seeds")]
pub mod seeds;
pub mod text;

pub use date::PartialDate;
pub use model::{Article, Corpus};
