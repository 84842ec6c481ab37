//! `make eval`: how well the extractor reads articles it has never seen, scored against
//! hand counts, with the knowledge base exactly as it is.
//!
//! `cargo run --release -p corpus --example eval [-- --verbose]`
//!
//! Two sets, each article on its own line and then the whole set:
//!
//! - `tests/fixtures/unseen/`: real reports of other rounds, read with the knowledge
//!   base of `seeds/` (never a copy of it, so no alias can be added for the test);
//! - `tests/fixtures/heldout/`: the blind tier, articles annotated before their first
//!   run and never read while writing rules: the rules' figures on text they were not
//!   tuned on. It may be empty (it is refilled by others), and then says so;
//! - `seeds/`: the five seed articles, to see that nothing learnt on new articles
//!   costs the ones the app ships.
//!
//! Printed: mention precision, recall and F1 (micro-averaged over per-entity counts),
//! dated events found of gold (and extra), quotes found of gold, and the speakers of
//! the quotes whose speaker the text states: right / wrong person / unattributed, and
//! the people placed at the talks and the delegation heads (found of gold, + extra).
//! `--verbose` lists every difference. The rules of the hand counts are in
//! `tests/fixtures/unseen/ANNOTATION.md`; the scoring is in `score.rs`.

mod gold;
mod score;

use corpus::seeds::SeedFiles;
use score::Score;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let verbose = std::env::args().any(|a| a == "--verbose" || a == "-v");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let kb = root.join("seeds");
    let sets = [
        (
            "unseen articles",
            root.join("tests/fixtures/unseen"),
            root.join("tests/fixtures/unseen/gold"),
        ),
        (
            "held-out articles",
            root.join("tests/fixtures/heldout"),
            root.join("tests/fixtures/heldout/gold"),
        ),
        (
            "seed articles",
            kb.clone(),
            root.join("tests/fixtures/seeds/gold"),
        ),
    ];
    let mut ok = true;
    for (name, articles, gold) in sets {
        match run(name, &kb, &articles, &gold, verbose) {
            Ok(()) => {}
            Err(errors) => {
                ok = false;
                for e in errors {
                    eprintln!("{e}");
                }
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn run(
    name: &str,
    kb: &Path,
    articles: &Path,
    gold_dir: &Path,
    verbose: bool,
) -> Result<(), Vec<String>> {
    if has_no_articles(articles)? {
        println!("== {name}: {} (no articles)\n", shown(articles));
        return Ok(());
    }
    let corpus = SeedFiles::read_dirs(kb, articles)
        .and_then(|s| s.compile())
        .map_err(|e| vec![e.to_string()])?;
    let gold = gold::read(gold_dir, &corpus)?;
    println!(
        "== {name}: {} ({} articles, knowledge base {})",
        shown(articles),
        corpus.articles.len(),
        shown(kb)
    );
    println!(
        "{:<30} {:>5} {:>5} {:>5} {:>12}  {:>9}  {:>7}  {:>14}  {:>8}  {:>7}",
        "", "P", "R", "F1", "tp/fp/fn", "dates", "quotes", "speakers r/w/u", "at talks", "leaders"
    );
    let mut total = Score::default();
    for article in &corpus.articles {
        let s = score::score(&corpus, article, &gold[&article.id]);
        println!("{}", line(&article.id, &s));
        if verbose {
            for d in &s.diff {
                println!("    {d}");
            }
        }
        total.add(&s);
    }
    println!("{}", line("all", &total));
    let sp = total.speakers;
    println!(
        "mentions: P {:.3} R {:.3} F1 {:.3}; dated events {}/{} ({:.0}%, {} extra); quotes {}/{} ({:.0}%); \
         speakers of {} stated: {} right, {} wrong person, {} unattributed; {} given a speaker the text does not name; \
         at the talks {}/{} ({} extra); leaders {}/{} ({} extra)\n",
        total.mentions.precision(),
        total.mentions.recall(),
        total.mentions.f1(),
        total.dates.tp,
        total.dates.tp + total.dates.fn_,
        100.0 * total.dates.recall(),
        total.dates.fp,
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
    );
    Ok(())
}

fn line(id: &str, s: &Score) -> String {
    let m = s.mentions;
    let sp = s.speakers;
    format!(
        "{:<30} {:>5.3} {:>5.3} {:>5.3} {:>12}  {:>9}  {:>7}  {:>14}  {:>8}  {:>7}",
        id,
        m.precision(),
        m.recall(),
        m.f1(),
        format!("{}/{}/{}", m.tp, m.fp, m.fn_),
        format!("{}/{}+{}", s.dates.tp, s.dates.tp + s.dates.fn_, s.dates.fp),
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

/// Whether a folder's `articles.toml` has no `[[article]]` entry: an empty tier is
/// reported as such, not as a seed error (the seed checker requires one).
fn has_no_articles(folder: &Path) -> Result<bool, Vec<String>> {
    let path = folder.join("articles.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| vec![format!("{}: cannot read: {e}", path.display())])?;
    let table: toml::Table = toml::from_str(&text)
        .map_err(|e| vec![format!("{}: {}", path.display(), e.message().trim())])?;
    Ok(table
        .get("article")
        .and_then(|a| a.as_array())
        .is_none_or(|a| a.is_empty()))
}

/// A path relative to the repository, as people type it.
fn shown(p: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let rel = p.strip_prefix(&root).unwrap_or(p);
    format!("{}/", rel.display())
}
