//! `backup_to` on each backend: a checked copy of SQLite, and on PostgreSQL a pointer to its own
//! tools instead of a half-made file.

use store::{Backend, BackupError, Store};

#[tokio::test]
async fn a_backup_is_a_checked_copy_or_a_pointer_to_pg_dump() {
    let dir = std::env::temp_dir().join(format!("pomoc-store-backup-{}", std::process::id()));
    let store = Store::open(&Store::scratch_url(&dir).await.unwrap())
        .await
        .unwrap();
    store.seed_if_empty().await.unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("kopie.db");
    let made = store.backup_to(&path).await;
    match store.backend() {
        Backend::Sqlite => {
            let report = made.unwrap();
            assert!(report.services >= 40, "{report:?}");
            assert!(path.is_file());
        }
        Backend::Postgres => {
            assert!(matches!(made, Err(BackupError::UsePgDump)), "{made:?}");
            assert!(made.unwrap_err().to_string().contains("pg_dump"));
            assert!(!path.exists(), "no file is left behind");
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}
