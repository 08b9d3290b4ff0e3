//! Reading other systems' records into the portal's. Every importer turns its file into the same
//! entries (`entries.rs`) through the domain types; `from_hsds.rs` reads Open Referral HSDS
//! objects, `register/` the national register's JSON as it is published, and `merge.rs` decides
//! what an import may change in a record staff have edited since the last import. A file that
//! is not what it claims is refused with serde's error said in Czech (`json_error.rs`).

mod entries;
mod from_hsds;
mod json_error;
mod merge;
pub mod register;
#[cfg(test)]
mod round_trip;

pub use entries::{LocationEntry, OrganizationEntry, ServiceEntry};
pub use from_hsds::{organization_entry, service_entry};
pub use json_error::{czech as czech_json_error, czech_detail as czech_json_detail};
pub use merge::{Merged, merge_organization, merge_service};

/// A record an importer could not take, and why, in Czech.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{record}: {detail}")]
pub struct Refusal {
    /// The record, named as people know it: `služba „Azylový dům“`.
    pub record: String,
    pub detail: String,
}

impl Refusal {
    pub fn service(name: &str, what: &str, error: impl std::fmt::Display) -> Refusal {
        Refusal {
            record: format!("služba „{name}“"),
            detail: format!("{what}: {error}"),
        }
    }

    pub fn organization(name: &str, what: &str, error: impl std::fmt::Display) -> Refusal {
        Refusal {
            record: format!("poskytovatel „{name}“"),
            detail: format!("{what}: {error}"),
        }
    }
}

/// What an importer read but did not keep, each said in a sentence ("atribut … vynechán").
pub type Notes = Vec<String>;
