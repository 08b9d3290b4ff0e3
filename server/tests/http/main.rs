//! The server's integration tests in one binary, so leptos, axum and sqlx are linked once: the
//! HTTP app on a random port over its own fresh database (SQLite, or a schema of the PostgreSQL
//! database `POMOC_TEST_DATABASE_URL` names, as `scripts/test-postgres.sh` runs them), the
//! binary's commands, imports and exports. One module a feature; `support` is what they share.
//! `TEST_LOG=1 cargo test -p server --test http` shows the logs of the code under test.

mod support;

mod audience;
mod backup;
mod catalog;
mod consultation;
mod content_editing;
mod embed;
mod faq;
mod hostile;
mod hsds;
mod import;
mod instances;
mod islands;
mod languages;
mod map;
mod needs;
mod news;
mod news_editing;
mod offline;
mod page_cache;
mod passwords;
mod plan;
mod providers;
mod security;
mod site_search;
mod slow_clients;
mod staff;
mod survey;
mod wizard;
