//! The database: SQLite (WAL, foreign keys on) by default, PostgreSQL when the URL says
//! `postgres://`. Queries are written once in SQL both understand and run through sqlx's `Any`
//! driver; the few phrases the two say differently (full-text search, JSON arrays) come from
//! [`Backend`], and each backend has its own migrations. The store's tests run on both.

mod attempts;
mod backend;
mod backup;
mod catalog;
mod consultation;
mod content_version;
mod editing;
mod error;
mod faq;
mod feedback;
mod fts;
mod generate;
mod images;
mod import;
mod needs;
mod news;
mod open_data;
mod organization_row;
mod passwords;
mod places;
mod plan;
mod providers;
mod rows;
mod scratch;
mod sessions;
mod site_search;
mod staff;
mod survey;
mod synonyms;
mod wizard;

pub use attempts::Attempt;
pub use backend::Backend;
pub use backup::{BackupError, BackupReport, check_backup, restore};
pub use editing::{EditedService, EditedTree, OrganizationSaved, ServiceListFilter, Target};
pub use error::StoreError;
pub use feedback::UnknownService;
pub use generate::{
    GENERATED_ON, NationalDataSet, RegisterDataSet, RegisterFileError, RegisterWritten,
    generate_national, write_register_download,
};
pub use import::{
    Counts, FileError, ImportError, ImportReport, ImportSummary, Progress, RegisterError,
    RegisterFacts, RegisterRead, RegisterSource, SampleData,
};
pub use needs::{PopulationImport, PopulationImportError};
pub use passwords::{ResetFor, SetBy};
pub use plan::ProposalError;
pub use providers::{
    Approval, Invited, LinkPurpose, MailCounts, Outgoing, ProviderContact, RoundMessage,
};
pub use sessions::SessionStore;
pub use staff::{StaffAccount, UsernameTaken};

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::sqlite::SqliteConnectOptions;
use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;
use std::sync::Arc;

/// Results per page in the catalogue.
pub const PER_PAGE: u32 = 20;

/// A handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    sessions: SessionStore,
    index: Arc<catalog::IndexCache>,
    /// Signals counted since the last flush (`needs::signals`).
    signals: Arc<needs::PendingSignals>,
    /// Tallies of signals over finished periods.
    tallies: Arc<needs::TallyCache>,
    content: Arc<content_version::ContentClock>,
}

impl Store {
    /// Opens the database at `url` (`sqlite://…`, created if missing, or `postgres://…`) and
    /// brings its schema up to date.
    #[tracing::instrument(skip_all, fields(url = %redact(url)))]
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        match Backend::of(url)? {
            Backend::Sqlite => {
                let path = SqliteConnectOptions::from_str(url)?
                    .get_filename()
                    .to_owned();
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|source| StoreError::Directory {
                        path: dir.display().to_string(),
                        source,
                    })?;
                }
                let url = if url.contains("mode=") {
                    url.to_owned()
                } else {
                    let glue = if url.contains('?') { '&' } else { '?' };
                    format!("{url}{glue}mode=rwc")
                };
                Self::connect(&url, Backend::Sqlite, sqlite_pool(8), Some(&path)).await
            }
            Backend::Postgres => {
                let options = AnyPoolOptions::new().max_connections(16);
                Self::connect(url, Backend::Postgres, options, None).await
            }
        }
    }

    /// A fresh private SQLite database in memory: every test gets its own.
    pub async fn open_in_memory() -> Result<Store, StoreError> {
        let url = format!("sqlite:file:{}?mode=memory&cache=shared", scratch::name());
        // The database lives as long as one connection does: keep one open for the pool's life.
        let options = sqlite_pool(4)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None);
        Self::connect(&url, Backend::Sqlite, options, None).await
    }

    async fn connect(
        url: &str,
        backend: Backend,
        options: AnyPoolOptions,
        file: Option<&std::path::Path>,
    ) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let pool = options.connect(url).await?;
        match backend {
            Backend::Sqlite => {
                // In memory there is no journal to switch; SQLite answers "memory", and that is fine.
                sqlx::query("PRAGMA journal_mode = WAL")
                    .fetch_optional(&pool)
                    .await?;
                sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
            }
            Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await?,
        }
        let sessions = SessionStore::open(url, backend).await?;
        let store = Store {
            pool,
            backend,
            sessions,
            index: Arc::default(),
            signals: Arc::default(),
            tallies: Arc::default(),
            content: Arc::new(content_version::ContentClock::new(backend, file)),
        };
        store.watch_content(url).await?;
        Ok(store)
    }

    /// The database this store talks to.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Prepares `sql` without running it: the database checks its tables, columns and syntax.
    /// The tests prepare every statement of the store's source this way, on both backends.
    /// PostgreSQL may have analysed a sound statement and still not know a parameter's type
    /// until a value is bound (`$1 IS NULL`, 42P08), and the `Any` driver cannot name some types
    /// it never receives (`numeric`, `name`): those statements prepare.
    pub async fn prepare(&self, sql: &str) -> Result<(), StoreError> {
        use sqlx::Executor;
        match self.pool.prepare(sql).await {
            Ok(_) => Ok(()),
            Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42P08") => Ok(()),
            Err(sqlx::Error::AnyDriverError(_) | sqlx::Error::ColumnDecode { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Every table the migrations made, with its columns, as the database reports them (for
    /// checking that the two backends' migrations agree). Leaves out the migration log and the
    /// tables SQLite's full-text index keeps for itself.
    pub async fn tables(&self) -> Result<BTreeMap<String, BTreeSet<String>>, StoreError> {
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT m.name AS table_name, p.name AS column_name
                 FROM sqlite_master m, pragma_table_info(m.name) p
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'
                   AND m.name <> '_sqlx_migrations' AND m.sql NOT LIKE 'CREATE TABLE ''%'"
            }
            Backend::Postgres => {
                "SELECT CAST(table_name AS TEXT) AS table_name,
                        CAST(column_name AS TEXT) AS column_name
                 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'"
            }
        };
        #[derive(sqlx::FromRow)]
        struct ColumnRow {
            table_name: String,
            column_name: String,
        }
        let mut tables: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for row in sqlx::query_as::<_, ColumnRow>(sql)
            .fetch_all(&self.pool)
            .await?
        {
            tables
                .entry(row.table_name)
                .or_default()
                .insert(row.column_name);
        }
        Ok(tables)
    }

    /// Fills an empty database with the sample data of the Písek district, its fictional
    /// providers' addresses invited to keep their records. Returns what it imported, or `None`
    /// when the database already had a directory.
    pub async fn seed_if_empty(&self) -> Result<Option<ImportReport>, StoreError> {
        if self.is_empty().await? {
            let data = SampleData::bundled()?;
            let report = self.import_sample(&data).await?;
            self.invite_sample_contacts(now()).await?;
            self.import_sample_population().await?;
            Ok(Some(report))
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
        let count = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) AS n FROM municipalities")
            .fetch_one(&self.pool)
            .await?;
        Ok(count == 0)
    }
}

/// Pool settings for SQLite: writes wait for each other up to the connection's busy timeout,
/// and WAL's commits need only a normal sync.
fn sqlite_pool(max: u32) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(max)
        .after_connect(|conn, _| {
            Box::pin(async move {
                sqlx::query("PRAGMA synchronous = NORMAL")
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            })
        })
}

/// The database URL without a password, for logs.
pub fn redact(url: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let base = match (base.find("://"), base.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &base[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &base[..scheme_end + 3], &base[at..]),
                None => base.to_owned(),
            }
        }
        _ => base.to_owned(),
    };
    // `?password=…` (PostgreSQL's URL parameter) is a password too.
    let query = query.map(|query| {
        query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                _ => pair.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("&")
    });
    match query {
        Some(query) => format!("{base}?{query}"),
        None => base,
    }
}

/// Now, in Unix seconds.
fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
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
        assert_eq!(
            redact("postgres://pomoc@db/pomoc?sslmode=require&password=tajne"),
            "postgres://pomoc@db/pomoc?sslmode=require&password=***"
        );
        assert_eq!(
            redact("postgres://pomoc:tajne@db/pomoc?Password=tajne2"),
            "postgres://pomoc:***@db/pomoc?Password=***"
        );
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
        let url = Store::scratch_url(&dir).await.unwrap();
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
        // Nothing to remove when the database was PostgreSQL.
        let _ = std::fs::remove_dir_all(dir);
    }
}
