#!/usr/bin/env bash
# Regenerates store/.sqlx, the query data that lets `sqlx::query!` check SQL at compile time
# without a database. Run it after changing a query or a migration; with --check it only says
# whether the committed data is current (CI runs that).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/schema.db" store/migrations/*.sql <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for migration in sys.argv[2:]:
    db.executescript(open(migration, encoding="utf-8").read())
db.close()
PY

mkdir -p "$work/sqlx"
# Touching the crate makes cargo expand every query macro again, online this time.
touch store/src/lib.rs
SQLX_OFFLINE=false SQLX_OFFLINE_DIR="$work/sqlx" DATABASE_URL="sqlite://$work/schema.db" \
  cargo check --quiet -p store --all-targets

if [ "${1:-}" = "--check" ]; then
  if ! diff -rq "$work/sqlx" store/.sqlx >/dev/null; then
    echo "store/.sqlx is out of date: run scripts/sqlx-prepare.sh and commit the result" >&2
    diff -rq "$work/sqlx" store/.sqlx >&2 || true
    exit 1
  fi
  echo "store/.sqlx is current"
else
  rm -rf store/.sqlx
  cp -r "$work/sqlx" store/.sqlx
  echo "store/.sqlx regenerated: $(ls store/.sqlx | wc -l) queries"
fi
