#!/usr/bin/env bash
# Installs what building and testing the portal needs, and skips whatever is already installed:
#   - the wasm32-unknown-unknown target,
#   - cargo-leptos 0.3.10 (0.3.11 does not build with --locked on rustc 1.95),
#   - wasm-bindgen-cli of exactly the version in Cargo.lock,
#   - the npm packages of end2end/ (Leaflet; Playwright, axe-core, and binaryen for wasm-opt),
#   - Leaflet's script, stylesheet and images in public/leaflet/, served by the portal itself,
#   - aiosmtpd from PyPI in a virtual environment, the SMTP server the tests deliver mail to
#     (scripts/mail/sink.py),
#   - with --browser: Debian's chromium for the browser tests, and PostgreSQL's client (psql)
#     with which the tests make and drop their PostgreSQL database.
# Source scripts/env.sh afterwards (run.sh and test.sh do) for PATH and the target directory.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

say() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version >/dev/null 2>&1; then
  say "installing cargo-leptos 0.3.10 (compiles for 15-20 minutes on two cores, once)"
  cargo install cargo-leptos --version 0.3.10 --locked
fi

wanted_bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
installed_bindgen=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$wanted_bindgen" != "$installed_bindgen" ]; then
  say "installing wasm-bindgen-cli $wanted_bindgen (Cargo.lock's version)"
  # Its own lock file names webpki-roots 1.0.11, which the registry does not serve here:
  # build it from its source with 1.0.10 instead.
  work=$(mktemp -d)
  cargo new --quiet --lib "$work/fetch"
  printf 'wasm-bindgen-cli = "=%s"\n' "$wanted_bindgen" >> "$work/fetch/Cargo.toml"
  (cd "$work/fetch" && cargo fetch --quiet)
  source_dir=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/wasm-bindgen-cli-"$wanted_bindgen" | head -n 1)
  cp -r "$source_dir" "$work/cli"
  (cd "$work/cli" && cargo update --quiet -p webpki-roots --precise 1.0.10 && cargo install --quiet --path . --locked)
  rm -rf "$work"
fi

if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  say "installing the npm packages of end2end/"
  (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
fi

# The map's library, from the npm registry, served from the portal's own /leaflet/ (no CDN).
mkdir -p public/leaflet
cp -R end2end/node_modules/leaflet/dist/leaflet.js end2end/node_modules/leaflet/dist/leaflet.css \
  end2end/node_modules/leaflet/dist/images public/leaflet/

if ! "$POMOC_MAIL_SINK_PYTHON" -c 'import aiosmtpd' >/dev/null 2>&1; then
  say "installing aiosmtpd 1.4.6 (the tests' SMTP server) into $(dirname "$(dirname "$POMOC_MAIL_SINK_PYTHON")")"
  python3 -m venv "$(dirname "$(dirname "$POMOC_MAIL_SINK_PYTHON")")"
  "$POMOC_MAIL_SINK_PYTHON" -m pip install --quiet --disable-pip-version-check aiosmtpd==1.4.6
fi

missing_packages=()
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null 2>&1 || missing_packages+=(chromium)
  command -v psql >/dev/null 2>&1 || missing_packages+=(postgresql-client)
fi
if [ ${#missing_packages[@]} -gt 0 ]; then
  say "installing Debian's ${missing_packages[*]} for the tests"
  sudo_if_needed=""
  [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
  $sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_packages[@]}" >/dev/null
fi
