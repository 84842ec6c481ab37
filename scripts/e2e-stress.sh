#!/usr/bin/env bash
# make e2e-stress: the whole e2e suite five times (--repeat-each=5) while two busy
# loops keep both cores loaded, as on a shared CI machine. Fails if any run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
burn() { while :; do :; done; }
burn & b1=$!
burn & b2=$!
trap 'kill $b1 $b2 2>/dev/null || true' EXIT
echo "==> two CPU-busy processes: $b1 $b2"
make --no-print-directory e2e-run PLAYWRIGHT_ARGS="--repeat-each=5"
