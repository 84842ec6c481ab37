# One source of truth for local builds, CI (.ci/run) and the GitHub Pages deploy.
#   make serve   build the release bundle and serve it at http://127.0.0.1:$(PORT)$(PUBLIC_URL)
#   make test    every check CI runs, failing on the first problem
#   make bench   bundle sizes against the budget; timeline drawn vs TimelineJS 3.9.11
#   make eval    extraction scored against hand counts: unseen articles and the seeds
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PUBLIC_URL ?= /cairo-talks/
PORT ?= 8080
SITE := target/site
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: help tools test-tools build site serve test fmt-check lint unit e2e bench report eval

help:
	@echo "make serve | make test | make bench | make report | make eval"

tools:
	scripts/install-tools.sh

test-tools:
	scripts/install-tools.sh --test

# The release bundle, built offline so trunk never tries to download a tool.
build: tools
	trunk build --release --offline --public-url "$(PUBLIC_URL)"

# dist/ staged under its sub-path, as GitHub Pages serves it.
site: build
	rm -rf "$(SITE)" && mkdir -p "$(SITE)$(PUBLIC_URL)"
	cp -R dist/. "$(SITE)$(PUBLIC_URL)"

serve: site
	@echo "Cairo Talks: http://127.0.0.1:$(PORT)$(PUBLIC_URL)"
	python3 -m http.server "$(PORT)" --bind 127.0.0.1 --directory "$(SITE)"

fmt-check:
	cargo fmt --all -- --check

lint: tools
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --workspace

e2e: site
	E2E_SITE="$(SITE)" E2E_PUBLIC_URL="$(PUBLIC_URL)" playwright test

test: test-tools fmt-check lint unit e2e

bench: site
	node scripts/bench.mjs dist
	node scripts/bench-timeline.mjs "$(SITE)" "$(PUBLIC_URL)"

report:
	cargo run --quiet -p corpus -- report seeds/

# Mention P/R/F1, dated events, quotes and speakers on tests/fixtures/unseen/ (read with
# the knowledge base of seeds/ as it is) and on the seeds; EVAL_FLAGS=--verbose lists
# every difference. Rules of the hand counts: tests/fixtures/unseen/ANNOTATION.md.
eval:
	cargo run --release --quiet -p corpus --example eval -- $(EVAL_FLAGS)
