#!/usr/bin/env bash
# Load on the national-size data set (every Czech municipality, 10,000 services): the catalogue,
# a text search, a service's page and a wizard outcome, each beside a static file of exactly the
# same bytes served by the same server in the same run, so the ratio says what a page costs over
# sending a file. Two servers of one build run side by side on core 0: one keeping rendered pages
# (the default), one rendering every request (POMOC_PAGE_CACHE_MB=0: "cold"); wrk (Debian's
# package) loads them from core 1. For each page:
#   static   the page's bytes as a file, from the keeping server
#   cold     rendered for every request
#   kept     the kept page, after one request made it
#   first    a new address each request (`&n=1`, `&n=2`…): each one rendered and kept, the
#            cache's own cost on top of a render (compare with cold)
# then 500 connections for 60 s on the four pages in turn (`bench/rotate.lua`), with errors,
# requests past 2 s and the servers' memory. A benchmark, not a test: figures depend on the machine.
#   cargo leptos build --release && bench/load.sh
# Options via environment: DURATION (20s), CONNECTIONS (64), LONG (60s: the 500-connection run;
# 0 skips it), BACKEND (sqlite, or postgres: a fresh database on POMOC_POSTGRES_URL's server,
# default this machine's, dropped afterwards; PostgreSQL's own processes are not pinned and
# share both cores), TOOLS ("wrk"; "wrk oha" adds oha from crates.io for the static/kept pair).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

duration=${DURATION:-20s}
backend=${BACKEND:-sqlite}
connections=${CONNECTIONS:-64}
long=${LONG:-60s}
kept_at=127.0.0.1:3420
cold_at=127.0.0.1:3421
work=$(mktemp -d)
pages=("/sluzby" "/sluzby?q=pecovatelska+sluzba" "/sluzby/1" "/pomoc/dluhy/ne?obec=549258")

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
read -r -a tools <<< "${TOOLS:-wrk}"
if [[ " ${tools[*]} " == *" oha "* ]] && ! command -v oha >/dev/null; then
  cargo install oha --locked || { echo "oha could not be installed: wrk only" >&2; tools=(wrk); }
fi

. bench/national.sh

servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  drop_national
  rm -rf "$work" target/site/bench-load-*.html
}
trap cleanup EXIT

cargo run --quiet --release -p store --example national -- "$database_url"
start() { # address, page cache in MB
  DATABASE_URL="$database_url" LEPTOS_SITE_ADDR=$1 LEPTOS_SITE_ROOT=target/site POMOC_PAGE_CACHE_MB=$2 \
    LEPTOS_OUTPUT_NAME=pomoc LEPTOS_HASH_FILES=true RUST_LOG=warn \
    taskset -c 0 "$CARGO_TARGET_DIR/release/server" &
  servers+=($!)
  for _ in $(seq 1 100); do curl -sf "http://$1/" >/dev/null && return; sleep 0.2; done
  echo "the server on $1 did not start" >&2; exit 1
}
start "$kept_at" 64
kept_pid=${servers[0]}
start "$cold_at" 0
cold_pid=${servers[1]}

# req/s, p50, p99, and whatever went wrong.
wrk_run() { # address, path[, lua script]
  local script=()
  [ -n "${3:-}" ] && script=(-s "$3")
  taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency "${script[@]}" "http://$1$2" |
    awk '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } / 50%/ { p50 = $2 }
         /Non-2xx/ { errors = $5 } /Socket errors/ { socket = $0 }
         END { printf "%10s %10s %10s  %s\n", rps, p50, p99, (errors ? errors " non-2xx" : "") socket }'
}

oha_run() { # address, path
  taskset -c 1 oha -z "$duration" -c "$connections" --no-tui --output-format json "http://$1$2" |
    node -e '
      const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
      const ms = (s) => (s * 1000).toFixed(2) + "ms";
      const codes = r.statusCodeDistribution ?? {};
      const bad = Object.entries(codes).filter(([c]) => c !== "200").map(([c, n]) => `${n}× ${c}`);
      console.log(`${r.summary.requestsPerSec.toFixed(1).padStart(10)} ${ms(r.latencyPercentiles.p50).padStart(10)} ${ms(r.latencyPercentiles.p99).padStart(10)}  ${bad.join(", ")}`);'
}

# Each request a new address: the page's query and `n=<count>`.
cat > "$work/fresh.lua" <<'LUA'
local count = 0
request = function()
  count = count + 1
  local glue = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", wrk.path .. glue .. "n=" .. count)
end
LUA

echo "national data set on $backend; $connections connections, $duration per run; servers on core 0, wrk on core 1"
printf "%-44s %-7s %10s %10s %10s  %s\n" "page" "run" "req/s" "p50" "p99" "of static"
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr -c 'a-z0-9' '-')
  curl -sf "http://$kept_at$page" -o "target/site/bench-load-$name.html"
  size=$(stat -c %s "target/site/bench-load-$name.html")
  label="$page ($size B)"
  for tool in "${tools[@]}"; do
    static=$("${tool}_run" "$kept_at" "/bench-load-$name.html")
    static_rps=$(echo "$static" | awk '{ print $1 }')
    row() { # run, figures
      printf "%-44s %-7s %s  %s\n" "$label" "$1" "$(echo "$2" | awk '{ printf "%10s %10s %10s", $1, $2, $3 }')" \
        "$(echo "$2 $static_rps" | awk '{ printf "%.2f", $1 / $NF }') $(echo "$2" | cut -c35-)"
    }
    row "static" "$static"
    if [ "$tool" = wrk ]; then
      row "cold" "$(wrk_run "$cold_at" "$page")"
      row "kept" "$(wrk_run "$kept_at" "$page")"
      row "first" "$(wrk_run "$kept_at" "$page" "$work/fresh.lua")"
    else
      row "kept/$tool" "$("${tool}_run" "$kept_at" "$page")"
    fi
  done
done
for pid in "$kept_pid" "$cold_pid"; do
  echo "server $pid: $(grep -h 'VmHWM\|VmRSS' "/proc/$pid/status" | tr -s ' \n' ' ')"
done

if [ "$long" != 0 ]; then
  echo "500 connections for $long, the four pages in turn, on the keeping server"
  taskset -c 1 wrk -t1 -c500 -d"$long" --latency --timeout 2s -s bench/rotate.lua "http://$kept_at" |
    grep -E "Latency|Req/Sec|requests in|Requests/sec|Socket|Non-2xx| 50%| 99%"
  echo "server $kept_pid: $(grep -h 'VmHWM\|VmRSS' "/proc/$kept_pid/status" | tr -s ' \n' ' ')"
  curl -s -o /dev/null -w "afterwards: %{http_code} in %{time_total} s\n" "http://$kept_at/sluzby"
fi
