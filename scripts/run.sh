#!/usr/bin/env bash
# Builds the portal (release) and runs it on http://127.0.0.1:3000 with its embedded SQLite
# database, created and filled with the sample data on first start. Ctrl+C stops it.
# DATABASE_URL and LEPTOS_SITE_ADDR change the database and the address.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
# --precompress writes .br and .gz beside the static files, served as they are (no compressing
# per request). --split cuts the bundle: a page fetches only its islands' code (`#[island(lazy)]`).
# The touch makes cargo link the bundle anew, which the splitter needs (cargo-leptos #557).
touch frontend/src/lib.rs
exec cargo leptos serve --release --precompress --split
