//! Open data on the national data set (every Czech municipality, 10,000 services):
//! - p50/p99 of `GET /api/hsds/services?per_page=50` through the whole router on loopback (200
//!   requests one at a time, pages 1–200 in turn), and of one service;
//! - `server export` of the same as HSDS JSON and as the CSV datapackage, and each export
//!   imported again into an empty database (time and peak memory).
//!
//! The imports run the real binary, so the memory is that of the import alone. The national
//! register's import has its own bench (`register.rs`).
//!
//! `cargo bench -p server --bench hsds`

// The store's benchmarks share their helpers; this one uses a part of them.
#[allow(dead_code)]
#[path = "../../store/benches/common/mod.rs"]
mod common;

// The same app, port and client the HTTP tests use.
#[path = "../tests/http/support/mod.rs"]
mod support;

#[path = "support/binary.rs"]
mod binary;

use common::Latency;
use std::path::Path;
use std::time::Instant;
use store::{NationalDataSet, Store};

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let work = common::tempdir::Dir::new();
    let at = |name: &str| format!("{}/{name}", work.path());
    let set = NationalDataSet::default();

    let url = format!("sqlite://{}", at("national.db"));
    runtime.block_on(async {
        let store = Store::open(&url).await.expect("database");
        let data = store::generate_national(&set).expect("data set");
        store
            .import_sample(&data)
            .await
            .expect("the national data set");
    });
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
        runtime.block_on(binary::municipalities_only(&again));
        let import = binary::run_server(
            &["import", "--format", format, &out],
            &[("DATABASE_URL", again.as_str())],
        );
        assert!(import.success, "{}", import.stdout);
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
}

fn bytes_in(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .expect("export dir")
        .map(|f| f.expect("entry").metadata().expect("metadata").len())
        .sum()
}
