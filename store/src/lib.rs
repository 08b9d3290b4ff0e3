//! The database. SQLite (WAL, foreign keys on) by default; the SQL that only SQLite understands
//! (FTS5, `json_each`, `group_concat`) stays inside this crate so that a PostgreSQL backend can
//! take the same interface.
//!
//! Fixed queries are checked at compile time (`sqlx::query!`, data under `.sqlx/`); the catalogue
//! search builds its WHERE clause from the filter with `QueryBuilder`, binding every value.

mod attempts;
mod backup;
mod catalog;
mod consultation;
mod editing;
mod error;
mod faq;
mod feedback;
mod fts;
mod generate;
mod images;
mod import;
mod news;
mod open_data;
mod places;
mod plan;
mod rows;
mod sessions;
mod site_search;
mod staff;
mod survey;
mod wizard;

pub use attempts::Attempt;
pub use backup::{BackupError, BackupReport, check_backup, restore};
pub use editing::{EditedService, EditedTree, OrganizationSaved, ServiceListFilter, Target};
pub use error::StoreError;
pub use feedback::UnknownService;
pub use generate::{NationalDataSet, RegisterFileError, generate_national, write_register_file};
pub use import::{
    Counts, FileError, ImportError, ImportReport, ImportSummary, Progress, SampleData,
};
pub use sessions::SessionStore;
pub use staff::{LOCKOUT_AFTER, LOCKOUT_SECS, StaffAccount, UsernameTaken};

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Results per page in the catalogue.
pub const PER_PAGE: u32 = 20;

/// A handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    index: Arc<catalog::IndexCache>,
}

impl Store {
    /// Opens (creating if needed) the database at `url` and brings its schema up to date.
    #[tracing::instrument(skip_all, fields(url = %redact(url)))]
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let path = options.get_filename();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Directory {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Self::migrated(pool).await
    }

    /// A fresh private database in memory: every test gets its own.
    pub async fn open_in_memory() -> Result<Store, StoreError> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let name = format!(
            "pomoc-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let options = SqliteConnectOptions::from_str(&format!(
            "sqlite:file:{name}?mode=memory&cache=shared"
        ))?
        .foreign_keys(true);
        // The database lives as long as one connection does: keep one open for the pool's life.
        let pool = SqlitePoolOptions::new()
            .min_connections(1)
            .max_connections(4)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        Self::migrated(pool).await
    }

    async fn migrated(pool: SqlitePool) -> Result<Store, StoreError> {
        sqlx::migrate!("./migrations").run(&pool).await?;
        sessions::migrate(&pool).await?;
        Ok(Store {
            pool,
            index: Arc::default(),
        })
    }

    /// Fills an empty database with the sample data of the Písek district. Returns what it
    /// imported, or `None` when the database already had a directory.
    pub async fn seed_if_empty(&self) -> Result<Option<ImportReport>, StoreError> {
        if self.is_empty().await? {
            let data = SampleData::bundled()?;
            Ok(Some(self.import_sample(&data).await?))
        } else {
            Ok(None)
        }
    }

    /// Fills an empty database with the district's municipalities, topics and audiences but no
    /// directory, for a directory that is imported from elsewhere.
    pub async fn prepare_if_empty(&self) -> Result<Option<ImportReport>, StoreError> {
        if self.is_empty().await? {
            let data = SampleData::bundled()?.without_directory();
            Ok(Some(self.import_sample(&data).await?))
        } else {
            Ok(None)
        }
    }

    async fn is_empty(&self) -> Result<bool, StoreError> {
        let count = sqlx::query_scalar!(r#"SELECT COUNT(*) AS "n!: i64" FROM municipalities"#)
            .fetch_one(&self.pool)
            .await?;
        Ok(count == 0)
    }
}

/// The database URL without a password, for logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_the_log() {
        assert_eq!(
            redact("postgres://pomoc:tajne@db:5432/pomoc"),
            "postgres://pomoc:***@db:5432/pomoc"
        );
        assert_eq!(redact("sqlite://data/pomoc.db"), "sqlite://data/pomoc.db");
    }

    #[tokio::test]
    async fn a_file_database_is_created_with_its_directory_and_seeded_once() {
        let dir = std::env::temp_dir().join(format!("pomoc-open-{}", std::process::id()));
        let url = format!("sqlite://{}/nested/pomoc.db", dir.display());
        let store = Store::open(&url).await.unwrap();
        let first = store.seed_if_empty().await.unwrap();
        assert!(first.is_some_and(|r| r.services >= 40));
        assert!(
            store.seed_if_empty().await.unwrap().is_none(),
            "a second start must not import again"
        );
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(fk, 1);
        drop(store);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn every_server_on_one_database_sees_a_change_at_its_next_search() {
        let dir = std::env::temp_dir().join(format!("pomoc-two-{}", std::process::id()));
        let url = format!("sqlite://{}/pomoc.db", dir.display());
        let first = Store::open(&url).await.unwrap();
        first.seed_if_empty().await.unwrap();
        let second = Store::open(&url).await.unwrap();
        let everything = domain::Filter::default();
        let before = second.search(&everything).await.unwrap().total;
        assert_eq!(first.search(&everything).await.unwrap().total, before);

        let mut tx = first.pool.begin().await.unwrap();
        sqlx::query("UPDATE services SET published = 0 WHERE id = (SELECT MIN(id) FROM services)")
            .execute(&mut *tx)
            .await
            .unwrap();
        catalog::bump_version(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();

        assert_eq!(second.search(&everything).await.unwrap().total, before - 1);
        assert_eq!(first.search(&everything).await.unwrap().total, before - 1);
        drop((first, second));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
