/*!
What each view shows, with the filters applied, as data: CSV (one file per table) and
JSON (one file with every table), for a reader's own counts.

The rows come from the models the views draw from, read-only, so an export holds
exactly what the view shows:

- [`timeline`]: the visible items and the sentences they rest on;
- [`map`]: the graph's nodes, edges and the sentences evidencing each edge;
- [`compare`]: the topic grid (and its sentences), the voices, the framing counts;
- [`read`]: the open article's marks, or the list of articles;
- [`promises`]: every sentence behind the promises matrix, cell by cell.

Each file says where it comes from ([`Source`]): the view's canonical URL and the
corpus version ([`version`]). CSV carries both in two columns at the end of every row
([`csv`] says why); JSON in two fields beside its tables:

```text
{"app": "Cairo Talks", "view": "map", "url": "…", "corpus_version": "…",
 "tables": {"nodes": [{"entity_id": "hamas", …}, …], "edges": […], "evidence": […]}}
```

Where it runs: in the drawing worker, which holds the models already. Measured in a
release build (wasm-bindgen, `wasm-opt -Oz`), the exports of the four views add at
most 21 KB to the worker's wasm (9.5 KB gzipped), but 92 KB (43 KB gzipped) to the
front page's, since there they bring the map's graph, the comparison and the reader's
segmentation with them: the timeline's export too belongs in the worker, which has
the timeline's items in its `Context`.

[`table`] is the one shape every export is built in; [`Table::rows`] hold typed
cells, numbers stay numbers in JSON, and byte offsets into an article's text
(`sentence_start`, `sentence_end`, `start`, `end`) trace every row to its words.
*/

pub mod compare;
pub mod csv;
pub mod map;
pub mod promises;
pub mod read;
pub mod table;
pub mod timeline;
pub mod version;

pub use table::{Cell, Table};

use crate::context::Context;
use crate::filter::Selection;
use crate::state::{View, ViewState};
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

/// Where an export comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The view's canonical, absolute URL: the state the export was made in.
    pub url: String,
    /// [`version::of_blob`], with the reader's articles counted in ([`version::with_yours`]).
    pub corpus: String,
}

/// One view's export: its tables and where they come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub view: View,
    pub source: Source,
    pub tables: Vec<Table>,
}

/// The export of the view `state` shows, over the passing articles of `sel` (which
/// must be `ctx.select(state)`). It builds the map's graph and the comparison itself;
/// the app, which keeps both, can call the views' own modules instead.
pub fn export(ctx: &Context, state: &ViewState, sel: &Selection, source: Source) -> Export {
    let corpus = ctx.corpus;
    let tables = match state.view {
        View::Timeline => timeline::tables(corpus, &ctx.items, sel),
        View::Map => {
            let round = state.round.as_deref().and_then(|id| corpus.article_ix(id));
            map::tables(
                corpus,
                &crate::map::graph_as_of(corpus, round, &sel.articles),
            )
        }
        View::Compare => compare::tables(corpus, &crate::compare::view::comparison(ctx, state)),
        View::Read => read::tables(corpus, state, sel),
        View::Promises => vec![promises::table(corpus, state, sel)],
    };
    Export {
        view: state.view,
        source,
        tables,
    }
}

impl Export {
    /// The table named `name` as a CSV file; `None` if the export has no such table.
    pub fn csv(&self, name: &str) -> Option<String> {
        let table = self.tables.iter().find(|t| t.name == name)?;
        Some(csv::csv(table, &self.source))
    }

    /// The whole export as one JSON file.
    pub fn json(&self) -> String {
        // Strings, integers and booleans always serialize; `{}` is the fallback.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// A file name: `cairo-talks-map-nodes.csv`, `cairo-talks-map.json`.
    pub fn file_name(&self, table: Option<&str>, extension: &str) -> String {
        match table {
            Some(t) => format!("cairo-talks-{}-{t}.{extension}", self.view.as_str()),
            None => format!("cairo-talks-{}.{extension}", self.view.as_str()),
        }
    }
}

impl Serialize for Export {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Export", 5)?;
        out.serialize_field("app", "Cairo Talks")?;
        out.serialize_field("view", self.view.as_str())?;
        out.serialize_field("url", &self.source.url)?;
        out.serialize_field("corpus_version", &self.source.corpus)?;
        out.serialize_field("tables", &Tables(&self.tables))?;
        out.end()
    }
}

/// The tables as an object keyed by name, in order.
struct Tables<'a>(&'a [Table]);

impl Serialize for Tables<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for t in self.0 {
            map.serialize_entry(t.name, t)?;
        }
        map.end()
    }
}
