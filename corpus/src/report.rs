//! The extraction report: per article, what was found, as text for people and as
//! JSON for tools (the shape ARCHITECTURE.md section 9 fixes; extra fields are additions).

use crate::model::{Article, Corpus, EntityIx, SentenceIx};
use serde_json::{Value, json};
use std::fmt::Write;

fn id(corpus: &Corpus, ix: Option<EntityIx>) -> Value {
    ix.map_or(Value::Null, |i| json!(corpus.entity(i).id))
}

/// The report as JSON.
pub fn json(corpus: &Corpus) -> String {
    let entities: Vec<Value> = corpus
        .entities
        .iter()
        .map(|e| {
            json!({
                "id": e.id, "name": e.name, "kind": e.kind.as_str(), "aliases": e.aliases,
                "faction": id(corpus, e.faction), "description": e.description,
                "roles": e.roles.iter().map(|r| json!({
                    "title": r.title,
                    "from": r.from.map(|d| d.to_string()),
                    "to": r.to.map(|d| d.to_string()),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let articles: Vec<Value> = corpus
        .articles
        .iter()
        .map(|a| article_json(corpus, a))
        .collect();
    let value = json!({ "entities": entities, "articles": articles });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

fn article_json(corpus: &Corpus, a: &Article) -> Value {
    let span = |s: crate::model::Span| (s.start, s.end, a.slice(s));
    json!({
        "id": a.id,
        "date": a.date().to_string(),
        "published": a.published.value.map(|d| d.to_string()),
        "headline": a.headline,
        "outlet": a.outlet.value, "wire": a.wire.value,
        "file": a.file,
        "mentions": a.mentions.iter().map(|m| {
            let (start, end, text) = span(m.span);
            json!({
                "entity": corpus.entity(m.entity).id, "start": start, "end": end, "text": text,
                "variant": m.variant,
            })
        }).collect::<Vec<_>>(),
        "candidates": a.candidates.iter().map(|c| {
            let (start, end, text) = span(c.span);
            json!({
                "text": text, "start": start, "end": end,
                "role": c.role.map(|r| a.slice(r)), "affiliation": id(corpus, c.affiliation),
                "kind": c.kind.map(|k| k.as_str()),
            })
        }).collect::<Vec<_>>(),
        "quotes": a.quotes.iter().map(|q| {
            let (start, end, text) = span(q.span);
            json!({
                "speaker": id(corpus, q.speaker),
                "speaker_text": q.speaker_span.map(|s| a.slice(s)),
                "speaker_faction": id(corpus, q.speaker_faction),
                "rule": q.rule.as_str(), "rule_label": q.rule.label(),
                "start": start, "end": end, "text": text,
            })
        }).collect::<Vec<_>>(),
        "events": a.events.iter().map(|r| {
            let (start, end, text) = span(r.span);
            json!({
                "date": r.date.to_string(), "precision": r.date.precision().as_str(),
                "label": corpus.event_ref_label(a, r), "start": start, "end": end, "text": text,
                "sentence": a.sentence_text(r.sentence),
                "catalog": r.catalog.iter().map(|&e| &corpus.events[e as usize].id).collect::<Vec<_>>(),
                "dated_by_text": r.dated_by_text,
                "read": r.read.as_str(), "inferred": r.is_inferred(),
                "from": r.from.map(|f| f.date.to_string()),
                "from_kind": r.from.map(|f| f.kind.as_str()),
                "shown": crate::model::uncertain_label(r.date, r.read),
                "how_read": crate::model::reading_label(r.read, r.from, a.slice(r.span)),
            })
        }).collect::<Vec<_>>(),
        "topics": topics_of(corpus, a),
        "relations": a.relations.iter().map(|r| json!({
            "kind": r.kind.as_str(), "source": corpus.entity(r.source).id,
            "target": corpus.entity(r.target).id, "role": r.role,
            "sentence": a.sentence_text(r.sentence),
        })).collect::<Vec<_>>(),
        "present": a.present.iter().map(|p| json!({
            "person": corpus.entity(p.person).id, "cue": p.cue.as_str(),
            "leads": id(corpus, p.leads), "sentence": a.sentence_text(p.sentence),
        })).collect::<Vec<_>>(),
        "framing": a.framing.iter().map(|f| {
            let (start, end, text) = span(f.span);
            json!({ "term": corpus.framing[f.term as usize].id, "start": start, "end": end, "text": text })
        }).collect::<Vec<_>>(),
        "commitments": promises_json(corpus, a),
    })
}

/// The article's commitments and outcomes as one list, each at its sentence, ordered
/// by the sentence's start (a commitment before an outcome of the same sentence).
/// `deadline_inferred` is true only for a deadline counted from another date ("within
/// six months" of a dated signing); false for a stated deadline, none, and outcomes.
fn promises_json(corpus: &Corpus, a: &Article) -> Vec<Value> {
    let provision = |ix| corpus.provision(ix).map(|p| p.id.as_str());
    let agreement = |ix: Option<_>| ix.and_then(|i| corpus.agreement(i)).map(|g| g.id.as_str());
    let commitments = a.commitments.iter().map(|c| {
        let fields = json!({
            "kind": "commitment", "provision": provision(c.provision), "status": null,
            "deadline": c.deadline.date().map(|d| d.to_string()),
            "deadline_inferred": c.deadline.is_inferred(),
            "agreement": agreement(c.agreement),
            "by": c.by.iter().map(|&e| &corpus.entity(e).id).collect::<Vec<_>>(),
        });
        (c.sentence, fields)
    });
    let outcomes = a.outcomes.iter().map(|o| {
        let fields = json!({
            "kind": "outcome", "provision": provision(o.provision),
            "status": o.status.as_str(), "deadline": null, "deadline_inferred": false,
            "agreement": agreement(o.agreement), "by": [],
        });
        (o.sentence, fields)
    });
    let mut out: Vec<(u32, Value)> = commitments
        .chain(outcomes)
        .filter_map(|(sentence, fields)| at_sentence(a, sentence, fields))
        .collect();
    // Stable: within a sentence, commitments keep their place before outcomes.
    out.sort_by_key(|(start, _)| *start);
    out.into_iter().map(|(_, v)| v).collect()
}

/// `fields` with the sentence's `start`, `end` and `text`; `None` for a sentence the
/// article does not have (never in a compiled corpus), rather than made-up offsets.
fn at_sentence(a: &Article, sentence: SentenceIx, mut fields: Value) -> Option<(u32, Value)> {
    let span = a.sentences.get(sentence as usize)?.span;
    let map = fields.as_object_mut()?;
    map.insert("start".into(), json!(span.start));
    map.insert("end".into(), json!(span.end));
    map.insert("text".into(), json!(a.slice(span)));
    Some((span.start, fields))
}

/// The article's topics, each once, in the lexicon's order.
pub fn topics_of(corpus: &Corpus, a: &Article) -> Vec<String> {
    a.topic_ixs()
        .iter()
        .map(|&t| corpus.topics[t as usize].id.clone())
        .collect()
}

/// The report as text.
pub fn text(corpus: &Corpus) -> String {
    let mut out = String::new();
    for a in &corpus.articles {
        let _ = writeln!(out, "== {} ({}) {}", a.id, a.date(), a.file);
        let mut counts: Vec<(EntityIx, usize)> = Vec::new();
        for m in &a.mentions {
            match counts.iter_mut().find(|(e, _)| *e == m.entity) {
                Some((_, n)) => *n += 1,
                None => counts.push((m.entity, 1)),
            }
        }
        let _ = writeln!(
            out,
            "entities ({}, {} mentions): {}",
            counts.len(),
            a.mentions.len(),
            counts
                .iter()
                .map(|(e, n)| format!("{}×{n}", corpus.entity(*e).id))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let variants: Vec<String> = a
            .mentions
            .iter()
            .filter(|m| m.variant)
            .map(|m| format!("{} for {}", a.slice(m.span), corpus.entity(m.entity).name))
            .collect();
        if !variants.is_empty() {
            let _ = writeln!(out, "spelling variants: {}", variants.join(", "));
        }
        let _ = writeln!(out, "quotes ({}):", a.quotes.len());
        for q in &a.quotes {
            let who = match (q.speaker, q.speaker_span) {
                (Some(s), _) => corpus.entity(s).id.clone(),
                (None, Some(span)) => format!("unnamed: {}", a.slice(span)),
                (None, None) => "no speaker".into(),
            };
            let _ = writeln!(
                out,
                "  [{who}; {}] \"{}\"",
                q.rule.label(),
                crate::model::shorten(a.slice(q.span), 90)
            );
        }
        let _ = writeln!(out, "dated events ({}):", a.events.len());
        for r in &a.events {
            let _ = writeln!(
                out,
                "  {} ({}) \"{}\" → {}",
                r.date,
                r.date.precision().as_str(),
                a.slice(r.span),
                corpus.event_ref_label(a, r)
            );
        }
        let _ = writeln!(out, "topics: {}", topics_of(corpus, a).join(", "));
        let _ = writeln!(out, "relations ({}):", a.relations.len());
        for r in &a.relations {
            let _ = writeln!(
                out,
                "  {} {} → {}{}",
                r.kind.as_str(),
                corpus.entity(r.source).id,
                corpus.entity(r.target).id,
                r.role
                    .as_ref()
                    .map(|x| format!(" ({x})"))
                    .unwrap_or_default()
            );
        }
        let candidates = a.candidates.iter().map(|c| a.slice(c.span).to_string());
        counted_line(&mut out, "uncurated candidates", candidates.collect());
        let present = a.present.iter().map(|p| match p.leads {
            Some(f) => format!(
                "{} (heads the {} delegation)",
                corpus.entity(p.person).id,
                corpus.entity(f).name
            ),
            None => format!("{} ({})", corpus.entity(p.person).id, p.cue.as_str()),
        });
        counted_line(&mut out, "at the talks", present.collect());
        let provision = |ix| corpus.provision(ix).map_or("?", |p| p.id.as_str());
        let promised = a.commitments.iter().map(|c| match c.deadline.date() {
            Some(d) => format!("{} by {d}", provision(c.provision)),
            None => provision(c.provision).to_string(),
        });
        counted_line(&mut out, "commitments", promised.collect());
        let outcomes = a
            .outcomes
            .iter()
            .map(|o| format!("{} {}", provision(o.provision), o.status.as_str()));
        counted_line(&mut out, "outcomes", outcomes.collect());
        let _ = writeln!(out, "framing terms: {}", a.framing.len());
        out.push('\n');
    }
    out
}

/// `label (n): a, b, c`, one line of the text report.
fn counted_line(out: &mut String, label: &str, items: Vec<String>) {
    let _ = writeln!(out, "{label} ({}): {}", items.len(), items.join(", "));
}
