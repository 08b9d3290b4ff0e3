#!/usr/bin/env bash
# Where a page's time goes, on the national-size data set: Linux perf samples the release server
# (pinned to core 0) while wrk (core 1) asks for one page for DURATION, and prints the functions
# with the most samples of their own. Each page twice: rendered for every request
# (POMOC_PAGE_CACHE_MB=0) and served kept. Needs perf (Debian's linux-perf) and wrk.
#   cargo leptos build --release && bench/profile.sh ["/sluzby" "/pomoc/dluhy/ne?obec=549258" …]
# Options via environment: DURATION (15s), TOP (15 functions), BACKEND (sqlite or postgres, as
# bench/load.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

duration=${DURATION:-15s}
top=${TOP:-15}
address=127.0.0.1:3422
work=$(mktemp -d)
if [ $# -gt 0 ]; then pages=("$@"); else pages=("/sluzby" "/pomoc/dluhy/ne?obec=549258"); fi

for tool in perf wrk; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install linux-perf wrk)" >&2; exit 1; }
done
. bench/national.sh
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  drop_national
  rm -rf "$work"
}
trap cleanup EXIT

cargo run --quiet --release -p store --example national -- "$database_url"
for cache in 0 64; do
  DATABASE_URL="$database_url" LEPTOS_SITE_ADDR=$address LEPTOS_SITE_ROOT=target/site \
    POMOC_PAGE_CACHE_MB=$cache LEPTOS_OUTPUT_NAME=pomoc LEPTOS_HASH_FILES=true RUST_LOG=warn \
    taskset -c 0 "$CARGO_TARGET_DIR/release/server" &
  server=$!
  for _ in $(seq 1 100); do curl -sf "http://$address/" >/dev/null && break; sleep 0.2; done
  for page in "${pages[@]}"; do
    curl -sf "http://$address$page" >/dev/null
    echo "== $page, $([ $cache = 0 ] && echo "rendered for every request" || echo "kept"): top $top functions by own samples"
    perf record -q -F 997 -p "$server" -o "$work/perf.data" -- \
      taskset -c 1 wrk -t1 -c64 -d"$duration" "http://$address$page" | grep "Requests/sec"
    perf report -i "$work/perf.data" --no-children --sort symbol --stdio > "$work/report.txt" 2>/dev/null
    grep -E '^ +[0-9]' "$work/report.txt" | sed -E 's/ +$//' | head -n "$top" || true
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  server=""
done
