#!/usr/bin/env bash
# Runs each importer parser's fuzz target (domain/fuzz: hsds_json, hsds_csv, register) for the
# given number of seconds (default 180), starting from the seeds in domain/fuzz/seeds. libFuzzer
# needs unstable compiler flags; RUSTC_BOOTSTRAP lets the machine's one stable toolchain pass
# them. A crash leaves its input in domain/fuzz/artifacts/<target>/ and stops the script.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

seconds=${1:-180}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

for target in hsds_json hsds_csv register; do
  corpus=$(mktemp -d)
  cp domain/fuzz/seeds/"$target"/* "$corpus"/
  echo "[fuzz] $target for ${seconds}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir domain/fuzz "$target" "$corpus" -- \
    -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 2>&1 |
    grep -E '^(==|Done|stat::|SUMMARY)|panicked' || true
  status=${PIPESTATUS[0]}
  rm -rf "$corpus"
  if [ "$status" -ne 0 ]; then
    echo "[fuzz] $target found a failure: see domain/fuzz/artifacts/$target/" >&2
    exit "$status"
  fi
done
