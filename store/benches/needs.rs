//! What the signals cost: counting one while a page renders (one thread, and two threads at
//! once as a server under load does), writing a day's worth of a national portal in one flush,
//! and summing a year of them for the report (`signal_tally`, the report's largest part).
//!
//! The day is a model of national traffic, the same as `bench/signals-year.py`'s defaults:
//! 8,000 distinct search subjects with no or few results, 1,000 empty filters, 120 wizard steps
//! with their "not found", 3,000 outcomes without a local service, 15 topics: 12,255 rows.
//!
//! Run: `cargo bench -p store --bench needs`

use criterion::{Criterion, criterion_group};
use domain::needs::report::Period;
use domain::needs::{Day, Signal};
use std::time::{Duration, Instant};
use store::Store;
use tokio::runtime::Runtime;

const DEC_7: i64 = 1_796_601_600;

/// A small deterministic generator (no dependency for a bench).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (self.0 >> 33) % below
    }
}

/// One day of the national model, counted into `store` at `at`.
fn count_a_day(store: &Store, rng: &mut Lcg, at: i64) {
    for _ in 0..8_000 {
        let words: Vec<String> = (0..1 + rng.next(3))
            .map(|_| format!("slovo{}", rng.next(60_000)))
            .collect();
        let results = rng.next(3);
        if let Some(signal) = Signal::search(&words.join(" "), results) {
            for _ in 0..1 + rng.next(9) {
                store.count_signal(signal.clone(), at);
            }
        }
    }
    for _ in 0..1_000 {
        let query = format!("obec={}&forma=terenni", 500_000 + rng.next(99_999));
        let filter = domain::Filter::from_query(&query).expect("filter").filter;
        if let Some(signal) = Signal::empty_filter(&filter, 0) {
            store.count_signal(signal, at);
        }
    }
    for node in 0..120 {
        let key = domain::Slug::parse(&format!("krok-{node}")).expect("slug");
        for _ in 0..1 + rng.next(50) {
            store.count_signal(Signal::wizard_step(&key), at);
        }
        store.count_signal(Signal::wizard_not_found(key.as_str()).expect("node"), at);
    }
    for _ in 0..3_000 {
        let key = domain::Slug::parse(&format!("vysledek-{}", rng.next(60))).expect("slug");
        let place = domain::MunicipalityCode::parse(&format!("{}", 500_000 + rng.next(99_999)));
        if let Ok(place) = place {
            store.count_signal(Signal::outcome_without_local(&key, place), at);
        }
    }
    for topic in 0..15 {
        let slug = domain::Slug::parse(&format!("tema-{topic}")).expect("slug");
        store.count_signal(Signal::missing_service(Some(&slug)), at);
    }
}

fn bench_counting(c: &mut Criterion) {
    let runtime = Runtime::new().expect("runtime");
    let store = runtime.block_on(Store::open_scratch()).expect("store");
    let mut group = c.benchmark_group("signals");
    group.bench_function("count a search (fold, lock, add)", |b| {
        b.iter(|| {
            store.count_signal(
                Signal::search("Kadeřník v Písku", 0).expect("signal"),
                DEC_7,
            )
        })
    });
    group.finish();

    // Two threads counting at once, as two cores rendering pages do.
    let per_thread = 1_000_000;
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..2 {
            let store = store.clone();
            scope.spawn(move || {
                let signal = Signal::search(&format!("hledane slovo {t}"), 0).expect("signal");
                for _ in 0..per_thread {
                    store.count_signal(signal.clone(), DEC_7);
                }
            });
        }
    });
    let ns = started.elapsed().as_nanos() as f64 / (2 * per_thread) as f64;
    println!("\nTwo threads counting at once: {ns:.0} ns a signal (wall time / signals)");
}

fn bench_year(_: &mut Criterion) {
    let runtime = Runtime::new().expect("runtime");
    let dir = std::env::temp_dir().join(format!("pomoc-needs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let dir = dir.display().to_string();
    let url = format!("sqlite://{dir}/needs.db");
    let store = runtime.block_on(Store::open(&url)).expect("store");
    let mut rng = Lcg(7);
    let today = Day::of(DEC_7);
    let mut flushes = Vec::new();
    let mut rows = 0;
    for day in 0..365 {
        let at = DEC_7 - (364 - day) * 86_400;
        count_a_day(&store, &mut rng, at);
        let started = Instant::now();
        rows += runtime.block_on(store.flush_signals()).expect("flush");
        flushes.push(started.elapsed());
    }
    flushes.sort();
    println!(
        "\nA year of the national model: {rows} rows; one day's flush p50 {:.0} ms, max {:.0} ms",
        flushes[182].as_secs_f64() * 1e3,
        flushes[364].as_secs_f64() * 1e3
    );
    let size = std::fs::metadata(format!("{dir}/needs.db")).map_or(0, |m| m.len())
        + std::fs::metadata(format!("{dir}/needs.db-wal")).map_or(0, |m| m.len());
    println!("Database file with its WAL: {:.0} MB", size as f64 / 1e6);
    for (name, days) in [
        ("the last 7 days", 7),
        ("the last 90 days", 90),
        ("the last 365 days", 365),
    ] {
        let period = Period::last(today, days);
        let mut times = Vec::new();
        for _ in 0..5 {
            let started = Instant::now();
            let tally = runtime
                .block_on(store.signal_tally(period, today))
                .expect("tally");
            times.push(started.elapsed());
            std::hint::black_box(tally);
        }
        times.sort();
        println!(
            "Tally of {name}: median of 5 {:.0} ms",
            times[2].as_secs_f64() * 1e3
        );
    }
    let finished = Period::last(today.plus(-1), 365);
    runtime
        .block_on(store.signal_tally(finished, today))
        .expect("tally");
    let started = Instant::now();
    runtime
        .block_on(store.signal_tally(finished, today))
        .expect("tally");
    println!(
        "The same year ended yesterday, asked again: {:.3} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = bench_counting, bench_year
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
