//! `make eval`: how well the extractor reads articles it has never seen, scored against
//! hand counts, with the knowledge base exactly as it is.
//!
//! `cargo run --release -p corpus --example eval [-- --verbose] [--tier unseen|blind|seeds ...]`
//!
//! Three tiers ([`tier::Tier`]), each article on its own line and then the whole tier;
//! `--tier` (repeatable) runs only those named, all of them by default:
//!
//! - tuned, `tests/fixtures/unseen/`: real reports of other rounds, read with the
//!   knowledge base of `seeds/` (never a copy of it, so no alias can be added for the
//!   test); read while rules are written, so an upper bound;
//! - blind, `tests/fixtures/heldout/`: articles annotated before their first run and
//!   never read while writing rules: the rules' figures on text they were not tuned
//!   on, judged against issue 23's targets ([`targets`]). It may be empty (it is
//!   refilled by others), and then says so;
//! - seeds, `seeds/`: the five seed articles, to see that nothing learnt on new
//!   articles costs the ones the app ships.
//!
//! Printed: mention precision, recall and F1 (micro-averaged over per-entity counts),
//! dated events found of gold (and extra, and wrong: read at the gold's words with
//! another date), quotes found of gold, and the speakers of the quotes whose speaker
//! the text states: right / wrong person / unattributed, and the people placed at the
//! talks and the delegation heads (found of gold, + extra). Then, in a table of its
//! own, issue 22's promises (`promises/`): commitments and outcomes (P, R, F1), of
//! the matched commitments the deadlines and agreements right, of the matched
//! outcomes the statuses right, and the unsupported statuses (an outcome found in a
//! sentence that reports none). `--verbose` lists every difference. The rules of the
//! hand counts are in `tests/fixtures/unseen/ANNOTATION.md`; the scoring is in
//! `score.rs` and `promises/score.rs`. A promises gold error (words in no sentence)
//! is printed in the table and on stderr, and the run fails, but the rest is scored.

mod gold;
mod promises;
mod promises_table;
mod score;
mod targets;
mod tier;

use score::Score;
use std::process::ExitCode;
use tier::Tier;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    let tiers = match tiers(&args) {
        Ok(tiers) => tiers,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut ok = true;
    for tier in tiers {
        if let Err(errors) = run(tier, verbose) {
            ok = false;
            for e in errors {
                eprintln!("{e}");
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The tiers `--tier` names, in their own order and once each; all when none is named.
fn tiers(args: &[String]) -> Result<Vec<Tier>, String> {
    let mut named = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let value = match arg.strip_prefix("--tier=") {
            Some(v) => v,
            None if arg == "--tier" => rest.next().map(String::as_str).unwrap_or(""),
            None if arg == "--verbose" || arg == "-v" => continue,
            None => {
                return Err(format!(
                    "unknown argument {arg:?}: expected --verbose or --tier"
                ));
            }
        };
        let tier = Tier::parse(value)
            .ok_or_else(|| format!("--tier {value:?}: expected unseen, blind or seeds"))?;
        named.push(tier);
    }
    if named.is_empty() {
        return Ok(Tier::ALL.to_vec());
    }
    named.sort();
    named.dedup();
    Ok(named)
}

fn run(tier: Tier, verbose: bool) -> Result<(), Vec<String>> {
    let Some(loaded) = tier::load_tier(tier)? else {
        println!("== {}: {}/ (no articles)\n", tier.label(), tier.articles());
        return Ok(());
    };
    let corpus = &loaded.corpus;
    println!(
        "== {}: {}/ ({} articles, knowledge base seeds/)",
        tier.label(),
        tier.articles(),
        corpus.articles.len(),
    );
    println!(
        "{:<30} {:>5} {:>5} {:>5} {:>12}  {:>9} {:>5}  {:>7}  {:>14}  {:>8}  {:>7}",
        "",
        "P",
        "R",
        "F1",
        "tp/fp/fn",
        "dates",
        "wrong",
        "quotes",
        "speakers r/w/u",
        "at talks",
        "leaders"
    );
    let mut total = Score::default();
    for article in &corpus.articles {
        let s = score::score(corpus, article, &loaded.gold[&article.id]);
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
    if tier != Tier::Seeds {
        let whose = match tier {
            Tier::Blind => "targets (issue 23):",
            _ => "the blind tier's targets (issue 23), for comparison:",
        };
        println!("{whose}");
        targets::print(&targets::blind_targets(&total));
    }
    let promised = promises_table::print(&loaded, verbose);
    if tier != Tier::Seeds {
        targets::print(&targets::promises_targets(&promised));
    }
    println!();
    if loaded.promises.errors.is_empty() {
        Ok(())
    } else {
        Err(loaded.promises.errors.clone())
    }
}

/// The tier's one-line summary, the line RESULTS.md quotes.
fn summary(total: &Score) -> String {
    let sp = total.speakers;
    format!(
        "mentions: P {:.3} R {:.3} F1 {:.3}; dated events {}/{} ({:.0}%, {} extra, {} wrong; counted {}/{}); quotes {}/{} ({:.0}%); \
         speakers of {} stated: {} right, {} wrong person, {} unattributed; {} given a speaker the text does not name; \
         at the talks {}/{} ({} extra); leaders {}/{} ({} extra)",
        total.mentions.precision(),
        total.mentions.recall(),
        total.mentions.f1(),
        total.dates.tp,
        total.dates.tp + total.dates.fn_,
        100.0 * total.dates.recall(),
        total.dates.fp,
        total.wrong_dates,
        total.counted.tp,
        total.counted.tp + total.counted.fn_,
        total.quotes.tp,
        total.quotes.tp + total.quotes.fn_,
        100.0 * total.quotes.recall(),
        sp.stated,
        sp.right,
        sp.wrong,
        sp.unattributed,
        sp.invented,
        total.present.tp,
        total.present.tp + total.present.fn_,
        total.present.fp,
        total.leaders.tp,
        total.leaders.tp + total.leaders.fn_,
        total.leaders.fp,
    )
}

fn line(id: &str, s: &Score) -> String {
    let m = s.mentions;
    let sp = s.speakers;
    format!(
        "{:<30} {:>5.3} {:>5.3} {:>5.3} {:>12}  {:>9} {:>5}  {:>7}  {:>14}  {:>8}  {:>7}",
        id,
        m.precision(),
        m.recall(),
        m.f1(),
        format!("{}/{}/{}", m.tp, m.fp, m.fn_),
        format!("{}/{}+{}", s.dates.tp, s.dates.tp + s.dates.fn_, s.dates.fp),
        s.wrong_dates,
        format!("{}/{}", s.quotes.tp, s.quotes.tp + s.quotes.fn_),
        format!(
            "{}/{}/{} of {}",
            sp.right, sp.wrong, sp.unattributed, sp.stated
        ),
        ratio_plus(s.present),
        ratio_plus(s.leaders),
    )
}

/// "found/gold+extra".
fn ratio_plus(c: score::Counts) -> String {
    format!("{}/{}+{}", c.tp, c.tp + c.fn_, c.fp)
}
