//! Staff sessions live in the database (tower-sessions' SQL stores), so a restart signs nobody
//! out and several server processes share them.

use crate::{Backend, Store, StoreError};
use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// The session store over the portal's database, whichever backend it is.
#[derive(Clone, Debug)]
pub enum SessionStore {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl SessionStore {
    /// Connects to the database at `url` and makes sure the sessions table exists. On
    /// PostgreSQL the table lives in the schema the connection works in (`search_path`).
    pub(crate) async fn open(url: &str, backend: Backend) -> Result<SessionStore, StoreError> {
        let store = match backend {
            Backend::Sqlite => {
                let pool = sqlx::sqlite::SqlitePoolOptions::new()
                    .max_connections(2)
                    .idle_timeout(None)
                    .max_lifetime(None)
                    .connect(url)
                    .await?;
                let store = SqliteStore::new(pool);
                store.migrate().await?;
                SessionStore::Sqlite(store)
            }
            Backend::Postgres => {
                let pool = sqlx::postgres::PgPoolOptions::new()
                    .max_connections(4)
                    .connect(url)
                    .await?;
                let schema: String = sqlx::query_scalar("SELECT current_schema()")
                    .fetch_one(&pool)
                    .await?;
                let store = PostgresStore::new(pool)
                    .with_schema_name(&schema)
                    .map_err(|detail| StoreError::Sessions { detail })?;
                store.migrate().await?;
                SessionStore::Postgres(store)
            }
        };
        Ok(store)
    }
}

#[async_trait]
impl session_store::SessionStore for SessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            SessionStore::Sqlite(s) => s.create(record).await,
            SessionStore::Postgres(s) => s.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            SessionStore::Sqlite(s) => s.save(record).await,
            SessionStore::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            SessionStore::Sqlite(s) => s.load(id).await,
            SessionStore::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            SessionStore::Sqlite(s) => s.delete(id).await,
            SessionStore::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for SessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            SessionStore::Sqlite(s) => s.delete_expired().await,
            SessionStore::Postgres(s) => s.delete_expired().await,
        }
    }
}

impl Store {
    /// The session store over this database.
    pub fn sessions(&self) -> SessionStore {
        self.sessions.clone()
    }
}
