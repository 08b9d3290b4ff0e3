//! The national register imported as MPSV publishes it, at its real size (`RegisterDataSet`:
//! about 6,700 services, some 97 MB, 15 % ended, facilities with RÚIAN address points), through
//! the real binary — wall time and peak memory (VmHWM) of the command alone:
//! - into the Písek portal (its 75 municipalities), with `--adresy`: how many places are exact;
//! - the same download again: nothing changes and nothing is written;
//! - into a national portal (every municipality);
//! - the daily run, `server sync-register`, against a file server on loopback: the first
//!   download, then the same one unchanged (304: nothing read, nothing written);
//! - 2 GB of garbage as `rpss.json`: refused, memory flat.
//!
//! `cargo bench -p server --bench register`

#[path = "support/binary.rs"]
mod binary;

// The tests' helpers: the municipalities of a national portal.
#[path = "../tests/http/support/mod.rs"]
mod support;

// The store's benchmarks' temporary folder.
#[allow(dead_code)]
#[path = "../../store/benches/common/mod.rs"]
mod common;

use binary::{municipalities_only, run_server};
use std::path::Path;
use store::{RegisterDataSet, Store};

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let work = common::tempdir::Dir::new();
    let at = |name: &str| format!("{}/{name}", work.path());
    let download = at("registr");
    let written = store::write_register_download(&RegisterDataSet::default(), Path::new(&download))
        .expect("register download");
    println!(
        "register: {} services ({} ended), {} facilities, rpss.json {:.1} MB, {} address points",
        written.items,
        written.ended,
        written.facilities,
        written.bytes as f64 / 1e6,
        written.address_points
    );
    let ruian = format!("{download}/ruian");

    let pisek = format!("sqlite://{}", at("pisek.db"));
    runtime.block_on(portal_of_pisek(&pisek));
    let first = import(
        &pisek,
        &download,
        Some(&ruian),
        "Písek portal, first import",
    );
    let again = import(
        &pisek,
        &download,
        None,
        "Písek portal, the same download again",
    );
    assert!(
        again.stdout.contains("do databáze se nic nezapsalo"),
        "{}",
        again.stdout
    );
    assert!(first.stdout.contains("přesně podle adresního bodu"));

    let national = format!("sqlite://{}", at("national.db"));
    runtime.block_on(municipalities_only(&national));
    import(
        &national,
        &download,
        Some(&ruian),
        "national portal, first import",
    );

    // The daily run against a file server on loopback laid out as MPSV's open-data folder.
    let served = at("served");
    std::fs::create_dir_all(format!("{served}/rpss")).expect("folder");
    std::fs::create_dir_all(format!("{served}/ciselniky")).expect("folder");
    link_download(
        &download,
        &format!("{served}/ciselniky"),
        Some(&format!("{served}/rpss")),
    );
    let address = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let files =
            axum::Router::new().fallback_service(tower_http::services::ServeDir::new(&served));
        tokio::spawn(async move { axum::serve(listener, files).await });
        address
    });
    let daily = format!("sqlite://{}", at("daily.db"));
    runtime.block_on(portal_of_pisek(&daily));
    let env = [
        ("DATABASE_URL", daily.as_str()),
        ("POMOC_REGISTER_URL", &format!("http://{address}")),
        ("POMOC_REGISTER_DIR", &at("kept")),
    ];
    let sync = run_server(&["sync-register", "--adresy", &ruian], &env);
    assert!(sync.success, "{}", sync.stdout);
    report("sync-register, first download", &sync);
    let unchanged = run_server(&["sync-register"], &env);
    assert!(
        unchanged.stdout.contains("nezměnil"),
        "{}",
        unchanged.stdout
    );
    report("sync-register, unchanged download (304)", &unchanged);

    // Two gigabytes of garbage: one string without an end, refused at the limit of one item.
    let garbage = at("garbage");
    std::fs::create_dir_all(&garbage).expect("folder");
    link_download(&download, &garbage, None);
    write_garbage(&format!("{garbage}/rpss.json"), 2 << 30);
    let refused = run_server(
        &["import", "--format", "mpsv", &garbage],
        &[("DATABASE_URL", pisek.as_str())],
    );
    assert!(!refused.success, "garbage refused");
    report("import of 2 GB of garbage (refused)", &refused);
}

async fn portal_of_pisek(url: &str) {
    let store = Store::open(url).await.expect("database");
    store.prepare_if_empty().await.expect("the Písek portal");
}

fn import(url: &str, download: &str, ruian: Option<&str>, what: &str) -> binary::Run {
    let mut args = vec!["import", "--format", "mpsv", download];
    if let Some(ruian) = ruian {
        args.extend(["--adresy", ruian]);
    }
    let run = run_server(&args, &[("DATABASE_URL", url)]);
    assert!(run.success, "{what}: {}", run.stdout);
    report(what, &run);
    run
}

fn report(what: &str, run: &binary::Run) {
    println!(
        "{what}: {:.1} s, peak memory {:.0} MB",
        run.seconds, run.peak_mb
    );
    for line in run.stdout.lines().filter(|l| {
        [
            "přibylo:",
            "změnilo se:",
            "registr:",
            "místa na mapě:",
            "nic se nezměnilo",
            "registr se",
        ]
        .iter()
        .any(|start| l.starts_with(start))
    }) {
        println!("    {line}");
    }
}

/// Links the download's code lists into `lists`, and its `rpss.json` into `register` when given.
fn link_download(download: &str, lists: &str, register: Option<&str>) {
    for entry in std::fs::read_dir(download).expect("download") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let to = match (name.as_str(), register) {
            ("rpss.json", Some(register)) => format!("{register}/{name}"),
            ("rpss.json", None) => continue,
            (n, _) if n.ends_with(".json") => format!("{lists}/{name}"),
            _ => continue,
        };
        std::fs::hard_link(&path, to).expect("link");
    }
}

/// `{"polozky": ["` and then `size` bytes of one letter.
fn write_garbage(path: &str, size: u64) {
    use std::io::Write;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("garbage"));
    file.write_all(b"{\"polozky\": [\"").expect("write");
    let block = vec![b'a'; 1 << 20];
    for _ in 0..size >> 20 {
        file.write_all(&block).expect("write");
    }
    file.flush().expect("flush");
}
