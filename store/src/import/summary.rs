//! What a file import did, or (dry run) would do, record by record.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Added, changed and unchanged records of one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub organizations: Counts,
    pub services: Counts,
    /// Each changed record with the fields the file changed.
    pub changes: Vec<String>,
    /// Fields staff edited since the last import that the file says differently: kept.
    pub conflicts: Vec<String>,
    /// Records not taken, each with its reason.
    pub refused: Vec<String>,
    /// What was read but has no place in the portal.
    pub skipped: Vec<String>,
    /// Services unpublished because the register ended them or stopped listing them, each with
    /// the reason.
    pub ended: Vec<String>,
    /// Services the register lists again, published again.
    pub returned: Vec<String>,
    /// What the register's reader met and did not take, counted, each with an example.
    pub tallies: Vec<domain::import::register::Tally>,
    /// What the register file says of the portal's region (register imports only).
    pub register: Option<RegisterFacts>,
    /// Whether the import wrote anything: a file that changes nothing writes nothing.
    pub written: bool,
}

/// The register file seen from the portal: how many of its services are the region's, why the
/// others are not, and how exactly their places are known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterFacts {
    /// Items of `rpss.json`.
    pub items: usize,
    /// Current services with a place in, or an area reaching, the portal's municipalities.
    pub region_current: usize,
    /// Services of the region the register says are not current, by the kind of reason.
    pub region_not_current: Vec<(String, usize)>,
    /// Current services elsewhere in the country.
    pub elsewhere: usize,
    /// Places and areas outside the portal's municipalities, left out of services it keeps.
    pub places_elsewhere: usize,
    /// Places placed on their RÚIAN address point, and places on their municipality's centre.
    pub places_exact: usize,
    pub places_approximate: usize,
}

/// How far an import has read its file, for a progress bar: bytes read of bytes in all.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    read: Arc<AtomicU64>,
    total: Arc<AtomicU64>,
}

impl Progress {
    pub fn read(&self) -> u64 {
        self.read.load(Ordering::Relaxed)
    }

    pub fn total(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }

    pub(crate) fn start(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
        self.read.store(0, Ordering::Relaxed);
    }

    /// The file has been read to its end.
    pub(crate) fn finish(&self) {
        self.read.store(self.total(), Ordering::Relaxed);
    }

    pub(crate) fn advance(&self, bytes: u64) {
        self.read.fetch_add(bytes, Ordering::Relaxed);
    }
}
