//! `server export --format hsds-json|hsds-csv DIR`: the whole published directory as HSDS 3.0,
//! the same objects the API serves. JSON: `services.json` (whole services), `organizations.json`
//! (with their services as list items), `taxonomies.json` and `taxonomy_terms.json`. CSV: the
//! tabular datapackage, a file per table and `datapackage.json` naming their columns. Records
//! are written one at a time, so memory stays flat however large the directory.

use crate::hsds::Context;
use domain::hsds::tabular::{Rows, TABLES, Table, datapackage};
use domain::hsds::{self, Organization, Service, Taxonomy, TaxonomyTerm};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("použití: server export --format hsds-json|hsds-csv <adresář>")]
    Usage,
    #[error("formát „{0}“ neznáme; umíme hsds-json a hsds-csv")]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub format: Format,
    pub dir: PathBuf,
}

/// Reads `--format hsds-json|hsds-csv DIR`.
pub fn parse_args(args: &[String]) -> Result<Request, ExportError> {
    let [flag, format, dir] = args else {
        return Err(ExportError::Usage);
    };
    if flag != "--format" {
        return Err(ExportError::Usage);
    }
    let format = match format.as_str() {
        "hsds-json" => Format::Json,
        "hsds-csv" => Format::Csv,
        other => return Err(ExportError::Format(other.to_owned())),
    };
    Ok(Request {
        format,
        dir: PathBuf::from(dir),
    })
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
    std::fs::create_dir_all(&request.dir).map_err(|source| ExportError::Write {
        path: request.dir.display().to_string(),
        source,
    })?;
    match request.format {
        Format::Json => write_all(store, public_url, JsonFiles::create(&request.dir)?).await,
        Format::Csv => write_all(store, public_url, CsvFiles::create(&request.dir)?).await,
    }
}

/// Where the exported objects go.
trait Sink {
    fn service(&mut self, service: &Service) -> Result<(), ExportError>;
    fn organization(&mut self, organization: &Organization) -> Result<(), ExportError>;
    fn taxonomy(&mut self, taxonomy: &Taxonomy) -> Result<(), ExportError>;
    fn term(&mut self, term: &TaxonomyTerm) -> Result<(), ExportError>;
    fn finish(self) -> Result<(), ExportError>;
}

async fn write_all(
    store: &Store,
    public_url: &str,
    mut out: impl Sink,
) -> Result<ExportReport, ExportError> {
    let cx = Context::of(store, public_url).await?;
    let mut report = ExportReport::default();
    for id in store.matching_ids(&domain::Filter::default()).await? {
        if let Some(detail) = store.service(id).await? {
            out.service(&hsds::service(&cx.export(), &detail))?;
            report.services += 1;
        }
    }
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
        out.organization(&hsds::organization(&cx.export(), &detail, own))?;
        report.organizations += 1;
    }
    for taxonomy in hsds::taxonomies(&cx.ids) {
        out.taxonomy(&taxonomy)?;
    }
    for term in crate::hsds::taxonomies::all_terms(&cx) {
        out.term(&term)?;
        report.terms += 1;
    }
    out.finish()?;
    Ok(report)
}

struct JsonFiles {
    services: JsonArray,
    organizations: JsonArray,
    taxonomies: JsonArray,
    terms: JsonArray,
}

impl JsonFiles {
    fn create(dir: &Path) -> Result<JsonFiles, ExportError> {
        Ok(JsonFiles {
            services: JsonArray::create(&dir.join("services.json"))?,
            organizations: JsonArray::create(&dir.join("organizations.json"))?,
            taxonomies: JsonArray::create(&dir.join("taxonomies.json"))?,
            terms: JsonArray::create(&dir.join("taxonomy_terms.json"))?,
        })
    }
}

impl Sink for JsonFiles {
    fn service(&mut self, service: &Service) -> Result<(), ExportError> {
        self.services.push(service)
    }

    fn organization(&mut self, organization: &Organization) -> Result<(), ExportError> {
        self.organizations.push(organization)
    }

    fn taxonomy(&mut self, taxonomy: &Taxonomy) -> Result<(), ExportError> {
        self.taxonomies.push(taxonomy)
    }

    fn term(&mut self, term: &TaxonomyTerm) -> Result<(), ExportError> {
        self.terms.push(term)
    }

    fn finish(self) -> Result<(), ExportError> {
        for array in [
            self.services,
            self.organizations,
            self.taxonomies,
            self.terms,
        ] {
            array.finish()?;
        }
        Ok(())
    }
}

/// The datapackage: a CSV writer per table, and the locations written so far (a place shared
/// by several services is one row).
struct CsvFiles {
    dir: PathBuf,
    tables: HashMap<&'static str, csv::Writer<std::fs::File>>,
    locations: HashSet<String>,
}

impl CsvFiles {
    fn create(dir: &Path) -> Result<CsvFiles, ExportError> {
        let mut tables = HashMap::new();
        for table in TABLES {
            let path = dir.join(table.file());
            let failed = |e: csv::Error| write_error(&path, e);
            let mut writer = csv::Writer::from_path(&path).map_err(failed)?;
            writer.write_record(table.columns).map_err(failed)?;
            tables.insert(table.name, writer);
        }
        let descriptor = serde_json::to_vec_pretty(&datapackage()).unwrap_or_default();
        let path = dir.join("datapackage.json");
        std::fs::write(&path, descriptor).map_err(|source| ExportError::Write {
            path: path.display().to_string(),
            source,
        })?;
        Ok(CsvFiles {
            dir: dir.to_owned(),
            tables,
            locations: HashSet::new(),
        })
    }

    fn write(&mut self, rows: Rows) -> Result<(), ExportError> {
        for (table, cells) in rows.rows {
            let path = self.dir.join(table.file());
            let writer = self.writer(table)?;
            writer
                .write_record(&cells)
                .map_err(|e| write_error(&path, e))?;
        }
        Ok(())
    }

    fn writer(&mut self, table: Table) -> Result<&mut csv::Writer<std::fs::File>, ExportError> {
        self.tables
            .get_mut(table.name)
            .ok_or_else(|| ExportError::Write {
                path: table.file(),
                source: std::io::Error::other("tabulka chybí v datovém balíčku"),
            })
    }
}

impl Sink for CsvFiles {
    fn service(&mut self, service: &Service) -> Result<(), ExportError> {
        let rows = Rows::service(service, &mut |id| self.locations.insert(id.to_owned()));
        self.write(rows)
    }

    fn organization(&mut self, organization: &Organization) -> Result<(), ExportError> {
        self.write(Rows::organization(organization))
    }

    fn taxonomy(&mut self, taxonomy: &Taxonomy) -> Result<(), ExportError> {
        self.write(Rows::taxonomy(taxonomy))
    }

    fn term(&mut self, term: &TaxonomyTerm) -> Result<(), ExportError> {
        self.write(Rows::term(term))
    }

    fn finish(self) -> Result<(), ExportError> {
        for (name, mut writer) in self.tables {
            writer
                .flush()
                .map_err(|e| write_error(&self.dir.join(name), e))?;
        }
        Ok(())
    }
}

fn write_error(path: &Path, error: impl Into<std::io::Error>) -> ExportError {
    ExportError::Write {
        path: path.display().to_string(),
        source: error.into(),
    }
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
