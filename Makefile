# One source of truth for local builds, CI (.ci/run) and the GitHub Pages deploy.
#   make serve   build the release bundle and serve it at http://127.0.0.1:$(PORT)$(PUBLIC_URL)
#   make test    every check CI runs, failing on the first problem
#   make bench   sizes, what the wasm holds, desktop load and Lighthouse mobile, in one run
#   make eval    extraction scored against hand counts: unseen articles and the seeds
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PUBLIC_URL ?= /cairo-talks/
PORT ?= 8080
# Where trunk writes the bundle and where it is staged under its sub-path; the bench
# builds variants of the site from larger corpora (CAIRO_SEEDS) into folders of their own.
DIST ?= dist
SITE ?= target/site
# Where the site is published: its canonical URLs and link cards name it (the Pages
# deploy passes https://OWNER.github.io; locally, make serve's address).
SITE_ORIGIN ?= http://127.0.0.1:$(PORT)
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: help tools test-tools bench-tools build site serve test fmt-check lint unit e2e e2e-run e2e-stress bench report eval shots

help:
	@echo "make serve | make test | make bench | make report | make eval"

tools:
	scripts/install-tools.sh

test-tools:
	scripts/install-tools.sh --test

bench-tools:
	scripts/install-tools.sh --bench

# The release bundle, built offline so trunk never tries to download a tool.
build: tools
	trunk build --release --offline --public-url "$(PUBLIC_URL)" --dist "$(DIST)"

# dist/ finished (the front page prerendered by the app's own writers, the CSP) and
# staged under its sub-path, as GitHub Pages serves it.
# trunk's own JS minifier fails on wasm-bindgen's glue (a warning, the file left as
# is), so terser minifies it; the site step then writes the page's integrity hashes.
site: build
	for f in $(DIST)/cairo-talks-*.js; do terser "$$f" --module --compress --mangle --output "$$f"; done
	cargo run --quiet --release -p views --features site --bin site -- "$(DIST)" "$(PUBLIC_URL)" "$(SITE_ORIGIN)"
	rm -rf "$(SITE)" && mkdir -p "$(SITE)$(PUBLIC_URL)"
	cp -R $(DIST)/. "$(SITE)$(PUBLIC_URL)"

# Served gzip-compressed with Pages' MIME types, index and 404 pages (scripts/serve.mjs).
serve: site
	@echo "Cairo Talks: http://127.0.0.1:$(PORT)$(PUBLIC_URL)"
	node scripts/serve.mjs "$(SITE)" --port "$(PORT)"

fmt-check:
	cargo fmt --all -- --check

lint: tools
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --workspace
	node --test --test-reporter=dot scripts/serve.test.mjs scripts/bench/bench.test.mjs

# The release build under its sub-path, plus a 404 page for a site served at the
# domain root (the 404 spec checks neither loops).
e2e: site e2e-run

e2e-run:
	mkdir -p target/site-root && echo '<!DOCTYPE html><title>root</title><p>index</p>' > target/site-root/index.html
	cargo run --quiet --release -p views --features site --bin site -- --not-found assets/404.html / target/site-root/404.html
	E2E_SITE="$(SITE)" E2E_PUBLIC_URL="$(PUBLIC_URL)" playwright test $(PLAYWRIGHT_ARGS)

# The e2e suite five times over while two processes keep both cores busy: a test
# that passes only on an idle machine is a bug (in the app or in the test).
e2e-stress: site
	scripts/e2e-stress.sh

test: test-tools fmt-check lint unit e2e

# One run: sizes, twiggy groups, desktop load vs the floor and TimelineJS, Lighthouse
# mobile (BENCH_ARGS="--runs 5 --samples 9" for more). Reports, never fails on a target;
# the results land in target/bench/result.json and result.md.
BENCH_ARGS ?=
bench: bench-tools site
	node --test --test-reporter=dot scripts/serve.test.mjs scripts/bench/bench.test.mjs
	node scripts/bench.mjs --site "$(SITE)" --public-url "$(PUBLIC_URL)" --dist dist $(BENCH_ARGS)

# Screenshots of every view at 1280x800 and 375x800, light and dark, into target/shots/
# (scripts/shots.mjs): for looking at a visual change before and after.
shots: test-tools site
	node scripts/shots.mjs --site "$(SITE)" --public-url "$(PUBLIC_URL)" --out target/shots

report:
	cargo run --quiet -p corpus -- report seeds/

# Mention P/R/F1, dated events, quotes and speakers on tests/fixtures/unseen/ (read with
# the knowledge base of seeds/ as it is) and on the seeds; EVAL_FLAGS=--verbose lists
# every difference. Rules of the hand counts: tests/fixtures/unseen/ANNOTATION.md.
eval:
	cargo run --release --quiet -p corpus --example eval -- $(EVAL_FLAGS)
