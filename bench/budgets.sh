#!/usr/bin/env bash
# The budgets of issue 9, checked on a release build (a benchmark, not a test: the figures depend
# on the machine). Needs the npm packages of end2end/ and Debian's chromium (scripts/setup.sh):
#   cargo leptos build --release --precompress --split && bench/budgets.sh
# Lighthouse (mobile, its simulated slow 4G) runs three times on each page; the median of each
# category must reach performance 95 and accessibility, best practices and SEO 100. The first
# visit to each of those pages and of each embedded view, everything included, must stay within
# 250 kB on the wire. Also printed: what the service worker fetches in the background after a
# first visit (the pages it keeps for offline use), brotli as the server sends it.
# Prints every figure, then each missed budget; exits 1 if any was missed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

address=127.0.0.1:3410
pages=(/ /sluzby /pomoc /mapa)
work=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  [ -n "${tile_server:-}" ] && kill "$tile_server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The tiles from a stand-in on loopback (bench/tiles.mjs): the real tile server is not reachable
# here, and its failures would count against the map's best practices.
tiles=127.0.0.1:3411
node bench/tiles.mjs 3411 &
tile_server=$!
DATABASE_URL="sqlite://$work/pomoc.db" POMOC_TILE_URL="http://$tiles/{z}/{x}/{y}.png" LEPTOS_SITE_ADDR=$address LEPTOS_SITE_ROOT=target/site \
  LEPTOS_OUTPUT_NAME=pomoc LEPTOS_HASH_FILES=true RUST_LOG=warn \
  "$CARGO_TARGET_DIR/release/server" &
server=$!
for _ in $(seq 1 50); do curl -sf "http://$address/" >/dev/null && break; sleep 0.2; done

for run in 1 2 3; do
  for page in "${pages[@]}"; do
    npx --yes lighthouse@12 "http://$address$page" --quiet --form-factor=mobile \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync" \
      --output=json --output-path="$work/lh-$run-${page//\//_}.json" >/dev/null 2>&1
  done
done
views=("${pages[@]}" /embed/sluzby /embed/mapa /embed/pomoc /embed/dotazy)
(cd end2end && node measure/transfer.mjs "${views[@]/#/http://$address}") | grep ' B on the wire' \
  | sed -E "s|^http://$address([^:]*): .*, ([0-9]+) B on the wire|\1 \2|" > "$work/transfer.txt"

# The worker's pages: the list in /sw.js, each fetched as the worker does (brotli).
kept=0
for path in $(curl -sf "http://$address/sw.js" | sed -n 's/^const PRECACHED = \(.*\);$/\1/p' | tr -d '[]"' | tr ',' ' '); do
  kept=$((kept + $(curl -s -o /dev/null -H 'accept-encoding: br' -w '%{size_download}' "http://$address$path")))
done
echo "offline pages the worker fetches after a first visit: $kept B" > "$work/kept.txt"

node - "$work" "${pages[@]}" <<'JS'
const [work, ...pages] = process.argv.slice(2);
const fs = require("fs");
const wanted = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const missed = [];
for (const page of pages) {
  const runs = [1, 2, 3].map((run) =>
    JSON.parse(fs.readFileSync(`${work}/lh-${run}-${page.replaceAll("/", "_")}.json`, "utf8")));
  const line = [];
  for (const [category, budget] of Object.entries(wanted)) {
    const scores = runs.map((r) => Math.round(r.categories[category].score * 100)).sort((a, b) => a - b);
    const median = scores[1];
    line.push(`${category} ${median} (${scores.join(", ")})`);
    if (median < budget) missed.push(`${page}: ${category} ${median} < ${budget}`);
  }
  console.log(`${page}: ${line.join("; ")}`);
}
for (const line of fs.readFileSync(`${work}/transfer.txt`, "utf8").trim().split("\n")) {
  const [page, bytes] = line.split(" ");
  console.log(`${page}, first visit: ${bytes} B on the wire`);
  if (Number(bytes) > 250_000) missed.push(`${page} transfer ${bytes} B > 250000 B`);
}
console.log(fs.readFileSync(`${work}/kept.txt`, "utf8").trim());
if (missed.length) {
  console.log(`missed budgets:\n  ${missed.join("\n  ")}`);
  process.exit(1);
}
console.log("every budget met");
JS
