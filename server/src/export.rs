//! `server export --format hsds-json DIR`: the whole published directory as HSDS 3.0 JSON files,
//! the same objects the API serves — `services.json` (whole services), `organizations.json`
//! (with their services as list items), `taxonomies.json` and `taxonomy_terms.json`. Services
//! are written one at a time, so memory stays flat however large the directory.

use crate::hsds::Context;
use domain::hsds;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("použití: server export --format hsds-json <adresář>")]
    Usage,
    #[error("formát „{0}“ neznáme; umíme hsds-json")]
    Format(String),
    #[error("do {path} nelze zapisovat")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("databáze selhala")]
    Store(#[from] StoreError),
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub dir: PathBuf,
}

/// Reads `--format hsds-json DIR`.
pub fn parse_args(args: &[String]) -> Result<Request, ExportError> {
    match args {
        [flag, format, dir] if flag == "--format" => match format.as_str() {
            "hsds-json" => Ok(Request {
                dir: PathBuf::from(dir),
            }),
            other => Err(ExportError::Format(other.to_owned())),
        },
        _ => Err(ExportError::Usage),
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportReport {
    pub services: usize,
    pub organizations: usize,
    pub terms: usize,
}

pub async fn export(
    store: &Store,
    public_url: &str,
    request: &Request,
) -> Result<ExportReport, ExportError> {
    let written = |source| ExportError::Write {
        path: request.dir.display().to_string(),
        source,
    };
    std::fs::create_dir_all(&request.dir).map_err(written)?;
    let cx = Context::of(store, public_url).await?;
    let mut report = ExportReport::default();

    let mut services = JsonArray::create(&request.dir.join("services.json"))?;
    for id in store.matching_ids(&domain::Filter::default()).await? {
        if let Some(detail) = store.service(id).await? {
            services.push(&hsds::service(&cx.export(), &detail))?;
            report.services += 1;
        }
    }
    services.finish()?;

    let mut organizations = JsonArray::create(&request.dir.join("organizations.json"))?;
    for id in store.organization_ids("").await? {
        let Some(detail) = store.organization(id).await? else {
            continue;
        };
        let ids: Vec<i64> = detail.services.iter().map(|s| s.id).collect();
        let own = store
            .service_cores(&ids)
            .await?
            .iter()
            .map(|core| hsds::service_item(&cx.export(), core))
            .collect();
        organizations.push(&hsds::organization(&cx.export(), &detail, own))?;
        report.organizations += 1;
    }
    organizations.finish()?;

    let mut taxonomies = JsonArray::create(&request.dir.join("taxonomies.json"))?;
    for taxonomy in hsds::taxonomies(&cx.ids) {
        taxonomies.push(&taxonomy)?;
    }
    taxonomies.finish()?;
    let mut terms = JsonArray::create(&request.dir.join("taxonomy_terms.json"))?;
    for term in crate::hsds::taxonomies::all_terms(&cx) {
        terms.push(&term)?;
        report.terms += 1;
    }
    terms.finish()?;
    Ok(report)
}

/// A JSON array written item by item.
struct JsonArray {
    path: PathBuf,
    out: std::io::BufWriter<std::fs::File>,
    empty: bool,
}

impl JsonArray {
    fn create(path: &Path) -> Result<JsonArray, ExportError> {
        let file = std::fs::File::create(path).map_err(|source| ExportError::Write {
            path: path.display().to_string(),
            source,
        })?;
        let mut array = JsonArray {
            path: path.to_owned(),
            out: std::io::BufWriter::new(file),
            empty: true,
        };
        array.write(b"[")?;
        Ok(array)
    }

    fn push(&mut self, item: &impl Serialize) -> Result<(), ExportError> {
        if !self.empty {
            self.write(b",")?;
        }
        self.empty = false;
        self.write(b"\n")?;
        serde_json::to_writer(&mut self.out, item)
            .map_err(|e| self.failed(std::io::Error::other(e)))
    }

    fn finish(mut self) -> Result<(), ExportError> {
        self.write(b"\n]\n")?;
        self.out.flush().map_err(|e| self.failed(e))
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), ExportError> {
        self.out.write_all(bytes).map_err(|e| self.failed(e))
    }

    fn failed(&self, source: std::io::Error) -> ExportError {
        ExportError::Write {
            path: self.path.display().to_string(),
            source,
        }
    }
}
