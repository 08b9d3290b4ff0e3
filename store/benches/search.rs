//! Catalogue search over a national-size directory: every Czech municipality and 10,000
//! services. Criterion measures each kind of query; afterwards every kind is timed 1,000 times
//! one query at a time and the p50 and p99 printed, since the goal is a p99 under 5 ms.
//!
//! Run: `cargo bench -p store --bench search`

mod common;

use common::{Latency, filter, national_store};
use criterion::{Criterion, criterion_group};
use std::time::Duration;
use tokio::runtime::Runtime;

const QUERIES: &[(&str, &str)] = &[
    ("everything", ""),
    ("text: pecovatelska", "q=pecovatelska"),
    ("text: dluhy + audience", "q=dluhy&skupina=v-krizi"),
    ("municipality: Písek", "obec=549240"),
    ("audience + form", "skupina=seniori&forma=terenni"),
    (
        "type + form + page 5",
        "druh=pecovatelska-sluzba&forma=terenni&strana=5",
    ),
    ("two words", "q=pomoc+senior"),
];

fn bench_search(c: &mut Criterion) {
    let runtime = Runtime::new().expect("runtime");
    let (store, _dir) = national_store(&runtime);
    let mut group = c.benchmark_group("search");
    for (name, query) in QUERIES {
        let f = filter(query);
        group.bench_function(*name, |b| b.to_async(&runtime).iter(|| store.search(&f)));
    }
    group.finish();

    println!("\nPer-query latency, 1,000 runs each (national data set, 10,000 services):");
    println!(
        "{:<28} {:>9} {:>9} {:>9}",
        "query", "p50 ms", "p99 ms", "results"
    );
    for (name, query) in QUERIES {
        let f = filter(query);
        let latency = Latency::measure(1000, || {
            runtime.block_on(store.search(&f)).expect("search").total
        });
        println!(
            "{:<28} {:>9.3} {:>9.3} {:>9}",
            name,
            latency.percentile_ms(50),
            latency.percentile_ms(99),
            latency.last
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50).measurement_time(Duration::from_secs(3));
    targets = bench_search
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
