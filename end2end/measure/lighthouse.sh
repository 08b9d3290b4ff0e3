#!/usr/bin/env bash
# Lighthouse (mobile, its default throttling) on pages of a running portal, in Debian's chromium:
#   end2end/measure/lighthouse.sh http://127.0.0.1:3320/plan http://127.0.0.1:3320/novinky
# Prints each category's score. Lighthouse comes from the npm registry on first use.
set -euo pipefail
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for url in "$@"; do
  npx --yes lighthouse@12 "$url" --quiet --form-factor=mobile \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync" \
    --output=json --output-path="$out/report.json" >/dev/null 2>&1 || { echo "$url: lighthouse failed" >&2; continue; }
  node -e '
    const r = require(process.argv[1]);
    const s = Object.values(r.categories).map(c => `${c.title} ${Math.round(c.score * 100)}`).join(", ");
    const a = r.audits;
    console.log(`${process.argv[2]}: ${s}; FCP ${a["first-contentful-paint"].displayValue}, LCP ${a["largest-contentful-paint"].displayValue}, TBT ${a["total-blocking-time"].displayValue}, transfer ${Math.round(a["total-byte-weight"].numericValue)} B`);
  ' "$out/report.json" "$url"
done
