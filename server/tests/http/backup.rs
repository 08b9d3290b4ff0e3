//! Backups through the real binary: `server backup` copies a database consistently and checks
//! the copy, `server restore` refuses a damaged copy and puts a good one in place; and an import
//! killed halfway loses nothing that was acknowledged and leaves a database that opens clean.

use domain::admin::feedback::{Feedback, Subject};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use store::{RegisterDataSet, Store};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pomoc-backup-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

fn server(args: &[&str], database: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATABASE_URL", url(database))
        .env("RUST_LOG", "error")
        .output()
        .expect("the server binary")
}

async fn message(store: &Store, text: &str) {
    let feedback = Feedback {
        message: text.into(),
        contact: None,
    };
    store
        .add_feedback(Subject::MissingService, &feedback, 1)
        .await
        .expect("store")
        .expect("stored");
}

async fn messages(database: &Path) -> Vec<String> {
    let store = Store::open(&url(database)).await.expect("database");
    store
        .feedback(domain::admin::feedback::FeedbackStatus::New)
        .await
        .expect("messages")
        .into_iter()
        .map(|m| m.message)
        .collect()
}

#[tokio::test]
async fn a_backup_is_checked_and_a_restore_brings_it_back() {
    let dir = scratch("roundtrip");
    let database = dir.join("pomoc.db");
    let store = Store::open(&url(&database)).await.expect("database");
    store.seed_if_empty().await.expect("sample data");
    message(&store, "před zálohou").await;

    let copy = dir.join("zaloha.db");
    let made = server(&["backup", copy.to_str().unwrap()], &database);
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(
        made.status.success(),
        "{said} {}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(
        said.contains("Záloha uložena") && said.contains("kontrola celistvosti v pořádku"),
        "{said}"
    );
    let again = server(&["backup", copy.to_str().unwrap()], &database);
    assert!(
        !again.status.success(),
        "an existing file is never overwritten"
    );

    message(&store, "po záloze").await;
    drop(store);
    let garbage = dir.join("poskozena.db");
    std::fs::write(&garbage, b"SQLite format 3\0 but not really").unwrap();
    let refused = server(&["restore", garbage.to_str().unwrap()], &database);
    assert!(!refused.status.success());
    let told = format!(
        "{}{}",
        String::from_utf8_lossy(&refused.stdout),
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(told.contains("poškozená"), "{told}");
    assert_eq!(
        messages(&database).await.len(),
        2,
        "a refused restore changes nothing"
    );

    let restored = server(&["restore", copy.to_str().unwrap()], &database);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    assert_eq!(messages(&database).await, vec!["před zálohou".to_owned()]);
    assert!(
        database.with_extension("pred-obnovou").exists(),
        "the replaced file is kept"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn an_import_killed_halfway_loses_nothing_acknowledged() {
    let dir = scratch("killed");
    let database = dir.join("pomoc.db");
    let store = Store::open(&url(&database)).await.expect("database");
    crate::support::with_every_municipality(&store).await;
    message(&store, "potvrzená zpráva").await;
    drop(store);

    let register = dir.join("registr");
    let set = RegisterDataSet {
        services: 3_000,
        ..RegisterDataSet::default()
    };
    store::write_register_download(&set, &register).expect("register download");

    let mut import = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["import", "--format", "mpsv", register.to_str().unwrap()])
        .env("DATABASE_URL", url(&database))
        .env("RUST_LOG", "error")
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("import");
    // Wait until the import has written into its transaction (the write-ahead log grows).
    let wal = dir.join("pomoc.db-wal");
    let started = std::time::Instant::now();
    while std::fs::metadata(&wal).map_or(0, |m| m.len()) < 1_000_000 {
        assert!(
            import.try_wait().unwrap().is_none(),
            "the import ended before it could be killed"
        );
        assert!(
            started.elapsed().as_secs() < 120,
            "the import wrote nothing"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    import.kill().expect("kill");
    import.wait().unwrap();

    let store = Store::open(&url(&database))
        .await
        .expect("the database opens after the kill");
    assert_eq!(store.integrity().await.unwrap(), "ok");
    drop(store);
    assert_eq!(
        messages(&database).await,
        vec!["potvrzená zpráva".to_owned()]
    );
    let check = server(
        &["backup", dir.join("po-padu.db").to_str().unwrap()],
        &database,
    );
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(
        said.contains("0 služeb"),
        "the unfinished import left no service: {said}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
