//! `server sync-register` against a real HTTP server on loopback that serves a register
//! download as MPSV's open-data folder does (gzip when asked, `Last-Modified`, 304 for an
//! unchanged file): a good download, the same again, a cut-off file, a broken connection, a
//! missing code list, a drop of 40 % — each refusal leaves the catalogue as it was and stands
//! on the staff home page until a good run.

use super::register::{Download, PISEK, item, portal, published_names};
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use domain::admin::register_runs::RunOutcome;
use serde_json::Value;
use server::register::sync::{SyncError, SyncRequest, Synced, sync};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use store::{Progress, Store};

/// The folder MPSV publishes: `rpss/rpss.json` and `ciselniky/*.json`, each also gzipped.
struct Served {
    root: PathBuf,
    /// Each file written gets a later modification time, so `Last-Modified` moves.
    written: u64,
    statuses: Arc<Mutex<Vec<u16>>>,
    base: String,
}

impl Served {
    async fn start(download: &Download) -> Served {
        let root = download.dir.join("served");
        std::fs::create_dir_all(root.join("rpss")).unwrap();
        std::fs::create_dir_all(root.join("ciselniky")).unwrap();
        let statuses = Arc::new(Mutex::new(Vec::new()));
        let seen = statuses.clone();
        let files = tower_http::services::ServeDir::new(&root).precompressed_gzip();
        let app = Router::new()
            .route("/cut/rpss/rpss.json", axum::routing::get(cut_connection))
            .nest_service("/cut", files.clone())
            .nest_service("/od", files)
            .layer(middleware::from_fn(move |request: Request, next: Next| {
                let seen = seen.clone();
                async move {
                    let response = next.run(request).await;
                    seen.lock().unwrap().push(response.status().as_u16());
                    response
                }
            }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        let mut served = Served {
            root,
            written: 0,
            statuses,
            base,
        };
        for entry in std::fs::read_dir(&download.dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            if name.ends_with(".json") && name != "rpss.json" {
                served.put(&format!("ciselniky/{name}"), &std::fs::read(&path).unwrap());
            }
        }
        served
    }

    /// Writes a file as the server serves it, with its gzipped twin.
    fn put(&mut self, path: &str, bytes: &[u8]) {
        use std::io::Write;
        self.written += 1;
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_790_000_000 + self.written * 60);
        let plain = self.root.join(path);
        std::fs::write(&plain, bytes).unwrap();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gzip.write_all(bytes).unwrap();
        let zipped = PathBuf::from(format!("{}.gz", plain.display()));
        std::fs::write(&zipped, gzip.finish().unwrap()).unwrap();
        for file in [&plain, &zipped] {
            let f = std::fs::File::options().write(true).open(file).unwrap();
            f.set_modified(at).unwrap();
        }
    }

    fn register(&mut self, items: &[Value]) {
        let file = serde_json::json!({"polozky": items});
        self.put("rpss/rpss.json", &serde_json::to_vec(&file).unwrap());
    }

    fn remove(&self, path: &str) {
        std::fs::remove_file(self.root.join(path)).unwrap();
        std::fs::remove_file(self.root.join(format!("{path}.gz"))).unwrap();
    }

    fn statuses(&self) -> Vec<u16> {
        std::mem::take(&mut *self.statuses.lock().unwrap())
    }
}

/// A body that stops halfway: the connection breaks before the file's end.
async fn cut_connection() -> Response {
    let parts: Vec<Result<&'static str, std::io::Error>> = vec![
        Ok("{\"polozky\": [{\"identifikator\": \"1\""),
        Err(std::io::Error::other("spojení přerušeno")),
    ];
    Response::new(Body::from_stream(futures_util::stream::iter(parts)))
}

async fn run(store: &Store, base: &str, dir: &Path) -> Result<Synced, SyncError> {
    sync(
        store,
        base,
        dir,
        &SyncRequest { addresses: None },
        super::register::NOW,
        &Progress::default(),
    )
    .await
}

fn five() -> Vec<Value> {
    (1..=5)
        .map(|n| {
            item(
                &format!("100010{n}"),
                &format!("Poradna Písek {n}"),
                1,
                "amb",
                PISEK,
                None,
            )
        })
        .collect()
}

#[tokio::test]
async fn the_daily_run_imports_a_good_download_once_and_refuses_broken_ones() {
    let download = Download::new("sync");
    let mut served = Served::start(&download).await;
    served.register(&five());
    let store = portal().await;
    let keep = download.dir.join("kept");
    let od = format!("{}/od", served.base);

    // A good download: read, checked, imported; fetched compressed.
    let Synced::Imported(summary) = run(&store, &od, &keep).await.unwrap() else {
        panic!("not imported")
    };
    assert_eq!(summary.services.added, 5);
    assert!(
        served.statuses().iter().all(|s| *s == 200 || *s == 404),
        "optional lists may be missing"
    );
    let catalogue = published_names(&store).await;

    // The same again: every file answered 304, nothing read or written.
    assert!(matches!(
        run(&store, &od, &keep).await.unwrap(),
        Synced::Unchanged
    ));
    let statuses = served.statuses();
    assert!(
        statuses.contains(&304) && !statuses.contains(&200),
        "{statuses:?}"
    );
    let last = store.last_register_run().await.unwrap().unwrap();
    assert_eq!(last.outcome, RunOutcome::Unchanged);

    // A file cut off: refused, the catalogue as it was, the reason on the staff home page.
    let whole = serde_json::to_vec(&serde_json::json!({"polozky": five()})).unwrap();
    served.put("rpss/rpss.json", &whole[..whole.len() * 2 / 3]);
    let error = run(&store, &od, &keep).await.unwrap_err().to_string();
    assert!(error.contains("useknutý"), "{error}");
    assert_eq!(published_names(&store).await, catalogue);
    let app = crate::support::TestApp::serve(store.clone()).await;
    app.staff(
        "jana.novakova",
        domain::staff::Role::Editor,
        "kvetinac-na-okne-7",
    )
    .await;
    let mut browser = crate::support::Browser::new(&app);
    browser.log_in("jana.novakova", "kvetinac-na-okne-7").await;
    let home = browser.get("/sprava").await.body;
    assert!(
        home.contains("Registr poskytovatelů nebyl načten"),
        "{home}"
    );
    assert!(home.contains("useknutý"), "{home}");
    let page = browser.get("/sprava/registr").await.body;
    assert!(
        page.contains("odmítnuto") && page.contains("beze změny"),
        "{page}"
    );

    // A connection that breaks halfway.
    let error = run(&store, &format!("{}/cut", served.base), &keep)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("rpss.json") && error.contains("stahování selhalo"),
        "{error}"
    );

    // A code list the server no longer has.
    served.register(&five());
    served.remove("ciselniky/cilove-skupiny-osoby.json");
    let error = run(&store, &od, &keep).await.unwrap_err().to_string();
    assert!(
        error.contains("chybí číselník cilove-skupiny-osoby.json"),
        "{error}"
    );
    assert!(error.contains("404"), "{error}");
    let list = std::fs::read(download.dir.join("cilove-skupiny-osoby.json")).unwrap();
    served.put("ciselniky/cilove-skupiny-osoby.json", &list);

    // Two services of five gone at once: refused as a drop of 40 %.
    served.register(&five()[..3]);
    let error = run(&store, &od, &keep).await.unwrap_err().to_string();
    assert!(error.contains("z 5 na 3 (o 40 %"), "{error}");
    assert_eq!(published_names(&store).await, catalogue);
    assert_eq!(
        store.last_register_run().await.unwrap().unwrap().outcome,
        RunOutcome::Refused
    );

    // The good file again, the one last imported: nothing to do, and the warning is gone from
    // the staff home page.
    served.register(&five());
    assert!(matches!(
        run(&store, &od, &keep).await.unwrap(),
        Synced::Unchanged
    ));
    let home = browser.get("/sprava").await.body;
    assert!(!home.contains("nebyl načten"), "{home}");
    let _ = std::fs::remove_dir_all(&download.dir);
}
