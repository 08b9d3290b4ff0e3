//! The kept pages, within a memory budget: the oldest go first when a new one does not fit, a
//! page past its time is served only while its successor renders, one made under an older
//! content version never, and a newer content version empties the whole store at the next look.

use super::key::PageKey;
use super::page::Page;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug)]
pub struct Kept {
    inner: Mutex<Inner>,
    budget: usize,
    ttl: Duration,
}

#[derive(Debug, Default)]
struct Inner {
    pages: HashMap<PageKey, (u64, Arc<Page>)>,
    /// Keys in the order they were kept, each with the serial of the page kept then.
    order: VecDeque<(PageKey, u64)>,
    serial: u64,
    bytes: usize,
    /// The content version the pages were made under.
    version: i64,
}

impl Kept {
    pub fn new(budget: usize, ttl: Duration) -> Kept {
        Kept {
            inner: Mutex::default(),
            budget,
            ttl,
        }
    }

    /// The page kept under `key` for content `version`, and whether it is still within its time.
    pub fn get(&self, key: &PageKey, version: i64) -> Option<(Arc<Page>, bool)> {
        let mut inner = self.inner.lock().ok()?;
        if !inner.advance(version) {
            return None;
        }
        let (_, page) = inner.pages.get(key)?;
        Some((page.clone(), page.made.elapsed() < self.ttl))
    }

    /// Keeps `page` under `key`, unless it was made under a content version that is no longer
    /// the current one, or it alone is over the budget.
    pub fn keep(&self, key: PageKey, page: Arc<Page>, current: i64) {
        let weight = page.weight();
        if page.version != current || weight > self.budget / 4 {
            return;
        }
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if !inner.advance(current) {
            return;
        }
        inner.serial += 1;
        let serial = inner.serial;
        if let Some((_, old)) = inner.pages.insert(key.clone(), (serial, page)) {
            inner.bytes -= old.weight();
        }
        inner.bytes += weight;
        inner.order.push_back((key, serial));
        while inner.bytes > self.budget {
            let Some((oldest, serial)) = inner.order.pop_front() else {
                break;
            };
            if inner.pages.get(&oldest).is_some_and(|(s, _)| *s == serial)
                && let Some((_, gone)) = inner.pages.remove(&oldest)
            {
                inner.bytes -= gone.weight();
            }
        }
        // Keys kept again leave stale entries behind; do not let them pile up.
        if inner.order.len() > 2 * inner.pages.len() + 64 {
            let Inner { pages, order, .. } = &mut *inner;
            order.retain(|(key, serial)| pages.get(key).is_some_and(|(s, _)| s == serial));
        }
    }
}

impl Inner {
    /// Moves on to content `version`, forgetting every page when it is newer; false when it
    /// is older than the pages' (a request that read the version just before it changed).
    fn advance(&mut self, version: i64) -> bool {
        if version > self.version {
            self.pages.clear();
            self.order.clear();
            self.bytes = 0;
            self.version = version;
        }
        version == self.version
    }
}
