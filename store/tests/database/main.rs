//! The store's integration tests in one binary: each on a database of its own — SQLite in
//! memory, or a schema of the PostgreSQL database `POMOC_TEST_DATABASE_URL` names (as
//! `scripts/test-postgres.sh` runs them). One module a part of the store; `support` is what
//! they share. `TEST_LOG=1 cargo test -p store --test database` shows the store's logs.

mod support;

mod backup;
mod catalog;
mod content;
mod editing;
mod map;
mod needs;
mod providers;
mod schema;
mod staff;
mod statements;
