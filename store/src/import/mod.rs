//! Filling the database from files: the sample data of a district (a TOML file the repository
//! keeps beside the municipality list), validated by the domain types as it is read; HSDS
//! exports (`hsds.rs`, `tabular.rs`); and the national register as MPSV publishes it
//! (`register/`).

mod hsds;
mod merger;
pub(crate) mod municipalities;
mod register;
pub(crate) mod sample;
mod stream;
mod summary;
mod tabular;
mod write;
mod write_consultation;
mod write_content;
mod write_survey;

pub(crate) use municipalities::parse_municipalities;
pub use register::{RegisterError, RegisterRead, RegisterSource};
pub use sample::SampleData;
pub use summary::{Counts, ImportSummary, Progress, RegisterFacts};
pub(crate) use write::Writer;

use crate::StoreError;

/// Why a data file was refused. Each message names the record at fault.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the sample data file is not valid: {0}")]
    Syntax(#[from] toml::de::Error),
    #[error("the municipality list is not valid at line {line}: {detail}")]
    Municipalities { line: u64, detail: String },
    #[error("služba „{service}“: {detail}")]
    Service { service: String, detail: String },
    #[error("poskytovatel „{organization}“: {detail}")]
    Organization {
        organization: String,
        detail: String,
    },
    #[error("site: {0}")]
    Site(String),
    #[error("audience „{audience}“: {detail}")]
    Audience { audience: String, detail: String },
    #[error("question „{faq}“: {detail}")]
    Faq { faq: String, detail: String },
    #[error("wizard: {0}")]
    Wizard(String),
    #[error("news or event „{item}“: {detail}")]
    News { item: String, detail: String },
    #[error("plan: {0}")]
    Plan(String),
    #[error("consultation „{item}“: {detail}")]
    Consultation { item: String, detail: String },
    #[error("survey „{item}“: {detail}")]
    Survey { item: String, detail: String },
}

/// Why a file import stopped; nothing of it was kept.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("soubor {path} nelze přečíst")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("soubor {path} není platný JSON: {detail}")]
    Json { path: String, detail: String },
    #[error("soubor {path} není platné CSV: {detail}")]
    Csv { path: String, detail: String },
    #[error("databáze selhala")]
    Store(#[from] StoreError),
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub municipalities: usize,
    pub audiences: usize,
    pub organizations: usize,
    pub services: usize,
    pub faqs: usize,
    pub wizard_nodes: usize,
}
