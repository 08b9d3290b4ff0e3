#!/usr/bin/env bash
# Load on the catalogue search page beside a static file of exactly the same bytes served by the
# same server, in one run: the ratio says what rendering a search costs over sending a file.
# The server runs on core 0, wrk on core 1. Needs wrk (Debian package) and a release build:
#   cargo leptos build --release && bench/wrk-catalogue.sh
# Options via environment: QUERY (default q=pecovatelska), DURATION (20s), CONNECTIONS (32).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

query=${QUERY:-q=pecovatelska}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
address=127.0.0.1:3400
work=$(mktemp -d)
static_file=target/site/bench-static.html

cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work" "$static_file"
}
trap cleanup EXIT

DATABASE_URL="sqlite://$work/pomoc.db" LEPTOS_SITE_ADDR=$address LEPTOS_ENV=PROD RUST_LOG=warn \
  taskset -c 0 "$CARGO_TARGET_DIR/release/server" &
server=$!
for _ in $(seq 1 50); do curl -sf "http://$address/" >/dev/null && break; sleep 0.2; done

curl -sf "http://$address/sluzby?$query" -o "$static_file"
size=$(stat -c %s "$static_file")

run() {
  taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency "http://$address$1" \
    | awk -v name="$2" '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } / 50%/ { p50 = $2 }
                        END { printf "%-28s %10s %10s %10s\n", name, rps, p50, p99 }'
}

echo "catalogue page /sluzby?$query: $size bytes; $connections connections, $duration each"
printf "%-28s %10s %10s %10s\n" "what" "req/s" "p50" "p99"
run "/sluzby?$query" "search page (rendered)"
run "/bench-static.html" "static file, same bytes"
