//! Open Referral HSDS 3.0: the international exchange format for directories of human services.
//! `types.rs` holds the objects the API and the export write (only the fields the portal fills);
//! `ids.rs` the stable UUIDs every object needs; `taxonomy.rs` the Czech code lists and the
//! audiences as HSDS taxonomies, so that § type, delivery form, target group and register id
//! travel as taxonomy terms and attributes; `export.rs` maps the catalogue's records onto them;
//! `tabular.rs` turns those objects into the rows of the CSV datapackage and back.

mod export;
mod ids;
pub mod tabular;
mod taxonomy;
mod types;

pub use export::{
    HsdsExport, RUIAN_MUNICIPALITY, ServiceCore, organization, service, service_at_locations,
    service_item,
};
pub use ids::{Ids, Kind};
pub use taxonomy::{Property, TAXONOMIES, TaxonomyKind, TermRef, taxonomies, taxonomy_id, terms};
pub use types::*;

/// The HSDS version the API and the export follow.
pub const VERSION: &str = "3.0";
