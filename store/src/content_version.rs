//! One number that every change to what residents see raises: the database's triggers bump
//! `content_version` (migrations `0022_content_version` / `0009_content_version`), so no write
//! path can forget to. A server keeps rendered pages tagged with the number they were made
//! under and serves them while it stays the same.
//!
//! The store keeps the last number it read and reads it again: after its own server's writes
//! (`refresh_content_version`); on SQLite, when the write-ahead log's size or time has changed
//! since the last look (one `stat` per request: another process may write the file) and at
//! least once a second; on PostgreSQL, when a commit's `NOTIFY pomoc_content` names the new
//! number, and once a second in case the listening connection was lost.

use crate::{Backend, Store, StoreError};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// The channel the triggers notify on PostgreSQL; the payload is `schema:version`.
const CHANNEL: &str = "pomoc_content";

/// How often the number is read whatever else happens.
const POLL: Duration = Duration::from_secs(1);

/// The number last read, and how to tell it may have changed.
#[derive(Debug)]
pub(crate) struct ContentClock {
    seen: AtomicI64,
    look: Look,
    watcher: Mutex<Option<tokio::task::JoinHandle<()>>>,
}

/// When a request reads the number from the database again.
#[derive(Debug)]
enum Look {
    /// SQLite in a file: when its write-ahead log (`<file>-wal`) changed size or time since the
    /// last look, or a second has passed (two writes in one tick of the file system's clock
    /// could leave both alike).
    Journal {
        wal: PathBuf,
        last: Mutex<(Option<(SystemTime, u64)>, std::time::Instant)>,
    },
    /// SQLite in memory (tests): every time; it costs microseconds.
    Always,
    /// PostgreSQL: never; the listening task keeps the number.
    Notified,
}

impl ContentClock {
    /// The clock of a SQLite database in `file` (`None`: in memory), or of PostgreSQL.
    pub(crate) fn new(backend: Backend, file: Option<&std::path::Path>) -> ContentClock {
        let look = match (backend, file) {
            (Backend::Postgres, _) => Look::Notified,
            (Backend::Sqlite, None) => Look::Always,
            (Backend::Sqlite, Some(file)) => {
                let mut wal = file.as_os_str().to_owned();
                wal.push("-wal");
                Look::Journal {
                    wal: PathBuf::from(wal),
                    last: Mutex::new((None, std::time::Instant::now())),
                }
            }
        };
        ContentClock {
            seen: AtomicI64::default(),
            look,
            watcher: Mutex::default(),
        }
    }

    /// Whether the number may have changed since the last look (which this one becomes).
    fn may_have_moved(&self) -> bool {
        let (wal, last) = match &self.look {
            Look::Notified => return false,
            Look::Always => return true,
            Look::Journal { wal, last } => (wal, last),
        };
        let now = std::fs::metadata(wal)
            .ok()
            .map(|m| (m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len()));
        let Ok(mut last) = last.lock() else {
            return true;
        };
        let moved = last.0 != now || last.1.elapsed() >= POLL;
        if moved {
            *last = (now, std::time::Instant::now());
        }
        moved
    }
}

impl Drop for ContentClock {
    fn drop(&mut self) {
        if let Some(task) = self.watcher.get_mut().ok().and_then(Option::take) {
            task.abort();
        }
    }
}

impl Store {
    /// The current content version, cheap enough for every request: the number last read,
    /// read again first when SQLite's journal shows a write since.
    pub async fn content_version(&self) -> i64 {
        if self.content.may_have_moved()
            && let Err(error) = self.refresh_content_version().await
        {
            tracing::warn!(%error, "reading the content version failed");
        }
        self.content.seen.load(Ordering::Acquire)
    }

    /// Reads the content version from the database and remembers it. It only grows: two reads
    /// finishing out of order cannot take a server back to pages made under an older one.
    pub async fn refresh_content_version(&self) -> Result<i64, StoreError> {
        let version = read_version(&self.pool).await?;
        self.content.seen.fetch_max(version, Ordering::AcqRel);
        Ok(version)
    }

    /// Reads the version, and on PostgreSQL starts the task that listens for changes; `url`
    /// is the database's, for the listening connection.
    pub(crate) async fn watch_content(&self, url: &str) -> Result<(), StoreError> {
        self.refresh_content_version().await?;
        if self.backend == Backend::Postgres {
            let schema: String = sqlx::query_scalar("SELECT CAST(current_schema() AS TEXT)")
                .fetch_one(&self.pool)
                .await?;
            let clock = Arc::downgrade(&self.content);
            let pool = self.pool.clone();
            let url = url.to_owned();
            let task =
                tokio::spawn(async move { listen_and_poll(&pool, &clock, &url, &schema).await });
            if let Ok(mut watcher) = self.content.watcher.lock() {
                *watcher = Some(task);
            }
        }
        Ok(())
    }
}

/// Takes the number each notification of this schema's commits names, and reads it once a
/// second; a listener that fails is connected again at the next tick. Ends with the store.
async fn listen_and_poll(
    pool: &sqlx::AnyPool,
    clock: &std::sync::Weak<ContentClock>,
    url: &str,
    schema: &str,
) {
    let mut ticks = tokio::time::interval(POLL);
    let mut listener = None;
    loop {
        if listener.is_none() {
            listener = connect_listener(url).await;
        }
        let notified = async {
            match listener.as_mut() {
                Some(l) => l.recv().await.map(Some),
                None => std::future::pending().await,
            }
        };
        let named = tokio::select! {
            received = notified => match received {
                Ok(notification) => notification.and_then(|n| {
                    let (from, version) = n.payload().split_once(':')?;
                    (from == schema).then(|| version.parse::<i64>().ok()).flatten()
                }),
                Err(error) => {
                    tracing::warn!(%error, "listening for content changes failed; polling");
                    listener = None;
                    None
                }
            },
            _ = ticks.tick() => None,
        };
        if clock.strong_count() == 0 || pool.is_closed() {
            return;
        }
        let version = match named {
            Some(version) => Ok(version),
            None => read_version(pool).await,
        };
        let Some(clock) = clock.upgrade() else {
            return;
        };
        match version {
            Ok(version) => {
                clock.seen.fetch_max(version, Ordering::AcqRel);
            }
            Err(error) => tracing::warn!(%error, "reading the content version failed"),
        }
    }
}

async fn connect_listener(url: &str) -> Option<sqlx::postgres::PgListener> {
    let mut listener = match sqlx::postgres::PgListener::connect(url).await {
        Ok(listener) => listener,
        Err(error) => {
            tracing::warn!(%error, "cannot connect to listen for content changes");
            return None;
        }
    };
    match listener.listen(CHANNEL).await {
        Ok(()) => Some(listener),
        Err(error) => {
            tracing::warn!(%error, "cannot listen for content changes");
            None
        }
    }
}

/// Raises the number within `tx`, for a change no trigger sees (a day of signals written late).
pub(crate) async fn bump(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    backend: Backend,
) -> Result<(), StoreError> {
    let sql = match backend {
        Backend::Sqlite => "UPDATE content_version SET version = version + 1 WHERE id = 1",
        Backend::Postgres => "SELECT CAST(bump_content_version() AS BIGINT)",
    };
    sqlx::query(sql).execute(&mut **tx).await?;
    Ok(())
}

/// The number as the database has it now.
async fn read_version(pool: &sqlx::AnyPool) -> Result<i64, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT version FROM content_version WHERE id = 1")
            .fetch_one(pool)
            .await?,
    )
}

#[cfg(test)]
mod tests {
    use crate::{Backend, Store};

    /// Tables residents never see: no trigger, so their writes (every login, signal, message)
    /// leave the rendered pages alone. Any other table must have the trigger (a test checks both
    /// backends), so a new table is sorted into one kind or the other.
    const UNSEEN_TABLES: &[&str] = &[
        "_sqlx_migrations",
        "attempts",
        "audit_log",
        "content_version",
        "created_once",
        "feedback",
        "import_marks",
        "outbox",
        "password_resets",
        "provider_contacts",
        "provider_links",
        "register_runs",
        "service_proposals",
        "signals",
        // Staff sessions: `tower_sessions` on SQLite, `session` on PostgreSQL.
        "session",
        "staff_users",
        "tower_sessions",
        "verification_rounds",
    ];

    /// Search tables filled in the same transactions as the records they index.
    const DERIVED_TABLES: &[&str] = &["service_search", "faq_search", "content_search"];

    /// The tables whose writes bump the version.
    async fn triggered(store: &Store) -> Vec<String> {
        let sql = match store.backend {
            Backend::Sqlite => {
                "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'content\\_%' ESCAPE '\\'"
            }
            Backend::Postgres => {
                r#"SELECT DISTINCT CAST(event_object_table AS TEXT) FROM information_schema.triggers
                   WHERE trigger_schema = current_schema() AND trigger_name = 'content_changed'"#
            }
        };
        sqlx::query_scalar(sql)
            .fetch_all(&store.pool)
            .await
            .expect("triggers")
    }

    #[tokio::test]
    async fn every_table_residents_see_bumps_the_version_and_no_other_does() {
        let store = Store::open_scratch().await.expect("database");
        let triggered = triggered(&store).await;
        for table in store.table_names().await.expect("tables") {
            let derived = DERIVED_TABLES.iter().any(|d| table.starts_with(d));
            let unseen = UNSEEN_TABLES.contains(&table.as_str());
            let has_trigger = triggered.contains(&table);
            assert!(
                has_trigger != (derived || unseen),
                "{table}: a table residents see needs the content trigger (migrations \
                 *_content_version), one they never see belongs in UNSEEN_TABLES"
            );
        }
    }

    #[tokio::test]
    async fn a_content_write_moves_the_version_and_a_signal_does_not() {
        let store = Store::open_scratch().await.expect("database");
        store.seed_if_empty().await.expect("sample data");
        let before = store.refresh_content_version().await.expect("version");
        assert_eq!(store.content_version().await, before);

        store.count_signal(
            domain::needs::Signal::search("zzz", 0).expect("a signal"),
            1_800_000_000,
        );
        store.flush_signals().await.expect("signals written");
        assert_eq!(
            store.refresh_content_version().await.expect("version"),
            before
        );

        sqlx::query("UPDATE services SET name = name || ' (nově)' WHERE id = (SELECT MIN(id) FROM services)")
            .execute(&store.pool)
            .await
            .expect("an edit");
        let after = store.refresh_content_version().await.expect("version");
        assert!(after > before, "{after} after {before}");
        assert_eq!(store.content_version().await, after);
    }
}
