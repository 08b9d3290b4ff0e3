//! The map's data over a national-size directory (every Czech municipality, 10,000 services):
//! how long the server takes to produce the markers of a view, and how many bytes of JSON they
//! are. The goal is a first view drawn from under 100 kB.
//!
//! Run: `cargo bench -p store --bench map`

mod common;

use common::{Latency, filter, national_store};
use criterion::{Criterion, criterion_group};
use domain::map::Bounds;
use std::time::Duration;
use tokio::runtime::Runtime;

/// (name, filter query, view `south,west,north,east` or "" for all, zoom)
const VIEWS: &[(&str, &str, &str, u8)] = &[
    ("country, zoom 7", "", "48.5,12.0,51.1,18.9", 7),
    ("whole extent, zoom 7", "", "", 7),
    ("district (Písek), zoom 10", "", "49.1,13.8,49.6,14.6", 10),
    ("town (Písek), zoom 14", "", "49.29,14.12,49.33,14.18", 14),
    (
        "seniors, country, zoom 7",
        "skupina=seniori",
        "48.5,12.0,51.1,18.9",
        7,
    ),
    (
        "text, district, zoom 10",
        "q=pecovatelska",
        "49.1,13.8,49.6,14.6",
        10,
    ),
];

fn bench_map(c: &mut Criterion) {
    let runtime = Runtime::new().expect("runtime");
    let (store, _dir) = national_store(&runtime);
    let view =
        |bounds: &str| (!bounds.is_empty()).then(|| bounds.parse::<Bounds>().expect("bounds"));
    let mut group = c.benchmark_group("map");
    for (name, query, bounds, zoom) in VIEWS {
        let (f, v) = (filter(query), view(bounds));
        group.bench_function(*name, |b| {
            b.to_async(&runtime).iter(|| store.map_view(&f, v, *zoom))
        });
    }
    group.finish();

    println!("\nMarkers per view, 200 runs each (national data set, 10,000 services):");
    println!(
        "{:<28} {:>8} {:>8} {:>8} {:>9} {:>10}",
        "view", "p50 ms", "p99 ms", "markers", "located", "JSON bytes"
    );
    for (name, query, bounds, zoom) in VIEWS {
        let (f, v) = (filter(query), view(bounds));
        let latency = Latency::measure(200, || {
            runtime
                .block_on(store.map_view(&f, v, *zoom))
                .expect("map view")
        });
        let answer = &latency.last;
        let bytes = serde_json::to_vec(answer).expect("json").len();
        println!(
            "{:<28} {:>8.2} {:>8.2} {:>8} {:>9} {:>10}",
            name,
            latency.percentile_ms(50),
            latency.percentile_ms(99),
            answer.items.len(),
            answer.located,
            bytes
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = bench_map
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
