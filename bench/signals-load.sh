#!/usr/bin/env bash
# What counting signals costs a page under load: two builds of the server side by side on copies
# of one national data set — BEFORE, built from a commit without signals, and AFTER — each pinned
# to core 0 with wrk on core 1, taking turns, three rounds. The pages: a search that finds
# nothing (AFTER counts a signal on every request: the worst case), and the catalogue's first
# page (nothing counted). A benchmark, not a test.
#   bench/signals-load.sh BEFORE_SERVER AFTER_SERVER DATABASE_FILE
# DATABASE_FILE: a national data set written by BEFORE's own `store --example national` (the
# AFTER server migrates its copy). Needs target/site and a hash.txt beside each binary, as
# `cargo leptos build` leaves them.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$1 after=$2 database=$3
duration=${DURATION:-20s}
connections=${CONNECTIONS:-64}
work=$(mktemp -d)
servers=()
cleanup() {
  for s in "${servers[@]}"; do kill "$s" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

start() { # name binary port
  cp "$database" "$work/$1.db"
  DATABASE_URL="sqlite://$work/$1.db" LEPTOS_SITE_ADDR=127.0.0.1:$3 LEPTOS_SITE_ROOT=target/site \
    LEPTOS_OUTPUT_NAME=pomoc LEPTOS_HASH_FILES=true RUST_LOG=warn taskset -c 0 "$2" &
  servers+=($!)
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$3/" >/dev/null && return; sleep 0.2; done
  echo "$1 did not start" >&2; exit 1
}
start before "$before" 3431
start after "$after" 3432

run() { # port path
  taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$1$2" |
    awk '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } / 50%/ { p50 = $2 } /Non-2xx/ { e = $5 }
         END { printf "%10s %10s %10s %s\n", rps, p50, p99, (e ? e " non-2xx" : "") }'
}

echo "national data set; $connections connections, $duration a run; server on core 0, wrk on core 1"
printf "%-6s %-40s %-7s %10s %10s %10s\n" round page build req/s p50 p99
for round in 1 2 3; do
  for page in "/sluzby?q=kadernik+ve+meste" "/sluzby"; do
    printf "%-6s %-40s %-7s %s\n" "$round" "$page" before "$(run 3431 "$page")"
    printf "%-6s %-40s %-7s %s\n" "$round" "$page" after "$(run 3432 "$page")"
  done
done
for s in "${servers[@]}"; do grep VmHWM "/proc/$s/status"; done
