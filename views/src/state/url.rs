//! The canonical form of a view state and its query string.
//!
//! Canonicalization is purely structural (it knows no corpus): it is what makes two
//! states that mean the same view equal, and what [`ViewState::to_query`] writes, so
//! links are stable enough to compare, cache and paste into bug reports.

use super::{MAX_COMPARE, MAX_QUERY_CHARS, View, ViewState, is_reversed};
use corpus::PartialDate;

impl ViewState {
    /// The same state in canonical form, which is what `parse(to_query())` returns:
    /// ids trimmed, empty ids dropped; `f`, `e`, `t` sorted and deduped; `cmp` deduped
    /// (first occurrence kept, order kept) and cut to [`MAX_COMPARE`]; the query trimmed
    /// and cut to [`MAX_QUERY_CHARS`]; a `to` before `from` dropped; a reversed
    /// `window` dropped; a highlight of another article than `article`, or an empty
    /// one, dropped.
    pub fn canonical(mut self) -> ViewState {
        for list in [&mut self.factions, &mut self.entities, &mut self.topics] {
            trim_ids(list);
            crate::sort::sort(list);
            list.dedup();
        }
        trim_ids(&mut self.compare);
        let mut seen: Vec<String> = Vec::with_capacity(MAX_COMPARE);
        for id in self.compare.drain(..) {
            if seen.len() < MAX_COMPARE && !seen.contains(&id) {
                seen.push(id);
            }
        }
        self.compare = seen;
        self.query = cap_query(&self.query).to_string();
        if let (Some(from), Some(to)) = (self.from, self.to)
            && is_reversed(from, to)
        {
            self.to = None;
        }
        if self.window.is_some_and(|(a, b)| is_reversed(a, b)) {
            self.window = None;
        }
        for id in [
            &mut self.article,
            &mut self.focus,
            &mut self.round,
            &mut self.selected,
            &mut self.provision,
        ] {
            *id = id.take().and_then(|s| {
                let t = s.trim();
                (!t.is_empty()).then(|| t.to_string())
            });
        }
        let open = self.article.clone();
        self.highlight = (self.highlight.take())
            .filter(|h| Some(h.article.trim()) == open.as_deref() && h.span.start < h.span.end)
            .map(|h| super::Highlight::new(h.article.trim(), h.span));
        self
    }

    /// The canonical query string, without the leading `?`: keys in the fixed order
    /// `view, f, e, t, from, to, q, a, s, cmp, focus, round, window, sel, p`, lists joined by
    /// literal commas, defaults left out, `""` for the default state. Values are
    /// form-urlencoded (a space becomes `+`, a comma inside a value `%2C`).
    pub fn to_query(&self) -> String {
        let s = self.clone().canonical();
        let mut out = Query::default();
        if s.view != View::Timeline {
            out.push("view", [s.view.as_str()]);
        }
        out.push("f", &s.factions);
        out.push("e", &s.entities);
        out.push("t", &s.topics);
        out.push("from", s.from.map(|d| d.to_string()));
        out.push("to", s.to.map(|d| d.to_string()));
        if !s.query.is_empty() {
            out.push("q", [&s.query]);
        }
        out.push("a", &s.article);
        out.push("s", s.highlight.as_ref().map(|h| h.value()));
        out.push("cmp", &s.compare);
        out.push("focus", &s.focus);
        out.push("round", &s.round);
        out.push("window", s.window.map(format_window));
        out.push("sel", &s.selected);
        out.push("p", &s.provision);
        out.0
    }

    /// [`to_query`](ViewState::to_query) with the leading `?`, or `""` for the default
    /// state: ready to append to the page's path.
    pub fn to_search(&self) -> String {
        let q = self.to_query();
        if q.is_empty() { q } else { format!("?{q}") }
    }
}

/// Trimmed, and cut at [`MAX_QUERY_CHARS`] characters (then trimmed again, so a cut
/// that lands after a space does not leave one dangling).
pub(super) fn cap_query(q: &str) -> &str {
    let q = q.trim();
    match q.char_indices().nth(MAX_QUERY_CHARS) {
        Some((cut, _)) => q[..cut].trim_end(),
        None => q,
    }
}

fn trim_ids(list: &mut Vec<String>) {
    list.retain_mut(|id| {
        let t = id.trim();
        if t.len() != id.len() {
            *id = t.to_string();
        }
        !id.is_empty()
    });
}

/// A query string being written: `key=a,b` pairs joined by `&`.
#[derive(Default)]
struct Query(String);

impl Query {
    /// Appends `key=` and the items comma-joined, unless there are none.
    fn push<I, S>(&mut self, key: &str, items: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut items = items.into_iter().peekable();
        if items.peek().is_none() {
            return;
        }
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(key);
        self.0.push('=');
        for (i, item) in items.enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            self.0
                .extend(form_urlencoded::byte_serialize(item.as_ref().as_bytes()));
        }
    }
}

/// The timeline window as the URL writes it: `FROM..TO`.
pub fn format_window((from, to): (PartialDate, PartialDate)) -> String {
    format!("{from}..{to}")
}
