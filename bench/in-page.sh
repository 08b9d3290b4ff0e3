#!/usr/bin/env bash
# How fast the app answers in the page on the national-size data set (every Czech municipality,
# 10,000 services): a filter change on /sluzby until its results are painted, and a wizard step
# until the next question is painted, each the median of 20 in Chromium (Performance API) against
# the release server on loopback. A benchmark, not a test: the figures depend on the machine.
#   cargo leptos build --release --split && bench/in-page.sh
# Budgets (issue 22): filter ≤ 150 ms, wizard step ≤ 50 ms; exits 1 naming one missed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

address=127.0.0.1:3430
work=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cargo run --quiet --release -p store --example national -- "sqlite://$work/national.db"
DATABASE_URL="sqlite://$work/national.db" LEPTOS_SITE_ADDR=$address LEPTOS_SITE_ROOT=target/site \
  LEPTOS_OUTPUT_NAME=pomoc LEPTOS_HASH_FILES=true RUST_LOG=warn \
  "$CARGO_TARGET_DIR/release/server" &
server=$!
for _ in $(seq 1 100); do curl -sf "http://$address/" >/dev/null && break; sleep 0.2; done

(cd end2end && node measure/in-page.mjs "http://$address") | tee "$work/timings.txt"
awk '/^filter change/ { if ($6 + 0 > 150) { print "missed: filter change over 150 ms"; bad = 1 } }
     /^wizard step/ { if ($6 + 0 > 50) { print "missed: wizard step over 50 ms"; bad = 1 } }
     END { exit bad }' "$work/timings.txt"
