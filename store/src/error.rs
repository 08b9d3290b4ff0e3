//! What can go wrong in the database layer. The server logs these in full and shows people a
//! short Czech message; nothing here is meant for a browser.

use crate::import::ImportError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("cannot create the database directory {path}")]
    Directory {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Import(#[from] ImportError),
    /// The database URL names neither SQLite nor PostgreSQL.
    #[error("unsupported database URL scheme {scheme:?}: use sqlite:// or postgres://")]
    UnsupportedUrl { scheme: String },
    #[error("cannot set up the session store: {detail}")]
    Sessions { detail: String },
    /// A stored value no longer parses: someone edited the database by hand.
    #[error("stored {what} of record {id} is invalid: {detail}")]
    Corrupt {
        what: &'static str,
        id: i64,
        detail: String,
    },
}
