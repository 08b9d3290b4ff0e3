//! Backups of the SQLite database: a consistent copy taken while the portal runs (`VACUUM
//! INTO`, one read transaction), every copy checked before it is trusted (SQLite's integrity
//! check, and the schema of exactly this build's migrations), and a restore that puts a checked
//! copy in place of the database file, keeping the replaced one beside it. A PostgreSQL
//! database is backed up with its own tools (`pg_dump`, `pg_restore`; see README.md).

use crate::{Backend, Store};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// What a checked copy holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
    pub services: i64,
    pub organizations: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("soubor {0} už existuje; zálohu nepřepíšu")]
    Exists(String),
    #[error("soubor {0} neexistuje")]
    Missing(String),
    #[error("záloha {path} je poškozená: {detail}")]
    Damaged { path: String, detail: String },
    #[error("záloha {path} má jiné schéma, než zná tato verze portálu ({detail})")]
    Schema { path: String, detail: String },
    #[error(
        "databázi PostgreSQL zálohujte a obnovujte nástroji pg_dump a pg_restore (viz README.md)"
    )]
    UsePgDump,
    #[error("obnovit lze jen databázi SQLite v souboru, ne {0}")]
    NotAFile(String),
    #[error("práce se soubory selhala: {0}")]
    Io(#[from] std::io::Error),
    #[error("databáze selhala: {0}")]
    Database(#[from] sqlx::Error),
}

impl Store {
    /// SQLite's own check of the open database: `ok`, or what is wrong.
    pub async fn integrity(&self) -> Result<String, BackupError> {
        self.sqlite_only()?;
        Ok(sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Writes a consistent copy of the database to `path` (which must not exist) and checks it.
    pub async fn backup_to(&self, path: &Path) -> Result<BackupReport, BackupError> {
        self.sqlite_only()?;
        if path.exists() {
            return Err(BackupError::Exists(path.display().to_string()));
        }
        let target = path.to_string_lossy().into_owned();
        sqlx::query("VACUUM INTO $1")
            .bind(&target)
            .execute(&self.pool)
            .await?;
        check_backup(path).await
    }

    fn sqlite_only(&self) -> Result<(), BackupError> {
        match self.backend {
            Backend::Sqlite => Ok(()),
            Backend::Postgres => Err(BackupError::UsePgDump),
        }
    }
}

/// Opens a copy read-only and checks it: SQLite's integrity check, and the migrations this build
/// has, no more and no fewer, each with its checksum.
pub async fn check_backup(path: &Path) -> Result<BackupReport, BackupError> {
    let shown = path.display().to_string();
    if !path.is_file() {
        return Err(BackupError::Missing(shown));
    }
    let damaged = |detail: String| BackupError::Damaged {
        path: shown.clone(),
        detail,
    };
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .map_err(|e| damaged(e.to_string()))?;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .map_err(|e| damaged(e.to_string()))?;
    if integrity != "ok" {
        return Err(damaged(integrity));
    }
    #[derive(sqlx::FromRow)]
    struct MigrationRow {
        version: i64,
        checksum: Vec<u8>,
    }
    let applied: Vec<(i64, Vec<u8>)> = sqlx::query_as::<_, MigrationRow>(
        "SELECT version, checksum FROM _sqlx_migrations WHERE success ORDER BY version",
    )
    .fetch_all(&mut conn)
    .await
    .map_err(|e| BackupError::Schema {
        path: shown.clone(),
        detail: e.to_string(),
    })?
    .into_iter()
    .map(|row| (row.version, row.checksum))
    .collect();
    let known: Vec<(i64, Vec<u8>)> = sqlx::migrate!("./migrations/sqlite")
        .iter()
        .map(|m| (m.version, m.checksum.to_vec()))
        .collect();
    if applied != known {
        let detail = format!(
            "migrace zálohy {:?}, této verze {:?}",
            applied.iter().map(|(v, _)| v).collect::<Vec<_>>(),
            known.iter().map(|(v, _)| v).collect::<Vec<_>>()
        );
        return Err(BackupError::Schema {
            path: shown,
            detail,
        });
    }
    let count = |table: &str| format!("SELECT COUNT(*) FROM {table}");
    let services: i64 = sqlx::query_scalar(&count("services"))
        .fetch_one(&mut conn)
        .await?;
    let organizations: i64 = sqlx::query_scalar(&count("organizations"))
        .fetch_one(&mut conn)
        .await?;
    conn.close().await?;
    Ok(BackupReport {
        bytes: std::fs::metadata(path)?.len(),
        path: path.to_owned(),
        services,
        organizations,
    })
}

/// Puts a checked copy in place of the database of `database_url` (the portal must be
/// stopped). The replaced file is kept as `<name>.pred-obnovou`; the copy arrives by a rename,
/// so the database file is either the old one or the whole copy, never half of it.
pub async fn restore(backup: &Path, database_url: &str) -> Result<BackupReport, BackupError> {
    if Backend::of(database_url).ok() == Some(Backend::Postgres) {
        return Err(BackupError::UsePgDump);
    }
    let report = check_backup(backup).await?;
    let options = SqliteConnectOptions::from_str(database_url)?;
    let target = options.get_filename().to_owned();
    if target.as_os_str().is_empty()
        || database_url.contains(":memory:")
        || database_url.contains("mode=memory")
    {
        return Err(BackupError::NotAFile(database_url.to_owned()));
    }
    let incoming = target.with_extension("obnova");
    std::fs::copy(backup, &incoming)?;
    std::fs::File::open(&incoming)?.sync_all()?;
    if target.exists() {
        // Fold the old database's write-ahead log into it before it is set aside.
        let mut old = SqliteConnectOptions::new()
            .filename(&target)
            .connect()
            .await?;
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&mut old)
            .await?;
        old.close().await?;
        std::fs::rename(&target, target.with_extension("pred-obnovou"))?;
    }
    for suffix in ["-wal", "-shm"] {
        let mut side = target.clone().into_os_string();
        side.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(side));
    }
    std::fs::rename(&incoming, &target)?;
    Ok(BackupReport {
        path: target,
        ..report
    })
}
