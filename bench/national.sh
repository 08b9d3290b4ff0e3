# Sourced by bench/load.sh and bench/profile.sh: the national data set on BACKEND (sqlite, in
# $work; or postgres: a fresh database on POMOC_POSTGRES_URL's server, default this machine's).
# Sets database_url, and pg_database for the caller's cleanup (`drop_national`).
postgres=${POMOC_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
case ${BACKEND:-sqlite} in
  sqlite) database_url="sqlite://$work/national.db" ;;
  postgres)
    pg_database="pomoc_bench_$$"
    psql "$postgres/postgres" -qAtc "CREATE DATABASE $pg_database"
    database_url="$postgres/$pg_database"
    ;;
  *) echo "BACKEND is sqlite or postgres" >&2; exit 2 ;;
esac

drop_national() {
  [ -n "${pg_database:-}" ] && psql "$postgres/postgres" -qAtc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" || true
}
