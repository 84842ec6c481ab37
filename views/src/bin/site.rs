//! `site DIST_DIR BASE [ORIGIN]`: finishes a trunk build for publishing at `ORIGIN`
//! (`https://user.github.io`; the canonical URLs and cards name it) under `BASE` (`/`
//! or `/REPO/`): the front page prerendered into `index.html`, a page per pretty path
//! (`read/ID/index.html`, …, see `views::site::build`), the CSP in each and in
//! `404.html`, and the pages' integrity hashes for the files as they are now. See
//! `views::site`. Run by `make site`.
//!
//! `site --not-found TEMPLATE BASE OUT`: only the 404 page, for a site served at
//! another base (the e2e tests check it never loops when served at `/`).

use std::path::Path;
use std::process::ExitCode;
use views::context::Context;
use views::site::build::{Sources, build_pages, preview_file};

fn run(dist: &Path, base: &str, origin: &str) -> Result<(), String> {
    let read = |name: &str| {
        std::fs::read_to_string(dist.join(name))
            .map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    let write = |name: &str, text: String| {
        std::fs::write(dist.join(name), text)
            .map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    // The views' own stylesheets, from style/ (run from the repository root).
    let style = |name: &str| {
        std::fs::read_to_string(Path::new("style").join(name))
            .map_err(|e| format!("style/{name}: {e}"))
    };
    let whole = seeds()?;
    let abridged = whole.abridged();
    let (whole_ctx, abridged_ctx) = (Context::new(&whole), Context::new(&abridged));
    // Integrity first: finishing a page moves the glue's preload, integrity and all,
    // into a script whose hash the policy then covers.
    let template = views::site::with_integrity(&read("index.html")?, |href| {
        std::fs::read(dist.join(href.strip_prefix(base)?)).ok()
    })
    .map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    let sources = Sources {
        template: &template,
        whole: &whole_ctx,
        abridged: &abridged_ctx,
        origin: origin.trim_end_matches('/'),
        base,
        map_css: &style("map.css")?,
        compare_css: &style("compare.css")?,
        read_css: &style("read.css")?,
        promises_css: &style("promises.css")?,
    };
    let fonts = views::site::preview::fonts(Path::new("assets/fonts"))?;
    std::fs::create_dir_all(dist.join("previews"))
        .map_err(|e| format!("{}: {e}", dist.display()))?;
    build_pages(&sources, |page| {
        std::fs::create_dir_all(dist.join(&page.path))
            .map_err(|e| format!("{}: {e}", dist.join(&page.path).display()))?;
        let png = views::site::preview::render_png(&page.preview, &fonts)
            .map_err(|e| format!("{}: {e}", preview_file(&page.path)))?;
        std::fs::write(dist.join(preview_file(&page.path)), png)
            .map_err(|e| format!("{}: {e}", preview_file(&page.path)))?;
        write(&format!("{}index.html", page.path), page.html)
    })?;
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
    let (dist, base, origin) = match args.as_slice() {
        [dist, base] => (dist, base, "http://127.0.0.1:8080"),
        [dist, base, origin] => (dist, base, origin.as_str()),
        _ => {
            eprintln!(
                "usage: site DIST_DIR BASE [ORIGIN]   (BASE: / or /REPO/; ORIGIN: https://host)\n       site --not-found TEMPLATE BASE OUT"
            );
            return ExitCode::from(2);
        }
    };
    if !base.starts_with('/') || !base.ends_with('/') {
        eprintln!("site: BASE must start and end with '/', got {base:?}");
        return ExitCode::from(2);
    }
    match run(Path::new(dist), base, origin) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("site: {e}");
            ExitCode::FAILURE
        }
    }
}
