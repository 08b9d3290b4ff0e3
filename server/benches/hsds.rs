//! Open data on the national data set (every Czech municipality, 10,000 services):
//! - `server import --format mpsv` of a generated register file of 10,000 services into a
//!   database holding only the municipalities: wall time and the import process's peak memory;
//! - p50/p99 of `GET /api/hsds/services?per_page=50` on what it imported, through the whole
//!   router on loopback (200 requests one at a time, pages 1–200 in turn), and of one service;
//! - `server export` of the same as HSDS JSON and as the CSV datapackage, and each export
//!   imported again into an empty database (time and peak memory);
//! - the same register import of a file of about 100 MB (140,000 services): memory stays flat.
//!
//! The imports run the real binary, so the memory is that of the import alone.
//!
//! `cargo bench -p server --bench hsds`

// The store's benchmarks share their helpers; this one uses a part of them.
#[allow(dead_code)]
#[path = "../../store/benches/common/mod.rs"]
mod common;

// The same app, port and client the HTTP tests use.
#[path = "../tests/support/mod.rs"]
mod support;

use common::Latency;
use std::path::Path;
use std::time::{Duration, Instant};
use store::{NationalDataSet, Store};

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let work = common::tempdir::Dir::new();
    let at = |name: &str| format!("{}/{name}", work.path());
    let set = NationalDataSet::default();

    let register = at("rpss.json");
    let (items, size) = register_file(&set, &register);
    let url = format!("sqlite://{}", at("register.db"));
    runtime.block_on(municipalities_only(&url));
    let import = run_server(&["import", "--format", "mpsv", &register], &url);
    println!(
        "import --format mpsv: {items} services ({:.1} MB) in {:.1} s, peak memory {:.0} MB",
        size as f64 / 1e6,
        import.seconds,
        import.peak_mb
    );
    assert!(
        import.stdout.contains(&format!(" {items} služeb")),
        "{}",
        import.stdout
    );

    let store = runtime.block_on(Store::open(&url)).expect("database");
    let app = runtime.block_on(support::TestApp::serve(store.clone()));
    let (base, client) = (app.base.clone(), app.client.clone());
    let fetch = |path: String| {
        runtime.block_on(async {
            let response = client
                .get(format!("{base}{path}"))
                .send()
                .await
                .expect("get");
            assert!(response.status().is_success(), "{path}");
            response.bytes().await.expect("body").len()
        })
    };
    let mut page = 0;
    let list = Latency::measure(200, || {
        page += 1;
        fetch(format!("/api/hsds/services?per_page=50&page={page}"))
    });
    let first: serde_json::Value = runtime.block_on(async {
        client
            .get(format!("{base}/api/hsds/services?per_page=1"))
            .send()
            .await
            .expect("get")
            .json()
            .await
            .expect("json")
    });
    let id = first["contents"][0]["id"].as_str().expect("id").to_owned();
    let one = Latency::measure(200, || fetch(format!("/api/hsds/services/{id}")));
    println!(
        "{:<44} {:>8} {:>8} {:>10}",
        "request", "p50 ms", "p99 ms", "bytes"
    );
    for (name, latency) in [
        ("/api/hsds/services?per_page=50&page=N", &list),
        ("/api/hsds/services/{id}", &one),
    ] {
        println!(
            "{name:<44} {:>8.1} {:>8.1} {:>10}",
            latency.percentile_ms(50),
            latency.percentile_ms(99),
            latency.last
        );
    }

    for format in ["hsds-json", "hsds-csv"] {
        let out = at(format);
        let request = server::export::parse_args(&["--format".into(), format.into(), out.clone()])
            .expect("arguments");
        let started = Instant::now();
        let report = runtime
            .block_on(server::export::export(
                &store,
                "https://pomoc.example",
                &request,
            ))
            .expect("export");
        println!(
            "export --format {format}: {} services, {} organizations in {:.1} s, {:.1} MB",
            report.services,
            report.organizations,
            started.elapsed().as_secs_f64(),
            bytes_in(Path::new(&out)) as f64 / 1e6
        );
        let again = format!("sqlite://{}", at(&format!("{format}.db")));
        runtime.block_on(municipalities_only(&again));
        let import = run_server(&["import", "--format", format, &out], &again);
        let added = format!(
            "přibylo: {} poskytovatelů, {} služeb",
            report.organizations, report.services
        );
        assert!(import.stdout.starts_with(&added), "{}", import.stdout);
        println!(
            "import --format {format} of that export into an empty database: {:.1} s, peak memory {:.0} MB",
            import.seconds, import.peak_mb
        );
    }

    // Bounded memory: a register file of about 100 MB streams through the same import.
    let big = NationalDataSet {
        services: 140_000,
        ..set
    };
    let register = at("rpss-100mb.json");
    let (items, size) = register_file(&big, &register);
    let url = format!("sqlite://{}", at("big.db"));
    runtime.block_on(municipalities_only(&url));
    let import = run_server(&["import", "--format", "mpsv", &register], &url);
    assert!(import.stdout.contains(&format!(" {items} služeb")));
    println!(
        "import --format mpsv: {items} services ({:.1} MB) in {:.1} s, peak memory {:.0} MB",
        size as f64 / 1e6,
        import.seconds,
        import.peak_mb
    );
}

/// Writes the data set as the register's file at `path`: its items and bytes.
fn register_file(set: &NationalDataSet, path: &str) -> (usize, u64) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("file"));
    let items = store::write_register_file(set, &mut file).expect("register file");
    drop(file);
    (items, std::fs::metadata(path).expect("size").len())
}

/// A new database with every Czech municipality and no directory.
async fn municipalities_only(url: &str) {
    let store = Store::open(url).await.expect("database");
    let municipalities = store::generate_national(&NationalDataSet::default())
        .expect("data set")
        .without_directory();
    store
        .import_sample(&municipalities)
        .await
        .expect("every Czech municipality");
    drop(store);
}

struct Run {
    seconds: f64,
    peak_mb: f64,
    stdout: String,
}

/// Runs the server binary to its end, following its peak memory (VmHWM) as it goes.
fn run_server(args: &[&str], database_url: &str) -> Run {
    // A file, not a pipe: a long report must not stall the child on a full pipe.
    let report = std::env::temp_dir().join(format!("pomoc-bench-out-{}", std::process::id()));
    let started = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .stdout(std::fs::File::create(&report).expect("report file"))
        .spawn()
        .expect("server binary");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0.0f64;
    loop {
        if let Some(kb) = std::fs::read_to_string(&status_file)
            .ok()
            .and_then(|status| vm_hwm_kb(&status))
        {
            peak_kb = peak_kb.max(kb);
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let seconds = started.elapsed().as_secs_f64();
    assert!(
        child.wait().expect("exit").success(),
        "server {args:?} failed"
    );
    let stdout = std::fs::read_to_string(&report).expect("report");
    let _ = std::fs::remove_file(&report);
    Run {
        seconds,
        peak_mb: peak_kb / 1024.0,
        stdout,
    }
}

fn vm_hwm_kb(status: &str) -> Option<f64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn bytes_in(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .expect("export dir")
        .map(|f| f.expect("entry").metadata().expect("metadata").len())
        .sum()
}
