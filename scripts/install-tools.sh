#!/usr/bin/env bash
# Installs what building (and, with --test, testing) Cairo Talks needs, skipping
# whatever is already present at the right version. Safe to run again and again.
#
#   scripts/install-tools.sh          wasm32 target, trunk, wasm-bindgen CLI, npm deps
#   scripts/install-tools.sh --test   the same, plus Chromium, ChromeDriver and openssl
#   scripts/install-tools.sh --bench  the same as --test, plus twiggy (make bench;
#                                     Lighthouse comes with the npm dependencies)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# 0.8 reads the wasm rustc emits today; 0.7 stops at "Unknown opcode".
TWIGGY_VERSION=0.8.0
MODE="${1:-}"
case "$MODE" in ""|--test|--bench) ;; *) echo "usage: $0 [--test|--bench]" >&2; exit 2 ;; esac
# The CLI must equal the wasm-bindgen crate that Cargo.lock pins.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print}' Cargo.lock)
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

step() { printf '==> %s\n' "$*"; }
timed() { local t0=$SECONDS; "$@"; step "done in $((SECONDS - t0)) s"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "wasm32-unknown-unknown target: present"
else
  step "installing the wasm32-unknown-unknown target"
  timed rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  step "trunk $TRUNK_VERSION: present"
else
  step "installing trunk $TRUNK_VERSION (takes several minutes)"
  timed cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "wasm-bindgen $WASM_BINDGEN_VERSION: present"
else
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the CLI's own lock file does not resolve against this registry.
  timed cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm deps (wasm-opt from binaryen, Playwright, TimelineJS for the benchmark): the
# stamp records which package-lock.json the installed node_modules came from.
stamp=node_modules/.package-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  step "node_modules: up to date"
else
  step "installing npm dependencies"
  timed npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

if [ "$MODE" = "--test" ] || [ "$MODE" = "--bench" ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    step "chromium and chromedriver: present"
  else
    step "installing chromium and chromium-driver from Debian"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    # Wait for another apt run (a parallel install) instead of failing on its lock.
    timed bash -c "$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver >/dev/null"
  fi
  # The static server over HTTP/2 needs a certificate (scripts/serve.mjs --h2): made by
  # openssl for the bench, and for the server's own test in make test.
  if command -v openssl >/dev/null; then
    step "openssl: present"
  else
    step "installing openssl from Debian"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    timed bash -c "$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq openssl >/dev/null"
  fi
fi

if [ "$MODE" = "--bench" ]; then
  # It calls itself "twiggy-opt 0.8.0".
  if [ "$(twiggy --version 2>/dev/null | awk '{print $NF}')" = "$TWIGGY_VERSION" ]; then
    step "twiggy $TWIGGY_VERSION: present"
  else
    step "installing twiggy $TWIGGY_VERSION"
    timed cargo install twiggy --version "$TWIGGY_VERSION" --locked --force
  fi
fi
