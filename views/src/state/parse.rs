//! Reading a view state from a query string, forgivingly.
//!
//! A link may be old, hand-edited or truncated by a chat client. Rather than reject
//! it, the parser keeps every part it can use and reports each part it drops as an
//! [`Ignored`], so the app can load the view and say in a notice what it left out.
//! The rules are spelled out on [`ViewState::parse`].

use super::highlight::{Highlight, parse_range};
use super::{KEYS, Known, MAX_COMPARE, MAX_QUERY_CHARS, View, ViewState, is_reversed, url};
use corpus::date::PartialDate;
use corpus::extract::edits::is_yours_id;
use corpus::model::Span;
use std::fmt;

/// Why a link's article cannot be shown to whoever opens it without it: its id was
/// made in the sender's browser (an article of theirs, `yours-…`).
pub const ONLY_THERE: &str = "this article is only in the sender's browser";

/// A query parameter that was dropped, and why (shown to the user in a notice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter's key, decoded; cut to [`Ignored::MAX_SHOWN`] characters.
    pub key: String,
    /// The dropped value or list item, decoded; cut to [`Ignored::MAX_SHOWN`] characters.
    pub value: String,
    /// Why, as a sentence fragment for the notice: "no article with this id".
    pub reason: String,
}

impl Ignored {
    /// Keys and values longer than this are shortened with an ellipsis: the notice
    /// must stay readable whatever was pasted into the URL.
    pub const MAX_SHOWN: usize = 80;

    pub fn new(key: &str, value: &str, reason: impl Into<String>) -> Ignored {
        Ignored {
            key: shown(key),
            value: shown(value),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Ignored {
    /// `f=nonsense: no faction with this id`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}: {}", self.key, self.value, self.reason)
    }
}

fn shown(s: &str) -> String {
    match s.char_indices().nth(Ignored::MAX_SHOWN) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
}

const DATE_FORMS: &str = "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";

impl ViewState {
    /// Parses a query string, with or without the leading `?`. Percent-escapes and `+`
    /// decode as browsers do (`application/x-www-form-urlencoded`); invalid UTF-8
    /// becomes U+FFFD. Never fails and never panics; the state returned is canonical.
    ///
    /// Rules, each dropped part reported as one [`Ignored`] in order of appearance:
    /// - unknown keys are dropped (keys are case-sensitive); a bare `=` or `&&` is
    ///   skipped silently, as is any empty value;
    /// - values and list items are trimmed of white space;
    /// - `f`, `e`, `t`, `cmp`: comma-separated lists; every item is checked on its own,
    ///   bad items are dropped one by one and good ones kept; repeated keys merge;
    ///   `cmp` keeps its order, skips repeats and drops items beyond the third;
    /// - single values (`view`, `from`, `to`, `q`, `a`, `s`, `focus`, `round`, `window`,
    ///   `sel`, `p`): the last valid occurrence wins; an earlier valid value it replaces is
    ///   reported ("replaced by a later value") unless it was the same;
    /// - `f` must name an organization, `e` and `focus` any entity, `t` a topic, `a`,
    ///   `cmp` and `round` an article, `sel` an article or a catalogue event, `p` a
    ///   provision of the promises tracker; an
    ///   unknown id made in a reader's browser (`yours-…`) is reported as only in the
    ///   sender's browser: the link shows someone else's article of theirs;
    /// - `from > to` (`from` starts after `to` ends): `to` is dropped and reported, the
    ///   range then runs open-ended from `from`; a reversed `window` is dropped;
    /// - a query longer than [`MAX_QUERY_CHARS`] characters is cut, and reported;
    /// - `s` (`START-END`) is checked once the whole query is read, against the article
    ///   `a` names in the end: without one, or where the span does not fit its text
    ///   ([`Known::fits_article`]), it is dropped and reported.
    pub fn parse(query: &str, known: &impl Known) -> (ViewState, Vec<Ignored>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut parser = Parser {
            known,
            state: ViewState::default(),
            ignored: Vec::new(),
            accepted: Vec::new(),
            highlight: None,
        };
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            parser.pair(&key, value.trim());
        }
        parser.finish()
    }
}

struct Parser<'k, K: Known> {
    known: &'k K,
    state: ViewState,
    ignored: Vec<Ignored>,
    /// The value each single-valued key holds so far, to report replaced ones.
    accepted: Vec<(&'static str, String)>,
    /// `s` as written and read, checked in `finish` against the article then known.
    highlight: Option<(String, Span)>,
}

impl<K: Known> Parser<'_, K> {
    fn pair(&mut self, key: &str, value: &str) {
        if value.is_empty() {
            if !key.is_empty() && !KEYS.contains(&key) {
                self.ignore(key, value, "unknown parameter");
            }
            return;
        }
        let known = self.known;
        match key {
            "view" => match View::parse(value) {
                Some(v) => self.single("view", value, |s| s.view = v),
                None => self.ignore(
                    key,
                    value,
                    "not a view (timeline, map, compare, read or promises)",
                ),
            },
            "f" => self.list(key, value, |id| {
                if known.is_faction(id) {
                    Ok(())
                } else if known.is_entity(id) {
                    Err("not a faction (an organization)")
                } else if is_yours_id(id) {
                    Err(missing_entity(id))
                } else {
                    Err("no faction with this id")
                }
            }),
            "e" => self.list(key, value, |id| {
                check(known.is_entity(id), missing_entity(id))
            }),
            "t" => self.list(key, value, |id| {
                check(known.is_topic(id), "no topic with this id")
            }),
            "cmp" => self.list(key, value, |id| {
                check(known.is_article(id), missing_article(id))
            }),
            "from" | "to" => match PartialDate::parse(value) {
                Some(d) if key == "from" => self.single("from", value, |s| s.from = Some(d)),
                Some(d) => self.single("to", value, |s| s.to = Some(d)),
                None => self.ignore(key, value, DATE_FORMS),
            },
            "q" => {
                let capped = url::cap_query(value);
                if capped.len() < value.len() {
                    let reason = format!("longer than {MAX_QUERY_CHARS} characters; cut there");
                    self.ignore(key, value, reason);
                }
                let q = capped.to_string();
                self.single("q", capped, |s| s.query = q);
            }
            "a" | "round" => {
                if known.is_article(value) {
                    let id = Some(value.to_string());
                    if key == "a" {
                        self.single("a", value, |s| s.article = id);
                    } else {
                        self.single("round", value, |s| s.round = id);
                    }
                } else {
                    self.ignore(key, value, missing_article(value));
                }
            }
            "focus" => {
                if known.is_entity(value) {
                    let id = Some(value.to_string());
                    self.single("focus", value, |s| s.focus = id);
                } else {
                    self.ignore(key, value, missing_entity(value));
                }
            }
            "sel" => {
                if known.is_article(value) || known.is_event(value) {
                    let id = Some(value.to_string());
                    self.single("sel", value, |s| s.selected = id);
                } else if is_yours_id(value) {
                    self.ignore(key, value, ONLY_THERE);
                } else {
                    self.ignore(key, value, "no article or event with this id");
                }
            }
            "p" => {
                if known.is_provision(value) {
                    let id = Some(value.to_string());
                    self.single("p", value, |s| s.provision = id);
                } else {
                    self.ignore(key, value, "no provision with this id");
                }
            }
            "s" => self.highlight(value),
            "window" => match parse_window(value) {
                Ok(w) => self.single("window", value, |s| s.window = Some(w)),
                Err(reason) => self.ignore(key, value, reason),
            },
            _ => self.ignore(key, value, "unknown parameter"),
        }
    }

    /// Reads `s`; whether it fits the article is known only in `finish`.
    fn highlight(&mut self, value: &str) {
        match parse_range(value) {
            Ok(span) => {
                self.single("s", value, |_| ());
                self.highlight = Some((value.to_string(), span));
            }
            Err(reason) => self.ignore("s", value, reason),
        }
    }

    /// Accepts a valid single value, reporting the different one it replaces.
    fn single(&mut self, key: &'static str, value: &str, set: impl FnOnce(&mut ViewState)) {
        match self.accepted.iter_mut().find(|(k, _)| *k == key) {
            Some((_, old)) => {
                if old != value {
                    let old = std::mem::replace(old, value.to_string());
                    self.ignore(key, &old, "replaced by a later value");
                }
            }
            None => self.accepted.push((key, value.to_string())),
        }
        set(&mut self.state);
    }

    /// Adds the good items of a comma-separated list and reports each bad one.
    fn list(&mut self, key: &str, value: &str, valid: impl Fn(&str) -> Result<(), &'static str>) {
        for item in value.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            if let Err(reason) = valid(item) {
                self.ignore(key, item, reason);
                continue;
            }
            let list = match key {
                "f" => &mut self.state.factions,
                "e" => &mut self.state.entities,
                "t" => &mut self.state.topics,
                _ => &mut self.state.compare,
            };
            if list.iter().any(|x| x == item) {
                continue;
            }
            if key == "cmp" && list.len() >= MAX_COMPARE {
                let reason = format!("at most {MAX_COMPARE} articles are compared");
                self.ignore(key, item, reason);
                continue;
            }
            list.push(item.to_string());
        }
    }

    fn ignore(&mut self, key: &str, value: &str, reason: impl Into<String>) {
        self.ignored.push(Ignored::new(key, value, reason));
    }

    fn finish(mut self) -> (ViewState, Vec<Ignored>) {
        if let (Some(from), Some(to)) = (self.state.from, self.state.to)
            && is_reversed(from, to)
        {
            self.ignore("to", &to.to_string(), "before `from`");
            self.state.to = None;
        }
        self.check_highlight();
        (self.state.canonical(), self.ignored)
    }

    /// Keeps `s` if it fits the text of the article finally open, else reports it.
    fn check_highlight(&mut self) {
        let Some((value, span)) = self.highlight.take() else {
            return;
        };
        match self.state.article.as_deref() {
            Some(id) if self.known.fits_article(id, span) => {
                self.state.highlight = Some(Highlight::new(id, span));
            }
            Some(_) => self.ignore("s", &value, "not on a sentence of this article"),
            None => self.ignore("s", &value, "no article open (`a`) to find it in"),
        }
    }
}

fn check(ok: bool, reason: &'static str) -> Result<(), &'static str> {
    if ok { Ok(()) } else { Err(reason) }
}

/// Why an article id names nothing: an id made in a reader's browser (`yours-…`)
/// names an article only the sender has, and the rest of the view still loads.
fn missing_article(id: &str) -> &'static str {
    if is_yours_id(id) {
        ONLY_THERE
    } else {
        "no article with this id"
    }
}

/// The same for an entity a reader made while curating an article of theirs.
fn missing_entity(id: &str) -> &'static str {
    if is_yours_id(id) {
        "this entity is only in the sender's browser"
    } else {
        "no entity with this id"
    }
}

/// The timeline window as the URL writes it, `FROM..TO`: each `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`, `FROM` not after `TO`. The one parser of `window=`.
pub fn parse_window(value: &str) -> Result<(PartialDate, PartialDate), &'static str> {
    const FORM: &str = "not a date range (FROM..TO, e.g. 2012..2026-03)";
    let (a, b) = value.split_once("..").ok_or(FORM)?;
    let a = PartialDate::parse(a.trim()).ok_or(FORM)?;
    let b = PartialDate::parse(b.trim()).ok_or(FORM)?;
    if is_reversed(a, b) {
        return Err("the range ends before it starts");
    }
    Ok((a, b))
}
