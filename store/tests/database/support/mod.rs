//! What every store test starts from.

use domain::Filter;
use store::Store;

/// The store's logs on standard error, when `TEST_LOG` is set.
pub fn logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            let filter = tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
            tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .init();
        }
    });
}

/// A database of the test's own, empty: SQLite in memory or a fresh PostgreSQL schema.
pub async fn scratch() -> Store {
    logs();
    Store::open_scratch().await.expect("database opens")
}

/// A fresh database filled with the sample data.
pub async fn sample_store() -> Store {
    let store = scratch().await;
    store.seed_if_empty().await.expect("sample data imports");
    store
}

/// A filter from a query that must parse without notices.
pub fn filter(query: &str) -> Filter {
    let parsed = Filter::from_query(query).expect("query parses");
    assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
    parsed.filter
}
