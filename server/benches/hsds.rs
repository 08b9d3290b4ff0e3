//! The open-data API and the export on the national data set (every Czech municipality, 10,000
//! services): p50/p99 of `GET /api/hsds/services?per_page=50` through the whole router on
//! loopback (200 requests one at a time, pages 1–200 in turn), of one whole service, and the time
//! `server export --format hsds-json` takes.
//!
//! `cargo bench -p server --bench hsds`

// The store's benchmarks build the data set; this one uses a part of what they share.
#[allow(dead_code)]
#[path = "../../store/benches/common/mod.rs"]
mod common;

// The same app, port and client the HTTP tests use.
#[path = "../tests/support/mod.rs"]
mod support;

use common::Latency;
use std::time::Instant;

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (store, dir) = common::national_store(&runtime);
    let public_url = "https://pomoc.example";
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

    let out = std::env::temp_dir().join(format!("pomoc-hsds-export-{}", std::process::id()));
    let request = server::export::parse_args(&[
        "--format".into(),
        "hsds-json".into(),
        out.display().to_string(),
    ])
    .expect("arguments");
    let started = Instant::now();
    let report = runtime
        .block_on(server::export::export(&store, public_url, &request))
        .expect("export");
    let bytes: u64 = std::fs::read_dir(&out)
        .expect("export dir")
        .map(|f| f.expect("entry").metadata().expect("metadata").len())
        .sum();
    println!(
        "export --format hsds-json: {} services, {} organizations in {:.1} s, {:.1} MB",
        report.services,
        report.organizations,
        started.elapsed().as_secs_f64(),
        bytes as f64 / 1e6
    );

    let target = std::env::temp_dir().join(format!("pomoc-hsds-import-{}", std::process::id()));
    std::fs::create_dir_all(&target).expect("import dir");
    let imported = runtime.block_on(async {
        let url = format!("sqlite://{}/import.db", target.display());
        let empty = store::Store::open(&url).await.expect("database");
        let municipalities = store::generate_national(&store::NationalDataSet::default())
            .expect("data set")
            .without_directory();
        empty
            .import_sample(&municipalities)
            .await
            .expect("every Czech municipality");
        let started = Instant::now();
        let report = empty.import_hsds(&out, false).await.expect("import");
        (report, started.elapsed())
    });
    println!(
        "import --format hsds-json of that export into an empty directory: {} services, {} \
         organizations in {:.1} s; peak memory of this whole process {:.0} MB",
        imported.0.services_added,
        imported.0.organizations_added,
        imported.1.as_secs_f64(),
        peak_rss_mb()
    );
    std::fs::remove_dir_all(&target).expect("clean up");
    std::fs::remove_dir_all(&out).expect("clean up");
    drop(dir);
}

/// The process's peak resident memory (VmHWM), in MB.
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?.to_owned();
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
