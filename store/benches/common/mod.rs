//! What the benchmarks share: the national-size data set in a temporary database (SQLite, or a
//! schema of the PostgreSQL database `POMOC_TEST_DATABASE_URL` names).

use domain::Filter;
use std::time::{Duration, Instant};
use store::{NationalDataSet, Store};
use tokio::runtime::Runtime;

pub fn national_store(runtime: &Runtime) -> (Store, tempdir::Dir) {
    let dir = tempdir::Dir::new();
    let store = runtime.block_on(async {
        let url = Store::scratch_url(std::path::Path::new(&dir.path().to_string()))
            .await
            .expect("a database");
        let store = Store::open(&url).await.expect("database");
        let data = store::generate_national(&NationalDataSet::default()).expect("data set");
        let started = Instant::now();
        store.import_sample(&data).await.expect("import");
        println!(
            "imported 10,000 services in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        store
    });
    (store, dir)
}

pub fn filter(query: &str) -> Filter {
    Filter::from_query(query).expect("query").filter
}

/// Latencies of `runs` calls of `run`, one at a time.
pub struct Latency<T> {
    sorted: Vec<Duration>,
    /// What the last call returned.
    pub last: T,
}

impl<T> Latency<T> {
    pub fn measure(runs: usize, mut run: impl FnMut() -> T) -> Latency<T> {
        let mut sorted = Vec::with_capacity(runs);
        let mut last = None;
        for _ in 0..runs.max(1) {
            let started = Instant::now();
            last = Some(run());
            sorted.push(started.elapsed());
        }
        sorted.sort_unstable();
        Latency {
            sorted,
            last: last.expect("ran at least once"),
        }
    }

    /// The `p`th percentile (0-100) in milliseconds.
    pub fn percentile_ms(&self, p: usize) -> f64 {
        let at = (self.sorted.len() * p / 100).min(self.sorted.len() - 1);
        self.sorted[at].as_secs_f64() * 1000.0
    }
}

/// A directory removed when dropped.
pub mod tempdir {
    pub struct Dir(std::path::PathBuf);

    impl Dir {
        pub fn new() -> Dir {
            let path = std::env::temp_dir().join(format!("pomoc-bench-{}", std::process::id()));
            std::fs::create_dir_all(&path).expect("temp dir");
            Dir(path)
        }

        pub fn path(&self) -> std::path::Display<'_> {
            self.0.display()
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}
