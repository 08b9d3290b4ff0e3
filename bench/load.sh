#!/usr/bin/env bash
# Load on the national-size data set (every Czech municipality, 10,000 services): the catalogue's
# first page and a text search, each beside a static file of exactly the same bytes served by the
# same server, so the ratio says what rendering costs over sending a file. The server runs on
# core 0, the load generators on core 1; wrk (Debian's package) and oha (crates.io, installed here
# if missing) both measure every URL. A benchmark, not a test: the figures depend on the machine.
#   cargo leptos build --release && bench/load.sh
# Options via environment: DURATION (20s), CONNECTIONS (64), BACKEND (sqlite, or postgres: a fresh
# database on POMOC_POSTGRES_URL's server, default this machine's, dropped afterwards; PostgreSQL's
# own processes are not pinned and share both cores).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

duration=${DURATION:-20s}
backend=${BACKEND:-sqlite}
connections=${CONNECTIONS:-64}
address=127.0.0.1:3420
work=$(mktemp -d)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
# oha from crates.io; where the registry does not serve it, the runs are wrk's alone.
command -v oha >/dev/null || cargo install oha --locked || echo "oha could not be installed: wrk only" >&2
tools=(wrk)
command -v oha >/dev/null && tools+=(oha)

postgres=${POMOC_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
case $backend in
  sqlite) database_url="sqlite://$work/national.db" ;;
  postgres)
    pg_database="pomoc_bench_$$"
    psql "$postgres/postgres" -qAtc "CREATE DATABASE $pg_database"
    database_url="$postgres/$pg_database"
    ;;
  *) echo "BACKEND is sqlite or postgres" >&2; exit 2 ;;
esac

cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "${pg_database:-}" ] && psql "$postgres/postgres" -qAtc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" || true
  rm -rf "$work" target/site/bench-load-*.html
}
trap cleanup EXIT

cargo run --quiet --release -p store --example national -- "$database_url"
DATABASE_URL="$database_url" LEPTOS_SITE_ADDR=$address LEPTOS_SITE_ROOT=target/site \
  LEPTOS_OUTPUT_NAME=pomoc LEPTOS_HASH_FILES=true RUST_LOG=warn \
  taskset -c 0 "$CARGO_TARGET_DIR/release/server" &
server=$!
for _ in $(seq 1 100); do curl -sf "http://$address/" >/dev/null && break; sleep 0.2; done

wrk_run() {
  taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency "http://$address$1" |
    awk '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } / 50%/ { p50 = $2 }
         /Non-2xx/ { errors = $5 } /Socket errors/ { socket = $0 }
         END { printf "%10s %10s %10s  %s\n", rps, p50, p99, (errors ? errors " non-2xx" : "") socket }'
}

oha_run() {
  taskset -c 1 oha -z "$duration" -c "$connections" --no-tui --output-format json "http://$address$1" |
    node -e '
      const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
      const ms = (s) => (s * 1000).toFixed(2) + "ms";
      const codes = r.statusCodeDistribution ?? {};
      const bad = Object.entries(codes).filter(([c]) => c !== "200").map(([c, n]) => `${n}× ${c}`);
      console.log(`${r.summary.requestsPerSec.toFixed(1).padStart(10)} ${ms(r.latencyPercentiles.p50).padStart(10)} ${ms(r.latencyPercentiles.p99).padStart(10)}  ${bad.join(", ")}`);'
}

echo "national data set on $backend; $connections connections, $duration per run; server on core 0, load on core 1"
printf "%-52s %-4s %10s %10s %10s\n" "what" "tool" "req/s" "p50" "p99"
for page in "/sluzby" "/sluzby?q=pecovatelska+sluzba"; do
  name=$(echo "$page" | tr -c 'a-z0-9' '-')
  curl -sf "http://$address$page" -o "target/site/bench-load-$name.html"
  size=$(stat -c %s "target/site/bench-load-$name.html")
  for tool in "${tools[@]}"; do
    printf "%-52s %-4s %s\n" "$page ($size B, rendered)" "$tool" "$("${tool}_run" "$page")"
    printf "%-52s %-4s %s\n" "static file, the same $size B" "$tool" "$("${tool}_run" "/bench-load-$name.html")"
  done
done
grep VmHWM "/proc/$server/status"
