//! `site DIST_DIR BASE`: finishes a trunk build for publishing under `BASE` (`/` or
//! `/REPO/`): the front page prerendered into `index.html`, the CSP in it and in
//! `404.html`, and the page's integrity hashes for its files as they are now. See `views::site`. Run by `make site`.
//!
//! `site --not-found TEMPLATE BASE OUT`: only the 404 page, for a site served at
//! another base (the e2e tests check it never loops when served at `/`).

use std::path::Path;
use std::process::ExitCode;

fn run(dist: &Path, base: &str) -> Result<(), String> {
    let read = |name: &str| {
        std::fs::read_to_string(dist.join(name))
            .map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    let write = |name: &str, text: String| {
        std::fs::write(dist.join(name), text)
            .map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    let corpus = seeds()?;
    let ctx = views::context::Context::new(&corpus);
    // Integrity first: `finish_index` moves the glue's preload, integrity and all,
    // into a script whose hash the policy then covers.
    let index = views::site::with_integrity(&read("index.html")?, |href| {
        std::fs::read(dist.join(href.strip_prefix(base)?)).ok()
    })
    .map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    let index = views::site::finish_index(&index, &views::page::prerender(&ctx))
        .map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    write("index.html", index)?;
    let not_found = views::site::finish_404(&read("404.html")?, base)
        .map_err(|e| format!("{}: {e}", dist.join("404.html").display()))?;
    write("404.html", not_found)
}

/// The corpus the app's wasm embeds: `build.rs` compiles the same folder, `seeds/`
/// unless `CAIRO_SEEDS` names another (run from the repository root, as `make` does).
fn seeds() -> Result<corpus::Corpus, String> {
    let dir = std::env::var("CAIRO_SEEDS").unwrap_or_else(|_| "seeds".to_string());
    corpus::seeds::load_dir(Path::new(&dir)).map_err(|e| format!("{dir} does not compile:\n{e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, template, base, out] = args.as_slice()
        && flag == "--not-found"
    {
        let page = std::fs::read_to_string(template)
            .map_err(|e| format!("{template}: {e}"))
            .and_then(|t| views::site::finish_404(&t, base).map_err(|e| format!("{template}: {e}")))
            .and_then(|p| std::fs::write(out, p).map_err(|e| format!("{out}: {e}")));
        return match page {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("site: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let [dist, base] = args.as_slice() else {
        eprintln!(
            "usage: site DIST_DIR BASE   (BASE: / or /REPO/)\n       site --not-found TEMPLATE BASE OUT"
        );
        return ExitCode::from(2);
    };
    if !base.starts_with('/') || !base.ends_with('/') {
        eprintln!("site: BASE must start and end with '/', got {base:?}");
        return ExitCode::from(2);
    }
    match run(Path::new(dist), base) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("site: {e}");
            ExitCode::FAILURE
        }
    }
}
