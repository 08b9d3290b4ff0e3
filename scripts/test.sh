#!/usr/bin/env bash
# Runs every test of the portal: formatting, lints, unit and integration tests (domain, store,
# server functions, HTTP app) on SQLite, the store's and the server's tests again on PostgreSQL,
# and the browser journeys in Chromium (their mail goes to a real SMTP server on loopback).
# Installs what it needs on first use (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --browser
. scripts/env.sh

step() { printf '\n=== %s\n' "$*" >&2; }

step "formatting"
cargo fmt --all -- --check

step "lints: server side"
cargo clippy --workspace --exclude frontend --all-targets -- -D warnings

step "lints: browser side"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

step "fuzz targets still build (they run with scripts/fuzz.sh)"
cargo fmt --manifest-path domain/fuzz/Cargo.toml -- --check
cargo clippy --manifest-path domain/fuzz/Cargo.toml --locked -- -D warnings

step "unit and integration tests (SQLite)"
cargo test --workspace --exclude frontend

step "the store's and the server's tests on PostgreSQL"
./scripts/test-postgres.sh

step "browser journeys (Playwright in Debian's Chromium)"
e2e_dir=$(mktemp -d)
trap 'rm -rf "$e2e_dir"' EXIT
# A fresh database for every run, and a port of its own so that a running portal does not answer.
export DATABASE_URL="sqlite://$e2e_dir/pomoc.db"
export LEPTOS_SITE_ADDR="127.0.0.1:3310"
export POMOC_BASE_URL="http://$LEPTOS_SITE_ADDR"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The test host (end2end/host/serve.mjs) on 3311 may embed the views; the one on 3312 may not.
export POMOC_EMBED_ORIGINS="http://127.0.0.1:3311"
# A real SMTP server on loopback takes the portal's mail (scripts/mail/sink.py, aiosmtpd); the
# journeys read what it delivered, as JSON files, from POMOC_MAIL_DIR.
export POMOC_MAIL_DIR="$e2e_dir/mail"
coproc SINK { exec "$POMOC_MAIL_SINK_PYTHON" scripts/mail/sink.py "$POMOC_MAIL_DIR"; }
sink_pid=$SINK_PID
read -r _ sink_port <&"${SINK[0]}"
trap 'kill "$sink_pid" 2>/dev/null; rm -rf "$e2e_dir"' EXIT
export POMOC_SMTP_URL="smtp://127.0.0.1:$sink_port"
# Split bundles, as the portal ships (scripts/run.sh); the touch makes cargo link the bundle
# anew, which the splitter needs on a second run (cargo-leptos #557).
touch frontend/src/lib.rs
cargo leptos end-to-end --split
