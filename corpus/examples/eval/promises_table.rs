//! The promises' part of a tier's output: a row per article, the tier's total, its
//! one-line summary, and the gold errors, loud, where they are seen.

use super::promises::score::{self, PromiseScore, Right};
use super::score::Counts;
use super::tier::Loaded;

/// Prints the table and returns the tier's total.
pub fn print(loaded: &Loaded, verbose: bool) -> PromiseScore {
    println!(
        "{:<30} {:>5} {:>5} {:>5} {:>9}  {:>9}  {:>9}  {:>5} {:>5} {:>5} {:>9}  {:>8}  {:>11}",
        "promises",
        "cP",
        "cR",
        "cF1",
        "tp/fp/fn",
        "deadlines",
        "agreement",
        "oP",
        "oR",
        "oF1",
        "tp/fp/fn",
        "statuses",
        "unsupported"
    );
    let mut total = PromiseScore::default();
    for article in &loaded.corpus.articles {
        let Some(Some(gold)) = loaded.promises.articles.get(&article.id) else {
            println!(
                "{:<30} not scored: its promises file has an error",
                article.id
            );
            continue;
        };
        let s = score::score(&score::found(&loaded.corpus, article), gold);
        println!("{}", line(&article.id, &s));
        if verbose {
            for d in &s.diff {
                println!("    {d}");
            }
        }
        total.add(&s);
    }
    println!("{}", line("all", &total));
    println!("{}", summary(&total));
    for e in &loaded.promises.errors {
        println!("  GOLD ERROR {e}");
    }
    total
}

fn line(id: &str, s: &PromiseScore) -> String {
    let (c, o) = (s.commitments, s.outcomes);
    format!(
        "{:<30} {:>5.3} {:>5.3} {:>5.3} {:>9}  {:>9}  {:>9}  {:>5.3} {:>5.3} {:>5.3} {:>9}  {:>8}  {:>11}",
        id,
        c.precision(),
        c.recall(),
        c.f1(),
        counts(c),
        of(s.deadlines),
        of(s.agreements),
        o.precision(),
        o.recall(),
        o.f1(),
        counts(o),
        of(s.statuses),
        s.unsupported,
    )
}

/// The promises' one-line summary, the line RESULTS.md quotes.
pub fn summary(s: &PromiseScore) -> String {
    let (c, o) = (s.commitments, s.outcomes);
    format!(
        "promises: commitments P {:.3} R {:.3} F1 {:.3} ({} found of {} gold, {} extra); deadlines right {} of matched; \
         agreements right {} of matched; outcomes P {:.3} R {:.3} F1 {:.3} ({} of {}, {} extra); statuses right {} of matched; \
         unsupported statuses {}",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.tp + c.fn_,
        c.fp,
        of(s.deadlines),
        of(s.agreements),
        o.precision(),
        o.recall(),
        o.f1(),
        o.tp,
        o.tp + o.fn_,
        o.fp,
        of(s.statuses),
        s.unsupported,
    )
}

fn counts(c: Counts) -> String {
    format!("{}/{}/{}", c.tp, c.fp, c.fn_)
}

fn of(r: Right) -> String {
    format!("{}/{}", r.right, r.of)
}
