//! What every store test starts from.

// Each test crate compiles this module and uses a part of it.
#![allow(dead_code)]

use domain::Filter;
use store::Store;

/// A fresh in-memory database filled with the sample data.
pub async fn sample_store() -> Store {
    let store = Store::open_scratch().await.expect("database opens");
    store.seed_if_empty().await.expect("sample data imports");
    store
}

/// A filter from a query that must parse without notices.
pub fn filter(query: &str) -> Filter {
    let parsed = Filter::from_query(query).expect("query parses");
    assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
    parsed.filter
}
