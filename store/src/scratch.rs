//! Fresh private databases for tests: SQLite (in memory, or a file), or, when
//! `POMOC_TEST_DATABASE_URL` names a PostgreSQL database, a new schema in it, so that the same
//! tests run on both backends.

use crate::{Backend, Store, StoreError};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// The variable naming the PostgreSQL database the tests make their schemas in.
const TEST_DATABASE_VAR: &str = "POMOC_TEST_DATABASE_URL";

/// A name no other scratch database of this machine has.
pub(crate) fn name() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!(
        "pomoc_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// The URL of a new schema in the PostgreSQL database of `POMOC_TEST_DATABASE_URL`, if it
/// names one.
async fn postgres_schema() -> Result<Option<String>, StoreError> {
    let Ok(url) = std::env::var(TEST_DATABASE_VAR) else {
        return Ok(None);
    };
    if Backend::of(&url)? != Backend::Postgres {
        return Ok(None);
    }
    let schema = name();
    let admin = sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect(&url)
        .await?;
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(&admin)
        .await?;
    admin.close().await;
    let glue = if url.contains('?') { '&' } else { '?' };
    Ok(Some(format!(
        "{url}{glue}options=-c%20search_path%3D{schema}"
    )))
}

impl Store {
    /// An empty database of its own for one test: in SQLite's memory, or in a new schema of the
    /// PostgreSQL database that `POMOC_TEST_DATABASE_URL` names.
    pub async fn open_scratch() -> Result<Store, StoreError> {
        match postgres_schema().await? {
            Some(url) => Store::open(&url).await,
            None => Store::open_in_memory().await,
        }
    }

    /// The URL of an empty database of its own that several stores can open, as several
    /// servers would: a file in `dir`, or a new schema of `POMOC_TEST_DATABASE_URL`'s database.
    pub async fn scratch_url(dir: &Path) -> Result<String, StoreError> {
        Ok(match postgres_schema().await? {
            Some(url) => url,
            None => format!("sqlite://{}/pomoc.db", dir.display()),
        })
    }
}
