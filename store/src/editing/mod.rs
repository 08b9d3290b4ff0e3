//! What staff change: services (with verification), and the audit log every change writes to.

pub(crate) mod audit;
mod service;

pub use service::{EditedService, ServiceListFilter};
