#!/usr/bin/env bash
# Runs the store's whole test suite, the server's (every page and form over HTTP, hostile
# input, two servers sharing one database) and the app's server functions on PostgreSQL: on a fresh database made for this run on the server of POMOC_POSTGRES_URL
# (default: this machine's, trust auth), dropped afterwards. Each test works in a schema of its
# own inside it. Fails, saying so, when no server answers.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

server="${POMOC_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}"
server="${server%/}"
if ! psql "$server/postgres" -qAtc 'SELECT 1' >/dev/null 2>&1; then
  cat >&2 <<MSG
No PostgreSQL server answers at $server (the tests expect trust authentication for its user).
Start one there, or point POMOC_POSTGRES_URL at another (postgres://user@host:port).
MSG
  exit 1
fi

database="pomoc_test_$(date +%Y%m%d%H%M%S)_$$"
psql "$server/postgres" -qAtc "CREATE DATABASE $database"
trap 'psql "$server/postgres" -qAtc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null' EXIT
echo "PostgreSQL: fresh database $database on ${server#*@}" >&2

export POMOC_TEST_DATABASE_URL="$server/$database"
cargo test -p store
cargo test -p server
cargo test -p app --features ssr
