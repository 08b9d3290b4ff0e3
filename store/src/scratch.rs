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

impl Store {
    /// Every table of the database with its number of rows, so a test can see which tables a
    /// request wrote to.
    pub async fn row_counts(&self) -> Result<std::collections::BTreeMap<String, i64>, StoreError> {
        let mut counts = std::collections::BTreeMap::new();
        for table in self.table_names().await? {
            let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
                .fetch_one(&self.pool)
                .await?;
            counts.insert(table, rows);
        }
        Ok(counts)
    }

    /// The names of the database's tables.
    pub(crate) async fn table_names(&self) -> Result<Vec<String>, StoreError> {
        let list = match self.backend {
            Backend::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            }
            Backend::Postgres => {
                r#"SELECT CAST(table_name AS TEXT) FROM information_schema.tables
                   WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"#
            }
        };
        Ok(sqlx::query_scalar(list).fetch_all(&self.pool).await?)
    }

    /// Every row of `table` as its columns' names and values in text, whatever they are.
    pub async fn dump(&self, table: &str) -> Result<Vec<Vec<(String, String)>>, StoreError> {
        use sqlx::{Column, Row};
        let rows = sqlx::query(&format!("SELECT * FROM \"{table}\""))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .iter()
            .map(|row| {
                row.columns()
                    .iter()
                    .map(|column| {
                        let i = column.ordinal();
                        let value = row
                            .try_get::<String, _>(i)
                            .or_else(|_| row.try_get::<i64, _>(i).map(|v| v.to_string()))
                            .or_else(|_| row.try_get::<f64, _>(i).map(|v| v.to_string()))
                            .unwrap_or_default();
                        (column.name().to_owned(), value)
                    })
                    .collect()
            })
            .collect())
    }
}
