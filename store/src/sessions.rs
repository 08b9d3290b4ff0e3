//! Staff sessions live in the database (tower-sessions' SQLite store), so a restart signs nobody
//! out and several server processes share them.

use crate::{Store, StoreError};
use sqlx::SqlitePool;

pub use tower_sessions_sqlx_store::SqliteStore as SessionStore;

pub(crate) async fn migrate(pool: &SqlitePool) -> Result<(), StoreError> {
    SessionStore::new(pool.clone()).migrate().await?;
    Ok(())
}

impl Store {
    /// The session store over this database.
    pub fn sessions(&self) -> SessionStore {
        SessionStore::new(self.pool.clone())
    }
}
