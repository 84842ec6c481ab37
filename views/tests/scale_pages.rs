//! The pages a shared link opens stay small as the corpus grows (issue 25): at a
//! thousand articles (`views::filter::synth::scaled`) the map and the comparison are
//! drawn as `make site` draws them (`page::prerender_state`, wide and narrow) and
//! held under a byte cap. Before the map's evidence lists were capped and the
//! round selects windowed (`views::round_list`), the map as of the last round was
//! 1.3 MB and the comparison of two rounds 479 KB (three selects of 135 KB each).

mod common;

use common::lookup::corpus;
use corpus::model::Corpus;
use views::context::Context;
use views::filter::synth::scaled;
use views::page::prerender_state;
use views::state::ViewState;

/// Raw bytes a map page's regions (header, filters, view) may take as of a round at
/// a thousand articles; at the seeds the last round's is about 38 KB.
const MAP_CAP: usize = 60 * 1024;
/// Raw bytes a page at a thousand articles may take beyond the same page drawn from
/// the seed articles the copies were made from. What the seeds' page holds (the
/// compared texts, every entity on the map of all rounds) no corpus size changes;
/// what grows is the selects and the "and N more" links.
const GROWTH: usize = 24 * 1024;

fn page_bytes(ctx: &Context, query: &str, narrow: bool) -> usize {
    let (state, _) = ViewState::parse(query, ctx.corpus);
    let p = prerender_state(ctx, &state, narrow);
    p.header.len() + p.filters.len() + p.view.len()
}

/// The seed article a generated copy was made from: `{id}-g{j}` or the id itself.
fn original(id: &str) -> &str {
    match id.rsplit_once("-g") {
        Some((seed, j)) if j.bytes().all(|b| b.is_ascii_digit()) => seed,
        _ => id,
    }
}

fn thousand() -> Corpus {
    scaled(corpus(), 1000)
}

/// Each of `pages` (a query at a thousand articles, the same at the seeds) drawn
/// wide and narrow: those that grew by [`GROWTH`] or more, and those over `cap`.
fn too_big(big: &Corpus, pages: &[(String, String)], cap: usize) -> Vec<String> {
    let (ctx, seeds) = (Context::new(big), Context::new(corpus()));
    let mut over = Vec::new();
    for (query, at_seeds) in pages {
        for narrow in [false, true] {
            let bytes = page_bytes(&ctx, query, narrow);
            let base = page_bytes(&seeds, at_seeds, narrow);
            assert!(base > 10_000, "{at_seeds}: the seeds' page is drawn");
            if bytes >= cap || bytes >= base + GROWTH {
                over.push(format!(
                    "{query} (narrow: {narrow}): {bytes} B, {base} B at the seeds"
                ));
            }
        }
    }
    over
}

#[test]
fn a_map_page_stays_small_at_a_thousand_articles() {
    let big = thousand();
    let n = big.articles.len();
    let rounds: Vec<(String, String)> = [n - 1, n / 2, 0]
        .iter()
        .map(|&i| {
            let id = &big.articles[i].id;
            (
                format!("view=map&round={id}"),
                format!("view=map&round={}", original(id)),
            )
        })
        .collect();
    let over = too_big(&big, &rounds, MAP_CAP);
    assert!(over.is_empty(), "{over:#?}");
    // All rounds: every entity and relation of the corpus, as at the seeds.
    let all = [("view=map".to_string(), "view=map".to_string())];
    let over = too_big(&big, &all, usize::MAX);
    assert!(over.is_empty(), "{over:#?}");
}

#[test]
fn a_comparison_grows_by_its_pickers_only() {
    let big = thousand();
    let n = big.articles.len();
    let last = &big.articles[n - 1].id;
    let other = (big.articles.iter().rev())
        .find(|a| original(&a.id) != original(last))
        .map(|a| &a.id)
        .expect("copies of more than one seed");
    let first = (big.articles.iter())
        .find(|a| ![last, other].iter().any(|b| original(b) == original(&a.id)))
        .map(|a| &a.id)
        .expect("copies of three seeds");
    let pages: Vec<(String, String)> = [vec![other, last], vec![first, other, last]]
        .iter()
        .map(|ids| {
            let cmp =
                |f: fn(&str) -> &str| ids.iter().map(|id| f(id)).collect::<Vec<_>>().join(",");
            (
                format!("view=compare&cmp={}", cmp(|id| id)),
                format!("view=compare&cmp={}", cmp(original)),
            )
        })
        .collect();
    let over = too_big(&big, &pages, usize::MAX);
    assert!(over.is_empty(), "{over:#?}");
}
